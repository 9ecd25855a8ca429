"""The stylesheet and script inlined into the ``html`` report (it makes no outside request)."""

from __future__ import annotations

__all__ = ["CSS", "SCRIPT"]

CSS = """
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fff; --muted: #5f6368; --line: #d7d7db;
  --card: #f7f7f9; --error: #c5221f; --error-bg: #fde2e1; --warning: #a35b00;
  --warning-bg: #fff0c2; --info: #1a5fb4; --info-bg: #dbe9fb; --flash: #ffd60a; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8e8ea; --bg: #161618; --muted: #a0a0a8; --line: #3a3a40; --card: #202024;
    --error: #ff8a80; --error-bg: #5c1a18; --warning: #ffcc66; --warning-bg: #4d3800;
    --info: #8ab4f8; --info-bg: #17355e; --flash: #b38f00; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); }
header.top { padding: .8rem 1.2rem; border-bottom: 1px solid var(--line); }
header.top h1 { font-size: 1.25rem; margin: 0; overflow-wrap: anywhere; }
.summary { margin: .2rem 0 0; color: var(--muted); }
main { padding: 0 1.2rem 2rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .5rem; }
.findings { list-style: none; margin: 0; padding: 0;
  border: 1px solid var(--line); border-radius: 6px; }
.finding { padding: .6rem .8rem; border-bottom: 1px solid var(--line); border-left: 4px solid var(--line); }
.finding:last-child { border-bottom: 0; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); }
.finding.sev-info { border-left-color: var(--info); }
.finding:target, .finding.flash { animation: flash 1.6s ease-out; }
.finding .head { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; }
.badge { font-size: .75rem; font-weight: 600; text-transform: uppercase; padding: 0 .4rem;
  border-radius: 3px; }
.badge.sev-error { color: var(--error); background: var(--error-bg); }
.badge.sev-warning { color: var(--warning); background: var(--warning-bg); }
.badge.sev-info { color: var(--info); background: var(--info-bg); }
.rule { color: var(--muted); }
.message { margin: .2rem 0; font-weight: 600; }
.claim, .reason, .evidence, .meta { margin: .15rem 0; }
.meta { color: var(--muted); font-size: .85rem; }
.compare { display: grid; gap: .6rem; margin: .4rem 0;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 10.5rem), 1fr)); }
.statement { margin: 0; padding: .45rem .6rem; background: var(--card); border-radius: 6px;
  border: 1px solid var(--line); min-width: 0; overflow-wrap: anywhere; }
.statement figcaption { font-size: .8rem; color: var(--muted); }
.statement .label { text-transform: uppercase; font-weight: 600; letter-spacing: .03em; }
.statement.this { border-top: 3px solid var(--fg); }
.sentence { margin: .3rem 0; font: 15px/1.5 Georgia, "Times New Roman", serif; }
.sentence mark { background: var(--flash); color: inherit; padding: 0 1px; border-radius: 2px; }
.statement .value { margin: .2rem 0 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.statement .note { margin: 0; color: var(--muted); font-size: .85rem; }
details.tech { margin: .3rem 0 0; font-size: .88rem; }
details.tech summary { cursor: pointer; color: var(--muted); }
details.tech code { overflow-wrap: anywhere; }
h3 { font-size: .95rem; margin: .6rem 0 .3rem; }
.errors li { color: var(--error); }
.docs { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); }
.errors li { overflow-wrap: anywhere; }
@media (max-width: 30rem) { main { padding: 0 .6rem 1.5rem; } header.top { padding: .6rem; }
  .finding { padding: .5rem .5rem; } }
.doc { border: 1px solid var(--line); border-radius: 6px; min-width: 0; display: flex; flex-direction: column; }
.doc > header { padding: .5rem .8rem; background: var(--card); border-bottom: 1px solid var(--line);
  border-radius: 6px 6px 0 0; }
.doc h3 { font-size: .95rem; margin: 0; word-break: break-all; }
.doc .docmeta { margin: 0; font-size: .78rem; color: var(--muted); overflow-wrap: anywhere; }
.doc .doc-title { margin: .2rem 0 0; font-weight: 600; }
.doc .text { margin: 0; padding: .6rem .8rem; white-space: pre-wrap; overflow-wrap: anywhere;
  font: 16px/1.6 Georgia, "Times New Roman", serif; }
a.hl { color: inherit; text-decoration: none; border-radius: 2px; cursor: pointer;
  border-bottom: 2px solid; padding: 0 1px; }
a.hl.sev-error { background: var(--error-bg); border-color: var(--error); }
a.hl.sev-warning { background: var(--warning-bg); border-color: var(--warning); }
a.hl.sev-info { background: var(--info-bg); border-color: var(--info); }
a.hl:focus-visible, a.jump:focus-visible { outline: 2px solid var(--fg); outline-offset: 1px; }
a.hl.peer { outline: 2px dashed var(--fg); }
a.hl:target, a.hl.flash { animation: flash 1.6s ease-out; }
@keyframes flash { 0%, 35% { background: var(--flash); box-shadow: 0 0 0 4px var(--flash); }
  100% { box-shadow: 0 0 0 0 transparent; } }
@media print { details.tech { display: none; } }
"""

# Clicking a highlighted statement scrolls to the statement it conflicts with (cycling through
# them when there are several) and flashes it; hovering marks the partners. Links in the
# findings list do the same for their statement. A fragment in the address (a deep link to
# one statement or finding) is flashed on load. Without scripts the links still jump.
SCRIPT = r"""
(function () {
  "use strict";
  function pieces(id) {
    return document.querySelectorAll('[data-spans~="' + id + '"], #' + CSS.escape(id));
  }
  function flash(id) {
    pieces(id).forEach(function (el) {
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
    });
  }
  function go(id, push) {
    var target = document.getElementById(id);
    if (!target) { return false; }
    target.scrollIntoView({ behavior: "smooth", block: "center" });
    flash(id);
    if (push && history.pushState) { history.pushState(null, "", "#" + id); }
    document.body.setAttribute("data-current", id);
    return true;
  }
  function partners(el) {
    return (el.getAttribute("data-partners") || "").split(" ").filter(Boolean);
  }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.hl, a.jump") : null;
    if (!a) { return; }
    var id;
    if (a.classList.contains("hl")) {
      var list = partners(a);
      if (!list.length) { return; }
      var i = Number(a.getAttribute("data-next") || 0) % list.length;
      a.setAttribute("data-next", String(i + 1));
      id = list[i];
    } else {
      id = (a.getAttribute("href") || "").slice(1);
    }
    if (id && go(id, true)) { ev.preventDefault(); }
  });
  function mark(ev, on) {
    var a = ev.target.closest ? ev.target.closest("a.hl") : null;
    if (!a) { return; }
    partners(a).forEach(function (id) {
      pieces(id).forEach(function (el) { el.classList.toggle("peer", on); });
    });
  }
  document.addEventListener("mouseover", function (ev) { mark(ev, true); });
  document.addEventListener("mouseout", function (ev) { mark(ev, false); });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id) { go(id, false); }
  }
  window.addEventListener("hashchange", fromHash);
  if (location.hash) { fromHash(); }
})();
"""
