import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { FlowBuilder, spanGrid } from "./flow";
import type { SourceDocument } from "./types";

/**
 * An HTML page as a government site publishes it: layout tables around the article, the report's tables with
 * rowspan/colspan headers, &nbsp;, <p> inside cells, scripts and styles, tags left open. parse5 builds the tree
 * exactly as a browser would (the HTML standard's algorithm), so a sloppy page reads as the clerk saw it; it only
 * parses — nothing is run, no URL is fetched, no user text is ever put back into a page.
 */

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Elements whose content is not the report's text. */
const SKIP = new Set([
  "script", "style", "noscript", "template", "head", "iframe", "frame", "frameset", "object", "embed", "applet",
  "svg", "math", "canvas", "audio", "video", "map", "select", "button", "textarea", "input", "nav",
]);

/** Elements that start a new line. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
  "main", "menu", "ol", "p", "pre", "section", "summary", "ul", "caption", "tr", "td", "th", "table", "tbody",
  "thead", "tfoot", "body", "html", "legend", "listing", "plaintext", "xmp",
]);

const isElement = (node: Node): node is Element => "tagName" in node;
const childrenOf = (node: Node): Node[] => ("childNodes" in node ? node.childNodes : []);

function attribute(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isHidden(el: Element): boolean {
  if (attribute(el, "hidden") !== undefined) return true;
  const style = (attribute(el, "style") ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

function elements(node: Node, name: string): Element[] {
  return childrenOf(node).filter((c): c is Element => isElement(c) && c.tagName === name);
}

/** The rows of a table, through thead/tbody/tfoot (parse5 always adds a tbody), not entering nested tables. */
function tableRows(table: Element): Element[] {
  return childrenOf(table).flatMap((c) => {
    if (!isElement(c)) return [];
    if (c.tagName === "tr") return [c];
    return c.tagName === "thead" || c.tagName === "tbody" || c.tagName === "tfoot" ? elements(c, "tr") : [];
  });
}

function containsTable(node: Node): boolean {
  return childrenOf(node).some((c) => isElement(c) && (c.tagName === "table" || containsTable(c)));
}

function span(el: Element, name: "rowspan" | "colspan"): number {
  const n = Number.parseInt(attribute(el, name) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

function findElement(node: Node, name: string): Element | undefined {
  if (isElement(node) && node.tagName === name) return node;
  for (const c of childrenOf(node)) {
    const found = findElement(c, name);
    if (found) return found;
  }
  return undefined;
}

function textOf(el: Element): string {
  const cell = new FlowBuilder();
  for (const c of el.childNodes) walk(c, cell);
  return cell.plainText();
}

function walk(node: Node, out: FlowBuilder): void {
  if (node.nodeName === "#text") {
    out.text((node as DefaultTreeAdapterMap["textNode"]).value);
    return;
  }
  if (!isElement(node)) {
    for (const c of childrenOf(node)) walk(c, out);
    return;
  }
  if (SKIP.has(node.tagName) || isHidden(node)) return;
  if (node.tagName === "br") return out.lineBreak();
  if (node.tagName === "table" && !containsTable(node)) {
    // An innermost table is a grid; a table holding tables is page layout, read as running text.
    for (const caption of elements(node, "caption")) out.paragraph(textOf(caption));
    const rows = tableRows(node).map((tr) =>
      tr.childNodes
        .filter((c): c is Element => isElement(c) && (c.tagName === "td" || c.tagName === "th") && !isHidden(c))
        .map((cell) => ({ text: textOf(cell), rowspan: span(cell, "rowspan"), colspan: span(cell, "colspan") })),
    );
    if (rows.length > 0) out.grid(spanGrid(rows));
    return;
  }
  const block = BLOCK.has(node.tagName);
  if (block) out.lineBreak();
  for (const c of node.childNodes) walk(c, out);
  if (block) out.lineBreak();
}

export function htmlDocument(html: string): SourceDocument {
  const dom = parse(html);
  const flow = new FlowBuilder();
  walk(dom, flow);
  const title = findElement(dom, "title");
  const documentTitle = title ? textOf(title).trim() : undefined;
  return { form: "html", blocks: flow.finish(), documentTitle: documentTitle || undefined };
}
