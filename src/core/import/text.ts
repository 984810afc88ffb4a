import { PAGE_MARKER, splitSections } from "../text";
import { linearTables } from "./linear";
import type { DocumentBlock, ImportForm, SourceDocument, TableGrid } from "./types";
import { unwrapLines } from "./unwrap";

/**
 * Plain text: copied from a web page (a table comes out as one cell per tab-indented line, rows separated by blank
 * lines — the 余姚 fixture — or as tab-separated rows from a spreadsheet), or extracted from a PDF (page markers
 * 「- n -」, hard line breaks, a table row's label and numbers on one line — the 淮安 fixture).
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

const TAB_CELL = /^\t[^\t]*$/;

/** Tables pasted from a web page: runs of tab-indented lines (one cell each) or tab-separated rows. */
function tabGrid(lines: readonly string[], start: number): { grid: TableGrid; end: number } | undefined {
  if (!lines[start].includes("\t")) return undefined;
  const rows: string[][] = [];
  let cells: string[] | undefined;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" && !line.includes("\t")) {
      if (cells) rows.push(cells);
      cells = undefined;
      continue;
    }
    if (!line.includes("\t")) break;
    if (TAB_CELL.test(line)) (cells ??= []).push(line.slice(1));
    else {
      if (cells) rows.push(cells);
      cells = undefined;
      rows.push(line.replace(/^\t/, "").split("\t"));
    }
  }
  if (cells) rows.push(cells);
  // Leave trailing blank lines to the text that follows.
  while (i > start && lines[i - 1].trim() === "") i--;
  // Tabs and spaces only (「    \t」): no table — and no progress for the caller, which would loop for ever.
  if (i === start) return undefined;
  return { grid: { kind: "grid", rows, text: lines.slice(start, i).join("\n") }, end: i };
}

/**
 * `form` "pdfText" (or page markers found in the text) means hard line breaks: paragraphs are rejoined and tables
 * are read from running lines.
 */
export function textDocument(text: string, form: Extract<ImportForm, "text" | "pdfText"> = "text"): SourceDocument {
  const { lines, paged } = dropPageNumbers(text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
  const hardWrapped = form === "pdfText" || paged;

  // Tab-structured tables first; everything else is running text.
  const parts: (string | TableGrid)[] = [];
  for (let i = 0; i < lines.length; ) {
    const tab = tabGrid(lines, i);
    if (tab && tab.grid.rows.length > 0) {
      parts.push(tab.grid);
      i = tab.end;
    } else parts.push(lines[i++]);
  }

  const blocks: DocumentBlock[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    blocks.push(...runningText(run, hardWrapped));
    run = [];
  };
  for (const part of parts) {
    if (typeof part === "string") run.push(part);
    else {
      flush();
      blocks.push(part);
    }
  }
  flush();
  return { form: hardWrapped ? "pdfText" : form, blocks };
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
  for (const piece of linearTables(lines, headings)) {
    if (typeof piece === "string") prose.push(piece);
    else {
      flushProse();
      blocks.push(piece);
    }
  }
  flushProse();
  return blocks;
}
