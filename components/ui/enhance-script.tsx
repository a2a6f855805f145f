// The public pages' only script of their own (they carry no framework scripts: lib/http/static-documents.ts).
// It shows and works the controls that need a browser — print the page (PrintButton), copy an article's
// link (CopyLink) — which stay hidden without JavaScript, where they could do nothing; and it preselects a
// form's choices from the address (`data-preselect`: the subscribe form opened from a "Follow changes"
// link, ?follow=policy&slug=…; without JavaScript the reader picks them). One delegated listener; runs at
// the end of <body>, after the controls are parsed. The public CSP allows inline scripts.
const ENHANCE = `(function(){
var form=document.querySelector("form[data-preselect]"),q=new URLSearchParams(location.search),follow=q.get("follow");
var radio=form&&follow?form.querySelector('input[name="follow"][value="'+CSS.escape(follow)+'"]'):null;
if(radio){radio.checked=true;
var set=function(name,value){var el=form.elements.namedItem(name);if(value&&el instanceof HTMLSelectElement&&Array.prototype.some.call(el.options,function(o){return o.value===value}))el.value=value};
if(follow==="zone")set("zone",q.get("slug"));
else if(follow==="policy")set("policy",q.get("slug"));
else["zone","newsKind","industry","topic"].forEach(function(n){set(n,q.get(n))});}
var controls=document.querySelectorAll("button[data-print],button[data-copy]");
for(var i=0;i<controls.length;i++)controls[i].hidden=false;
document.addEventListener("click",function(e){
var b=e.target instanceof Element?e.target.closest("button[data-print],button[data-copy]"):null;
if(!b)return;
if(b.hasAttribute("data-print"))return window.print();
var anchor=b.getAttribute("data-copy"),label=b.querySelector("[data-label]");
var done=function(){if(!label)return;var text=label.textContent;label.textContent=b.getAttribute("data-copied");setTimeout(function(){label.textContent=text},2000)};
var url=location.origin+location.pathname+"#"+anchor;
if(navigator.clipboard)navigator.clipboard.writeText(url).then(done,function(){location.hash=anchor;done()});
else{location.hash=anchor;done()}
});
})();`;

export function EnhanceScript() {
  return <script dangerouslySetInnerHTML={{ __html: ENHANCE }} />;
}
