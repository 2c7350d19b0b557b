/**
 * The scanner page's script, served as /scanner/app.js (CSP: no inline script). Plain ES2017 for phones;
 * it never logs nor stores a ticket code. Kept free of backticks so it can live in this template string.
 */
export const SCANNER_JS = String.raw`(function () {
  'use strict';
  var API = '/api/v1';
  var STORE = 'guichet.scanner.session';
  var REPEAT_MS = 3000;
  var DETECT_EVERY_MS = 250;
  var MESSAGES = {
    ok: ['Entrée autorisée', 'Admitted'],
    already_used: ['Déjà utilisé', 'Already used'],
    invalid: ['Billet inconnu', 'Unknown ticket'],
    void: ['Billet annulé', 'Ticket void'],
    not_paid: ['Commande non payée', 'Order not paid'],
    wrong_club: ['Billet d\u2019un autre club', 'Ticket for another club'],
    wrong_match: ['Billet d\u2019un autre match', 'Ticket for another match'],
    forbidden: ['Action non autorisée', 'Not allowed'],
    error: ['Erreur, réessayez', 'Error, try again'],
    network: ['Serveur injoignable', 'Server unreachable']
  };

  var session = readSession();
  var audio = null;
  var busy = false;
  var lastCode = '';
  var lastAt = 0;
  var stream = null;
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function readSession() {
    try { return JSON.parse(sessionStorage.getItem(STORE) || 'null'); } catch (e) { return null; }
  }

  function saveSession(value) {
    session = value;
    try {
      if (value) sessionStorage.setItem(STORE, JSON.stringify(value));
      else sessionStorage.removeItem(STORE);
    } catch (e) { /* private mode: memory only */ }
  }

  function request(method, path, body) {
    var headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (session) headers.authorization = 'Bearer ' + session.accessToken;
    return fetch(API + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit' })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (data) { return { status: res.status, body: data }; });
      });
  }

  /** Calls the API; on 401 tries the refresh token once, then asks to log in again. */
  function api(method, path, body) {
    return request(method, path, body).then(function (answer) {
      if (answer.status !== 401 || !session) return answer;
      return request('POST', '/auth/refresh', { refreshToken: session.refreshToken }).then(function (refreshed) {
        if (refreshed.status !== 200 || !refreshed.body) {
          logout();
          $('login-error').textContent = 'Session expirée, reconnectez-vous / Session expired, log in again';
          throw new Error('unauthenticated');
        }
        saveSession({ accessToken: refreshed.body.accessToken, refreshToken: refreshed.body.refreshToken, clubId: session.clubId, role: session.role });
        return request(method, path, body);
      });
    });
  }

  function unlockAudio() {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    if (!audio) audio = new Context();
    if (audio.state === 'suspended') audio.resume();
  }

  /** Two short rising beeps when the ticket is good, one low buzz when it is refused. */
  function beep(ok) {
    if (!audio) return;
    var start = audio.currentTime + 0.01;
    var notes = ok ? [[880, 0, 0.12], [1320, 0.16, 0.14]] : [[196, 0, 0.5]];
    notes.forEach(function (note) {
      var osc = audio.createOscillator();
      var gain = audio.createGain();
      osc.type = ok ? 'sine' : 'square';
      osc.frequency.value = note[0];
      gain.gain.setValueAtTime(0.0001, start + note[1]);
      gain.gain.exponentialRampToValueAtTime(0.25, start + note[1] + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note[1] + note[2]);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(start + note[1]);
      osc.stop(start + note[1] + note[2] + 0.03);
    });
    if (navigator.vibrate) navigator.vibrate(ok ? 80 : [200, 80, 200]);
  }

  function time(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? '' : date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function show(kind, key, detail) {
    var text = MESSAGES[key] || MESSAGES.error;
    var panel = $('result');
    panel.className = 'result ' + kind;
    $('result-fr').textContent = text[0];
    $('result-en').textContent = text[1];
    $('result-detail').textContent = detail || '';
    if (kind === 'pending') return;
    var item = document.createElement('li');
    item.className = kind;
    item.textContent = new Date().toLocaleTimeString('fr-FR') + ' — ' + text[0] + ' / ' + text[1] + (detail ? ' (' + detail + ')' : '');
    var history = $('history');
    history.insertBefore(item, history.firstChild);
    while (history.children.length > 10) history.removeChild(history.lastChild);
    beep(kind === 'ok');
  }

  function scan(code) {
    code = (code || '').trim();
    if (!code || busy) return;
    var now = Date.now();
    if (code === lastCode && now - lastAt < REPEAT_MS) return;
    lastCode = code;
    lastAt = now;
    busy = true;
    show('pending', 'error', '…');
    $('result-fr').textContent = 'Vérification…';
    $('result-en').textContent = 'Checking…';
    var body = { code: code };
    if ($('match').value) body.matchId = $('match').value;
    if ($('gate').value) body.gateId = $('gate').value;
    api('POST', '/access/scan', body).then(function (answer) {
      var data = answer.body || {};
      if (answer.status === 200 && MESSAGES[data.status]) {
        var detail = '';
        if (data.status === 'already_used' && data.usedAt) detail = 'à / at ' + time(data.usedAt);
        show(data.status === 'ok' ? 'ok' : 'refused', data.status, detail);
      } else if (answer.status === 403 || answer.status === 404) {
        show('refused', 'forbidden', data.detail || '');
      } else {
        show('refused', 'error', 'HTTP ' + answer.status);
      }
    }).catch(function (error) {
      if (error && error.message === 'unauthenticated') return;
      show('refused', 'network');
    }).then(function () { busy = false; });
  }

  function option(select, value, label) {
    var element = document.createElement('option');
    element.value = value;
    element.textContent = label;
    select.appendChild(element);
  }

  function loadChoices() {
    if (!session || !session.clubId) return;
    request('GET', '/matches?pageSize=50&clubId=' + encodeURIComponent(session.clubId)).then(function (answer) {
      (answer.body && answer.body.items || []).forEach(function (match) {
        var kickoff = new Date(match.kickoffAt);
        option($('match'), match.id, kickoff.toLocaleDateString('fr-FR') + ' ' + time(match.kickoffAt) + ' — ' + match.opponent);
      });
    }).catch(function () { /* optional */ });
    api('GET', '/clubs/' + encodeURIComponent(session.clubId) + '/gates').then(function (answer) {
      (Array.isArray(answer.body) ? answer.body : []).forEach(function (gate) {
        option($('gate'), gate.id, gate.name + (gate.online ? '' : ' (hors ligne / offline)'));
      });
    }).catch(function () { /* optional */ });
  }

  function showView() {
    var loggedIn = Boolean(session);
    $('login-view').hidden = loggedIn;
    $('scan-view').hidden = !loggedIn;
    $('logout').hidden = !loggedIn;
    if (loggedIn) {
      loadChoices();
      $('code').focus();
    }
  }

  function logout() {
    stopCamera();
    saveSession(null);
    $('match').length = 1;
    $('gate').length = 1;
    showView();
  }

  function cameraNote(fr, en) {
    $('camera-note').textContent = fr + ' / ' + en;
  }

  function stopCamera() {
    clearTimeout(timer);
    timer = null;
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    $('video').hidden = true;
  }

  function startCamera() {
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      cameraNote('Lecture par caméra non disponible sur ce navigateur : saisissez le code', 'Camera scanning is not supported here: type the code');
      $('camera').hidden = true;
      $('code').focus();
      return;
    }
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') < 0) throw new Error('no qr');
      var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      return navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }).then(function (media) {
        stream = media;
        var video = $('video');
        video.srcObject = media;
        video.hidden = false;
        $('camera').hidden = true;
        cameraNote('Visez le QR code du billet', 'Point the camera at the ticket QR code');
        return video.play().then(function () { detectLoop(detector, video); });
      });
    }).catch(function (error) {
      stopCamera();
      $('camera').hidden = false;
      if (error && error.name === 'NotAllowedError') cameraNote('Caméra refusée : saisissez le code', 'Camera not allowed: type the code');
      else cameraNote('Caméra indisponible : saisissez le code', 'Camera unavailable: type the code');
      $('code').focus();
    });
  }

  function detectLoop(detector, video) {
    timer = setTimeout(function () {
      if (!stream) return;
      detector.detect(video).then(function (codes) {
        if (codes.length > 0 && codes[0].rawValue) scan(codes[0].rawValue);
      }).catch(function () { /* next frame */ }).then(function () {
        if (stream) detectLoop(detector, video);
      });
    }, DETECT_EVERY_MS);
  }

  function init() {
    document.addEventListener('click', unlockAudio);
    document.addEventListener('keydown', unlockAudio);

    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      $('login-error').textContent = '';
      request('POST', '/auth/login', { login: $('login').value.trim(), password: $('password').value }).then(function (answer) {
        var user = answer.body && answer.body.user;
        if (answer.status !== 200 || !user) {
          $('login-error').textContent = answer.status === 429
            ? 'Trop d\u2019essais, patientez / Too many attempts, wait'
            : 'Identifiants incorrects / Wrong username or password';
          return;
        }
        if (user.role !== 'organizer' && user.role !== 'admin') {
          $('login-error').textContent = 'Réservé aux organisateurs / Organizers only';
          return;
        }
        $('password').value = '';
        saveSession({ accessToken: answer.body.accessToken, refreshToken: answer.body.refreshToken, clubId: user.clubId || null, role: user.role });
        showView();
      }).catch(function () {
        $('login-error').textContent = 'Serveur injoignable / Server unreachable';
      });
    });

    $('manual-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var input = $('code');
      var code = input.value;
      input.value = '';
      lastCode = '';
      scan(code);
      input.focus();
    });

    $('camera').addEventListener('click', startCamera);
    $('logout').addEventListener('click', logout);
    showView();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
`;
