import type { NarrativeDraft, TableGrid } from "../core/narrative";
import { narrativeToText } from "../core/narrative/generate";
import { h } from "./dom";

/**
 * Copying the report: plain text, and HTML with real tables so that pasting into Word or WPS gives tables, not
 * tab-separated lines. The HTML is built as DOM nodes (text nodes only) and serialised by the browser, so it is
 * escaped. Hosts that refuse the async clipboard (some Office webviews) fall back to the copy command on a hidden
 * text area; when even that fails the caller shows the text selected for Ctrl+C.
 */

/** A table of the draft as a DOM table (for the clipboard's HTML and the pane's preview). */
export function tableElement(grid: TableGrid): HTMLTableElement {
  const rows = grid.rows.map((row, i) =>
    h(
      "tr",
      {},
      ...row.map((cell) =>
        h(i < grid.headerRows || cell.header ? "th" : "td", { class: i >= grid.headerRows && cell.header ? "row-label" : undefined, attrs: { colspan: cell.colSpan && cell.colSpan > 1 ? cell.colSpan : undefined, rowspan: cell.rowSpan && cell.rowSpan > 1 ? cell.rowSpan : undefined, style: "border:1px solid #000;padding:2px 4px" } }, cell.text),
      ),
    ),
  );
  return h("table", { attrs: { style: "border-collapse:collapse", border: 1 } }, h("tbody", {}, ...rows));
}

export function draftHtml(draft: NarrativeDraft): string {
  const body = h("div", {});
  for (const line of draft.title) body.appendChild(h("p", { attrs: { style: "text-align:center;font-weight:bold" } }, line));
  body.appendChild(h("p", {}, draft.preamble));
  for (const section of draft.sections) {
    body.appendChild(h("p", { attrs: { style: "font-weight:bold" } }, section.heading));
    for (const block of section.blocks) {
      if (block.kind === "table") body.appendChild(tableElement(block.grid));
      else body.appendChild(h("p", block.kind === "subheading" ? { attrs: { style: "font-weight:bold" } } : {}, block.text));
    }
  }
  return `<html><head><meta charset="utf-8"></head><body>${body.outerHTML}</body></html>`;
}

export function draftText(draft: NarrativeDraft): string {
  return narrativeToText(draft);
}

/** Copies; resolves to how it was done, or "failed". */
export async function copyDraft(draft: NarrativeDraft): Promise<"rich" | "text" | "command" | "failed"> {
  const text = draftText(draft);
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard && typeof ClipboardItem !== "undefined" && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({ "text/plain": new Blob([text], { type: "text/plain" }), "text/html": new Blob([draftHtml(draft)], { type: "text/html" }) }),
      ]);
      return "rich";
    } catch {
      // fall through
    }
  }
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return "text";
    } catch {
      // fall through
    }
  }
  return copyWithCommand(text) ? "command" : "failed";
}

function copyWithCommand(text: string): boolean {
  const area = h("textarea", { attrs: { readonly: true, "aria-hidden": "true", style: "position:fixed;left:-9999px;top:0" } });
  area.value = text;
  document.body.appendChild(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand("copy");
  } catch {
    done = false;
  }
  area.remove();
  return done;
}
