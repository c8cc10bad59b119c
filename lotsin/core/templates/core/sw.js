/* Lotsin service worker, served at the site root so that it covers every page.
   It stores static files and the offline page, nothing else: pages hold posts, the queue and
   people's data, so they always come from the network and are never kept on the phone. */
"use strict";

const CACHE = "lotsin-{{ version }}";
const OFFLINE_URL = "{{ offline_url }}";
const PRECACHE = {{ precache }};
const PRECACHED = new Set(PRECACHE.map((url) => new URL(url, self.location.origin).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("lotsin-") && key !== CACHE)
            .map((key) => caches.delete(key))
        )
      )
      .then(() => self.clients.claim())
  );
});

function offlinePage() {
  return caches.match(OFFLINE_URL).then(
    (page) =>
      page ||
      new Response("Offline", {
        status: 503,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (new URL(request.url).origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    // Network first, and no copy kept. Without a network: the offline page (a form that could
    // not be sent keeps its text on the phone, see pwa.js).
    event.respondWith(fetch(request).catch(offlinePage));
    return;
  }
  if (request.method === "GET" && PRECACHED.has(request.url)) {
    // Stale while revalidate: fast and offline, and fresh on the next load.
    event.respondWith(
      caches.open(CACHE).then((cache) =>
        cache.match(request).then((cached) => {
          const fresh = fetch(request)
            .then((response) => {
              if (response.ok) {
                cache.put(request, response.clone());
              }
              return response;
            })
            .catch(() => cached);
          if (cached) {
            event.waitUntil(fresh);
            return cached;
          }
          return fresh;
        })
      )
    );
  }
  // Everything else (htmx fragments, the API, uploads) goes to the network untouched.
});
