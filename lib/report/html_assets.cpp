// The CSS and the one script of caseaudit's HTML pages (report/html_page.h).
// Both are constants: the CSP allows exactly these bytes by their SHA-256.
// Colours are the Okabe-Ito palette, told apart with colour blindness; every
// mark also differs in shape (circle, diamond, crossed square) and every
// chart has a table or list with the same facts.
#include "report/html_page.h"

namespace ca::html {

std::string_view style() {
  return R"css(
:root { color: #1a1a1a; background: #fff; font: 15px/1.45 system-ui, "DejaVu Sans", Arial, sans-serif; }
body { max-width: 1100px; margin: 0 auto; padding: 0 16px 40px; }
h1 { font-size: 1.6em; margin: 0.8em 0 0.2em; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.4em; border-bottom: 2px solid #0072b2; padding-bottom: 2px; }
h3 { font-size: 1.08em; margin: 1.3em 0 0.3em; }
h4 { font-size: 1em; margin: 1em 0 0.2em; }
p, ul { margin: 0.3em 0 0.6em; }
a { color: #005a8e; }
.meta { color: #444; margin: 0 0 0.4em; }
.note { color: #444; font-size: 0.92em; }
.ids { font-family: "DejaVu Sans Mono", monospace; font-size: 0.92em; }
nav.toc ul { columns: 2; padding-left: 1.2em; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; width: 100%; }
table.fixed { table-layout: fixed; }
col.w-date { width: 7.2em; }
col.w-status { width: 7.5em; }
col.w-rule { width: 26%; }
col.w-what { width: 32%; }
th, td { border-bottom: 1px solid #d0d0d0; padding: 3px 6px; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #555; background: #f2f2f2; }
tfoot td, tfoot th { border-top: 2px solid #555; font-weight: bold; }
tbody tr:nth-child(even) { background: #fafafa; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
th button::after { content: " \2195"; color: #888; }
th[aria-sort=ascending] button::after { content: " \2191"; color: #1a1a1a; }
th[aria-sort=descending] button::after { content: " \2193"; color: #1a1a1a; }
.status { font-weight: bold; }
.s-met { color: #005a8e; }
.s-late { color: #8a5a00; }
.s-missing { color: #b34700; }
.s-pending, .s-not_evaluable, .s-resolved { color: #555; }
.change { font-size: 0.85em; border: 1px solid #888; border-radius: 3px; padding: 0 3px; margin-left: 4px; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 0.9em; }
ul.legend svg { vertical-align: middle; margin-right: 4px; }
ul.legend svg .mark { stroke: none; }
ul.notcounted { margin: 0.2em 0 0; padding-left: 1.1em; font-size: 0.92em; color: #333; }
figure { margin: 0.5em 0 0.8em; }
figcaption { font-size: 0.88em; color: #444; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { font-family: system-ui, "DejaVu Sans", Arial, sans-serif; fill: #1a1a1a; }
svg .small { font-size: 12px; }
svg .axis { stroke: #777; stroke-width: 1; }
svg .grid { stroke: #e3e3e3; stroke-width: 1; }
svg .lane { fill: #f7f7f7; }
svg .after { fill: #eeeeee; }
svg .asof { stroke: #1a1a1a; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .closed { stroke: #555; stroke-width: 1.5; }
svg .band { fill: #cfe3f1; stroke: #4d8fbf; stroke-width: 1; }
svg .band.alt { fill: #e6f0f7; }
svg .band.open { stroke-dasharray: 4 2; }
.m-met { fill: #0072b2; stroke: #003f63; }
.m-late { fill: #e69f00; stroke: #6b4a00; }
.m-missing { fill: #d55e00; stroke: #5c2800; }
.m-missing-x { stroke: #fff; stroke-width: 1.6; }
.m-pending { fill: #fff; stroke: #777; stroke-width: 1.5; }
.m-not_evaluable { fill: #fff; stroke: #999; stroke-width: 1.5; stroke-dasharray: 2 1.5; }
.m-notcounted { fill: #555; stroke: none; }
.l-late { stroke: #e69f00; stroke-width: 2; }
.l-missing { stroke: #d55e00; stroke-width: 1.5; stroke-dasharray: 3 3; }
.b-met { fill: #0072b2; }
.b-late { fill: #e69f00; }
.b-missing { fill: url(#ca-hatch); }
.series path.line { fill: none; stroke-width: 2.2; }
.c0 { stroke: #0072b2; fill: #0072b2; }
.c1 { stroke: #e69f00; fill: #e69f00; }
.c2 { stroke: #009e73; fill: #009e73; }
.c3 { stroke: #cc79a7; fill: #cc79a7; }
.c4 { stroke: #56b4e9; fill: #56b4e9; }
.c5 { stroke: #d55e00; fill: #d55e00; }
.c6 { stroke: #1a1a1a; fill: #1a1a1a; }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
@page { size: A4; margin: 12mm 11mm; }
@media print {
  :root { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  th button::after { content: none; }
  nav.toc { display: none; }
  svg .small { font-size: 13px; }
  col.w-date { width: 6.3em; }
  col.w-status { width: 6em; }
  col.w-rule { width: 23%; }
  col.w-what { width: 31%; }
  tbody tr:nth-child(even) { background: none; }
}
)css";
}

std::string_view script() {
  return R"js(
"use strict";
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.tHead.rows[0].cells;
  var body = table.tBodies[0];
  Array.prototype.forEach.call(body.rows, function (row, i) { row.setAttribute("data-i", String(i)); });
  Array.prototype.forEach.call(heads, function (th, col) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.title = "Sort by " + th.textContent;
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      var numeric = th.classList.contains("num");
      var value = function (row) {
        var cell = row.cells[col];
        var v = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
        return numeric ? Number(v) : v;
      };
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = value(a), y = value(b);
        var c = numeric ? x - y : x.localeCompare(y);
        if (!up) c = -c;
        return c || Number(a.getAttribute("data-i")) - Number(b.getAttribute("data-i"));
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
)js";
}

}  // namespace ca::html
