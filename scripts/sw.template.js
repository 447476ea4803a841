// Litmus service worker, written by scripts/post-build.mjs for each build.
// Precaches this build's files so the app opens and works offline after one
// visit; a new build has a new cache name, replaces the old cache cleanly and
// takes over at once, so nobody is stuck on an old version.
const CACHE = 'litmus-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  // Straight from the network, never from the HTTP cache of an older release.
  const requests = FILES.map((f) => new Request(f, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(requests)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('litmus-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Any address of the app (with options or a share link) is the app.
    event.respondWith(caches.match('./').then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
