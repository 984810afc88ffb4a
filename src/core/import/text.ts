import { PAGE_MARKER, splitSections } from "../text";
import { plainBorders } from "./textCells";
import { textTables } from "./textTables";
import type { DocumentBlock, ImportForm, SourceDocument } from "./types";
import { unwrapLines } from "./unwrap";

/**
 * Plain text and markdown: copied from a web page (a table as one cell per line, tab-indented — the 余姚 fixture —
 * or between blank lines or 「|」 lines; as tab-separated rows from a spreadsheet), converted by OCR or a PDF-to-markdown
 * tool (pipe tables), or extracted from a PDF (page markers 「- n -」, hard line breaks, a table row's label and numbers
 * on one line — the 淮安 fixture). Tables are read by textTables.ts whatever separates their cells.
 */

/** A form feed separates PDF pages; a page's first or last line that is only a number is its page number. */
function dropPageNumbers(text: string): { lines: string[]; paged: boolean } {
  const pages = text.split(/\n?\f\n?/);
  const lines: string[] = [];
  let paged = pages.length > 1;
  for (const page of pages) {
    const pageLines = page.split("\n");
    if (pages.length > 1) {
      const firstText = pageLines.findIndex((l) => l.trim() !== "");
      const lastText = pageLines.length - 1 - [...pageLines].reverse().findIndex((l) => l.trim() !== "");
      for (const i of [firstText, lastText]) if (i >= 0 && i < pageLines.length && /^\s*\d{1,4}\s*$/.test(pageLines[i])) pageLines[i] = "";
    }
    for (const line of pageLines) {
      if (PAGE_MARKER.test(line)) paged = true;
      else lines.push(line);
    }
  }
  return { lines, paged };
}

/**
 * `form` "pdfText" (or page markers found in the text) means hard line breaks: paragraphs are rejoined and tables
 * are read from running lines.
 */
export function textDocument(text: string, form: Extract<ImportForm, "text" | "pdfText"> = "text"): SourceDocument {
  const { lines, paged } = dropPageNumbers(text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
  const hardWrapped = form === "pdfText" || paged;

  return { form: hardWrapped ? "pdfText" : form, blocks: runningText(lines.map((l) => plainBorders(markdownHeading(l))), hardWrapped) };
}

/** 「## 一、总体情况」: a markdown heading's marks are not its words. */
function markdownHeading(line: string): string {
  return line.replace(/^\s{0,3}#{1,6}\s+/, "");
}

/** Running lines: tables found among them become linear grids; the rest is narrative (rejoined when hard-wrapped). */
function runningText(lines: readonly string[], hardWrapped: boolean): DocumentBlock[] {
  const headings = new Set(splitSections(lines.join("\n")).sections.map((s) => s.heading));
  const blocks: DocumentBlock[] = [];
  const prose: string[] = [];
  const flushProse = () => {
    const paragraphs = hardWrapped ? unwrapLines(prose, headings) : prose.map((l) => l.trim()).filter((l) => l !== "");
    for (const p of paragraphs) blocks.push({ kind: "text", text: p });
    prose.length = 0;
  };
  for (const piece of textTables(lines, headings)) {
    if (typeof piece === "string") prose.push(piece);
    else {
      flushProse();
      blocks.push(piece);
    }
  }
  flushProse();
  return blocks;
}
