// checker's HTML report: filters, search and links into the articles. No libraries, no network.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var texts = findings.map(function (el) { return el.textContent.toLowerCase().replace(/\s+/g, " "); });
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.fact-group"));

  function field(name) {
    var el = form && form.elements.namedItem(name);
    return el ? el.value : "";
  }

  function statusMatches(el, status) {
    if (status === "all") return true;
    if (status === "") return el.getAttribute("data-set-aside") !== "1";
    return el.getAttribute("data-status") === status;
  }

  function apply() {
    var fact = field("fact"), severity = field("severity"), status = field("status"), source = field("source");
    var words = field("q").toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    findings.forEach(function (el, i) {
      var sources = JSON.parse(el.getAttribute("data-sources") || "[]");
      var ok = (!fact || el.getAttribute("data-fact") === fact) &&
        (!severity || el.getAttribute("data-severity") === severity) &&
        statusMatches(el, status) &&
        (!source || sources.indexOf(source) >= 0) &&
        words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      el.classList.toggle("filtered-out", !ok);
      if (ok) shown += 1;
    });
    groups.forEach(function (g) {
      g.classList.toggle("filtered-out", !g.querySelector("article.finding:not(.filtered-out)"));
    });
    var out = document.getElementById("shown");
    if (out) out.textContent = shown + " of " + findings.length + " findings shown";
  }

  // A link to a claim or an article opens the folded article (and folded quotes) around it.
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var el = id ? document.getElementById(id) : null;
    if (!el) return;
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    el.scrollIntoView({block: "center"});
  }

  if (form) {
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    apply();
  }
  window.addEventListener("hashchange", reveal);
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  reveal();
}());
