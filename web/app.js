// The page: pick or drop a résumé, score it in the worker, show the report.
// Every string from a file or a report goes into the page through
// textContent or createElement (report.js), never as HTML.
//
// Hosts and tests integrate through the `resumescore:report` event on
// document (detail: the Report) and window.resumescorePage (read-only).
import { EngineHost } from './engine-host.js';
import { renderReport, el } from './report.js';

const $ = (id) => document.getElementById(id);
const els = {
  drop: $('drop'), file: $('file'), status: $('status'), progress: $('progress'), error: $('error'),
  result: $('result'), report: $('report'), version: $('engine-version'),
  role: $('role'), asOf: $('as-of'), jd: $('jd'),
};
const params = new URLSearchParams(location.search);

// ---- the reference date: ?asOf=YYYY-MM-DD, or today here; editable -------

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
const asOf0 = validDate(params.get('asOf')) ? params.get('asOf') : today();
els.asOf.value = asOf0;
const asOf = () => (validDate(els.asOf.value) ? els.asOf.value : asOf0);

// ---- the engine ----------------------------------------------------------

// ?watchdog=MS shortens the time a request may take (tests use it).
const watchdog = Number(params.get('watchdog'));
const host = new EngineHost({ timeoutMs: watchdog >= 500 ? watchdog : 20000 });
let checks = [];
let engineVersion = '';

function onReady(info) {
  engineVersion = info.version;
  els.version.textContent = 'engine ' + info.version;
  checks = info.checks;
  if (els.role.options.length <= 1 && info.roles.length) {
    const chosen = params.get('role') || '';
    els.role.append(...info.roles.map((r) => {
      const o = el('option', null, r.name);
      o.value = r.id;
      if (r.id === chosen) o.selected = true;
      return o;
    }));
  }
}
const ready = host.ready.then((info) => { onReady(info); return info.version; });
ready.catch(() => {});

host.addEventListener('state', (e) => {
  const { state } = e.detail;
  if (state === 'ready') {
    if (host.restarts && host.info) onReady(host.info);
    if (!pending && !els.status.textContent.startsWith('Scored')) {
      setStatus(host.restarts ? 'The scorer restarted and is ready. Choose a résumé to score it.' : 'Ready. Choose a résumé to score it.');
    }
  } else if (state === 'failed') {
    showError(e.detail.error);
    setStatus('');
  }
  if (state === 'ready' && !host.restarts) document.documentElement.dataset.engine = 'ready';
});

// ---- scoring -------------------------------------------------------------

let seq = 0; // the latest request; older results are dropped
let pending = null; // {id, name, t0}
let current = null; // the file the report is about: options re-score it
let last = { json: null, report: null, timing: {} };
let view = null; // the report shown (report.js)
let outcomes = 0; // reports and errors shown so far
let lastError = null;
let ticker = 0;

function busy(on, name) {
  clearInterval(ticker);
  els.progress.hidden = !on;
  if (on) {
    els.result.setAttribute('aria-busy', 'true');
    const t0 = performance.now();
    ticker = setInterval(() => {
      const s = Math.round((performance.now() - t0) / 1000);
      if (s >= 1) setStatus(`Scoring ${name}… ${s} s`);
    }, 500);
  } else {
    els.result.removeAttribute('aria-busy');
  }
}

async function scoreFile(file, t0 = performance.now()) {
  const id = ++seq;
  pending = { id, t0, name: file.name };
  current = file;
  hideError();
  setStatus(`Scoring ${file.name}…`);
  busy(true, file.name);
  let bytes;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    if (pending && pending.id === id) {
      pending = null;
      busy(false);
      showError({ code: 'unreadable', message: 'The browser could not read this file. Check that it still exists and try again.' }, file.name);
      setStatus('');
    }
    return;
  }
  if (!pending || pending.id !== id) return;
  const tRead = performance.now();
  const res = await host.score(bytes, { asOf: asOf(), role: els.role.value, jd: els.jd.value, text: true });
  if (!pending || pending.id !== id) return; // a newer file or option was chosen
  onResult(res, tRead);
}

function onResult(res, tRead) {
  const { t0, name } = pending;
  pending = null;
  busy(false);
  outcomes++;
  lastError = res.ok ? null : { ...(res.error || {}) };
  if (!res.ok) {
    els.result.hidden = true;
    showError(res.error, name);
    setStatus(res.error && /^engine_/.test(res.error.code) ? 'The scorer restarted. Choose a file to try again.' : '');
    return;
  }
  const tResult = performance.now();
  let report, text = null;
  try {
    report = JSON.parse(res.json);
    if (res.text) text = JSON.parse(res.text);
  } catch {
    showError({ code: 'internal', message: 'The scorer returned a report this page cannot read. Reload the page and try again.' });
    setStatus('');
    return;
  }
  const tParsed = performance.now();
  const download = el('button', 'button secondary', 'Download report (JSON)');
  download.type = 'button';
  download.addEventListener('click', () => downloadJSON(name));
  const print = el('button', 'button secondary', 'Print');
  print.type = 'button';
  print.addEventListener('click', () => window.print());
  view = renderReport(els.report, report, { checks, text, fileName: name, ids: true, actions: [download, print] });
  els.result.hidden = false;
  const tRendered = performance.now();
  const timing = {
    totalMs: tRendered - t0,
    engineMs: res.engineMs,
    readMs: tRead - t0,
    workerMs: tResult - tRead, // posting, engine, the answer coming back
    parseMs: tParsed - tResult,
    renderMs: tRendered - tParsed,
    paintMs: null,
  };
  last = { json: res.json, report, timing };
  els.result.dataset.elapsedMs = timing.totalMs.toFixed(1);
  els.result.dataset.engineMs = Number(res.engineMs).toFixed(1);
  setStatus(`Scored ${name} on this device in ${Math.round(timing.totalMs)} ms: ${report.score} out of 100, grade ${report.grade}.`);
  reflectRole(report.role);
  // After the next frame: the report is on screen.
  requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      timing.paintMs = performance.now() - t0;
      els.result.dataset.paintMs = timing.paintMs.toFixed(1);
    };
    ch.port2.postMessage(0);
  });
  document.dispatchEvent(new CustomEvent('resumescore:report', { detail: report }));
}

// The picker's first entry says which role was detected, and how sure.
function reflectRole(role) {
  const auto = els.role.options[0];
  if (role && role.detected) {
    auto.textContent = `Detect from the résumé (found: ${role.name}, ${Math.round(Number(role.confidence) * 100)}%)`;
  } else if (!els.role.value) {
    auto.textContent = 'Detect from the résumé';
  }
}

function rescore() {
  if (current) scoreFile(current);
}

// ---- input ---------------------------------------------------------------

els.file.addEventListener('change', () => {
  const t0 = performance.now();
  const file = els.file.files && els.file.files[0];
  els.file.value = ''; // so that choosing the same file again scores it again
  if (file) scoreFile(file, t0);
});
els.role.addEventListener('change', rescore);
els.asOf.addEventListener('change', () => { if (validDate(els.asOf.value)) rescore(); });
let jdTimer = 0;
els.jd.addEventListener('input', () => {
  clearTimeout(jdTimer);
  jdTimer = setTimeout(rescore, 700);
});
els.jd.addEventListener('change', () => { clearTimeout(jdTimer); rescore(); });

// A file dropped anywhere on the page is taken; the drop zone lights up.
let depth = 0;
const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
window.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  depth++;
  els.drop.classList.add('over');
});
window.addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('dragleave', (e) => {
  if (!hasFiles(e)) return;
  if (--depth <= 0) { depth = 0; els.drop.classList.remove('over'); }
});
window.addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  const t0 = performance.now();
  e.preventDefault();
  depth = 0;
  els.drop.classList.remove('over');
  const file = e.dataTransfer.files[0];
  if (file) scoreFile(file, t0);
});

// ---- output --------------------------------------------------------------

function setStatus(text) { els.status.textContent = text; }

function showError(error, fileName) {
  const e = error || {};
  els.error.replaceChildren();
  if (fileName) els.error.append(el('p', 'error-title', `Could not score ${fileName}`));
  els.error.append(el('p', 'error-message', e.message || 'Something went wrong. Reload the page and try again.'));
  if (e.code) els.error.dataset.code = String(e.code);
  els.error.hidden = false;
}

function hideError() {
  els.error.hidden = true;
  els.error.replaceChildren();
  delete els.error.dataset.code;
}

// The report as the engine wrote it, saved by the browser: no network.
function downloadJSON(name) {
  if (!last.json) return;
  const blob = new Blob([last.json], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = el('a');
  a.href = url;
  a.download = String(name || 'resume').replace(/\.[^.]*$/, '') + '.resumescore.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Printing shows every folded part of the report.
let opened = [];
window.addEventListener('beforeprint', () => {
  opened = view ? view.expand() : [];
});
window.addEventListener('afterprint', () => {
  for (const d of opened) d.open = false;
  opened = [];
});

// ---- offline -------------------------------------------------------------

if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('sw.js').catch((err) => {
      console.warn('resumescore: offline copy unavailable:', err && err.message);
    });
  });
}

// ---- for hosts and tests ---------------------------------------------------

// A small read-only handle: the raw report JSON exactly as the engine
// returned it, and how long the last report took (ms from the file chosen:
// totalMs to the report built, paintMs to the next frame after it).
const page = {
  get asOf() { return asOf(); },
  ready,
  get engineVersion() { return engineVersion; },
  get lastJSON() { return last.json; },
  get lastTiming() { return { ...last.timing }; },
  get outcomes() { return outcomes; },
  // expandAll builds and opens every folded part of the report.
  expandAll() { if (view) view.expand(); },
  get lastError() { return lastError; },
  get restarts() { return host.restarts; },
  get engineState() { return host.state; },
};
// ?test-hooks=1 adds testEngine('hang' | 'crash' | 'exit'): the worker
// misbehaves, through the same watchdog a file has.
if (params.get('test-hooks') === '1') {
  page.testEngine = async (kind) => {
    const id = ++seq;
    pending = { id, t0: performance.now(), name: `(test: ${kind})` };
    hideError();
    busy(true, kind);
    const res = await host.test(kind);
    if (pending && pending.id === id) onResult(res, performance.now());
    return res.error ? res.error.code : 'ok';
  };
}
window.resumescorePage = Object.freeze(page);
