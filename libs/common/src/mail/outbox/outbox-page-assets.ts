/**
 * The outbox page (GET /outbox): a static document and its script (CSP: no inline script). The script logs in
 * through the API (admins only), lists the outbox and shows a mail's HTML in a sandboxed frame, inline QR
 * images included. The access token stays in memory. Kept free of backticks so it can live in template strings.
 */
export const OUTBOX_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Boîte d'envoi locale · Local outbox — Guichet</title>
<link rel="stylesheet" href="/outbox/app.css"><script src="/outbox/app.js" defer></script></head><body>
<header><strong>Guichet</strong> · Boîte d'envoi locale <span class="en">Local outbox</span></header>
<main>
<p class="intro">Sans <code>SMTP_URL</code>, les mails ne partent pas : ils sont gardés ici. <span class="en">Without SMTP_URL, mail is kept here instead of being sent.</span></p>
<form id="login" class="card">
<h1>Connexion administrateur <span class="en">Admin login</span></h1>
<label>E-mail ou identifiant <span class="en">Email or username</span><input name="login" autocomplete="username" required></label>
<label>Mot de passe <span class="en">Password</span><input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Se connecter · Log in</button><p id="login-error" class="error" role="alert"></p>
</form>
<section id="box" hidden>
<div class="bar"><h1>Mails <span class="en">Mail</span></h1><button id="refresh" type="button">Actualiser · Refresh</button></div>
<p id="counts" class="muted"></p>
<div class="split"><ul id="list" class="card list"></ul>
<article id="mail" class="card" hidden><h2 id="subject"></h2><p id="meta" class="muted"></p>
<iframe id="frame" sandbox title="Contenu du mail · Mail content"></iframe><h3>Pièces jointes <span class="en">Attachments</span></h3><ul id="attachments"></ul></article></div>
</section>
</main></body></html>`;

export const OUTBOX_CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f1b33;background:#f3f5f9}
header{background:#0f1b33;color:#fff;padding:12px 16px}main{max-width:1100px;margin:0 auto;padding:16px}
.en{color:#6b7693;font-weight:400;font-size:.9em}header .en{color:#b8c2dc}.muted{color:#4b5675}.error{color:#b42318;min-height:1.5em}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(15,27,51,.15);padding:16px;margin:0 0 16px}
form.card{max-width:420px}label{display:block;margin:0 0 12px}input{display:block;width:100%;min-height:44px;font:inherit;padding:8px;border:1px solid #c5cbd8;border-radius:8px;margin-top:4px}
button{min-height:44px;padding:0 16px;border:0;border-radius:8px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
h1{font-size:1.25rem;margin:0 0 12px}h2{font-size:1.1rem;margin:0 0 4px}h3{font-size:1rem;margin:16px 0 4px}
.bar{display:flex;justify-content:space-between;align-items:center;gap:12px}.split{display:grid;gap:16px}
@media (min-width:900px){.split{grid-template-columns:340px 1fr}}
.list{list-style:none;padding:0;max-height:75vh;overflow:auto}.list li{border-bottom:1px solid #e3e7ef}
.list a{display:block;padding:10px 12px;color:inherit;text-decoration:none}.list a:hover,.list a[aria-current=true]{background:#eef2ff}
.list small{display:block;color:#4b5675}iframe{width:100%;height:60vh;border:1px solid #e3e7ef;border-radius:8px;background:#fff}`;

export const OUTBOX_JS = String.raw`(function () {
  'use strict';
  var API = '/api/v1';
  var token = null;
  function $(id) { return document.getElementById(id); }
  function call(path) {
    return fetch(API + path, { headers: { authorization: 'Bearer ' + token, accept: 'application/json' }, credentials: 'omit' })
      .then(function (res) { if (!res.ok) throw new Error(String(res.status)); return res.json(); });
  }
  function when(iso) {
    return new Date(iso).toLocaleString('fr-BE', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  }
  function text(el, value) { el.textContent = value; return el; }
  function show(id, link) {
    var current = document.querySelector('[aria-current=true]');
    if (current) current.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    call('/admin/outbox/' + encodeURIComponent(id)).then(function (mail) {
      $('mail').hidden = false;
      text($('subject'), mail.subject);
      text($('meta'), 'À · To: ' + mail.to + ' · ' + when(mail.storedAt));
      $('frame').srcdoc = mail.html;
      var list = $('attachments');
      list.textContent = '';
      mail.attachments.forEach(function (a) {
        var li = document.createElement('li');
        var button = text(document.createElement('a'), a.filename + ' (' + a.contentType + ', ' + Math.ceil(a.size / 1024) + ' Ko' + (a.inline ? ', dans le mail · inline' : '') + ')');
        button.href = '#';
        button.addEventListener('click', function (event) { event.preventDefault(); download(mail.id, a); });
        li.appendChild(button);
        list.appendChild(li);
      });
      if (!mail.attachments.length) list.appendChild(text(document.createElement('li'), 'Aucune · None'));
    });
  }
  function download(id, a) {
    fetch(API + '/admin/outbox/' + encodeURIComponent(id) + '/attachments/' + a.index, { headers: { authorization: 'Bearer ' + token } })
      .then(function (res) { return res.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = a.filename;
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      });
  }
  function load() {
    Promise.all([call('/admin/outbox'), call('/admin/mail')]).then(function (answers) {
      var box = answers[0];
      var stats = answers[1];
      text($('counts'), (box.enabled ? box.items.length + ' mail(s) gardé(s) · kept' : 'SMTP_URL est défini : les mails partent par SMTP · mail goes out by SMTP') +
        ' · ' + stats.failed + ' en échec · failed');
      var list = $('list');
      list.textContent = '';
      if (!box.items.length) list.appendChild(text(document.createElement('li'), 'Aucun mail pour le moment. Achetez une place pour en recevoir un. · No mail yet.'));
      box.items.forEach(function (item) {
        var li = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#' + item.id;
        link.appendChild(text(document.createElement('strong'), item.subject));
        link.appendChild(text(document.createElement('small'), item.to + ' · ' + when(item.storedAt)));
        link.addEventListener('click', function (event) { event.preventDefault(); show(item.id, link); });
        li.appendChild(link);
        list.appendChild(li);
      });
      var first = list.querySelector('a');
      if (first && box.items.length) show(box.items[0].id, first);
    });
  }
  $('login').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    fetch(API + '/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'omit',
      body: JSON.stringify({ login: form.login.value, password: form.password.value }) })
      .then(function (res) { return res.json().then(function (body) { return { status: res.status, body: body }; }); })
      .then(function (answer) {
        if (answer.status !== 200) { text($('login-error'), 'Identifiants refusés. · Login refused.'); return; }
        if (answer.body.user.role !== 'admin') { text($('login-error'), 'Réservé aux administrateurs. · Admins only.'); return; }
        token = answer.body.accessToken;
        form.hidden = true;
        $('box').hidden = false;
        load();
      })
      .catch(function () { text($('login-error'), 'Serveur injoignable. · Server unreachable.'); });
  });
  $('refresh').addEventListener('click', load);
})();`;
