/**
 * Importing published reports: HTML pages, text copied from a page, the text of a PDF, .docx. Each form becomes a
 * SourceDocument (text and table grids in order); one recogniser and one builder make the report. Pure: runs in the
 * task pane (a clerk pastes or opens last year's report) as well as in the command line.
 */
import { buildReport } from "./build";
import { decodeText, declaredCharset } from "./decode";
import { docxDocument } from "./docx";
import { htmlDocument } from "./html";
import { extensionsOf, FILE_IMPORT_FORMS, importFormOf } from "./forms";
import { checkSize } from "./limits";
import { refused } from "../refusal";
import { textDocument } from "./text";
import type { ImportOptions, ImportResult, SourceDocument } from "./types";
import { isTraditional, simplified } from "./script";
import { stripZeroWidth } from "./whitespace";
import { closeLetterSpacing } from "./letterSpacing";

export type { ImportForm, ImportOptions, ImportResult, SourceDocument, TableGrid, DocumentBlock } from "./types";
export { IMPORT_LIMITS } from "./limits";
export { decodeText } from "./decode";

type Input = string | Uint8Array;

/**
 * Decoded; invisible characters dropped and letter-spaced text closed up (both would split the words a Traditional
 * text is converted by); Simplified.
 */
function asText(input: Input, html = false): { text: string; traditional: boolean } {
  const decoded = typeof input === "string" ? input : decodeText(input, html ? declaredCharset(input) : undefined);
  const visible = stripZeroWidth(decoded);
  const { text, converted } = simplified(html ? visible : closeLetterSpacing(visible));
  return { text, traditional: converted };
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).trimStart().toLowerCase();
  return head.startsWith("<") && /<html|<!doctype|<body|<table/.test(head);
}

/** A document read from Traditional characters says so (the report then holds the Simplified reading). */
function marked(doc: SourceDocument, traditional: boolean): SourceDocument {
  return traditional ? { ...doc, traditional } : doc;
}

/** Text copied from a web page (cells one per line, or tab-separated rows); PDF text is recognised by its page markers. */
export function importText(input: Input, options: ImportOptions = {}): ImportResult {
  const tooBig = checkSize("text", input);
  if (tooBig) return tooBig;
  const { text, traditional } = asText(input);
  // A web page saved under a .txt name (or its source pasted): read as the page it is.
  if (looksLikeHtml(text)) return buildReport(marked(htmlDocument(text), traditional), options);
  return buildReport(marked(textDocument(text, "text"), traditional), options);
}

/** The text of a PDF (hard line breaks, page markers, a row's label and numbers on one line). */
export function importPdfText(input: Input, options: ImportOptions = {}): ImportResult {
  const tooBig = checkSize("pdfText", input);
  if (tooBig) return tooBig;
  const { text, traditional } = asText(input);
  return buildReport(marked(textDocument(text, "pdfText"), traditional), options);
}

/** An HTML page as saved from a government site. Nothing in it is run or fetched. */
export function importHtml(input: Input, options: ImportOptions = {}): ImportResult {
  const tooBig = checkSize("html", input);
  if (tooBig) return tooBig;
  const { text, traditional } = asText(input, true);
  return buildReport(marked(htmlDocument(text), traditional), options);
}

/** A Word document (.docx): its tables and paragraphs. */
export async function importDocx(input: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const tooBig = checkSize("docx", input);
  if (tooBig) return tooBig;
  const doc = await docxDocument(input);
  return "reason" in doc ? { ok: false, ...doc } : buildReport(simplifiedDocument(doc), options);
}

/** A Word document's text and cells in Simplified characters, when it is written in Traditional ones. */
function simplifiedDocument(doc: SourceDocument): SourceDocument {
  const all = doc.blocks.map((b) => (b.kind === "text" ? b.text : b.rows.map((r) => r.join(" ")).join("\n"))).join("\n");
  if (!isTraditional(all)) return doc;
  const s = (t: string) => simplified(t).text;
  const blocks = doc.blocks.map((b) => (b.kind === "text" ? { ...b, text: s(b.text) } : { ...b, rows: b.rows.map((r) => r.map(s)), text: b.text === undefined ? undefined : s(b.text) }));
  return { ...doc, blocks, traditional: true };
}

/** Any supported file by its name (the task pane's 「打开上年报告」). PDF files are read by the command line only. */
export async function importFile(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  const form = importFormOf(fileName);
  const withFile = { ...options, file: options.file ?? fileName };
  if (form === "html") return importHtml(bytes, withFile);
  if (form === "text") return importText(bytes, withFile);
  if (form === "docx") return importDocx(bytes, withFile);
  if (form === "pdfText") {
    return refused("PDF请复制其中的文字粘贴导入，或用命令行 xxgk import 转换。", "PDF files are read by the command line");
  }
  return refused(`不支持导入这种文件：${fileName}（可导入 ${extensionsOf(FILE_IMPORT_FORMS).join(" ")}）`, "unsupported file type");
}
