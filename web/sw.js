// The offline copy of the page: a service worker that keeps the app's own
// files (never a résumé: those are read from disk by the page and never
// fetched) in a versioned cache.
//
// Online, every file comes from the network as before (so a new release is
// used at once) and the copy is refreshed; offline, or when the server does
// not answer, the copy is served. Bump VERSION when the list changes; old
// caches are deleted when a new worker takes over.
'use strict';

const VERSION = 'v1';
const CACHE = 'resumescore-shell-' + VERSION;
const SHELL = [
  './',
  'app.js',
  'report.js',
  'engine-host.js',
  'style.css',
  'report.css',
  'favicon.svg',
  'engine-worker.js',
  'wasm_exec.js',
  'engine.wasm',
];
const ROOT = new URL('./', self.location).href;
const INDEX = ROOT + 'index.html'; // the page under its other name: kept as ROOT
const SHELL_URLS = new Set(SHELL.map((u) => new URL(u, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // no-cache: revalidate with the server rather than trust the HTTP cache.
    await cache.addAll(SHELL.map((u) => new Request(u, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('resumescore-shell-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  const file = url.origin + url.pathname;
  // Only the app's own files; anything else goes to the browser as usual.
  if (req.method !== 'GET' || !(SHELL_URLS.has(file) || file === INDEX)) return;
  // The page is kept once, whatever its query.
  const key = file === INDEX ? ROOT : file;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const resp = await fetch(req);
      if (resp.status === 200 && resp.type === 'basic') event.waitUntil(refresh(cache, key, resp.clone()));
      return resp;
    } catch (err) {
      // Offline, or the server is gone: the copy.
      const hit = await cache.match(key);
      if (hit) return hit;
      throw err;
    }
  })());
});

// refresh keeps resp as the copy of key unless the copy is already that
// version of the file (the same validators and length): no rewrite of the
// engine on every visit.
async function refresh(cache, key, resp) {
  const old = await cache.match(key);
  const same = (h) => old.headers.get(h) === resp.headers.get(h);
  if (old && (resp.headers.get('etag') || resp.headers.get('last-modified')) &&
      same('etag') && same('last-modified') && same('content-length')) {
    return;
  }
  await cache.put(key, resp);
}
