// The embed builder: turns the form into URL parameters, a live preview and
// a snippet, and (tab Questions) lets a consultant write their own
// questionnaire as an instrument file.
//
// Every word it shows is a message of lang/*.toml's [builder] table, which
// scripts/builder-languages.mjs writes into the page in its language
// (`<script type="application/json" id="builder-words">`, data, never run);
// lang.js has already chosen the page.
//
// Nothing is validated here. The widget itself checks every option
// (litmus-core's embed module) and every instrument file (litmus-core's
// file module, the same validator the build uses) and reports to this page:
// the options it ignored, and each problem of the draft questionnaire with
// its field, which is shown at that field. The draft reaches the preview
// through this browser's storage (`litmus.builder-draft`, read by the
// widget when asked for `?instrument=builder-preview`); it never leaves the
// device.
(function () {
  'use strict';
  var form = document.getElementById('options');
  var preview = document.getElementById('preview');
  var snippet = document.getElementById('snippet');
  var warnings = document.getElementById('warnings');
  var problemsBox = document.getElementById('problems');
  var editor = document.getElementById('questionnaire');
  var widget = new URL('../', location.href); // the app, beside this page
  var widgetOrigin = widget.origin;
  var TEXT = ['accent', 'background', 'text', 'radius', 'font', 'logo', 'title', 'intro', 'lang', 'cta_label', 'cta_url'];
  var DRAFT_KEY = 'litmus.builder-draft';
  var PREVIEW_NAME = 'builder-preview';
  var BAND_IDS = ['fragile', 'developing', 'solid', 'deep'];
  var model = null; // the questionnaire being written, in the file's own shape
  var litmusKept = null; // the litmus part while it is switched off
  var storageProblem = '';

  // ---- Words ---------------------------------------------------------------

  var LANG = document.documentElement.lang || 'en';
  var WORDS = {};
  try { WORDS = JSON.parse(document.getElementById('builder-words').textContent) || {}; } catch (e) { WORDS = {}; }
  var plural = new Intl.PluralRules(LANG);
  var number = new Intl.NumberFormat(LANG);

  /** The message `key` with its `{name}`s filled from `values`; a plural
   * message (its forms one, other, many separated by tabs) in the form
   * for `values.n`. */
  function t(key, values) {
    var message = typeof WORDS[key] === 'string' ? WORDS[key] : key;
    values = values || {};
    if (message.indexOf('\t') >= 0) {
      var forms = message.split('\t'), category = plural.select(Number(values.n));
      message = (category === 'one' ? forms[0] : category === 'many' && forms[2]) || forms[1] || forms[0];
    }
    return message.replace(/\{(\w+)\}/g, function (all, name) {
      if (!(name in values)) return all;
      var v = values[name];
      return typeof v === 'number' ? number.format(v) : String(v);
    });
  }

  // ---- Helpers -----------------------------------------------------------

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(c); });
    return e;
  }

  function idFor(path) { return 'f-' + path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-$/, ''); }

  function keys(path) {
    return path.match(/[^.[\]]+/g).map(function (k) { return /^\d+$/.test(k) ? Number(k) : k; });
  }

  function setAt(path, value) {
    var ks = keys(path), o = model;
    for (var i = 0; i < ks.length - 1; i++) o = o[ks[i]];
    o[ks[ks.length - 1]] = value;
  }

  function getAt(path) {
    return keys(path).reduce(function (o, k) { return o == null ? undefined : o[k]; }, model);
  }

  function isOwn() { return form.elements.questions.value === 'own'; }

  // ---- The snippet and the preview ---------------------------------------

  function params(origin, forPreview) {
    var p = new URLSearchParams();
    TEXT.forEach(function (name) {
      var v = form.elements[name].value.trim();
      if (v) p.set(name, v);
    });
    if (isOwn()) {
      p.set('instrument', forPreview ? PREVIEW_NAME : (model && model.id) || '');
    } else if (!form.elements.extended.checked) {
      p.set('extended', 'off');
    }
    if (origin) p.set('origin', origin);
    return p;
  }

  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function build() {
    var site = form.elements.origin.value.trim().replace(/\/+$/, '') || 'https://your-site.example';
    var query = params(site, false).toString();
    var src = widget.href + '?' + query;
    var title = isOwn() && model && model.title ? model.title : t('snippet_title');
    snippet.value =
      '<iframe id="litmus-widget" src="' + escapeHtml(src) + '" title="' + escapeHtml(title) + '"\n' +
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
    document.getElementById('workshop-link').href = new URL('workshop/?' + query, widget.href).href;
    var steps = document.getElementById('steps');
    steps.hidden = !isOwn();
    if (isOwn() && model) {
      var file = model.id + '.json';
      steps.textContent = '';
      [
        t('step_download', { file: file }),
        t('step_host', { address: new URL(file, widget.href).href }),
        t('step_paste', { id: model.id }),
      ].forEach(function (line) { steps.appendChild(el('li', { text: line })); });
      document.getElementById('file-hint').textContent = t('file_hint', { file: file });
    }
    // The preview reports to this page, so it declares this page's origin.
    if (isOwn()) saveDraft();
    preview.src = widget.href + '?' + params(location.origin, true).toString();
  }

  var timer;
  function soon() {
    clearTimeout(timer);
    timer = setTimeout(build, 300);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== widgetOrigin || e.source !== preview.contentWindow) return;
    var d = e.data || {};
    if (d.type === 'litmus:height' && typeof d.height === 'number') {
      preview.style.height = Math.min(Math.ceil(d.height), 100000) + 'px';
    } else if (d.type === 'litmus:warnings' && Array.isArray(d.warnings)) {
      warnings.textContent = '';
      d.warnings.forEach(function (w) {
        warnings.appendChild(el('p', { text: String(w) }));
      });
    } else if (d.type === 'litmus:languages' && d.missing && typeof d.missing === 'object' && isOwn()) {
      showLanguages(d.missing);
    } else if (d.type === 'litmus:problems' && Array.isArray(d.problems) && isOwn()) {
      showProblems(d.problems.filter(Array.isArray).map(function (p) {
        return { field: String(p[0]), problem: ruleWords(p) };
      }));
    }
  });

  // ---- Languages: what a translation lacks, as the widget reads it -------

  // The widget (the preview) says, per language, which texts the file
  // lacks there; a file's `translations` are written by hand for now (see
  // the README's file format). Readers see the file's own words for any
  // text a translation lacks.
  function showLanguages(missing) {
    var box = document.getElementById('languages');
    box.textContent = '';
    box.appendChild(el('p', { text: t('languages') }));
    var ul = el('ul');
    [['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español']].forEach(function (l) {
      var names = Array.isArray(missing[l[0]]) ? missing[l[0]].map(String) : [];
      var given = model && model.translations && model.translations[l[0]];
      var text = !given
        ? t('not_translated', { code: l[0] })
        : names.length === 0 ? t('all_translated')
        : t('missing', { n: names.length, names: names.join(', ') });
      var li = el('li');
      li.appendChild(el('strong', { text: l[1], lang: l[0] }));
      li.appendChild(document.createTextNode(': ' + text));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  // ---- Problems, at their fields -----------------------------------------

  // A problem as the widget reports it, [field, the rule in English, the
  // rule's key, its values], worded by this page's `rules.` messages (the
  // core's file::Rule): a value `{words: key}` is another rule message (a
  // kind of value), filled with the same values.
  function ruleWords(p) {
    var key = 'rules.' + String(p[2]);
    var values = p[3] && typeof p[3] === 'object' ? p[3] : {};
    if (typeof WORDS[key] !== 'string') return String(p[1]);
    var plain = {}, all = {};
    Object.keys(values).forEach(function (name) {
      var v = values[name];
      if (typeof v === 'string' || typeof v === 'number') plain[name] = all[name] = v;
    });
    Object.keys(values).forEach(function (name) {
      var v = values[name];
      if (v && typeof v === 'object' && typeof v.words === 'string') all[name] = t('rules.' + v.words, plain);
    });
    return t(key, all);
  }

  function showProblems(list) {
    Array.prototype.forEach.call(editor.querySelectorAll('.field-error'), function (p) { p.remove(); });
    Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid]'), function (f) {
      f.removeAttribute('aria-invalid');
      f.removeAttribute('aria-describedby');
    });
    problemsBox.textContent = '';
    if (storageProblem) {
      problemsBox.appendChild(el('p', { class: 'problem', text: storageProblem }));
      return;
    }
    if (!list.length) {
      problemsBox.appendChild(el('p', { class: 'ok', text: t('no_problems') }));
      return;
    }
    problemsBox.appendChild(el('p', { class: 'problem', text: t('problems', { n: list.length }) }));
    var ul = el('ul');
    list.forEach(function (p, i) {
      var target = editor.querySelector('[data-field="' + CSS.escape(p.field) + '"]');
      var message = p.field + ': ' + p.problem;
      var li = el('li');
      if (target) {
        var a = el('a', { href: '#' + target.id, text: message });
        li.appendChild(a);
        var note = el('p', { class: 'field-error', id: 'problem-' + i, text: p.problem });
        if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) {
          target.setAttribute('aria-invalid', 'true');
          target.setAttribute('aria-describedby', note.id);
          (target.closest('label') || target).after(note);
        } else {
          target.prepend(note);
        }
      } else {
        li.textContent = message;
      }
      ul.appendChild(li);
    });
    problemsBox.appendChild(ul);
  }

  // ---- The questionnaire editor ------------------------------------------

  function control(path, kind, options) {
    var value = getAt(path);
    var c;
    if (kind === 'textarea') {
      c = el('textarea', { rows: '3' });
      c.value = value == null ? '' : String(value);
    } else if (kind === 'checkbox') {
      c = el('input', { type: 'checkbox' });
      c.checked = value === true;
    } else if (kind === 'select') {
      c = el('select');
      fillOptions(c, options, value);
    } else {
      c = el('input', { type: kind === 'number' ? 'number' : 'text', autocomplete: 'off' });
      c.value = value == null ? '' : String(value);
    }
    c.id = idFor(path);
    c.setAttribute('data-field', path);
    c.addEventListener(kind === 'checkbox' || kind === 'select' ? 'change' : 'input', function () {
      var v = kind === 'checkbox' ? c.checked : kind === 'number' ? (c.value === '' ? null : Number(c.value)) : c.value;
      var was = getAt(path);
      setAt(path, v);
      // A renamed theme takes its statements along.
      if (/^themes\[\d+\]\.id$/.test(path)) {
        model.parts.forEach(function (p) {
          p.items.forEach(function (it) { if (it.theme === was) it.theme = v; });
        });
      }
      if (path === 'id' || path === 'title') build();
      else soon();
    });
    if (/^themes\[/.test(path)) {
      // The statements' theme lists follow the themes' ids and names.
      c.addEventListener('input', refreshThemeLists);
    }
    return c;
  }

  function fillOptions(select, options, value) {
    select.textContent = '';
    var seen = false;
    options.forEach(function (o) {
      var opt = el('option', { value: o[0], text: o[1] });
      if (o[0] === value) { opt.selected = true; seen = true; }
      select.appendChild(opt);
    });
    if (!seen && value != null) {
      var typed = el('option', { value: String(value), text: t('not_a_theme', { id: String(value) }) });
      typed.selected = true;
      select.appendChild(typed);
    }
  }

  function refreshThemeLists() {
    Array.prototype.forEach.call(editor.querySelectorAll('select[data-field$=".theme"]'), function (select) {
      fillOptions(select, themeOptions(), getAt(select.getAttribute('data-field')));
    });
  }

  function field(label, path, kind, options) {
    var c = control(path, kind || 'text', options);
    if (kind === 'checkbox') return el('label', { class: 'check' }, [c, document.createTextNode(' ' + label)]);
    return el('label', {}, [document.createTextNode(label + ' '), c]);
  }

  function group(legend, path, children) {
    var f = el('fieldset', path ? { 'data-field': path, id: idFor(path) } : {}, [el('legend', { text: legend })]);
    children.forEach(function (c) { if (c) f.appendChild(c); });
    return f;
  }

  function button(text, onClick, cls) {
    var b = el('button', { type: 'button', text: text, class: cls || 'secondary' });
    b.addEventListener('click', onClick);
    return b;
  }

  function themeOptions() {
    return model.themes.map(function (theme) { return [theme.id, theme.title || theme.id]; });
  }

  function nextPartId() {
    var used = model.parts.map(function (p) { return p.id; });
    for (var c = 66; c <= 90; c++) { // B-Z: A is the litmus test
      if (used.indexOf(String.fromCharCode(c)) < 0) return String.fromCharCode(c);
    }
    return 'P' + (model.parts.length + 1);
  }

  // Item ids follow their part and position; band ids their position.
  function normalise() {
    model.parts.forEach(function (p) {
      p.items.forEach(function (item, i) { item.id = p.id + (i + 1); });
    });
    model.bands.forEach(function (b, i) { b.id = BAND_IDS[i] || 'band' + (i + 1); });
  }

  function item(pi, ii) {
    var at = 'parts[' + pi + '].items[' + ii + ']';
    var it = model.parts[pi].items[ii];
    return group(t('statement_n', { n: ii + 1, id: it.id }), at, [
      field(t('statement'), at + '.text', 'textarea'),
      field(t('statement_title'), at + '.title'),
      field(t('theme'), at + '.theme', 'select', themeOptions()),
      field(t('reverse'), at + '.reverse', 'checkbox'),
      field(t('next_step'), at + '.next_step', 'textarea'),
      button(t('remove_statement'), function () {
        model.parts[pi].items.splice(ii, 1);
        render(); build();
      }),
    ]);
  }

  // Rows pasted from a spreadsheet: text, theme, reverse, next step and,
  // optionally, a short title (else the statement's first words).
  function rowsToItems(text) {
    return text.split(/\r?\n/).filter(function (l) { return l.trim(); }).map(function (line) {
      var c = line.split('\t').map(function (s) { return s.trim(); });
      var theme = c[1] || '';
      var known = model.themes.filter(function (each) {
        return each.id.toLowerCase() === theme.toLowerCase() || String(each.title).toLowerCase() === theme.toLowerCase();
      })[0];
      var title = c[4] || (c[0] || '').split(/\s+/).slice(0, 5).join(' ');
      if (title.length > 40) title = title.slice(0, 39) + '…';
      return {
        id: '', title: title, text: c[0] || '', theme: known ? known.id : theme,
        reverse: /^(yes|y|true|1|x|reverse|reversed)$/i.test(c[2] || ''), next_step: c[3] || '',
      };
    });
  }

  function part(pi) {
    var at = 'parts[' + pi + ']';
    var p = model.parts[pi];
    var paste = el('textarea', { rows: '3', id: idFor(at + '-paste'), spellcheck: 'false' });
    var fill = button(t('fill'), function () {
      var items = rowsToItems(paste.value);
      if (!items.length) return;
      model.parts[pi].items = items;
      normalise(); render(); build();
    });
    var children = [
      field(t('part_title'), at + '.title'),
      field(t('part_optional'), at + '.optional', 'checkbox'),
      field(t('part_on'), at + '.on', 'checkbox'),
      el('div', { class: 'items', 'data-field': at + '.items', id: idFor(at + '.items') },
        p.items.map(function (_, ii) { return item(pi, ii); })),
      button(t('add_statement'), function () {
        var theme = model.themes[0] ? model.themes[0].id : '';
        p.items.push({ id: '', title: '', text: '', theme: theme, reverse: false, next_step: '' });
        normalise(); render(); build();
      }),
      el('label', { for: paste.id, text: t('paste_rows') }),
      paste, fill,
    ];
    if (model.parts.length > 1) {
      children.push(button(t('remove_part'), function () {
        model.parts.splice(pi, 1);
        render(); build();
      }));
    }
    return group(t('part_n', { n: pi + 1, id: p.id }), at, children);
  }

  function render() {
    normalise();
    var focusId = document.activeElement && document.activeElement.id;
    editor.textContent = '';
    var scale = model.scale.map(function (_, i) { return field(t('point', { n: i + 1 }), 'scale[' + i + ']'); });
    editor.appendChild(group(t('about'), '', [
      field(t('id'), 'id'),
      field(t('version'), 'version', 'number'),
      field(t('questionnaire_title'), 'title'),
      field(t('questionnaire_intro'), 'intro', 'textarea'),
      field(t('index_name'), 'index_name'),
    ]));
    editor.appendChild(group(t('scale'), 'scale', scale.concat([field(t('prefer_not'), 'prefer_not')])));
    var litmusOn = el('input', { type: 'checkbox', id: 'f-litmus-on' });
    litmusOn.checked = !!model.litmus;
    litmusOn.addEventListener('change', function () {
      if (litmusOn.checked) model.litmus = litmusKept || starting.litmus;
      else { litmusKept = model.litmus; delete model.litmus; }
      render(); build();
    });
    var litmus = [el('label', { class: 'check' }, [litmusOn, document.createTextNode(' ' + t('litmus_on'))])];
    if (model.litmus) {
      litmus.push(
        field(t('litmus_question'), 'litmus.question', 'textarea'),
        field(t('litmus_hint'), 'litmus.hint', 'textarea'),
        field(t('litmus_min'), 'litmus.min_colleagues', 'number'),
        field(t('litmus_max'), 'litmus.max_colleagues', 'number'),
        field(t('litmus_title'), 'litmus.title'),
        field(t('litmus_next_step'), 'litmus.next_step', 'textarea')
      );
    }
    editor.appendChild(group(t('litmus'), 'litmus', litmus));
    var themes = model.themes.map(function (_, i) {
      var at = 'themes[' + i + ']';
      var kids = [field(t('theme_id'), at + '.id'), field(t('theme_name'), at + '.title')];
      if (model.themes.length > 1) {
        kids.push(button(t('remove_theme'), function () { model.themes.splice(i, 1); render(); build(); }));
      }
      return group(t('theme_n', { n: i + 1 }), at, kids);
    });
    themes.push(button(t('add_theme'), function () {
      model.themes.push({ id: 'theme' + (model.themes.length + 1), title: '' });
      render(); build();
    }));
    editor.appendChild(group(t('themes'), 'themes', themes));
    editor.appendChild(group(t('bands'), 'bands', model.bands.map(function (b, i) {
      var at = 'bands[' + i + ']';
      return group(t('band_n', { n: i + 1 }), at, [
        field(t('band_name'), at + '.title'),
        field(t('band_min'), at + '.min', 'number'),
        field(t('band_summary'), at + '.summary', 'textarea'),
      ]);
    })));
    var parts = model.parts.map(function (_, pi) { return part(pi); });
    parts.push(button(t('add_part'), function () {
      var theme = model.themes[0] ? model.themes[0].id : '';
      model.parts.push({ id: nextPartId(), title: '', optional: true, on: true, items: [{ id: '', title: '', text: '', theme: theme, reverse: false, next_step: '' }] });
      render(); build();
    }));
    editor.appendChild(group(t('parts'), 'parts', parts));
    if (focusId) {
      var again = document.getElementById(focusId);
      if (again) again.focus();
    }
  }

  // ---- The draft, the file -----------------------------------------------

  var starting = null;

  function saveDraft() {
    normalise();
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(model, null, 2));
      storageProblem = '';
    } catch (e) {
      storageProblem = t('no_storage');
      showProblems([]);
    }
  }

  function load(text, whence) {
    var parsed;
    try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Array.isArray(parsed.parts) || !Array.isArray(parsed.themes) || !Array.isArray(parsed.bands) || !Array.isArray(parsed.scale)) {
      return t('not_a_file', { name: whence });
    }
    parsed.parts.forEach(function (p) { if (!Array.isArray(p.items)) p.items = []; });
    model = parsed;
    litmusKept = null;
    render();
    build();
    return '';
  }

  function startOver() {
    var fresh = JSON.parse(JSON.stringify(starting));
    fresh.id = 'my-questionnaire';
    fresh.title = t('new_title');
    load(JSON.stringify(fresh), t('our_questions'));
  }

  function useOwn() {
    var own = isOwn();
    document.getElementById('own').hidden = !own;
    document.getElementById('extended-choice').hidden = own;
    if (!own) { problemsBox.textContent = ''; build(); return; }
    if (model) { build(); return; }
    var status = document.getElementById('file-status');
    // Litmus's questions in this page's language (written by the build
    // beside this page): a consultant's questionnaire starts in their words.
    fetch(LANG === 'en' ? 'leadership-trust.json' : 'leadership-trust.' + LANG + '.json').then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.json();
    }).then(function (json) {
      starting = json;
      var draft = null;
      try { draft = localStorage.getItem(DRAFT_KEY); } catch (e) { draft = null; }
      if (!draft || load(draft, t('your_draft'))) startOver();
      else status.textContent = t('restored');
    }).catch(function () {
      status.textContent = t('not_loaded');
    });
  }

  document.getElementById('download').addEventListener('click', function () {
    normalise();
    var text = JSON.stringify(model, null, 2) + '\n';
    var a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: (model.id || 'questionnaire') + '.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    var bad = problemsBox.querySelector('.problem');
    document.getElementById('file-status').textContent = bad
      ? t('downloaded_refused', { file: a.download })
      : t('downloaded', { file: a.download, bytes: new Blob([text]).size });
  });

  document.getElementById('open').addEventListener('change', function (e) {
    var file = e.target.files && e.target.files[0];
    e.target.value = '';
    if (!file) return;
    var status = document.getElementById('file-status');
    if (file.size > 65536) {
      status.textContent = t('too_big', { file: file.name, bytes: file.size, max: 65536 });
      return;
    }
    file.text().then(function (text) {
      var problem = load(text, file.name);
      status.textContent = problem || t('opened', { file: file.name });
    }, function () { status.textContent = t('unreadable', { file: file.name }); });
  });

  document.getElementById('restart').addEventListener('click', function () {
    if (window.confirm(t('restart_confirm'))) startOver();
  });

  // ---- Tabs ----------------------------------------------------------------

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function select(tab) {
    tabs.forEach(function (each) {
      var on = each === tab;
      each.setAttribute('aria-selected', String(on));
      each.tabIndex = on ? 0 : -1;
      document.getElementById(each.getAttribute('aria-controls')).hidden = !on;
    });
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { select(tab); });
    tab.addEventListener('keydown', function (e) {
      var to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
      if (to === null) return;
      e.preventDefault();
      var next = tabs[(to + tabs.length) % tabs.length];
      select(next);
      next.focus();
    });
  });

  form.addEventListener('input', function (e) {
    if (!editor.contains(e.target) && e.target.type !== 'file') soon();
  });
  Array.prototype.forEach.call(form.elements.questions, function (r) { r.addEventListener('change', useOwn); });
  document.getElementById('copy').addEventListener('click', function () {
    navigator.clipboard.writeText(snippet.value).then(
      function () { document.getElementById('copied').textContent = t('copied'); },
      function () { snippet.select(); document.getElementById('copied').textContent = t('copy_by_hand'); }
    );
  });
  build();
})();
