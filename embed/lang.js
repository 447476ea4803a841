// The builder's language, chosen before the page paints (this script is
// the first in its head): the address's `lang`, else the language picked
// on this device (the check's choice too, `litmus.lang`), else the
// browser's first that Litmus has, else English. A page in another
// language goes to that language's page (index.de.html, ...), keeping the
// address's options. A language picked in the footer is remembered.
(function () {
  'use strict';
  var html = document.documentElement, query = location.search, kept = null;
  try { kept = localStorage.getItem('litmus.lang'); } catch (e) { kept = null; }
  var wanted = [(query.match(/[?&]lang=([^&#]*)/) || [])[1], kept]
    .concat(Array.prototype.slice.call(navigator.languages || [navigator.language]))
    .filter(function (x) { return typeof x === 'string' && /^(en|de|fr|es)([-_]|$)/i.test(x); })[0];
  wanted = (wanted || 'en').slice(0, 2).toLowerCase();
  if (wanted !== html.lang) {
    html.className = 'away'; // not painted in the wrong language meanwhile
    location.replace((wanted === 'en' ? './' : 'index.' + wanted + '.html') + query + location.hash);
    return;
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('nav.languages a[hreflang]');
    if (a) try { localStorage.setItem('litmus.lang', a.hreflang); } catch (x) { /* not remembered */ }
  });
})();
