// Renders a resumescore Report (schema resumescore.report/v1) into an
// element: the score gauge, category bars, findings by category, bullets,
// keywords, the job-description match, layout facts and "what the ATS read".
// No framework and no HTML strings: every text from a report or a résumé
// goes into the page through textContent or createElement, never as markup.
//
//   import { renderReport } from './report.js';
//   const view = renderReport(element, report, { checks, text, fileName });
//   view.highlight(page, line);   // mark a line of the text as read
//   view.expand();                // build and open every folded part (printing)
//
// checks: the check registry (engine checks()), for why, how to fix and the
// example of each finding; text: the text as read (engine text() or
// score(..., {text: true})); both optional. Styles are in report.css.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const STATUS_LABEL = { fail: 'Fail', warn: 'Warning', pass: 'Pass' };
const CATEGORY_NAME = {
  parseability: 'Parseability', contact: 'Contact', sections: 'Sections', impact: 'Impact',
  language: 'Language', keywords: 'Keywords', length: 'Length and format', dates: 'Dates and timeline',
};
// Checks about where text sits on the page: shown with the text as read.
const LAYOUT_CHECKS = /^parseability\.(columns|header-footer|tables|text-boxes|hidden-text|images|scanned-pages|coverage|letter-spacing|junk-characters)$/;

let uid = 0;
const listening = new WeakMap(); // root → AbortController of its listeners

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }
function num(v) { const n = Number(v); return Number.isFinite(n) ? n : 0; }
function clamp100(v) { return Math.max(0, Math.min(100, Math.round(num(v)))); }
function level(score) { return score >= 80 ? 'high' : score >= 50 ? 'mid' : 'low'; }
function gainOf(f) { const p = f.points || {}; return Math.max(0, num(p.possible) - num(p.earned)); }
function where(e) { return e && e.page ? `page ${e.page}, line ${e.line}` : ''; }
function key(page, line) { return page + ':' + line; }
function section(className, title, headingId) {
  const s = el('section', 'rs-section ' + className);
  const h = el('h3', 'rs-h', title);
  h.id = headingId;
  s.setAttribute('aria-labelledby', h.id);
  s.append(h);
  return s;
}

// quoted returns the phrases a message quotes (“…”), to mark them in the line.
function quoted(message) {
  const out = [];
  const re = /[“"]([^”"]{2,80})[”"]/g;
  let m;
  while ((m = re.exec(String(message || ''))) && out.length < 4) {
    const q = m[1].replace(/[…]+$/, '').trim();
    if (q.length >= 2) out.push(q);
    const from = q.split(' → ')[0].trim(); // "ten → 10": the line has "ten"
    if (from !== q && from.length >= 2) out.push(from);
  }
  return out;
}

// marked is text with the first match of each phrase wrapped in <mark>.
function marked(className, text, phrases) {
  const node = el('span', className);
  const s = String(text);
  const lower = s.toLowerCase();
  const spans = [];
  for (const p of phrases) {
    const i = lower.indexOf(p.toLowerCase());
    if (i >= 0 && !spans.some(([a, b]) => i < b && i + p.length > a)) spans.push([i, i + p.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) node.append(s.slice(at, a));
    node.append(el('mark', null, s.slice(a, b)));
    at = b;
  }
  if (at < s.length) node.append(s.slice(at));
  return node;
}

function meter(className, value, label, valueText) {
  const m = el('div', className);
  m.setAttribute('role', 'meter');
  m.setAttribute('aria-valuemin', '0');
  m.setAttribute('aria-valuemax', '100');
  m.setAttribute('aria-valuenow', String(value));
  if (valueText) m.setAttribute('aria-valuetext', valueText);
  m.setAttribute('aria-label', label);
  return m;
}

function bar(value, label) {
  const v = clamp100(value);
  const m = meter('rs-bar', v, label, `${v} out of 100`);
  const fill = el('span', 'rs-fill ' + level(v));
  fill.style.width = v + '%'; // CSSOM, which a strict CSP allows
  m.append(fill);
  return m;
}

export function renderReport(root, report, options = {}) {
  const r = report || {};
  const opts = options;
  const prefix = 'rs' + (++uid) + '-';
  const docs = new Map((opts.checks || []).map((c) => [c.id, c]));
  const lines = new Map(); // "page:line" → the line's element in the text as read
  let textPane = null;
  let lit = [];

  const part = (node, name) => {
    node.dataset.part = name;
    if (opts.ids) node.id = name;
    return node;
  };

  function highlight(page, line, { scroll = 'pane', focus = false } = {}) {
    for (const n of lit) n.classList.remove('rs-hl');
    lit = [];
    const li = lines.get(key(page, line));
    if (!li) return false;
    li.classList.add('rs-hl');
    lit.push(li);
    if (scroll === 'page') {
      li.scrollIntoView({ block: 'center', behavior: 'auto' });
    } else if (scroll === 'pane' && textPane) {
      const top = li.offsetTop;
      if (top < textPane.scrollTop || top + li.offsetHeight > textPane.scrollTop + textPane.clientHeight) {
        textPane.scrollTop = Math.max(0, top - textPane.clientHeight / 3);
      }
    }
    if (focus) li.focus({ preventScroll: true });
    return true;
  }
  function clear() {
    for (const n of lit) n.classList.remove('rs-hl');
    lit = [];
  }

  // A button that shows a line in the text as read.
  function goto(e) {
    const b = el('button', 'rs-goto', where(e));
    b.type = 'button';
    b.dataset.page = e.page;
    b.dataset.line = e.line;
    b.setAttribute('aria-label', `Show ${where(e)} in the text as read`);
    return b;
  }

  // A value that points at the line it came from: hovering or focusing it
  // marks that line.
  function sourced(text, ref, className = 'rs-src') {
    if (!ref || !ref.page) return el('span', className + ' rs-nosrc', text);
    const b = el('button', className);
    b.type = 'button';
    b.append(el('span', null, text), el('span', 'rs-vh', ` (${where(ref)})`));
    b.dataset.page = ref.page;
    b.dataset.line = ref.line;
    return b;
  }

  // Folded parts are built when first opened (or by expand, for printing).
  const unbuilt = new Map(); // details → build()
  function lazy(d, build) {
    unbuilt.set(d, build);
    d.addEventListener('toggle', () => fill(d), { once: true });
  }
  function fill(d) {
    const build = unbuilt.get(d);
    if (!build) return;
    unbuilt.delete(d);
    d.append(build());
  }
  // expand builds every folded part and opens it; it returns the details
  // it opened, for collapse.
  function expand() {
    for (const d of Array.from(unbuilt.keys())) fill(d);
    const opened = Array.from(root.querySelectorAll('details:not([open])'));
    for (const d of opened) d.open = true;
    return opened;
  }

  const frag = document.createDocumentFragment();
  frag.append(summary(), categories(), findings(), bullets(), keywords(), jobMatch(), layout(), atsRead());
  root.replaceChildren(frag);

  // One set of listeners for every line reference in the report.
  const onPoint = (ev) => {
    const t = ev.target.closest && ev.target.closest('.rs-src[data-page]');
    if (t) highlight(Number(t.dataset.page), Number(t.dataset.line));
  };
  const onLeave = (ev) => {
    const t = ev.target.closest && ev.target.closest('.rs-src[data-page]');
    if (t) clear();
  };
  const onClick = (ev) => {
    const t = ev.target.closest && ev.target.closest('.rs-goto[data-page]');
    if (t) highlight(Number(t.dataset.page), Number(t.dataset.line), { scroll: 'page', focus: true });
    // A field tapped while the text is out of sight (a phone, where the two
    // stack): bring its line into view.
    const f = ev.target.closest && ev.target.closest('.rs-src[data-page]');
    if (f && textPane) {
      const r = textPane.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) highlight(Number(f.dataset.page), Number(f.dataset.line), { scroll: 'page' });
    }
  };
  if (listening.has(root)) listening.get(root).abort(); // the previous report's
  const ac = new AbortController();
  listening.set(root, ac);
  const on = { signal: ac.signal };
  root.addEventListener('mouseover', onPoint, on);
  root.addEventListener('focusin', onPoint, on);
  root.addEventListener('mouseout', onLeave, on);
  root.addEventListener('focusout', onLeave, on);
  root.addEventListener('click', onClick, on);

  return { highlight, clear, expand, root };

  // ---- the parts ----------------------------------------------------------

  function summary() {
    const s = part(el('section', 'rs-summary'), 'summary');
    s.setAttribute('aria-label', 'Score');
    const score = clamp100(r.score);
    const grade = String(r.grade ?? '');
    const g = meter('rs-gauge ' + level(score), score, 'Résumé score', `${score} out of 100, grade ${grade}`);
    const ring = svg('svg', { viewBox: '0 0 120 120', width: 120, height: 120, 'aria-hidden': 'true', focusable: 'false' });
    const C = 2 * Math.PI * 52;
    ring.append(
      svg('circle', { class: 'rs-track', cx: 60, cy: 60, r: 52, fill: 'none', 'stroke-width': 11 }),
      svg('circle', {
        class: 'rs-arc', cx: 60, cy: 60, r: 52, fill: 'none', 'stroke-width': 11, 'stroke-linecap': 'round',
        'stroke-dasharray': `${(C * score / 100).toFixed(2)} ${C.toFixed(2)}`, transform: 'rotate(-90 60 60)',
      }),
    );
    const center = el('div', 'rs-gauge-text');
    center.setAttribute('aria-hidden', 'true');
    center.append(part(el('span', 'rs-score', score), 'score'), el('span', 'rs-outof', '/100'));
    g.append(ring, center);

    const text = el('div', 'rs-summary-text');
    const gl = el('p', 'rs-grade-line', 'Grade ');
    const gr = part(el('span', 'rs-grade', grade), 'grade');
    gr.dataset.grade = grade.charAt(0);
    gl.append(gr);
    text.append(gl);
    if (opts.fileName) text.append(el('p', 'rs-file', opts.fileName));
    const role = r.role || {};
    if (role.name) {
      const how = role.detected
        ? `detected from your résumé, ${Math.round(num(role.confidence) * 100)}% confident`
        : 'as you chose';
      text.append(el('p', 'rs-role', `Scored for ${role.name} (${how})`));
    }
    const l = r.layout || {};
    const facts = [];
    if (l.format) facts.push(String(l.format).toUpperCase());
    if (l.pages) facts.push(plural(l.pages, 'page', 'pages'));
    if (l.words) facts.push(plural(l.words, 'word', 'words'));
    if (r.asOf) facts.push(`as of ${r.asOf}`);
    text.append(el('p', 'rs-facts', facts.join(' · ')));
    const eng = r.engine || {};
    text.append(el('p', 'rs-version', `Engine ${eng.version || '?'} · scoring algorithm ${eng.algorithm || '?'}`));
    if (opts.actions && opts.actions.length) {
      const a = el('div', 'rs-actions');
      a.append(...opts.actions);
      text.append(a);
    }
    s.append(g, text);
    return s;
  }

  function categories() {
    const s = section('rs-categories', 'Categories', prefix + 'cat');
    const ul = part(el('ul', 'rs-cats'), 'categories');
    for (const c of r.categories || []) {
      const li = el('li', 'rs-cat');
      li.dataset.category = String(c.id);
      const v = clamp100(c.score);
      li.append(el('span', 'rs-cat-name', c.name), bar(v, c.name), el('span', 'rs-cat-score', v));
      ul.append(li);
    }
    s.append(ul);
    return s;
  }

  function findings() {
    const s = part(section('rs-findings', 'Findings', prefix + 'find'), 'findings');
    const box = el('div', 'rs-findings-body');
    const all = r.findings || [];
    const improve = all.filter((f) => f.status !== 'pass');
    const gain = improve.reduce((t, f) => t + gainOf(f), 0);
    box.append(el('p', 'rs-lede', improve.length
      ? `${plural(improve.length, 'thing', 'things')} to improve, worth up to ${gain.toFixed(1)} points; ${all.length - improve.length} passed. Grouped by category, biggest gain first.`
      : `Every check passed (${all.length}).`));

    // Categories in the report's order, then any the report did not list.
    const order = (r.categories || []).map((c) => String(c.id));
    const byCat = new Map(order.map((id) => [id, []]));
    for (const f of all) {
      const id = String(f.category);
      if (!byCat.has(id)) byCat.set(id, []);
      byCat.get(id).push(f);
    }
    const catInfo = new Map((r.categories || []).map((c) => [String(c.id), c]));
    for (const [id, list] of byCat) {
      if (!list.length) continue;
      const toFix = list.filter((f) => f.status !== 'pass').sort((a, b) => gainOf(b) - gainOf(a));
      const done = list.filter((f) => f.status === 'pass');
      const info = catInfo.get(id) || {};
      const g = el('section', 'rs-group');
      g.dataset.category = id;
      const h = el('h4', 'rs-group-title');
      h.id = prefix + 'g-' + id;
      g.setAttribute('aria-labelledby', h.id);
      h.append(el('span', null, info.name || CATEGORY_NAME[id] || id));
      const meta = [];
      if (info.score !== undefined) meta.push(`${clamp100(info.score)}/100`);
      meta.push(toFix.length ? `${toFix.length} to improve` : 'all passed');
      h.append(el('span', 'rs-group-meta', meta.join(' · ')));
      g.append(h);
      if (toFix.length) {
        const ol = el('ol', 'rs-list findings-list');
        ol.setAttribute('aria-label', `${info.name || id}: to improve`);
        for (const f of toFix) ol.append(finding(f));
        g.append(ol);
      }
      if (done.length) {
        // Built when first opened: most checks pass, and a report is shown
        // faster without them.
        const d = el('details', 'rs-passed passed');
        d.append(el('summary', null, plural(done.length, 'passed check', 'passed checks')));
        lazy(d, () => {
          const ol = el('ol', 'rs-list findings-list');
          for (const f of done) ol.append(finding(f));
          return ol;
        });
        g.append(d);
      }
      box.append(g);
    }
    s.append(box);
    return s;
  }

  function finding(f) {
    const status = STATUS_LABEL[f.status] ? f.status : 'warn';
    const li = el('li', `finding rs-finding ${status}`);
    li.dataset.check = String(f.check);
    const head = el('div', 'finding-head');
    head.append(el('span', `badge ${status}`, STATUS_LABEL[status]));
    head.append(el('h5', 'finding-title', f.title));
    const gain = gainOf(f);
    if (status !== 'pass' && gain > 0.05) head.append(el('span', 'gain', `+${gain.toFixed(1)} points`));
    li.append(head);
    if (f.message) li.append(el('p', 'finding-message', f.message));

    const evidence = (f.evidence || []).filter((e) => e && e.text);
    if (evidence.length) {
      const phrases = quoted(f.message);
      const ul = el('ul', 'evidence');
      ul.setAttribute('aria-label', 'Where in your résumé');
      const shown = status === 'pass' ? evidence.slice(0, 3) : evidence;
      for (const e of shown) {
        const item = el('li');
        if (e.page) item.append(goto(e));
        item.append(marked('line-text', e.text, phrases));
        ul.append(item);
      }
      if (shown.length < evidence.length) ul.append(el('li', 'rs-more-lines', `and ${evidence.length - shown.length} more`));
      li.append(ul);
    }
    if (f.fix) {
      const fix = el('p', 'fix');
      fix.append(el('strong', null, 'How to fix: '), String(f.fix));
      li.append(fix);
    }
    const doc = docs.get(f.check);
    if (doc && (doc.why || doc.before || doc.after)) {
      const d = el('details', 'rs-why');
      d.append(el('summary', null, status === 'pass' ? 'Why this matters' : 'Why this matters, and an example'));
      if (doc.why) d.append(el('p', 'rs-why-text', doc.why));
      if (!f.fix && doc.fix && status !== 'pass') d.append(el('p', 'fix', 'How to fix: ' + doc.fix));
      if (doc.before || doc.after) {
        const ex = el('dl', 'rs-example');
        if (doc.before) ex.append(el('dt', 'rs-before', 'Before'), el('dd', null, doc.before));
        if (doc.after) ex.append(el('dt', 'rs-after', 'After'), el('dd', null, doc.after));
        d.append(ex);
      }
      li.append(d);
    }
    li.append(el('code', 'check-id', f.check));
    return li;
  }

  function bullets() {
    const list = r.bullets || [];
    const s = section('rs-bullets', 'Bullets', prefix + 'bul');
    part(s, 'bullets');
    if (!list.length) {
      s.append(el('p', 'rs-lede', 'No bulleted lines were found. ATSs and recruiters read experience best as short bullets that start with a verb.'));
      return s;
    }
    const avg = Math.round(list.reduce((t, b) => t + num(b.score), 0) / list.length);
    const weak = list.filter((b) => num(b.score) < 60).length;
    s.append(el('p', 'rs-lede', `${plural(list.length, 'bullet', 'bullets')}, average ${avg}/100; ${weak} below 60. Each score counts a number, a strong opening verb, a result and the scale of the work.`));
    const ol = el('ol', 'rs-list rs-bullet-list');
    for (const b of list) {
      const sc = clamp100(b.score);
      const li = el('li', 'rs-bullet ' + level(sc));
      const top = el('div', 'rs-bullet-head');
      const pill = el('span', 'rs-pill ' + level(sc), sc);
      pill.setAttribute('aria-label', `score ${sc} out of 100`);
      const toFix = (b.findings || []).filter((x) => x.status !== 'pass');
      top.append(pill, marked('rs-bullet-text', b.text, toFix.flatMap((x) => quoted(x.message))));
      li.append(top);
      if (toFix.length) {
        const ul = el('ul', 'rs-rewrite');
        ul.setAttribute('aria-label', 'How to rewrite it');
        for (const x of toFix) {
          const item = el('li', 'rs-rewrite-item ' + (STATUS_LABEL[x.status] ? x.status : 'warn'));
          item.append(el('span', 'rs-rewrite-msg', x.message));
          if (x.fix) item.append(' ', el('span', 'rs-rewrite-fix', x.fix));
          ul.append(item);
        }
        li.append(ul);
      } else {
        li.append(el('p', 'rs-ok', 'Strong: nothing to change.'));
      }
      ol.append(li);
    }
    s.append(ol);
    return s;
  }

  function keywords() {
    const k = r.keywords || {};
    const found = k.found || [];
    const missing = k.missing || [];
    const s = section('rs-keywords', 'Keywords', prefix + 'kw');
    part(s, 'keywords');
    const roleName = (r.role && r.role.name) || 'this role';
    s.append(el('p', 'rs-lede', `${found.length} of ${found.length + missing.length} keywords for ${roleName} found.`));
    if (found.length) {
      const t = el('table', 'rs-table');
      t.append(el('caption', 'rs-vh', `Keywords for ${roleName} found in your résumé`));
      const head = el('tr');
      head.append(el('th', null, 'Keyword'), el('th', null, 'Where'));
      head.children[0].scope = head.children[1].scope = 'col';
      const thead = el('thead');
      thead.append(head);
      const tb = el('tbody');
      for (const h of found) {
        const tr = el('tr');
        const th = el('th', null, h.term);
        th.scope = 'row';
        const td = el('td');
        const ws = h.where || [];
        for (const w of ws.slice(0, 4)) td.append(goto(w));
        if (ws.length > 4) td.append(el('span', 'rs-muted', ` +${ws.length - 4} more`));
        tr.append(th, td);
        tb.append(tr);
      }
      t.append(thead, tb);
      s.append(t);
    }
    if (missing.length) {
      s.append(el('h4', 'rs-h4', 'Missing'));
      const ul = el('ul', 'rs-chips');
      ul.setAttribute('aria-label', 'Keywords not found');
      for (const m of missing) ul.append(el('li', 'rs-chip', m));
      s.append(ul, el('p', 'rs-muted', 'Add the ones you really have, where you used them: in a bullet, not only in the skills list.'));
    }
    return s;
  }

  function jobMatch() {
    const s = section('rs-job', 'Job description match', prefix + 'jd');
    part(s, 'jobmatch');
    const m = r.jobMatch;
    if (!m) {
      s.append(el('p', 'rs-lede', 'Paste a job description above to see how well your résumé matches it: skills it asks for, years and education.'));
      return s;
    }
    const rate = clamp100(m.rate);
    const top = el('div', 'rs-match-top');
    top.append(el('span', 'rs-match-rate', `${rate}% match`), bar(rate, 'Job description match'));
    s.append(top);
    if (m.title) {
      s.append(el('p', null, m.titleMatch
        ? `Your résumé names the job title “${m.title}”.`
        : `The job title “${m.title}” is not in your résumé: name it in your headline if it fits.`));
    }
    const skills = (title, list) => {
      if (!list || !list.length) return;
      const t = el('table', 'rs-table');
      t.append(el('caption', null, title));
      const thead = el('thead');
      const hr = el('tr');
      for (const c of ['Skill', 'Asked as', 'In your résumé', 'Where']) {
        const th = el('th', null, c);
        th.scope = 'col';
        hr.append(th);
      }
      thead.append(hr);
      const tb = el('tbody');
      for (const x of list) {
        const tr = el('tr', x.found ? 'rs-yes' : 'rs-no');
        const th = el('th', null, x.term);
        th.scope = 'row';
        const td = el('td');
        for (const w of (x.where || []).slice(0, 3)) td.append(goto(w));
        tr.append(th, el('td', null, x.must ? 'must have' : 'nice to have'),
          el('td', null, x.found ? (x.evidenced ? 'Yes, shown in your experience' : 'Only in a list') : 'No'), td);
        tb.append(tr);
      }
      t.append(thead, tb);
      s.append(t);
    };
    skills('Hard skills', m.hard);
    skills('Soft skills', m.soft);
    if (m.missing && m.missing.length) {
      s.append(el('h4', 'rs-h4', 'Asked for, not found'));
      const ul = el('ul', 'rs-chips');
      for (const x of m.missing) ul.append(el('li', 'rs-chip', x));
      s.append(ul);
    }
    const need = (label, n) => {
      if (!n) return;
      const p = el('p', 'rs-need ' + (n.met ? 'rs-yes' : 'rs-no'));
      p.append(el('strong', null, label + ': '), `asks ${n.required || '—'}, you show ${n.have || 'none'}${n.met ? ' (met)' : ' (not met)'}.`);
      s.append(p);
    };
    need('Experience', m.years);
    need('Education', m.education);
    return s;
  }

  function layout() {
    const l = r.layout || {};
    const s = section('rs-layout', 'Layout', prefix + 'lay');
    part(s, 'layout');
    const dl = el('dl', 'rs-facts-list');
    const add = (k, v) => { dl.append(el('dt', null, k), el('dd', null, v)); };
    add('Format', String(l.format || '?').toUpperCase());
    add('Pages', String(l.pages ?? '?'));
    add('Columns', String(l.columns ?? '?'));
    add('Words', String(l.words ?? '?'));
    if (l.fonts && l.fonts.length) add('Fonts', l.fonts.join(', '));
    const t = opts.text;
    if (t && t.pages) {
      let header = 0, footer = 0, table = 0, box = 0, images = 0;
      for (const p of t.pages) {
        images += num(p.images);
        for (const ln of p.lines || []) {
          if (ln.band === 'header') header++;
          else if (ln.band === 'footer') footer++;
          if (ln.in === 'table') table++;
          else if (ln.in === 'textbox') box++;
        }
      }
      add('Header and footer', header + footer ? `${plural(header, 'line', 'lines')} in page headers, ${footer} in footers` : 'none');
      if (table || box) add('Tables and text boxes', `${plural(table, 'line', 'lines')} in tables, ${box} in text boxes`);
      if (images) add('Images', String(images));
      if (t.hidden && t.hidden.length) add('Hidden text', plural(t.hidden.length, 'piece', 'pieces'));
    }
    s.append(dl);
    const risks = l.risks || [];
    if (risks.length) {
      s.append(el('h4', 'rs-h4', 'Risks'));
      const ul = el('ul', 'rs-risks');
      for (const x of risks) ul.append(el('li', null, x));
      s.append(ul);
    } else {
      s.append(el('p', 'rs-muted', 'No layout risks found.'));
    }
    return s;
  }

  function atsRead() {
    const s = section('rs-ats', 'What the ATS read', prefix + 'ats');
    part(s, 'ats');
    s.append(el('p', 'rs-lede', 'Left: the fields an applicant-tracking system would fill in. Right: the text in the order it reads it. Point at or focus a field to see the line it came from.'));

    // Findings about where the text sits.
    const notes = (r.findings || []).filter((f) => LAYOUT_CHECKS.test(String(f.check)) && f.status !== 'pass');
    if (notes.length) {
      const ul = el('ul', 'rs-notes');
      ul.setAttribute('aria-label', 'Layout findings');
      for (const f of notes) {
        const li = el('li', 'rs-note ' + f.status);
        li.append(el('span', `badge ${STATUS_LABEL[f.status] ? f.status : 'warn'}`, STATUS_LABEL[f.status] || 'Warning'), ' ', f.message || f.title);
        ul.append(li);
      }
      s.append(ul);
    }

    const grid = el('div', 'rs-ats-grid');
    grid.append(fields(), textAsRead());
    s.append(grid);
    return s;
  }

  function fields() {
    const box = el('div', 'rs-fields');
    box.append(el('h4', 'rs-h4', 'Fields'));
    const res = r.resume || {};
    const prov = (res.meta && res.meta.resumescore && res.meta.resumescore.provenance) || {};
    const b = res.basics || {};
    const dl = el('dl', 'rs-field-list');
    const add = (label, value, ref) => {
      if (value === undefined || value === null || value === '') return;
      dl.append(el('dt', null, label));
      const dd = el('dd');
      dd.append(sourced(value, ref));
      dl.append(dd);
    };
    add('Name', b.name, prov['basics.name']);
    add('Headline', b.label, prov['basics.label']);
    add('Email', b.email, prov['basics.email']);
    add('Phone', b.phone, prov['basics.phone']);
    if (b.location) {
      const loc = b.location;
      add('Location', [loc.address, loc.city, loc.region, loc.postalCode, loc.countryCode].filter(Boolean).join(', '), prov['basics.location']);
    }
    add('Website', b.url, prov['basics.url']);
    (b.profiles || []).forEach((p, i) => add(p.network || 'Profile', p.url || p.username, prov[`basics.profiles[${i}]`]));
    const missing = ['name', 'email', 'phone'].filter((k) => !b[k]);
    if (!dl.children.length) dl.append(el('dt', null, 'Contact'), el('dd', 'rs-no', 'nothing found'));
    box.append(dl);
    if (missing.length) box.append(el('p', 'rs-no rs-small', `Not found: ${missing.join(', ')}.`));

    const sections = (res.meta && res.meta.resumescore && res.meta.resumescore.sections) || [];
    if (sections.length) {
      box.append(el('h4', 'rs-h4', 'Sections'));
      const ol = el('ol', 'rs-plain');
      for (const x of sections) {
        const li = el('li');
        li.append(sourced(x.heading, x), ' ', el('span', 'rs-muted', x.kind === 'other' ? '(not recognised)' : `(${x.kind})`));
        ol.append(li);
      }
      box.append(ol);
    }
    const dates = (x) => [x.startDate, x.endDate || (x.startDate ? 'present' : '')].filter(Boolean).join(' – ');
    // The text's lines in reading order, to find where each bullet starts
    // (the résumé gives an entry's line, not its bullets').
    const norm = (t) => String(t).replace(/^[\s•●▪◦‣∙·*\-–—]+/u, '').replace(/\s+/g, ' ').trim().toLowerCase();
    const flat = [];
    for (const pg of (opts.text && opts.text.pages) || []) {
      for (const ln of pg.lines || []) flat.push({ page: pg.number, line: ln.line, text: norm(ln.text) });
    }
    const lineOf = (text, from) => {
      const want = norm(text).slice(0, 40);
      if (want.length < 8) return null;
      for (let i = Math.max(0, from); i < flat.length; i++) {
        if (flat[i].text.startsWith(want)) return { at: i, ref: flat[i] };
      }
      return null;
    };
    const entries = (title, list, provKey, label) => {
      if (!list || !list.length) return;
      box.append(el('h4', 'rs-h4', title));
      const ol = el('ol', 'rs-plain rs-entries');
      list.forEach((x, i) => {
        const li = el('li');
        const ref = prov[`${provKey}[${i}]`];
        li.append(sourced(label(x) || '(no title)', ref));
        const d = dates(x);
        const more = [d, x.location, x.highlights && x.highlights.length ? plural(x.highlights.length, 'bullet', 'bullets') : ''].filter(Boolean);
        if (more.length) li.append(el('span', 'rs-muted rs-entry-meta', more.join(' · ')));
        if (x.highlights && x.highlights.length) {
          const ul = el('ul', 'rs-plain rs-highlights');
          let from = ref ? flat.findIndex((f) => f.page === ref.page && f.line === ref.line) : 0;
          for (const h of x.highlights) {
            const hit = lineOf(h, from);
            if (hit) from = hit.at + 1;
            const item = el('li');
            const short = h.length > 90 ? h.slice(0, 88) + '…' : h;
            item.append(sourced(short, hit && hit.ref));
            ul.append(item);
          }
          li.append(ul);
        }
        ol.append(li);
      });
      box.append(ol);
    };
    entries('Experience', res.work, 'work', (x) => [x.position, x.name].filter(Boolean).join(' at '));
    entries('Education', res.education, 'education', (x) => [[x.studyType, x.area].filter(Boolean).join(' in '), x.institution].filter(Boolean).join(', '));
    entries('Projects', res.projects, 'projects', (x) => x.name);
    const skills = (res.skills || []).flatMap((x) => (x.keywords && x.keywords.length ? x.keywords : [x.name])).filter(Boolean);
    if (skills.length) {
      box.append(el('h4', 'rs-h4', 'Skills'));
      const ul = el('ul', 'rs-chips');
      for (const x of skills.slice(0, 60)) ul.append(el('li', 'rs-chip', x));
      box.append(ul);
    }
    return box;
  }

  function textAsRead() {
    const box = el('div', 'rs-text');
    box.append(el('h4', 'rs-h4', 'Text in reading order'));
    const t = opts.text;
    if (!t || !t.pages) {
      box.append(el('p', 'rs-muted', 'The text as read is not available.'));
      return box;
    }
    const pane = el('div', 'rs-text-pane');
    pane.tabIndex = 0;
    pane.setAttribute('role', 'region');
    pane.setAttribute('aria-label', 'Text in the order the ATS reads it');
    textPane = pane;
    for (const p of t.pages) {
      const ph = el('p', 'rs-page', `Page ${p.number}`);
      const cols = p.columns || [];
      if (cols.length > 1) {
        ph.append(el('span', 'rs-tag', `${cols.length} columns: ${cols.map((c) => c.role).join(', ')} — read one after the other`));
      }
      pane.append(ph);
      const ol = el('ol', 'rs-lines');
      ol.setAttribute('aria-label', `Page ${p.number}`);
      for (const ln of p.lines || []) {
        const li = el('li', 'rs-line');
        li.tabIndex = -1;
        li.dataset.page = p.number;
        li.dataset.line = ln.line;
        li.append(el('span', 'rs-ln', ln.line));
        li.append(el('span', 'rs-lt' + (ln.bold ? ' rs-bold' : ''), ln.text));
        const tags = [];
        if (ln.band) tags.push(ln.band);
        if (ln.column && cols.length > 1) tags.push(`column ${ln.column}${cols[ln.column - 1] && cols[ln.column - 1].role ? ' (' + cols[ln.column - 1].role + ')' : ''}`);
        if (ln.in) tags.push(ln.in === 'textbox' ? 'text box' : ln.in);
        if (ln.band) li.classList.add('rs-band');
        for (const x of tags) li.append(el('span', 'rs-tag', x));
        lines.set(key(p.number, ln.line), li);
        ol.append(li);
      }
      pane.append(ol);
    }
    if (num(t.totalPages) > t.pages.length) {
      pane.append(el('p', 'rs-muted', `Only the first ${t.pages.length} of ${t.totalPages} pages were read.`));
    }
    if (t.hidden && t.hidden.length) {
      pane.append(el('p', 'rs-page', 'Hidden text (in the file, invisible to a reader)'));
      const ul = el('ul', 'rs-lines');
      for (const h of t.hidden) {
        const li = el('li', 'rs-line rs-hidden');
        li.append(el('span', 'rs-ln', 'p' + h.page), el('span', 'rs-lt', h.text), el('span', 'rs-tag', h.reason));
        ul.append(li);
      }
      pane.append(ul);
    }
    box.append(pane);
    return box;
  }
}
