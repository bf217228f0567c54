// imcodes: the search as you type, and the paste box as you type. Every
// page works without this script: it only saves the round trips.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.dataset.lang;
  var isStatic = body.dataset.static === 'true';

  // A static site has no server to read Accept-Language: the browser's first
  // language chooses, until the reader picks one with the switch.
  if (isStatic) {
    var sw = document.getElementById('lang-switch');
    var chosen = null;
    try { chosen = localStorage.getItem('imcodes-lang'); } catch (e) { /* storage off */ }
    sw.addEventListener('click', function () {
      try { localStorage.setItem('imcodes-lang', lang === 'zh' ? 'en' : 'zh'); } catch (e) { /* storage off */ }
    });
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    var wanted = chosen || (/^zh\b/i.test(first) ? 'zh' : 'en');
    if (wanted !== lang) {
      location.replace(sw.href + location.search);
      return;
    }
  }

  // The same escapes as the server's: control and bidirectional characters
  // are shown, not obeyed.
  var hidden = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
  function visible(s) {
    return s.replace(hidden, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
  }

  // find is the server's search (internal/site/search.go): a number's
  // entries first, then exact names or texts, then names, English, Chinese,
  // each in catalog order; an empty text finds everything.
  function find(text, entries) {
    var t = text.trim();
    if (t.length > 256) return [];
    if (t === '') return entries.slice();
    var out = [];
    if (/^[+-]?\d+$/.test(t)) {
      var n = parseInt(t, 10);
      out = entries.filter(function (e) { return e.code === n; });
    }
    var q = t.toLowerCase();
    var ranks = [[], [], [], []];
    entries.forEach(function (e) {
      var name = e.name.toLowerCase(), msg = e.message.toLowerCase(), desc = e.description.toLowerCase();
      var sdk = (e.sdk_names || []).map(function (n) { return n.toLowerCase(); });
      if (name === q || msg === q || desc === q || sdk.indexOf(q) >= 0) ranks[0].push(e);
      else if (name.indexOf(q) >= 0 || sdk.some(function (n) { return n.indexOf(q) >= 0; })) ranks[1].push(e);
      else if (msg.indexOf(q) >= 0) ranks[2].push(e);
      else if (desc.indexOf(q) >= 0) ranks[3].push(e);
    });
    var numbered = out.slice();
    ranks.forEach(function (r) {
      r.forEach(function (e) {
        if (numbered.indexOf(e) < 0) out.push(e);
      });
    });
    return out;
  }

  function keeps(f, e) {
    return (!f.vendor || e.platform.split('/')[0] === f.vendor) &&
      (!f.platform || e.platform === f.platform) &&
      (!f.category || e.category === f.category) &&
      (!f.action || e.action === f.action) &&
      (f.deprecated !== 'only' || e.deprecated) &&
      (f.deprecated !== 'hide' || !e.deprecated);
  }

  // text and meaning are the server's (lang.go): the vendor's text in the
  // page's language, else the project's words, else the other language's.
  function meaning(e) {
    return (lang === 'zh' && e.meaning_zh) || e.meaning || '';
  }
  function text(e) {
    var own = lang === 'zh' ? e.description : (e.message || e.description);
    var other = lang === 'zh' ? (e.message || e.description) : e.description;
    return own || meaning(e) || other;
  }

  function cell(tr, cls, content) {
    var td = document.createElement('td');
    td.className = cls;
    if (typeof content === 'string') td.textContent = content;
    else td.appendChild(content);
    tr.appendChild(td);
    return td;
  }

  var fields = ['q', 'vendor', 'platform', 'category', 'action', 'deprecated'];

  function searchPage(form) {
    var table = document.getElementById('codes');
    var tbody = table.tBodies[0];
    var count = document.getElementById('count');
    var entries = null;

    function row(e) {
      var tr = document.createElement('tr');
      if (e.deprecated) tr.className = 'deprecated';
      var a = document.createElement('a');
      a.href = body.dataset.codeBase + e.platform + '/' + e.code + body.dataset.codeSuffix;
      a.textContent = String(e.code);
      cell(tr, 'num', a);
      cell(tr, 'platform', e.platform);
      cell(tr, 'name', e.name);
      var td = cell(tr, 'text', visible(text(e)));
      var m = meaning(e);
      if (m && m !== text(e)) {
        var span = document.createElement('span');
        span.className = 'meaning';
        span.textContent = m;
        td.appendChild(document.createTextNode(' '));
        td.appendChild(span);
      }
      if (e.deprecated) {
        var badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = table.dataset.deprecated;
        td.appendChild(document.createTextNode(' '));
        td.appendChild(badge);
      }
      cell(tr, 'category', e.category);
      cell(tr, 'action', e.action);
      return tr;
    }

    var shown = null; // the search the rows show
    function update() {
      if (!entries) return;
      var f = {};
      fields.forEach(function (name) { f[name] = form.elements[name].value; });
      // A change event repeats the last input event (as when a click on a
      // result takes the focus from the box): the rows stay, or the click
      // would land on a row that is gone.
      var key = JSON.stringify(f);
      if (key === shown) return;
      shown = key;
      var found = find(f.q, entries).filter(function (e) { return keeps(f, e); });
      var rows = document.createDocumentFragment();
      found.forEach(function (e) { rows.appendChild(row(e)); });
      tbody.replaceChildren(rows);
      count.textContent = found.length ? count.dataset.format.replace('%d', found.length) : count.dataset.none;
      var params = new URLSearchParams();
      fields.forEach(function (name) { if (f[name]) params.set(name, f[name]); });
      var qs = params.toString();
      history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
      // The switch to the other language keeps the search typed so far.
      var sw = document.getElementById('lang-switch');
      var base = sw.getAttribute('href').split('?')[0];
      if (!isStatic) params.set('lang', lang === 'zh' ? 'en' : 'zh');
      qs = params.toString();
      sw.href = base + (qs ? '?' + qs : '');
    }

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    form.addEventListener('submit', function (ev) {
      if (entries) { ev.preventDefault(); update(); }
    });
    fetch(body.dataset.index).then(function (r) { return r.json(); }).then(function (es) {
      entries = es;
      if (isStatic && location.search) {
        // A static host cannot answer the query: fill the form from it.
        var params = new URLSearchParams(location.search);
        fields.forEach(function (name) { if (params.has(name)) form.elements[name].value = params.get(name); });
      }
      body.dataset.ready = 'true';
      if (isStatic) update();
    });
  }

  function pastePage(form) {
    var timer = 0;
    var seq = 0;
    function send() {
      var mine = ++seq;
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
      }).then(function (r) { return r.text(); }).then(function (html) {
        if (mine !== seq) return; // a later answer is on its way
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('results');
        var old = document.getElementById('results');
        if (fresh && old) old.replaceWith(document.importNode(fresh, true));
        body.dataset.pasted = String(mine);
      });
    }
    form.elements.text.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(send, 200);
    });
    form.addEventListener('submit', function (ev) { ev.preventDefault(); clearTimeout(timer); send(); });
    body.dataset.ready = 'true';
  }

  var search = document.getElementById('search');
  if (search) searchPage(search);
  var paste = document.getElementById('paste');
  if (paste) pastePage(paste);
  if (!search && !paste) body.dataset.ready = 'true';
})();
