// The iframe embed: one <resume-score> filling the frame, its height sent to
// the host page so that the host can size the frame, and (with ?report=1)
// each report forwarded to the host. Messages go to one origin only: the
// ?origin= parameter, else the origin of document.referrer; never '*'. With
// neither, nothing is posted. The embed takes no messages in.
'use strict';

(() => {
  const params = new URLSearchParams(location.search);

  function originOf(s) {
    if (!s) return null;
    try {
      const u = new URL(s);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
      return u.origin;
    } catch {
      return null;
    }
  }
  // ?origin= must be an origin and nothing more (no path, no query).
  const asked = params.get('origin');
  const target = asked ? (originOf(asked) === asked.replace(/\/$/, '') ? originOf(asked) : null) : originOf(document.referrer);
  const framed = window.parent !== window;

  // The page: no margin, the widget's own colours around it.
  const sheet = new CSSStyleSheet();
  // When the host sizes the frame, a scrollbar would only flicker while it
  // catches up; without a host that listens, the page scrolls.
  sheet.replaceSync('html, body { margin: 0; padding: 0; background: transparent; }' +
    (framed && target ? ' html, body { overflow: hidden; }' : ''));
  document.adoptedStyleSheets = [sheet];

  const widget = document.createElement('resume-score');
  for (const name of ['role', 'jd', 'theme', 'as-of', 'timeout']) {
    const v = params.get(name);
    if (v !== null && v !== '') widget.setAttribute(name, v);
  }
  if (params.has('compact') && params.get('compact') !== '0' && params.get('compact') !== 'false') {
    widget.setAttribute('compact', '');
  }
  document.body.append(widget);

  function post(msg) {
    if (framed && target) window.parent.postMessage(msg, target);
  }

  let last = -1;
  function sendHeight() {
    const height = Math.ceil(widget.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    document.documentElement.dataset.height = String(height);
    post({ type: 'resumescore:resize', height });
  }
  new ResizeObserver(sendHeight).observe(widget);
  sendHeight();

  if (params.get('report') === '1') {
    widget.addEventListener('resumescore:report', (e) => post({ type: 'resumescore:report', report: e.detail }));
  }
})();
