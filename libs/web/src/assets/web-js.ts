/**
 * The only script of the pages, and only an enhancement (every page works without it): the offline service
 * worker, a retry countdown in the queue, search as you type in the library.
 */
export const WEB_JS = `(function(){
'use strict';
var body=document.body;
if('serviceWorker' in navigator){
  if(body.hasAttribute('data-logged-out')){
    if(window.caches){caches.keys().then(function(keys){keys.forEach(function(k){caches.delete(k);});});}
  }else{navigator.serviceWorker.register('/sw.js').catch(function(){});}
}
var retry=document.querySelector('form[data-retry-after]');
if(retry){
  var base=Number(retry.getAttribute('data-retry-after'))||3;
  var wait=(base+Math.random()*base)*1000;
  setTimeout(function(){retry.submit();},wait);
}
var live=document.querySelector('input[data-live-search]');
if(live&&window.fetch&&window.DOMParser){
  var target=document.getElementById(live.getAttribute('data-live-search'));
  var timer=0,seq=0;
  live.addEventListener('input',function(){
    clearTimeout(timer);
    timer=setTimeout(function(){
      var mine=++seq;
      var url=live.form.action+'?'+new URLSearchParams(new FormData(live.form)).toString();
      fetch(url,{credentials:'same-origin'}).then(function(r){return r.text();}).then(function(text){
        if(mine!==seq)return;
        var doc=new DOMParser().parseFromString(text,'text/html');
        var fresh=doc.getElementById(target.id);
        if(fresh){target.replaceWith(fresh);target=fresh;history.replaceState(null,'',url);}
      }).catch(function(){});
    },250);
  });
}
})();
`;

/** Keeps tickets and order pages readable offline once opened: network first, the last copy when offline. */
export const SERVICE_WORKER_JS = `'use strict';
var CACHE='guichet-pages-v1';
self.addEventListener('install',function(){self.skipWaiting();});
self.addEventListener('activate',function(e){e.waitUntil(self.clients.claim());});
self.addEventListener('fetch',function(event){
  var request=event.request;
  if(request.method!=='GET')return;
  var url=new URL(request.url);
  if(url.origin!==self.location.origin)return;
  var keep=url.pathname==='/me/tickets'||/^\\/orders\\/[^/]+$/.test(url.pathname)||url.pathname.indexOf('/web/')===0;
  if(!keep)return;
  event.respondWith(fetch(request).then(function(response){
    if(response.ok){var copy=response.clone();caches.open(CACHE).then(function(c){c.put(request,copy);});}
    return response;
  }).catch(function(){
    return caches.match(request,{ignoreSearch:url.pathname.indexOf('/web/')===0}).then(function(hit){return hit||Response.error();});
  }));
});
`;
