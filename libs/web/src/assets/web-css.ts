/** The one stylesheet: system fonts, phone first, 44 px tap targets, AA contrast; navy frame, one accent. */
export const WEB_CSS = `
:root{--navy:#14213d;--accent:#c2410c;--accent-dark:#9a3412;--ok:#15803d;--bad:#b91c1c;--wait:#92400e;--wait-bg:#fef3c7;--ink:#1f2937;--muted:#4b5563;--line:#d1d5db;--bg:#f5f6f8;--card:#fff}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1d4ed8}
a:focus,button:focus,input:focus,select:focus{outline:3px solid #f59e0b;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header.top{background:var(--navy);color:#fff}
header.top .bar{max-width:960px;margin:auto;display:flex;flex-wrap:wrap;align-items:center;gap:4px 12px;padding:8px 12px}
header.top a,header.top button{color:#fff;text-decoration:none}
.brand{font-weight:700;font-size:1.25rem;margin-right:auto;min-height:44px;display:flex;align-items:center}
nav.main{display:flex;flex-wrap:wrap;gap:0 4px;width:100%;order:3;overflow-x:auto}
nav.main a,nav.main button{display:inline-flex;align-items:center;min-height:44px;padding:0 10px;border-radius:6px;white-space:nowrap;font:inherit;background:none;border:0;cursor:pointer}
nav.main a[aria-current]{background:rgba(255,255,255,.15)}
nav.main form{margin:0}
.lang{font-size:.9rem;min-height:44px;display:inline-flex;align-items:center;padding:0 8px;border:1px solid rgba(255,255,255,.4);border-radius:6px}
main{max-width:960px;margin:auto;padding:16px 12px 48px}
h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
.muted{color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px;margin:0 0 12px}
.card>input[type=hidden]+label,.card>input[type=hidden]+h2,.card>h2:first-child{margin-top:0}
.list{list-style:none;margin:0;padding:0}
.match{display:block;text-decoration:none;color:inherit}
.match .teams{font-weight:700;font-size:1.1rem}
.big{font-size:1.35rem;font-weight:700}
.huge{font-size:1.8rem;font-weight:800;letter-spacing:.04em}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input,select{font:inherit;width:100%;min-height:44px;padding:8px 10px;border:1px solid #6b7280;border-radius:8px;background:#fff;color:var(--ink)}
input[type=radio]{width:22px;min-height:22px;height:22px;margin:0 8px 0 0;flex:none}
.hint{font-size:.9rem;color:var(--muted);margin:.2rem 0 0}
.btn{display:inline-flex;justify-content:center;align-items:center;min-height:48px;padding:10px 18px;border-radius:8px;border:0;font:inherit;font-weight:700;background:var(--accent);color:#fff;text-decoration:none;cursor:pointer;width:100%;margin-top:1rem}
.btn:hover{background:var(--accent-dark)}
.btn.secondary{background:#fff;color:var(--navy);border:2px solid var(--navy)}
.btn.small{min-height:44px;width:auto;margin:0;padding:8px 14px}
.linkbtn{background:none;border:0;color:#1d4ed8;text-decoration:underline;font:inherit;cursor:pointer;min-height:44px;padding:0}
.stand{display:flex;align-items:center;gap:8px;padding:10px;border:1px solid var(--line);border-radius:8px;margin:0 0 8px;font-weight:400;cursor:pointer;background:#fff}
.stand .name{font-weight:700}
.stand .right{margin-left:auto;text-align:right;white-space:nowrap;overflow-wrap:normal}
.stand.out{opacity:.65;cursor:not-allowed}
.notice{border-radius:8px;padding:12px 14px;margin:0 0 12px;border-left:6px solid}
.notice.bad{background:#fef2f2;border-color:var(--bad);color:#7f1d1d}
.notice.ok{background:#f0fdf4;border-color:var(--ok);color:#14532d}
.notice.wait{background:var(--wait-bg);border-color:#d97706;color:#78350f}
.notice.info{background:#eff6ff;border-color:#1d4ed8;color:#1e3a8a}
.field-error{color:var(--bad);font-weight:600;margin:.25rem 0 0}
.status{display:inline-block;font-weight:700;border-radius:999px;padding:2px 10px;font-size:.9rem}
.status.ok{background:#dcfce7;color:#14532d}.status.bad{background:#fee2e2;color:#7f1d1d}.status.wait{background:var(--wait-bg);color:#78350f}
.ticket{display:grid;gap:8px;justify-items:center;text-align:center}
.ticket svg{width:min(78vw,280px);height:auto;background:#fff}
.ticket.void svg,.ticket.used svg{opacity:.35}
.ticket .code{max-width:100%;font-size:.8rem;color:var(--muted)}.ticket .code summary{min-height:44px;line-height:44px;cursor:pointer}.ticket .code code{word-break:break-all}
main{overflow-wrap:anywhere}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
.poster{width:100%;aspect-ratio:2/3;object-fit:cover;border-radius:8px;background:#e5e7eb;display:block}
.tile{text-decoration:none;color:inherit}
.tile .t{font-weight:700;margin:.35rem 0 0}
.detail{display:grid;gap:16px}
.detail .poster{max-width:260px}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:4px 12px;margin:0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
dl.facts.stack{grid-template-columns:1fr;gap:0}
.row{display:flex;align-items:center;gap:8px;flex-wrap:wrap;justify-content:space-between;padding:8px 0;border-bottom:1px solid var(--line)}
.row:last-child{border-bottom:0}
.filters{display:grid;gap:0 12px}
summary.more{min-height:44px;display:flex;align-items:center;cursor:pointer;color:#1d4ed8;margin-top:.5rem}
.actions{margin-top:.75rem;display:flex;align-items:center;gap:16px}
.pager{display:flex;justify-content:space-between;align-items:center;gap:8px;margin-top:12px}
.pager a{min-height:44px;display:inline-flex;align-items:center}
footer{max-width:960px;margin:auto;padding:0 12px 24px;color:var(--muted);font-size:.9rem}
@media (min-width:720px){
 nav.main{width:auto;order:0}
 h1{font-size:1.9rem}
 .filters{grid-template-columns:1fr 1fr 1fr 1fr}
 .btn{width:auto}
 .detail{grid-template-columns:260px 1fr}
 dl.facts.stack{grid-template-columns:auto 1fr;gap:4px 12px}
 .two{display:grid;grid-template-columns:1fr 1fr;gap:16px}
}
@media print{header.top,footer,.noprint{display:none}}
`;
