/** The staff scanner page. No inline script or style: the app's CSP allows scripts from 'self' only. */
export const SCANNER_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Guichet — Scanner</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/scanner/app.css">
<script src="/scanner/app.js" defer></script>
</head>
<body>
<header>
  <h1>Guichet · Scanner</h1>
  <button id="logout" type="button" hidden>Déconnexion / Log out</button>
</header>
<main>
  <section id="login-view">
    <form id="login-form">
      <h2>Connexion organisateur<br><span class="en">Organizer login</span></h2>
      <label>Identifiant ou e-mail / Username or email
        <input id="login" name="login" autocomplete="username" required></label>
      <label>Mot de passe / Password
        <input id="password" name="password" type="password" autocomplete="current-password" required></label>
      <button type="submit">Se connecter / Log in</button>
      <p id="login-error" class="error" role="alert"></p>
    </form>
  </section>
  <section id="scan-view" hidden>
    <div class="options">
      <label>Match
        <select id="match"><option value="">Tous les matchs / Any match</option></select></label>
      <label>Porte à ouvrir / Gate to open
        <select id="gate"><option value="">Aucune / None</option></select></label>
    </div>
    <div id="result" class="result idle" role="status" aria-live="assertive">
      <p id="result-fr" class="fr">Prêt à scanner</p>
      <p id="result-en" class="en">Ready to scan</p>
      <p id="result-detail" class="detail"></p>
    </div>
    <div class="camera">
      <video id="video" playsinline muted hidden></video>
      <button id="camera" type="button">Activer la caméra / Start camera</button>
      <p id="camera-note" class="note"></p>
    </div>
    <form id="manual-form" autocomplete="off">
      <label>Code du billet / Ticket code
        <input id="code" name="code" autocomplete="off" autocapitalize="off" spellcheck="false" required></label>
      <button type="submit">Valider / Check</button>
    </form>
    <ol id="history" class="history" aria-label="Derniers scans / Last scans"></ol>
  </section>
</main>
</body>
</html>
`;

export const SCANNER_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f4f5f7; color: #1d1f23; }
header { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px; background: #14213d; color: #fff; }
header h1 { margin: 0; font-size: 1.2rem; }
header button { background: transparent; color: #fff; border: 1px solid #fff; }
main { max-width: 560px; margin: 0 auto; padding: 16px; }
form, .options, .camera { display: grid; gap: 12px; margin-bottom: 16px; }
label { display: grid; gap: 4px; font-size: .95rem; }
input, select, button { font: inherit; padding: 12px; border-radius: 8px; border: 1px solid #b8bec9; }
button { background: #14213d; color: #fff; border: none; cursor: pointer; }
h2 { margin: 0 0 8px; font-size: 1.2rem; }
.en { color: #5b6270; font-weight: normal; }
.error { color: #c62828; min-height: 1.2em; margin: 0; }
.note { color: #5b6270; margin: 0; }
.result { border-radius: 16px; padding: 24px 16px; margin-bottom: 16px; text-align: center; color: #fff; min-height: 180px; display: grid; align-content: center; }
.result p { margin: 4px 0; }
.result .fr { font-size: 2.2rem; font-weight: 700; }
.result .en { font-size: 1.4rem; color: inherit; opacity: .9; }
.result .detail { font-size: 1.1rem; }
.result.idle { background: #5b6270; }
.result.ok { background: #1b8a3a; }
.result.refused { background: #c62828; }
.result.pending { background: #8a6d1b; }
video { width: 100%; border-radius: 12px; background: #000; }
.history { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
.history li { padding: 8px 12px; border-radius: 8px; background: #fff; border-left: 6px solid #5b6270; }
.history li.ok { border-left-color: #1b8a3a; }
.history li.refused { border-left-color: #c62828; }
[hidden] { display: none !important; }
`;
