// The embed builder: turns the form into URL parameters, a live preview and
// a snippet. The widget itself validates every option (litmus-core's embed
// module) and reports what it ignored; this page shows that report.
(function () {
  'use strict';
  var form = document.getElementById('options');
  var preview = document.getElementById('preview');
  var snippet = document.getElementById('snippet');
  var warnings = document.getElementById('warnings');
  var widget = new URL('../', location.href); // the app, beside this page
  var widgetOrigin = widget.origin;
  var TEXT = ['accent', 'background', 'text', 'radius', 'font', 'logo', 'title', 'intro', 'cta_label', 'cta_url'];

  function params(origin) {
    var p = new URLSearchParams();
    TEXT.forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) p.set(name, v);
    });
    if (!form.elements.extended.checked) p.set('extended', 'off');
    if (origin) p.set('origin', origin);
    return p;
  }

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function build() {
    var site = form.elements.origin.value.trim().replace(/\/+$/, '') || 'https://your-site.example';
    var src = widget.href + '?' + params(site).toString();
    snippet.value =
      '<iframe id="litmus-widget" src="' + escapeHtml(src) + '" title="Leadership trust check"\n' +
      '  style="width:100%;height:640px;border:0" allow="clipboard-write; web-share; camera"></iframe>\n' +
      '<script>\n' +
      '(function () {\n' +
      '  var frame = document.getElementById("litmus-widget"), widget = "' + widgetOrigin + '";\n' +
      '  window.addEventListener("message", function (e) {\n' +
      '    if (e.origin !== widget || e.source !== frame.contentWindow) return;\n' +
      '    var d = e.data;\n' +
      '    if (d && d.type === "litmus:height" && typeof d.height === "number" && d.height > 0 && d.height < 100000)\n' +
      '      frame.style.height = Math.ceil(d.height) + "px";\n' +
      '  });\n' +
      '})();\n' +
      '</' + 'script>';
    // The preview reports to this page, so it declares this page's origin.
    preview.src = widget.href + '?' + params(location.origin).toString();
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== widgetOrigin || e.source !== preview.contentWindow) return;
    var d = e.data || {};
    if (d.type === 'litmus:height' && typeof d.height === 'number') {
      preview.style.height = Math.min(Math.ceil(d.height), 100000) + 'px';
    } else if (d.type === 'litmus:warnings' && Array.isArray(d.warnings)) {
      warnings.textContent = '';
      d.warnings.forEach(function (w) {
        var p = document.createElement('p');
        p.textContent = String(w);
        warnings.appendChild(p);
      });
    }
  });

  var timer;
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(build, 300);
  });
  document.getElementById('copy').addEventListener('click', function () {
    navigator.clipboard.writeText(snippet.value).then(
      function () { document.getElementById('copied').textContent = 'Copied.'; },
      function () { snippet.select(); document.getElementById('copied').textContent = 'Select and copy the snippet.'; }
    );
  });
  build();
})();
