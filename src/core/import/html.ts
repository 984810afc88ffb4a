import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { FlowBuilder, spanGrid } from "./flow";
import type { SourceDocument } from "./types";

/**
 * An HTML page as a government site publishes it: layout tables around the article, the report's tables with
 * rowspan/colspan headers, &nbsp;, <p> inside cells, scripts and styles. htmlparser2 only tokenises: nothing is run,
 * no URL is fetched, no user text is ever put back into a page.
 */

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

function isHidden(el: Element): boolean {
  if ("hidden" in el.attribs) return true;
  const style = (el.attribs.style ?? "").replace(/\s+/g, "").toLowerCase();
  return style.includes("display:none") || style.includes("visibility:hidden");
}

function elementChildren(node: Element, name: string): Element[] {
  return node.children.filter((c): c is Element => c.type === "tag" && c.name === name);
}

/** The rows of a table, through thead/tbody/tfoot, not entering nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== "tag") continue;
    if (child.name === "tr") rows.push(child);
    else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") rows.push(...elementChildren(child, "tr"));
  }
  return rows;
}

function containsTable(node: Element): boolean {
  return node.children.some((c) => c.type === "tag" && (c.name === "table" || containsTable(c)));
}

function span(el: Element, name: "rowspan" | "colspan"): number {
  const n = Number.parseInt(el.attribs[name] ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

function findElement(node: ChildNode, name: string): Element | undefined {
  if (node.type === "tag" && (node as Element).name === name) return node as Element;
  if (!("children" in node)) return undefined;
  for (const c of (node as Element).children) {
    const found = findElement(c, name);
    if (found) return found;
  }
  return undefined;
}

export function htmlDocument(html: string): SourceDocument {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as ChildNode;

  function textOf(node: Element): string {
    const cell = new FlowBuilder();
    for (const c of node.children) walk(c, cell);
    return cell.plainText();
  }

  function walk(node: ChildNode, out: FlowBuilder): void {
    if (node.type === "text") return out.text(node.data);
    if (!("children" in node)) return; // comments, directives, CDATA's own node
    if (node.type !== "tag") {
      for (const c of node.children) walk(c, out);
      return;
    }
    const el = node as Element;
    if (SKIP.has(el.name) || isHidden(el)) return;
    if (el.name === "br") return out.lineBreak();
    if (el.name === "table" && !containsTable(el)) {
      // An innermost table is a grid; a table holding tables is page layout, read as running text.
      for (const caption of elementChildren(el, "caption")) out.paragraph(textOf(caption));
      const rows = tableRows(el).map((tr) =>
        tr.children
          .filter((c): c is Element => c.type === "tag" && (c.name === "td" || c.name === "th") && !isHidden(c))
          .map((cell) => ({ text: textOf(cell), rowspan: span(cell, "rowspan"), colspan: span(cell, "colspan") })),
      );
      if (rows.length > 0) out.grid(spanGrid(rows));
      return;
    }
    const block = BLOCK.has(el.name);
    if (block) out.lineBreak();
    for (const c of el.children) walk(c, out);
    if (block) out.lineBreak();
  }

  const flow = new FlowBuilder();
  walk(dom, flow);
  const title = findElement(dom, "title");
  const documentTitle = title ? title.children.map((c) => (c.type === "text" ? c.data : "")).join("").trim() : undefined;
  return { form: "html", blocks: flow.finish(), documentTitle: documentTitle || undefined };
}
