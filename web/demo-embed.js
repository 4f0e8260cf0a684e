// The demo host page: what a site adds to use both embeds, and a log of the
// reports it receives. ?asOf=YYYY-MM-DD is passed on to every scorer (the
// tests use it for a fixed reference date).
'use strict';

(() => {
  const asOf = new URLSearchParams(location.search).get('asOf');
  const log = document.getElementById('log');
  const empty = document.getElementById('log-empty');

  function record(from, report) {
    const r = report || {};
    const role = r.role && r.role.name ? `, scored as ${r.role.name}` : '';
    const li = document.createElement('li');
    li.dataset.from = from;
    li.dataset.score = String(r.score);
    li.textContent = `${from}: ${r.score}/100, grade ${r.grade}${role}`;
    log.append(li);
    empty.remove(); // not `hidden`: this page's `all: revert` undoes it
  }

  // 1. The element: listen for its event (it bubbles out of the shadow root).
  for (const w of document.querySelectorAll('resume-score')) {
    if (asOf) w.setAttribute('as-of', asOf);
  }
  document.addEventListener('resumescore:report', (e) => record(`<resume-score id="${e.target.id}">`, e.detail));

  // 2. The iframe: tell it our origin, size it from its messages, and take
  //    only messages from that frame and that origin.
  const frame = document.getElementById('embed-frame');
  const src = new URL(frame.dataset.src, location.href);
  src.searchParams.set('origin', location.origin);
  if (asOf) src.searchParams.set('as-of', asOf);
  const frameOrigin = src.origin;
  frame.style.height = '180px';
  window.addEventListener('message', (event) => {
    if (event.origin !== frameOrigin || event.source !== frame.contentWindow) return;
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'resumescore:resize' && Number.isFinite(msg.height) && msg.height >= 0) {
      frame.style.height = Math.ceil(msg.height) + 'px';
    } else if (msg.type === 'resumescore:report') {
      record('<iframe>', msg.report);
    }
  });
  frame.src = src.href;
})();
