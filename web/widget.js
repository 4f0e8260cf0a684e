// resumescore widget: <resume-score role="backend"></resume-score> on any page.
//
// One classic script tag loads it:  <script src="https://…/widget.js" defer></script>
// It defines the custom element <resume-score> and nothing else: no globals.
// The element draws a compact scorer in an open Shadow DOM and scores the
// chosen file in its own Web Worker (engine-worker.js → wasm_exec.js +
// engine.wasm), found next to this script, so the file never leaves the
// device. Each time a report is shown the element dispatches
// `resumescore:report` (bubbles, composed) with the Report as `detail`.
//
// Attributes: role (a role id), jd (job description text), theme
// (light | dark | auto; light when absent), compact (boolean), as-of
// (YYYY-MM-DD reference date; today when absent), timeout (seconds a score
// may take before the scorer is restarted; 30 when absent).
//
// Text from a file or a report goes in through textContent/createElement,
// never as HTML. Styles are a constructable stylesheet, which a strict CSP
// (style-src 'self') allows.
(() => {
  'use strict';

  const TAG = 'resume-score';
  if (typeof customElements === 'undefined' || customElements.get(TAG)) return;

  // ---- where the files are: next to this script ----------------------------

  function scriptURL() {
    const cur = document.currentScript;
    if (cur && cur.src) return cur.src;
    // Loaded some other way (a module, injected late): look for the tag.
    const tags = document.querySelectorAll('script[src]');
    for (let i = tags.length - 1; i >= 0; i--) {
      if (/(^|\/)widget(\.min)?\.js(\?|#|$)/.test(tags[i].src)) return tags[i].src;
    }
    return document.baseURI;
  }
  const BASE = new URL('.', scriptURL()).href;
  const WORKER_URL = new URL('engine-worker.js', BASE).href;

  // A worker must come from the page's own origin. When the files are on
  // another origin, a small same-origin bootstrap (a blob: worker) loads
  // engine-worker.js from there and makes its relative URLs (wasm_exec.js,
  // engine.wasm) resolve against that folder. That needs `worker-src blob:`
  // on the host and CORS on the files' server for engine.wasm.
  function newWorker() {
    if (new URL(WORKER_URL).origin === location.origin) return { worker: new Worker(WORKER_URL), url: null };
    // (engine-worker.js names its files as relative strings, which this
    // resolves; it declares no global that could clash with these, which
    // live in a function.)
    const src = "'use strict';\n(() => {\n" +
      '  const base = ' + JSON.stringify(BASE) + ';\n' +
      '  const abs = (u) => new URL(u, base).href;\n' +
      '  const imp = self.importScripts.bind(self);\n' +
      '  self.importScripts = (...urls) => imp(...urls.map(abs));\n' +
      '  const get = self.fetch.bind(self);\n' +
      "  self.fetch = (input, init) => get(typeof input === 'string' ? abs(input) : input, init);\n" +
      '})();\n' +
      "self.importScripts('engine-worker.js');\n";
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    return { worker: new Worker(url), url };
  }

  // ---- small helpers -------------------------------------------------------

  const SVG = 'http://www.w3.org/2000/svg';
  const STATUS_LABEL = { fail: 'Fail', warn: 'Warning', pass: 'Pass' };
  const START_TIMEOUT_MS = 60000;
  const DEFAULT_TIMEOUT_S = 30;
  const STOPPED = {
    code: 'engine_stopped',
    message: 'The scorer stopped unexpectedly and was restarted. Try the file again; if it happens again, export it again as a PDF or DOCX, or try a plain-text copy.',
  };
  const UNAVAILABLE = {
    code: 'engine_unavailable',
    message: 'The scorer could not start in this browser. Reload the page; if it happens again, try a current version of Chrome, Firefox, Edge or Safari.',
  };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const k of Object.keys(attrs)) node.setAttribute(k, String(attrs[k]));
    return node;
  }
  function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }
  function today() {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  function validDate(s) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s || '')) return false;
    const d = new Date(s + 'T00:00:00Z');
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }

  // ---- styles: one sheet shared by every element -----------------------------

  // Sizes are px (never rem: the host's root font size must not matter) and
  // fonts are generic families only (a host @font-face cannot rename them).
  // :host pins, with !important (which wins over the page's !important for
  // a shadow host), what would change the box; flow-root keeps the host's
  // floats out. The root resets everything it inherits. Width, margin and
  // position stay the host's to set.
  const CSS = `
:host {
  all: initial;
  display: flow-root !important;
  box-sizing: border-box !important;
  padding: 0 !important;
  border: 0 none !important;
  height: auto !important;
  min-height: 0 !important;
  zoom: 1 !important;
  font-size: 14px !important;
  line-height: normal !important;
  direction: ltr !important;
  writing-mode: horizontal-tb !important;
  visibility: visible !important;
  contain: layout style !important;
  transition: none !important;
  animation: none !important;
  text-align: left;
}
:host([hidden]) { display: none !important; }
:host::before, :host::after { content: none !important; display: none !important; }
.rs {
  all: initial;
  display: block;
  box-sizing: border-box;
  direction: ltr;
  unicode-bidi: isolate;
  container-type: inline-size;
  font-family: system-ui, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: var(--rs-ink);
  background: var(--rs-paper);
  border: 1px solid var(--rs-line);
  border-radius: 10px;
  padding: 16px;
  color-scheme: light;
  --rs-ink: #1b1f24; --rs-muted: #5b6470; --rs-line: #d9dee4; --rs-paper: #ffffff;
  --rs-soft: #f4f6f8; --rs-accent: #1f5f8b; --rs-accent-ink: #ffffff;
  --rs-fail: #b42318; --rs-fail-bg: #fef3f2; --rs-warn: #93610b; --rs-warn-bg: #fffaeb;
  --rs-pass: #067647; --rs-pass-bg: #ecfdf3;
}
.rs.dark {
  color-scheme: dark;
  --rs-ink: #e6e9ed; --rs-muted: #a3acb8; --rs-line: #39414b; --rs-paper: #16191d;
  --rs-soft: #20252b; --rs-accent: #6cb2e6; --rs-accent-ink: #0b1620;
  --rs-fail: #ff8a80; --rs-fail-bg: #3a1d1b; --rs-warn: #f5c451; --rs-warn-bg: #3a2f14;
  --rs-pass: #6fd39b; --rs-pass-bg: #14301f;
}
@media (prefers-color-scheme: dark) {
  .rs.auto {
    color-scheme: dark;
    --rs-ink: #e6e9ed; --rs-muted: #a3acb8; --rs-line: #39414b; --rs-paper: #16191d;
    --rs-soft: #20252b; --rs-accent: #6cb2e6; --rs-accent-ink: #0b1620;
    --rs-fail: #ff8a80; --rs-fail-bg: #3a1d1b; --rs-warn: #f5c451; --rs-warn-bg: #3a2f14;
    --rs-pass: #6fd39b; --rs-pass-bg: #14301f;
  }
}
.rs *, .rs *::before, .rs *::after { box-sizing: border-box; }
.rs [hidden] { display: none !important; }
h2, h3, h4, p, ol, ul, li, figure { margin: 0; padding: 0; }
ol, ul { list-style: none; }
h2, h3, h4 { font-size: inherit; font-weight: 600; }
.vh {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.title { font-size: 15px; font-weight: 700; margin-bottom: 10px; }
.title span { color: var(--rs-accent); }
.drop {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px;
  padding: 14px; border: 2px dashed var(--rs-line); border-radius: 8px; background: var(--rs-soft);
}
.drop.over { border-color: var(--rs-accent); }
.button {
  display: inline-block; padding: 7px 14px; border-radius: 6px; border: 0; cursor: pointer;
  font: 600 14px/1.3 system-ui, sans-serif; background: var(--rs-accent); color: var(--rs-accent-ink);
}
input[type=file]:focus-visible + .button, .button:focus-visible { outline: 3px solid var(--rs-accent); outline-offset: 2px; }
.hint { color: var(--rs-muted); font-size: 13px; }
.status { margin-top: 8px; color: var(--rs-muted); font-size: 13px; min-height: 19px; }
.error { margin-top: 8px; padding: 10px 12px; border-radius: 8px; background: var(--rs-fail-bg); color: var(--rs-fail); }
.error-title { font-weight: 600; }
.error .button { margin-top: 8px; }
.result { margin-top: 12px; }
.summary { display: flex; align-items: center; gap: 14px; }
.gauge { position: relative; width: 84px; height: 84px; flex: none; }
.gauge svg { display: block; width: 84px; height: 84px; transform: rotate(-90deg); }
.gauge .track { fill: none; stroke: var(--rs-line); stroke-width: 9; }
.gauge .arc { fill: none; stroke: var(--rs-pass); stroke-width: 9; stroke-linecap: round; }
.gauge .arc.mid { stroke: var(--rs-warn); }
.gauge .arc.low { stroke: var(--rs-fail); }
.gauge .num {
  position: absolute; inset: 0; display: flex; flex-direction: column; align-items: center; justify-content: center;
  font-size: 24px; font-weight: 700; line-height: 1;
}
.gauge .outof { font-size: 11px; font-weight: 400; color: var(--rs-muted); margin-top: 2px; }
.grade-line { font-size: 15px; }
.grade { font-weight: 700; }
.meta { color: var(--rs-muted); font-size: 13px; overflow-wrap: anywhere; }
.section-title { margin: 14px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--rs-muted); }
.finding { padding: 8px 0; border-top: 1px solid var(--rs-line); }
.finding:first-child { border-top: 0; }
.finding-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.badge { font-size: 11px; font-weight: 700; padding: 1px 7px; border-radius: 999px; text-transform: uppercase; letter-spacing: .03em; }
.badge.fail { background: var(--rs-fail-bg); color: var(--rs-fail); }
.badge.warn { background: var(--rs-warn-bg); color: var(--rs-warn); }
.badge.pass { background: var(--rs-pass-bg); color: var(--rs-pass); }
.finding-title { font-weight: 600; }
.gain { margin-left: auto; font-size: 12px; color: var(--rs-muted); white-space: nowrap; }
.finding-message { margin-top: 2px; }
.evidence { margin-top: 3px; color: var(--rs-muted); font-size: 13px; overflow-wrap: anywhere; }
.evidence q { font-style: italic; }
.fix { margin-top: 3px; font-size: 13px; }
.fix strong { font-weight: 600; }
details { margin-top: 6px; }
summary { cursor: pointer; color: var(--rs-accent); font-size: 13px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.chip { font-size: 12px; padding: 1px 8px; border-radius: 999px; border: 1px solid var(--rs-line); overflow-wrap: anywhere; }
.chip.found { background: var(--rs-pass-bg); color: var(--rs-pass); border-color: transparent; }
.chip.missing { background: var(--rs-soft); color: var(--rs-muted); }
.kw-label { font-size: 13px; margin-top: 6px; }
.footer { margin-top: 12px; font-size: 12px; color: var(--rs-muted); }
.rs.compact { padding: 10px; font-size: 13px; }
.rs.compact .title, .rs.compact .evidence, .rs.compact .hint { display: none; }
.rs.compact .drop { padding: 8px; }
.rs.compact .gauge, .rs.compact .gauge svg { width: 64px; height: 64px; }
.rs.compact .gauge .num { font-size: 19px; }
@container (max-width: 360px) {
  .summary { gap: 10px; }
  .gain { margin-left: 0; }
}
`;

  let sheet = null;
  function styles() {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    return sheet;
  }

  // ---- the element ------------------------------------------------------------

  class ResumeScore extends HTMLElement {
    static get observedAttributes() { return ['role', 'jd', 'theme', 'compact', 'as-of']; }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: 'open' });
      this._root.adoptedStyleSheets = [styles()];
      this._worker = null;   // {worker, url}
      this._ready = false;
      this._startTimer = 0;
      this._scoreTimer = 0;
      this._seq = 0;
      this._pending = null;  // {id, name, t0}
      this._file = null;     // the last file, scored again when role or jd change
      this._stopTimer = 0;
      this._exits = 0;       // engine exits since the last report
      this._build();
    }

    connectedCallback() {
      clearTimeout(this._stopTimer);
      this._applyLook();
      if (!this._worker) this._start();
    }

    disconnectedCallback() {
      // A move (remove + insert) reconnects at once; stop only when gone.
      clearTimeout(this._stopTimer);
      this._stopTimer = setTimeout(() => {
        if (this.isConnected) return;
        this._stop();
        if (this._pending) {
          this._pending = null;
          this._ui.result.removeAttribute('aria-busy');
          this._setStatus('');
        }
      }, 0);
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue === newValue || !this._ui) return;
      if (name === 'theme' || name === 'compact') { this._applyLook(); return; }
      // role, jd or as-of: score the same file again under the new terms.
      if (this._file && this._ready) this._score(this._file);
    }

    // ---- the worker and its watchdog ----

    _start() {
      this._ready = false;
      let w;
      try {
        w = newWorker();
      } catch (err) {
        this._fail(UNAVAILABLE);
        return;
      }
      this._worker = w;
      const worker = w.worker;
      worker.onmessage = (event) => { if (this._worker === w) this._onMessage(event.data || {}); };
      worker.onerror = (event) => {
        if (event && event.preventDefault) event.preventDefault();
        if (this._worker === w) this._crashed(STOPPED);
      };
      this._setStatus('Loading the scorer…');
      this._setState('loading');
      clearTimeout(this._startTimer);
      this._startTimer = setTimeout(() => {
        if (this._worker !== w || this._ready) return;
        this._fail({ code: 'engine_timeout', message: 'The scorer did not start in time. Check your connection and try again.' });
      }, START_TIMEOUT_MS);
    }

    _stop() {
      clearTimeout(this._startTimer);
      clearTimeout(this._scoreTimer);
      if (this._worker) {
        this._worker.worker.onmessage = null;
        this._worker.worker.onerror = null;
        this._worker.worker.terminate();
        if (this._worker.url) URL.revokeObjectURL(this._worker.url);
      }
      this._worker = null;
      this._ready = false;
    }

    _restart() {
      this._stop();
      this._start();
    }

    _timeoutMs() {
      const s = Number(this.getAttribute('timeout'));
      return (Number.isFinite(s) && s > 0 ? s : DEFAULT_TIMEOUT_S) * 1000;
    }

    _onMessage(msg) {
      switch (msg.type) {
        case 'ready':
          clearTimeout(this._startTimer);
          if (this._worker && this._worker.url) { URL.revokeObjectURL(this._worker.url); this._worker.url = null; }
          this._ready = true;
          this._ui.version.textContent = 'engine ' + String(msg.version);
          this._setState(this._pending ? 'scoring' : 'ready');
          if (this._pending && this._pending.bytes) {
            this._post(this._pending);
          } else if (!this._pending && this._ui.error.hidden) {
            this._setStatus('Ready. Your file is scored on this device and never uploaded.');
          } else if (!this._pending) {
            this._setStatus('');
          }
          break;
        case 'failed':
          this._fail(msg.error || UNAVAILABLE);
          break;
        case 'result':
          this._onResult(msg);
          break;
        case 'exited':
          this._crashed(msg.error || STOPPED);
          break;
      }
    }

    // The engine stopped or threw after it was ready: this worker is of no
    // more use. A file being scored fails with the message, and a fresh
    // worker is started. Before the worker was ever ready, or again and
    // again, it is a failure to start.
    _crashed(error) {
      if (!this._ready || ++this._exits > 3) {
        this._fail(this._ready ? error : UNAVAILABLE);
        return;
      }
      const p = this._pending;
      clearTimeout(this._scoreTimer);
      this._restart();
      if (p) {
        this._pending = null;
        this._ui.result.removeAttribute('aria-busy');
        this._showError(error, p.name);
        this._setStatus('Restarting the scorer…');
      }
    }

    // The engine cannot run: stop it, say so, offer to start it again.
    _fail(error) {
      const p = this._pending;
      this._stop();
      this._pending = null;
      this._ui.result.removeAttribute('aria-busy');
      this._showError(error, p && p.name, true);
      this._setStatus('');
      this._setState('error');
    }

    // ---- scoring ----

    async _score(file) {
      const id = ++this._seq;
      const p = { id, name: file.name, t0: performance.now(), bytes: null };
      this._pending = p;
      this._file = file;
      this._hideError();
      this._ui.result.setAttribute('aria-busy', 'true');
      this._setStatus(`Scoring ${file.name}…`);
      if (this._ready) this._setState('scoring');
      let bytes;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        if (this._pending === p) {
          this._pending = null;
          this._ui.result.removeAttribute('aria-busy');
          this._showError({ code: 'unreadable', message: 'The browser could not read this file. Check that it still exists and try again.' }, file.name);
          this._setStatus('');
          if (this._ready) this._setState('ready');
        }
        return;
      }
      if (this._pending !== p) return;
      p.bytes = bytes;
      if (!this._worker) this._start();
      if (this._ready) this._post(p);
      // else: posted when the worker says it is ready
    }

    _post(p) {
      const asOfAttr = this.getAttribute('as-of');
      const msg = {
        type: 'score',
        id: p.id,
        bytes: p.bytes,
        asOf: validDate(asOfAttr) ? asOfAttr : today(),
        role: (this.getAttribute('role') || '').trim(),
        jd: this.getAttribute('jd') || '',
      };
      p.bytes = null; // transferred
      const w = this._worker;
      w.worker.postMessage(msg, [msg.bytes]);
      clearTimeout(this._scoreTimer);
      this._scoreTimer = setTimeout(() => {
        if (this._worker !== w || !this._pending || this._pending.id !== p.id) return;
        // The engine is stuck on this file: kill it, start a fresh one.
        const name = p.name;
        this._pending = null;
        this._ui.result.removeAttribute('aria-busy');
        this._restart();
        this._showError({
          code: 'timeout',
          message: `Scoring took longer than ${Math.round(this._timeoutMs() / 1000)} seconds, so it was stopped and the scorer restarted. Try again, or export the file again (a PDF from your word processor works best).`,
        }, name);
        this._setStatus('Restarting the scorer…');
      }, this._timeoutMs());
    }

    _onResult(msg) {
      const p = this._pending;
      if (!p || msg.id !== p.id) return; // a newer file was chosen
      clearTimeout(this._scoreTimer);
      this._pending = null;
      this._ui.result.removeAttribute('aria-busy');
      this._setState('ready');
      if (!msg.ok) {
        this._ui.result.hidden = true;
        this._showError(msg.error, p.name);
        this._setStatus('');
        return;
      }
      let report;
      try {
        report = JSON.parse(msg.json);
      } catch {
        this._showError({ code: 'internal', message: 'The scorer returned a report this page cannot read. Reload the page and try again.' }, p.name);
        this._setStatus('');
        return;
      }
      this._exits = 0;
      this._render(report, p.name);
      const ms = Math.round(performance.now() - p.t0);
      this._setStatus(`Scored ${p.name} on this device in ${ms} ms.`);
      this.dispatchEvent(new CustomEvent('resumescore:report', { detail: report, bubbles: true, composed: true }));
    }

    // ---- the DOM ----

    _build() {
      const root = el('div', 'rs');
      const title = el('p', 'title');
      title.append('resume', el('span', null, 'score'));

      const drop = el('div', 'drop');
      const file = el('input', 'vh');
      file.type = 'file';
      file.id = 'file';
      file.accept = '.pdf,.docx,.txt,.md,.json,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,application/json';
      file.setAttribute('aria-describedby', 'hint');
      const label = el('label', 'button', 'Choose a résumé');
      label.htmlFor = 'file';
      const hint = el('span', 'hint', 'or drop a PDF, DOCX or text file here');
      hint.id = 'hint';
      drop.append(file, label, hint);

      const status = el('p', 'status');
      status.setAttribute('role', 'status');
      status.setAttribute('aria-live', 'polite');
      const error = el('div', 'error');
      error.setAttribute('role', 'alert');
      error.hidden = true;

      const result = el('section', 'result');
      result.hidden = true;
      result.setAttribute('aria-label', 'Your report');

      const footer = el('p', 'footer', 'Scored on this device; the file is never uploaded. ');
      const version = el('span', 'version');
      footer.append(version);

      root.append(title, drop, status, error, result, footer);
      this._root.append(root);
      this._ui = { root, drop, file, status, error, result, version };

      file.addEventListener('change', () => {
        const f = file.files && file.files[0];
        file.value = ''; // choosing the same file again scores it again
        if (f) this._score(f);
      });

      // Drops are taken on the drop zone only, and go no further: a host
      // that takes files dropped on its window must not get this one too.
      let depth = 0;
      const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
      drop.addEventListener('dragenter', (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); e.stopPropagation();
        depth++;
        drop.classList.add('over');
      });
      drop.addEventListener('dragover', (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); e.stopPropagation();
        e.dataTransfer.dropEffect = 'copy';
      });
      drop.addEventListener('dragleave', (e) => {
        if (!hasFiles(e)) return;
        e.stopPropagation();
        if (--depth <= 0) { depth = 0; drop.classList.remove('over'); }
      });
      drop.addEventListener('drop', (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault(); e.stopPropagation();
        depth = 0;
        drop.classList.remove('over');
        const f = e.dataTransfer.files[0];
        if (f) this._score(f);
      });
      // The file input's composed `input` event stays inside too.
      this._root.addEventListener('input', (e) => e.stopPropagation());
    }

    _applyLook() {
      const theme = (this.getAttribute('theme') || 'light').toLowerCase();
      const r = this._ui.root;
      r.classList.toggle('dark', theme === 'dark');
      r.classList.toggle('auto', theme === 'auto');
      r.classList.toggle('compact', this.hasAttribute('compact'));
    }

    _setStatus(text) { this._ui.status.textContent = text; }

    // loading | ready | scoring | error: on the shadow root's first element,
    // for tests and styles; nothing outside sees it.
    _setState(state) { this._ui.root.dataset.state = state; }

    _showError(error, fileName, retry) {
      const e = error || {};
      const box = this._ui.error;
      box.replaceChildren();
      if (fileName) box.append(el('p', 'error-title', `Could not score ${fileName}`));
      box.append(el('p', 'error-message', e.message || 'Something went wrong. Try again.'));
      if (retry) {
        const again = el('button', 'button', 'Start the scorer again');
        again.type = 'button';
        again.addEventListener('click', () => { this._hideError(); this._exits = 0; this._restart(); });
        box.append(again);
      }
      box.dataset.code = String(e.code || 'error');
      box.hidden = false;
    }

    _hideError() {
      this._ui.error.hidden = true;
      this._ui.error.replaceChildren();
      delete this._ui.error.dataset.code;
    }

    _render(r, fileName) {
      const compact = this.hasAttribute('compact');
      const score = Math.max(0, Math.min(100, Math.round(Number(r.score) || 0)));
      const parts = [];

      // The gauge, the grade, the role.
      const summary = el('div', 'summary');
      const gauge = el('div', 'gauge');
      const R = 36;
      const C = 2 * Math.PI * R;
      const ring = svg('svg', { viewBox: '0 0 84 84', 'aria-hidden': 'true', focusable: 'false' });
      ring.append(svg('circle', { class: 'track', cx: 42, cy: 42, r: R }));
      const arc = svg('circle', {
        class: 'arc' + (score < 50 ? ' low' : score < 80 ? ' mid' : ''),
        cx: 42, cy: 42, r: R,
        'stroke-dasharray': `${(C * score / 100).toFixed(2)} ${C.toFixed(2)}`,
      });
      ring.append(arc);
      const num = el('div', 'num');
      num.setAttribute('role', 'img');
      num.setAttribute('aria-label', `Score ${score} out of 100`);
      const scoreEl = el('span', 'score', String(r.score));
      num.append(scoreEl, el('span', 'outof', '/ 100'));
      gauge.append(ring, num);
      const text = el('div', 'summary-text');
      const gradeLine = el('p', 'grade-line', 'Grade ');
      gradeLine.append(el('span', 'grade', r.grade));
      text.append(gradeLine);
      const role = r.role || {};
      if (role.name) {
        const asked = (this.getAttribute('role') || '').trim();
        let roleText = `Scored as ${role.name}`;
        if (role.detected) roleText += asked ? ` (detected; “${asked}” was asked for)` : ' (detected)';
        text.append(el('p', 'meta role', roleText));
      }
      text.append(el('p', 'meta file-name', fileName));
      summary.append(gauge, text);
      parts.push(summary);

      // The top fixes: the engine orders findings, failures first.
      const all = Array.isArray(r.findings) ? r.findings : [];
      const improve = all.filter((f) => f && f.status !== 'pass');
      const passed = all.length - improve.length;
      const top = compact ? 3 : 5;
      parts.push(el('h3', 'section-title', improve.length
        ? `Top fixes (${improve.length} to improve, ${passed} passed)`
        : `Every check passed (${passed})`));
      if (improve.length) {
        const ol = el('ol', 'findings');
        ol.append(...improve.slice(0, top).map((f) => this._finding(f)));
        parts.push(ol);
        if (improve.length > top) {
          const more = el('details', 'more');
          more.append(el('summary', null, `Show ${plural(improve.length - top, 'more fix', 'more fixes')}`));
          const rest = el('ol', 'findings');
          rest.append(...improve.slice(top).map((f) => this._finding(f)));
          more.append(rest);
          parts.push(more);
        }
      }

      // Keywords for the role (and the job description, when given).
      const kw = r.keywords || {};
      const found = (Array.isArray(kw.found) ? kw.found : []).map((k) => (k && typeof k === 'object' ? k.term : k)).filter(Boolean);
      const missing = (Array.isArray(kw.missing) ? kw.missing : []).map((k) => (k && typeof k === 'object' ? k.term : k)).filter(Boolean);
      if (found.length || missing.length) {
        const max = compact ? 8 : 16;
        const box = el('div', 'keywords');
        box.append(el('h3', 'section-title', 'Keywords'));
        const line = (label, terms, cls) => {
          box.append(el('p', 'kw-label', `${label} (${terms.length})`));
          const chips = el('ul', `chips ${cls}`);
          chips.append(...terms.slice(0, max).map((t) => el('li', `chip ${cls}`, t)));
          if (terms.length > max) chips.append(el('li', 'chip', `+${terms.length - max}`));
          box.append(chips);
        };
        if (found.length) line('Found', found, 'found');
        if (missing.length) line('Missing', missing, 'missing');
        parts.push(box);
      }

      // The job description, when one was given.
      const jm = r.jobMatch;
      if (jm && typeof jm === 'object') {
        const box = el('div', 'job');
        box.append(el('h3', 'section-title', 'Job description'));
        let line = `${Math.max(0, Math.min(100, Number(jm.rate) || 0))}% of its skills are in your résumé`;
        if (jm.title) line += jm.titleMatch ? `; your titles match “${jm.title}”` : `; no title of yours matches “${jm.title}”`;
        box.append(el('p', 'kw-label job-rate', line + '.'));
        const missingJD = (Array.isArray(jm.missing) ? jm.missing : []).filter((x) => typeof x === 'string');
        if (missingJD.length) {
          box.append(el('p', 'kw-label', `It asks for, and your résumé lacks (${missingJD.length})`));
          const chips = el('ul', 'chips job-missing');
          chips.append(...missingJD.slice(0, 12).map((t) => el('li', 'chip missing', t)));
          box.append(chips);
        }
        parts.push(box);
      }

      this._ui.result.replaceChildren(...parts);
      this._ui.result.dataset.score = String(r.score);
      this._ui.result.hidden = false;
    }

    _finding(f) {
      const status = STATUS_LABEL[f.status] ? f.status : 'warn';
      const li = el('li', `finding ${status}`);
      li.dataset.check = String(f.check);
      const head = el('div', 'finding-head');
      head.append(el('span', `badge ${status}`, STATUS_LABEL[status]), el('h4', 'finding-title', f.title || f.check));
      const pts = f.points || {};
      const gain = (Number(pts.possible) || 0) - (Number(pts.earned) || 0);
      if (gain > 0.05) head.append(el('span', 'gain', `+${gain.toFixed(1)} points`));
      li.append(head);
      if (f.message) li.append(el('p', 'finding-message', f.message));
      const ev = (Array.isArray(f.evidence) ? f.evidence : []).find((e) => e && e.text);
      if (ev) {
        const p = el('p', 'evidence');
        if (ev.page || ev.line) p.append(`page ${ev.page}, line ${ev.line}: `);
        p.append(el('q', 'line-text', ev.text));
        li.append(p);
      }
      if (f.fix) {
        const fix = el('p', 'fix');
        fix.append(el('strong', null, 'Fix: '), String(f.fix));
        li.append(fix);
      }
      return li;
    }
  }

  customElements.define(TAG, ResumeScore);
})();
