// The page: pick or drop a résumé, score it in the worker, show the report.
// Every string from a file or a report goes into the page through
// textContent or createElement, never as HTML.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const els = {
    drop: $('drop'), file: $('file'), status: $('status'), error: $('error'),
    result: $('result'), score: $('score'), grade: $('grade'), fileName: $('file-name'),
    facts: $('facts'), categories: $('categories'), findings: $('findings'),
    version: $('engine-version'),
  };

  // The reference date of the report: ?asOf=YYYY-MM-DD, or today here.
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
  const asOfParam = new URLSearchParams(location.search).get('asOf');
  const asOf = validDate(asOfParam) ? asOfParam : today();

  const STATUS_LABEL = { fail: 'Fail', warn: 'Warning', pass: 'Pass' };

  let seq = 0; // id of the latest request; older results are dropped
  let pending = null; // {id, t0, name}
  let last = { json: null, totalMs: null, engineMs: null };

  // ---- the worker ---------------------------------------------------------

  const worker = new Worker('engine-worker.js');
  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });

  worker.onmessage = (event) => {
    const msg = event.data || {};
    switch (msg.type) {
      case 'ready':
        els.version.textContent = 'engine ' + msg.version;
        if (!pending) setStatus('Ready. Choose a résumé to score it.');
        markReady(msg.version);
        break;
      case 'failed':
        showError(msg.error);
        setStatus('');
        break;
      case 'result':
        onResult(msg);
        break;
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    showError({
      code: 'engine_unavailable',
      message: 'The scorer could not start in this browser. Reload the page; if it happens again, try a current version of Chrome, Firefox, Edge or Safari.',
    });
    setStatus('');
  };

  // ---- input ---------------------------------------------------------------

  async function scoreFile(file) {
    const t0 = performance.now();
    const id = ++seq;
    pending = { id, t0, name: file.name };
    hideError();
    els.result.setAttribute('aria-busy', 'true');
    setStatus(`Scoring ${file.name}…`);
    let bytes;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      if (pending && pending.id === id) {
        pending = null;
        els.result.removeAttribute('aria-busy');
        showError({ code: 'unreadable', message: 'The browser could not read this file. Check that it still exists and try again.' }, file.name);
        setStatus('');
      }
      return;
    }
    if (!pending || pending.id !== id) return;
    worker.postMessage({ type: 'score', id, bytes, asOf }, [bytes]);
  }

  function onResult(msg) {
    if (!pending || msg.id !== pending.id) return; // a newer file was chosen
    const { t0, name } = pending;
    pending = null;
    els.result.removeAttribute('aria-busy');
    if (!msg.ok) {
      els.result.hidden = true;
      showError(msg.error, name);
      setStatus('');
      return;
    }
    let report;
    try {
      report = JSON.parse(msg.json);
    } catch {
      showError({ code: 'internal', message: 'The scorer returned a report this page cannot read. Reload the page and try again.' });
      setStatus('');
      return;
    }
    render(report, name);
    const totalMs = performance.now() - t0;
    last = { json: msg.json, totalMs, engineMs: msg.engineMs };
    els.result.dataset.elapsedMs = totalMs.toFixed(1);
    els.result.dataset.engineMs = Number(msg.engineMs).toFixed(1);
    setStatus(`Scored ${name} on this device in ${Math.round(totalMs)} ms: ${report.score} out of 100, grade ${report.grade}.`);
    document.dispatchEvent(new CustomEvent('resumescore:report', { detail: report }));
  }

  els.file.addEventListener('change', () => {
    const file = els.file.files && els.file.files[0];
    els.file.value = ''; // so that choosing the same file again scores it again
    if (file) scoreFile(file);
  });

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
    e.preventDefault();
    depth = 0;
    els.drop.classList.remove('over');
    const file = e.dataTransfer.files[0];
    if (file) scoreFile(file);
  });

  // ---- output --------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

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

  function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

  function render(r, fileName) {
    els.score.textContent = String(r.score);
    els.grade.textContent = String(r.grade);
    els.grade.dataset.grade = String(r.grade).charAt(0);
    els.fileName.textContent = fileName;
    const layout = r.layout || {};
    const facts = [];
    if (layout.format) facts.push(String(layout.format).toUpperCase());
    if (layout.pages) facts.push(plural(layout.pages, 'page', 'pages'));
    if (layout.words) facts.push(plural(layout.words, 'word', 'words'));
    if (r.asOf) facts.push(`as of ${r.asOf}`);
    els.facts.textContent = facts.join(' · ');

    els.categories.replaceChildren(...(r.categories || []).map(renderCategory));

    // The engine orders the findings: failures first, then by points to gain.
    // Passed checks are folded away so that what to fix comes first.
    const all = r.findings || [];
    const improve = all.filter((f) => f.status !== 'pass');
    const passed = all.filter((f) => f.status === 'pass');
    const parts = [el('p', 'findings-summary', improve.length
      ? `${plural(improve.length, 'thing', 'things')} to improve, ${passed.length} passed.`
      : `Every check passed (${passed.length}).`)];
    if (improve.length) {
      const ol = el('ol', 'findings-list');
      ol.append(...improve.map(renderFinding));
      parts.push(ol);
    }
    if (passed.length) {
      const details = el('details', 'passed');
      details.append(el('summary', null, `Show the ${plural(passed.length, 'passed check', 'passed checks')}`));
      const ol = el('ol', 'findings-list');
      ol.append(...passed.map(renderFinding));
      details.append(ol);
      parts.push(details);
    }
    els.findings.replaceChildren(...parts);
    els.result.hidden = false;
  }

  function renderCategory(c) {
    const li = el('li', 'category');
    const score = Math.max(0, Math.min(100, Number(c.score) || 0));
    li.append(el('span', 'category-name', c.name));
    const bar = el('span', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = el('span', 'fill');
    fill.style.width = score + '%'; // CSSOM, which a strict CSP allows
    if (score < 50) fill.classList.add('low');
    else if (score < 80) fill.classList.add('mid');
    bar.append(fill);
    li.append(bar, el('span', 'category-score', score));
    return li;
  }

  function renderFinding(f) {
    const status = STATUS_LABEL[f.status] ? f.status : 'warn';
    const li = el('li', `finding ${status}`);
    li.dataset.check = String(f.check);

    const head = el('div', 'finding-head');
    head.append(el('span', `badge ${status}`, STATUS_LABEL[status]));
    head.append(el('h4', 'finding-title', f.title));
    const pts = f.points || {};
    const gain = (Number(pts.possible) || 0) - (Number(pts.earned) || 0);
    if (status !== 'pass' && gain > 0.05) {
      head.append(el('span', 'gain', `+${gain.toFixed(1)} points`));
    }
    li.append(head);

    if (f.message) li.append(el('p', 'finding-message', f.message));

    const evidence = (f.evidence || []).filter((e) => e && e.text);
    if (evidence.length) {
      const ul = el('ul', 'evidence');
      ul.setAttribute('aria-label', 'Where in your résumé');
      for (const e of evidence) {
        const item = el('li');
        if (e.page || e.line) {
          item.append(el('span', 'where', `page ${e.page}, line ${e.line}`));
        }
        item.append(el('q', 'line-text', e.text));
        ul.append(item);
      }
      li.append(ul);
    }

    if (f.fix) {
      const fix = el('p', 'fix');
      fix.append(el('strong', null, 'How to fix: '), document.createTextNode(String(f.fix)));
      li.append(fix);
    }
    li.append(el('code', 'check-id', f.check));
    return li;
  }

  // A small read-only handle for hosts and tests: the raw report JSON exactly
  // as the engine returned it, and how long the last report took.
  window.resumescorePage = Object.freeze({
    asOf,
    ready,
    get lastJSON() { return last.json; },
    get lastTiming() { return { totalMs: last.totalMs, engineMs: last.engineMs }; },
  });
})();
