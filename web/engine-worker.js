// The scoring engine in a Web Worker, so that the page never blocks.
//
// Messages in:  {type: 'score', id, bytes: ArrayBuffer, asOf: 'YYYY-MM-DD',
//                role?: id ('' or absent: detect), jd?: string, text?: bool}
//               {type: 'test', kind: 'hang' | 'crash' | 'exit'}   (tests of the host's watchdog)
// Messages out: {type: 'ready', version, roles, checks, warmMs}
//                   roles, checks: JSON strings (the role picker's list, the check registry)
//               {type: 'result', id, ok: true, json, engineMs, text?}
//                   text: JSON string of the text as read, when asked for with text: true
//               {type: 'result', id, ok: false, error: {code, message}}
//               {type: 'failed', error: {code, message}}   (the engine did not load)
//               {type: 'exited', error: {code, message}}   (the engine stopped; start a new worker)
'use strict';

importScripts('wasm_exec.js');

const LOAD_FAILED = {
  code: 'engine_unavailable',
  message: 'The scorer could not start in this browser. Reload the page; if it happens again, try a current version of Chrome, Firefox, Edge or Safari.',
};
const STOPPED = {
  code: 'engine_stopped',
  message: 'The scorer stopped unexpectedly. Reload the page and try again.',
};

async function instantiate(go) {
  if (WebAssembly.instantiateStreaming) {
    try {
      return await WebAssembly.instantiateStreaming(fetch('engine.wasm'), go.importObject);
    } catch (err) {
      // A server that does not send application/wasm: fall back below.
      console.warn('resumescore: streaming compile failed, retrying without it:', err);
    }
  }
  const resp = await fetch('engine.wasm');
  if (!resp.ok) throw new Error('engine.wasm: HTTP ' + resp.status);
  return WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
}

async function load() {
  const t0 = performance.now();
  const go = new Go();
  const { instance } = await instantiate(go);
  const ready = new Promise((resolve) => { self.resumescoreReady = resolve; });
  let exited = false;
  const run = go.run(instance).finally(() => {
    exited = true;
    postMessage({ type: 'exited', error: STOPPED });
  });
  // main publishes the API and warms the engine before calling
  // resumescoreReady; a program that exits first never will.
  const api = await Promise.race([ready, run.then(() => { throw new Error('engine exited during start'); })]);
  return { api, alive: () => !exited, warmMs: performance.now() - t0 };
}

const engine = load();

engine.then(
  ({ api, warmMs }) => {
    const list = (name) => (typeof api[name] === 'function' ? String(api[name]()) : '[]');
    postMessage({ type: 'ready', version: String(api.version), roles: list('roles'), checks: list('checks'), warmMs });
  },
  (err) => {
    console.error('resumescore: engine failed to load:', err);
    postMessage({ type: 'failed', error: LOAD_FAILED });
  },
);

// Tests of the host's watchdog: a runaway, an uncaught error, and the
// message an engine that exited sends.
function test(kind) {
  if (kind === 'hang') {
    for (;;) { /* never returns: the host must terminate this worker */ }
  } else if (kind === 'crash') {
    setTimeout(() => { throw new Error('resumescore: test crash'); });
  } else if (kind === 'exit') {
    postMessage({ type: 'exited', error: STOPPED });
  }
}

self.onmessage = async (event) => {
  const msg = event.data;
  if (!msg) return;
  if (msg.type === 'test') { test(msg.kind); return; }
  if (msg.type !== 'score') return;
  const { id } = msg;
  let eng;
  try {
    eng = await engine;
  } catch {
    postMessage({ type: 'result', id, ok: false, error: LOAD_FAILED });
    return;
  }
  if (!eng.alive()) {
    postMessage({ type: 'result', id, ok: false, error: STOPPED });
    return;
  }
  // The options form only when it is needed, so that an older engine (one
  // that knows score(bytes, asOf) alone) still serves plain requests.
  const role = typeof msg.role === 'string' ? msg.role.trim() : '';
  const jd = typeof msg.jd === 'string' ? msg.jd : '';
  const wantText = msg.text === true;
  const asOf = String(msg.asOf);
  try {
    const bytes = new Uint8Array(msg.bytes);
    const t0 = performance.now();
    const r = (role || jd.trim() || wantText)
      ? eng.api.score(bytes, { asOf, role, jd, text: wantText })
      : eng.api.score(bytes, asOf);
    const engineMs = performance.now() - t0;
    if (r.ok) {
      const out = { type: 'result', id, ok: true, json: r.json, engineMs };
      if (wantText && typeof r.text === 'string') out.text = r.text;
      postMessage(out);
    } else {
      postMessage({ type: 'result', id, ok: false, error: { code: String(r.error.code), message: String(r.error.message) } });
    }
  } catch (err) {
    console.error('resumescore: engine call failed:', err);
    postMessage({ type: 'result', id, ok: false, error: STOPPED });
  }
};
