/* kehoach report: filters and source highlighting. Reading needs none of
   this. The script never builds markup from data: it only shows, hides and
   highlights what the page already contains, and writes counts with
   textContent. */
(function () {
  "use strict";
  var doc = document;

  function visible(row) {
    return row.getClientRects().length > 0;
  }

  // Filters can come in the address (report.html?agency=agency:so-y-te&from=2022-03),
  // so that a filtered view can be bookmarked or sent to a colleague.
  var params = {};
  try {
    new URLSearchParams(window.location.search).forEach(function (v, k) { params[k] = v; });
  } catch (e) { params = {}; }

  // Task tables: filter by agency, origin, kind of deadline and due month.
  var rendered = 0;
  Array.prototype.forEach.call(doc.querySelectorAll("form.task-filters"), function (form) {
    var table = doc.getElementById(form.getAttribute("data-table"));
    if (!table || !table.tBodies.length) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var out = form.querySelector("output");
    function apply() {
      var f = form.elements;
      var agency = f.agency.value, origin = f.origin.value, kind = f.kind.value;
      var from = f.from.value, to = f.to.value;
      var shown = 0;
      rows.forEach(function (row) {
        var ok = true;
        if (agency && (" " + row.getAttribute("data-agencies") + " ").indexOf(" " + agency + " ") < 0) ok = false;
        if (origin && row.getAttribute("data-origin") !== origin) ok = false;
        if (kind && row.getAttribute("data-when") !== kind) ok = false;
        if (from || to) {
          var due = (row.getAttribute("data-due") || "").slice(0, 7);
          if (!due || (from && due < from) || (to && due > to)) ok = false;
        }
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      table.setAttribute("data-shown", String(shown));
      if (out) out.textContent = "Hiển thị " + shown + " / " + rows.length + " nhiệm vụ";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    ["agency", "origin", "kind", "from", "to"].forEach(function (k) {
      if (params[k] && form.elements[k]) form.elements[k].value = params[k];
    });
    form.hidden = false;
    apply();
    rows.forEach(function (row) { if (visible(row)) rendered += 1; });
  });
  // The number of task rows the browser actually lays out: the browser test reads it.
  doc.body.setAttribute("data-rendered-tasks", String(rendered));

  // Comparison: only groups whose plans differ.
  Array.prototype.forEach.call(doc.querySelectorAll("form.cmp-filters"), function (form) {
    var table = doc.getElementById(form.getAttribute("data-table"));
    if (!table || !table.tBodies.length) return;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var out = form.querySelector("output");
    function apply() {
      var only = form.elements.differs.checked;
      var shown = 0;
      rows.forEach(function (row) {
        var ok = !only || row.getAttribute("data-differs") !== "";
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (out) out.textContent = "Hiển thị " + shown + " / " + rows.length + " nhóm";
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  });

  // Source panel: highlight every line of a task, not just the first.
  function lineOf(hash) {
    var m = /^#(p\d+)-L(\d+)$/.exec(hash || "");
    return m ? { plan: m[1], n: parseInt(m[2], 10), el: doc.getElementById(hash.slice(1)) } : null;
  }
  function highlight(start, end) {
    Array.prototype.forEach.call(doc.querySelectorAll(".src .hl"), function (el) { el.classList.remove("hl"); });
    if (!start || !start.el) return;
    var last = Math.max(start.n, Math.min(end || start.n, start.n + 2000));
    for (var n = start.n; n <= last; n += 1) {
      var el = doc.getElementById(start.plan + "-L" + n);
      if (el) el.classList.add("hl");
    }
  }
  var last = { href: "", end: 0 };
  doc.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a.src-link") : null;
    if (!link) return;
    var start = lineOf(link.getAttribute("href"));
    if (!start || !start.el) return;
    var end = parseInt(link.getAttribute("data-end") || "0", 10);
    last = { href: link.getAttribute("href"), end: end };
    highlight(start, end);
    var panel = start.el.closest("aside.source");
    var section = link.closest(".plan");
    var sticky = panel && window.getComputedStyle(panel).position === "sticky";
    if (panel && sticky && section && section.contains(panel)) {
      // Scroll the panel only: the reader keeps their place in the table.
      e.preventDefault();
      panel.scrollTop = Math.max(0, start.el.offsetTop - 48);
      if (window.history && window.history.replaceState) window.history.replaceState(null, "", link.getAttribute("href"));
    }
  });
  window.addEventListener("hashchange", function () {
    var hash = window.location.hash;
    highlight(lineOf(hash), hash === last.href ? last.end : 0);
  });
  if (window.location.hash) highlight(lineOf(window.location.hash), 0);
})();
