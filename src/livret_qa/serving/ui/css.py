"""The page's CSS (`lq-` classes and ids), sent as a <style> element in the Blocks."""

from __future__ import annotations

from livret_qa.serving.ui.facts import order_css
from livret_qa.serving.ui.reader import READER_CSS
from livret_qa.serving.ui.similar import SIMILAR_CSS

CSS = """
.gradio-container { max-width: 1480px !important;
  --color-accent: #1d4ed8; --color-accent-soft: #eff6ff;
  --button-primary-background-fill: #1d4ed8; --button-primary-background-fill-hover: #1e40af;
  --button-primary-border-color: #1d4ed8; --button-primary-text-color: #fff;
  --font: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans",
    "Noto Sans", system-ui, sans-serif;
  --font-mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  --lq-muted: #5f5f6b; }
/* dark mode: the theme's own soft accent (the light one above put light text on white) */
.dark .gradio-container { --lq-muted: #a1a1aa; --color-accent-soft: var(--neutral-700); }
#lq-reset { align-self: center; }
#lq-filters { align-items: center; }
#lq-style { display: none; }
.lq-header { padding: 4px 2px 2px; }
.lq-header h1 { font-size: 1.55rem; margin: 0 0 4px; font-weight: 700; }
.lq-header p { margin: 0; color: var(--lq-muted); font-size: .95rem;
  line-height: 1.45; }
.lq-n { display: inline-flex; align-items: center; justify-content: center; min-width: 1.5em;
  height: 1.5em; padding: 0 .35em; border-radius: 999px; background: #1d4ed8; color: #fff;
  font-size: .78rem; font-weight: 700; margin-right: .45em; }
.lq-n-small { min-width: 1.35em; height: 1.35em; font-size: .7rem; margin: 0 0 0 .3em; }
#lq-side { gap: 12px; }
.lq-panel h3 { font-size: 1rem; margin: 0 0 10px !important; font-weight: 700; display: flex;
  align-items: center; gap: .5em; }
.lq-count { font-size: .75rem; font-weight: 600; color: var(--lq-muted);
  background: var(--background-fill-secondary); border-radius: 999px; padding: 1px 8px; }
.lq-empty p { color: var(--lq-muted); font-size: .9rem; margin: 0; }
.lq-note { font-size: .82rem; color: var(--lq-muted); margin: -4px 0 8px; }
#lq-sources-box, #lq-cards-box { border: 1px solid var(--border-color-primary);
  border-radius: 10px; padding: 12px 14px; background: var(--background-fill-primary); }
#lq-sources-box { max-height: 400px; overflow-y: auto !important; }
#lq-cards-box { max-height: 330px; overflow-y: auto !important; }
.lq-cite { border-left: 3px solid #1d4ed8; padding: 6px 0 8px 10px; margin: 0 0 12px; }
.lq-cite header { display: flex; align-items: center; flex-wrap: wrap; gap: 2px 8px;
  font-size: .9rem; }
.lq-cite .lq-n { margin-right: 0; }
.lq-name { font-weight: 700; }
.lq-section { color: var(--lq-muted); font-size: .82rem; }
.lq-section::before { content: "· "; }
.lq-heading { font-size: .8rem; color: var(--lq-muted); margin: 2px 0 0;
  font-style: italic; }
.lq-passage { white-space: pre-line; font-size: .88rem; line-height: 1.5; margin-top: 6px;
  color: var(--body-text-color); }
.lq-passage .lq-h { display: inline-block; font-size: .8rem; text-transform: none;
  color: var(--lq-muted); }
.lq-passage mark { background: #fde68a; color: #111827; padding: 1px 2px; border-radius: 3px; }
.lq-full summary, .lq-more summary { cursor: pointer; font-size: .8rem; color: #1d4ed8;
  margin-top: 4px; }
.lq-full .lq-passage { background: var(--background-fill-secondary); border-radius: 6px;
  padding: 8px 10px; max-height: 260px; overflow-y: auto; }
.lq-place { font-size: .75rem; color: var(--lq-muted); margin-top: 4px;
  font-family: var(--font-mono); }
.lq-card { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: 10px 12px; margin: 0 0 10px; border-top: 4px solid #64748b; }
.lq-card.lq-food { border-top-color: #16a34a; }
.lq-card.lq-reuse { border-top-color: #0891b2; }
.lq-card header { display: flex; align-items: center; }
.lq-card h4 { margin: 0 !important; font-size: 1rem; font-weight: 700; }
.lq-meta { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center;
  margin: 4px 0 6px; font-size: .82rem; }
.lq-badge { border-radius: 999px; padding: 1px 9px; font-weight: 600; font-size: .75rem;
  background: #e2e8f0; color: #334155; }
.lq-food .lq-badge { background: #dcfce7; color: #166534; }
.lq-reuse .lq-badge { background: #cffafe; color: #155e75; }
.lq-where { color: var(--lq-muted); }
.lq-card dl { display: grid; grid-template-columns: 78px 1fr; gap: 3px 10px; margin: 0;
  font-size: .84rem; }
.lq-card dt { color: var(--lq-muted); }
.lq-card dd { margin: 0; overflow-wrap: anywhere; }
.lq-role, .lq-tel, .lq-mail { color: var(--lq-muted); }
.lq-url, .lq-mail { font-family: var(--font-mono); font-size: .78rem; }
.lq-card ul.lq-figs { list-style: none !important; padding: 6px 0 0 !important;
  margin: 8px 0 0 !important; font-size: .84rem;
  border-top: 1px dashed var(--border-color-primary); }
.lq-card ul.lq-figs li { margin: 2px 0 !important; padding: 0 !important;
  list-style: none !important; }
.lq-card ul.lq-figs li::before, .lq-card ul.lq-figs li::marker { content: none !important; }
.lq-fl { font-weight: 600; }
.lq-fl::after { content: " :"; }
#lq-examples { gap: 6px; flex-wrap: wrap; }
#lq-examples button { flex: 0 1 auto !important; min-width: 0 !important; font-size: .82rem;
  padding: 4px 10px; font-weight: 500; }
#lq-examples-label p { font-size: .82rem; color: var(--lq-muted); margin: 0; }
#lq-chat { border-radius: 10px; }
#lq-chat .placeholder { max-width: 560px; margin: 0 auto; padding: 0 24px;
  color: var(--lq-muted); line-height: 1.5; }
/* Gradio colours every element of an HTML block (`.gradio-container .prose *`, two classes),
   which would paint the [n] badges' digits dark on blue: the colours above, again, with the
   weight to apply. (--lq-muted, not the theme's subdued grey: that one is too pale to read.) */
.gradio-container .prose :is(.lq-header p, .lq-count, .lq-empty p, .lq-note, .lq-section,
  .lq-heading, .lq-passage .lq-h, .lq-place, .lq-where, .lq-card dt, .lq-role, .lq-tel,
  .lq-mail) { color: var(--lq-muted); }
.gradio-container .prose .lq-n { color: #fff; }
.gradio-container .prose .lq-passage mark { color: #111827; }
.gradio-container .prose :is(.lq-full, .lq-more) summary { color: #1d4ed8; }
.gradio-container .prose .lq-badge { color: #334155; }
.gradio-container .prose .lq-food .lq-badge { color: #166534; }
.gradio-container .prose .lq-reuse .lq-badge { color: #155e75; }
/* the figures of an aggregate answer: chart, sortable table (see serving/ui/facts.py) */
#lq-facts-box { border: 1px solid var(--border-color-primary); border-radius: 10px;
  padding: 12px 14px; background: var(--background-fill-primary); }
.lq-facts .lq-hint { margin: 0 0 6px; }
.lq-chart { margin: 0 0 12px; }
.lq-chart figcaption { font-size: .85rem; font-weight: 600; margin: 0 0 6px; }
.lq-facts ol.lq-bars { list-style: none !important; margin: 0 !important;
  padding: 0 !important; display: grid; grid-template-columns: minmax(8em, 34%) 1fr auto;
  gap: 4px 10px; align-items: center; font-size: .84rem; }
.lq-facts ol.lq-bars li { display: contents; }
.lq-facts ol.lq-bars li::before, .lq-facts ol.lq-bars li::marker { content: none !important; }
.lq-bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.lq-bar-track { height: 14px; background: var(--background-fill-secondary);
  border-radius: 4px; overflow: hidden; }
.lq-bar-fill { display: block; height: 100%; background: #60a5fa; border-radius: 4px; }
.lq-win .lq-bar-fill { background: #1d4ed8; }
.lq-win .lq-bar-label, .lq-win .lq-bar-value { font-weight: 700; }
.lq-bar-value { font-variant-numeric: tabular-nums; text-align: right; white-space: nowrap; }
.lq-order { overflow-x: auto; }
.lq-sort-radios { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }
.lq-table { width: 100%; border-collapse: collapse; font-size: .84rem; margin: 0 !important;
  border: 0 !important; }
.lq-table caption { caption-side: top; text-align: left; font-size: .75rem; padding: 0 0 4px;
  color: var(--lq-muted); }
.lq-table tr, .lq-table thead, .lq-table tbody { border: 0 !important; }
.lq-table th, .lq-table td { padding: 5px 8px !important; text-align: left;
  vertical-align: top; border: 0 !important;
  border-bottom: 1px solid var(--border-color-primary) !important; }
.lq-table th { font-weight: 700; background: var(--background-fill-secondary);
  white-space: nowrap; }
.lq-table th.lq-num, .lq-table td.lq-num { text-align: right; }
.lq-table td.lq-num, .lq-table td.lq-col-unit { white-space: nowrap;
  font-variant-numeric: tabular-nums; }
.lq-table tr.lq-win td { background: var(--color-accent-soft); }
.lq-table td.lq-col-precisions { color: var(--lq-muted); font-size: .8rem; }
.lq-sort { cursor: pointer; user-select: none; }
.lq-sort:hover { color: #1d4ed8; }
.lq-arrow { font-size: .7rem; color: var(--lq-muted); }
th[aria-sort] .lq-arrow { color: #1d4ed8; }
.lq-src { white-space: nowrap; color: #1d4ed8; text-decoration: none; }
.lq-src:hover, .lq-src:focus-visible { text-decoration: underline; }
.lq-src .lq-n { margin-right: .2em; }
.lq-table .lq-place { font-family: var(--font-mono); font-size: .72rem; }
/* the passage a Source link points to */
.lq-cite:target { background: #fef9c3; border-left-color: #ca8a04; border-radius: 4px; }
.dark .lq-cite:target { background: #422006; }
.gradio-container .prose :is(.lq-table caption, .lq-arrow, .lq-table .lq-place,
  .lq-table td.lq-col-precisions) { color: var(--lq-muted); }
.gradio-container .prose :is(.lq-src, th[aria-sort] .lq-arrow) { color: #1d4ed8; }
.dark .gradio-container .prose :is(.lq-src, th[aria-sort] .lq-arrow) { color: #93c5fd; }
"""


def style_tag() -> str:
    """The page CSS. gr.mount_gradio_app takes `css` itself (Blocks no longer does in
    Gradio 6), and the server mounts with its own arguments: a <style> element in the page
    keeps this module self-contained."""
    return f"<style>{CSS}\n{order_css()}\n{READER_CSS}\n{SIMILAR_CSS}</style>"
