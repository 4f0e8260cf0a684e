// The page's side of the engine worker (engine-worker.js): starts it, warms
// it, sends one request at a time and watches each one. A request that runs
// past its time, a worker that throws, or an engine that exits ends in a
// clear error; the worker is then terminated and a fresh one started, so the
// page stays usable.
//
//   const host = new EngineHost({ timeoutMs: 20000 });
//   await host.ready;                 // {version, roles: [...], checks: [...], warmMs}
//   const r = await host.score(bytes, {asOf, role, jd, text: true});
//   // r: {ok: true, json, text?, engineMs} | {ok: false, error: {code, message}}
//   host.addEventListener('state', (e) => e.detail.state); // starting|ready|busy|restarting|failed
'use strict';

export const ERRORS = Object.freeze({
  timeout: (s) => ({
    code: 'engine_timeout',
    message: `Scoring this file took longer than ${s} seconds, so it was stopped and the scorer restarted. ` +
      'The file may be damaged or unusually complex: export it again as a PDF or DOCX from your word processor, or try a plain-text copy.',
  }),
  crashed: {
    code: 'engine_crashed',
    message: 'The scorer crashed on this file and was restarted. Try the file again; if it happens again, export it again as a PDF or DOCX, or try a plain-text copy.',
  },
  unavailable: {
    code: 'engine_unavailable',
    message: 'The scorer could not start in this browser. Reload the page; if it happens again, try a current version of Chrome, Firefox, Edge or Safari.',
  },
  superseded: { code: 'superseded', message: 'A newer request replaced this one.' },
});

const RESTART_CODES = new Set(['engine_stopped']);

function parseList(json) {
  try {
    const v = JSON.parse(json || '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export class EngineHost extends EventTarget {
  constructor({ url = 'engine-worker.js', timeoutMs = 20000, startTimeoutMs = 60000 } = {}) {
    super();
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.startTimeoutMs = startTimeoutMs;
    this.restarts = 0;
    this.info = null; // {version, roles, checks, warmMs} once ready
    this._seq = 0;
    this._queued = null; // the next request, waiting for the current one
    this._current = null; // the request the worker is working on
    this._start();
  }

  // ready resolves with the engine's info when the current worker is ready
  // (and rejects when it could not start).
  get ready() { return this._ready; }

  _setState(state, extra) {
    this.state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: { state, ...extra } }));
  }

  _start() {
    this._stop();
    let resolve, reject;
    this._ready = new Promise((res, rej) => { resolve = res; reject = rej; });
    this._ready.catch(() => {}); // a caller that never awaits it must not see an unhandled rejection
    this._resolveReady = resolve;
    this._rejectReady = reject;
    this._isReady = false;
    this._setState(this.restarts ? 'restarting' : 'starting');
    let worker;
    try {
      worker = new Worker(this.url);
    } catch (err) {
      this._failStart(err);
      return;
    }
    this._worker = worker;
    worker.onmessage = (e) => this._onMessage(worker, e.data || {});
    worker.onerror = (e) => {
      e.preventDefault();
      if (worker !== this._worker) return;
      if (!this._isReady) this._failStart(e.message);
      else this._crash(worker, ERRORS.crashed);
    };
    worker.onmessageerror = () => { if (worker === this._worker) this._crash(worker, ERRORS.crashed); };
    this._startTimer = setTimeout(() => {
      if (worker === this._worker && !this._isReady) this._failStart('the engine did not start in time');
    }, this.startTimeoutMs);
  }

  _stop() {
    clearTimeout(this._startTimer);
    clearTimeout(this._timer);
    if (this._worker) {
      this._worker.onmessage = this._worker.onerror = this._worker.onmessageerror = null;
      this._worker.terminate();
      this._worker = null;
    }
  }

  _failStart(why) {
    console.error('resumescore: the engine did not start:', why);
    this._stop();
    this._setState('failed', { error: ERRORS.unavailable });
    this._rejectReady(ERRORS.unavailable);
    // Whatever was waiting fails now; the next request tries a fresh worker.
    const waiting = [this._current, this._queued].filter(Boolean);
    this._current = this._queued = null;
    for (const r of waiting) r.resolve({ ok: false, error: ERRORS.unavailable });
  }

  _onMessage(worker, msg) {
    if (worker !== this._worker) return;
    switch (msg.type) {
      case 'ready':
        clearTimeout(this._startTimer);
        this._isReady = true;
        this.info = {
          version: String(msg.version),
          roles: parseList(msg.roles),
          checks: parseList(msg.checks),
          warmMs: Number(msg.warmMs) || 0,
        };
        this._resolveReady(this.info);
        this._setState(this._current || this._queued ? 'busy' : 'ready');
        this._pump();
        break;
      case 'failed':
        this._failStart('the engine failed to load');
        break;
      case 'exited':
        // The Go program ended (an abort it could not recover from): this
        // worker cannot score again.
        this._crash(worker, ERRORS.crashed);
        break;
      case 'result': {
        const cur = this._current;
        if (!cur || msg.id !== cur.id) return;
        clearTimeout(this._timer);
        this._current = null;
        const out = msg.ok
          ? { ok: true, json: msg.json, text: msg.text, engineMs: Number(msg.engineMs) }
          : { ok: false, error: msg.error || ERRORS.crashed };
        cur.resolve(out);
        if (!msg.ok && msg.error && RESTART_CODES.has(msg.error.code)) {
          this._restart();
        } else {
          this._setState(this._queued ? 'busy' : 'ready');
          this._pump();
        }
        break;
      }
    }
  }

  // The worker is gone or stuck: answer the request it had, start again.
  _crash(worker, error) {
    if (worker !== this._worker) return;
    const cur = this._current;
    this._current = null;
    if (cur) cur.resolve({ ok: false, error });
    this._restart();
  }

  _restart() {
    this.restarts++;
    this._start();
  }

  // score sends bytes (an ArrayBuffer, transferred) to the engine. A request
  // made while another waits replaces the waiting one, which resolves as
  // superseded; the one the worker is already running finishes first.
  score(bytes, { asOf, role = '', jd = '', text = false } = {}) {
    return this._request({ type: 'score', bytes, asOf, role, jd, text });
  }

  // test asks the worker to misbehave ('hang', 'crash' or 'exit'), through
  // the same watchdog a real request has; for tests of this host.
  test(kind) {
    return this._request({ type: 'test', kind });
  }

  _request(msg) {
    return new Promise((resolve) => {
      if (this._queued) this._queued.resolve({ ok: false, error: ERRORS.superseded });
      this._queued = { id: ++this._seq, msg, resolve };
      if (!this._worker) this._restart(); // it failed to start before: try again
      else if (this._isReady && !this._current) this._setState('busy');
      this._pump();
    });
  }

  _pump() {
    if (!this._isReady || this._current || !this._queued) return;
    const req = this._queued;
    this._queued = null;
    this._current = req;
    const msg = { ...req.msg, id: req.id };
    const transfer = msg.bytes instanceof ArrayBuffer ? [msg.bytes] : [];
    const worker = this._worker;
    worker.postMessage(msg, transfer);
    this._timer = setTimeout(() => {
      if (this._current !== req) return;
      worker.terminate();
      this._crash(worker, ERRORS.timeout(Math.round(this.timeoutMs / 100) / 10));
    }, this.timeoutMs);
  }
}
