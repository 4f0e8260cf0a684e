// The scoring engine in a Web Worker, so that the page never blocks.
//
// Messages in:  {type: 'score', id, bytes: ArrayBuffer, asOf: 'YYYY-MM-DD'}
// Messages out: {type: 'ready', version}
//               {type: 'result', id, ok: true, json, engineMs}
//               {type: 'result', id, ok: false, error: {code, message}}
//               {type: 'failed', error: {code, message}}   (the engine did not load)
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
  const go = new Go();
  const { instance } = await instantiate(go);
  const ready = new Promise((resolve) => { self.resumescoreReady = resolve; });
  let exited = false;
  const run = go.run(instance).finally(() => { exited = true; });
  // main publishes the API and warms the engine before calling
  // resumescoreReady; a program that exits first never will.
  const api = await Promise.race([ready, run.then(() => { throw new Error('engine exited during start'); })]);
  return { api, alive: () => !exited };
}

const engine = load();

engine.then(
  ({ api }) => postMessage({ type: 'ready', version: String(api.version) }),
  (err) => {
    console.error('resumescore: engine failed to load:', err);
    postMessage({ type: 'failed', error: LOAD_FAILED });
  },
);

self.onmessage = async (event) => {
  const msg = event.data;
  if (!msg || msg.type !== 'score') return;
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
  try {
    const t0 = performance.now();
    const r = eng.api.score(new Uint8Array(msg.bytes), String(msg.asOf));
    const engineMs = performance.now() - t0;
    if (r.ok) {
      postMessage({ type: 'result', id, ok: true, json: r.json, engineMs });
    } else {
      postMessage({ type: 'result', id, ok: false, error: { code: String(r.error.code), message: String(r.error.message) } });
    }
  } catch (err) {
    console.error('resumescore: engine call failed:', err);
    postMessage({ type: 'result', id, ok: false, error: STOPPED });
  }
};
