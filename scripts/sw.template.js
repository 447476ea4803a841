// Litmus service worker, written by scripts/post-build.mjs for each build.
// Precaches this build's files so the app opens and works offline after one
// visit; a new build has a new cache name, replaces the old cache cleanly and
// takes over at once, so nobody is stuck on an old version.
// One worker per page (the check at the root, the workshop in workshop/,
// the compare page in compare/), each with its own cache; none touches
// another's.
const PREFIX = 'litmus-__PAGE__-';
const CACHE = PREFIX + '__VERSION__';
const FILES = __FILES__;
// Consultants' instrument files, shared by the three pages' workers.
const FILES_CACHE = 'litmus-instrument-files';

// The check's build for a consultant's questionnaire (dist/own/, written in
// by that build), and where instrument files are, from this worker's scope.
const OWN = __OWN__;
const INSTRUMENTS = '__INSTRUMENTS__';

self.addEventListener('install', (event) => {
  // Straight from the network, never from the HTTP cache of an older release.
  const fresh = (f) => new Request(f, { cache: 'reload' });
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map(fresh));
    // A page opened with a consultant's questionnaire (`?instrument=NAME`)
    // keeps it too, and the build that reads it: offline after one visit.
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const named = windows
      .map((w) => new URL(w.url).searchParams.get('instrument'))
      .filter((n) => n && /^[a-z0-9][a-z0-9-]{0,39}$/.test(n) && n !== 'builder-preview');
    if (named.length) {
      await cache.addAll(OWN.map(fresh));
      const files = await caches.open(FILES_CACHE);
      await Promise.all(named.map((n) => {
        const url = new URL(INSTRUMENTS + n + '.json', self.registration.scope);
        return fetch(url).then((r) => r.ok && files.put(url, r)).catch(() => {});
      }));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => (k.startsWith(PREFIX) || /^litmus-[0-9a-f]+$/.test(k)) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The answer to `request` from this release's cache (under `key`), else
 * from the network, kept there for next time. */
function kept(event, request, key = request) {
  return caches.match(key).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((c) => c.put(key, copy)));
    }
    return response;
  }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A page in a folder of its own (the workshop under the check's scope)
    // is that page's: leave it to its worker or the network.
    const path = new URL(request.url).pathname;
    const scope = new URL(self.registration.scope).pathname;
    if (path.slice(scope.length).includes('/')) return;
    // The page in another language (index.de.html, ...): kept once
    // fetched, as the readers of that language need it offline.
    const file = path.slice(scope.length);
    if (/^index\.[a-z]{2}\.html$/.test(file)) {
      event.respondWith(kept(event, request, new URL(file, self.registration.scope)));
      return;
    }
    // Any address of this page (with options or a share link) is the page.
    event.respondWith(caches.match('./').then((hit) => hit || fetch(request)));
    return;
  }
  const own = (folder) => new URL(request.url).pathname.startsWith(new URL(folder, self.registration.scope).pathname);
  if (own('own/') || own('translated/')) {
    // The check's build for a consultant's questionnaire, fetched only by
    // an address that names one, and its build for the pages in other
    // languages, fetched only by those: kept once fetched (their names are
    // hashed).
    event.respondWith(kept(event, request));
    return;
  }
  if (/\.json$/.test(new URL(request.url).pathname)) {
    // A consultant's instrument file (`?instrument=NAME`): the newest from
    // the network, kept (in a cache no release deletes) for offline use.
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(FILES_CACHE).then((c) => c.put(request, copy)));
      }
      return response;
    }).catch(() => caches.match(request, { cacheName: FILES_CACHE }).then((hit) => hit || Response.error())));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
