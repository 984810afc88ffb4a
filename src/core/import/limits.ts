import { refusal } from "../refusal";
import type { Refusal } from "../refusal";
import type { ImportForm, ImportResult } from "./types";

/**
 * Size caps. A published report is a few hundred KB of HTML or text and a few MB as .docx or PDF; anything far
 * larger is the wrong file, and refusing it at once beats tying up an old laptop (or the task pane) for minutes.
 */
export const IMPORT_LIMITS = {
  /** HTML, plain text and PDF text (characters or bytes). */
  text: 20 * 1024 * 1024,
  /** A .docx as a file. */
  docx: 50 * 1024 * 1024,
  /** word/document.xml inside a .docx, uncompressed (a zip bomb stops here). */
  docxXml: 100 * 1024 * 1024,
  /** A PDF file (command line). */
  pdf: 100 * 1024 * 1024,
  /** Pages read from a PDF. */
  pdfPages: 500,
} as const;

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** A file over its cap; `what` says which part, when it is not the file itself (「Word正文解压后」). */
export function tooBig(size: number, limit: number, what = ""): Refusal {
  return refusal(
    `文件太大（${what}${formatSize(size)}），超过导入上限 ${formatSize(limit)}：年度报告一般只有几百KB到几MB，请确认选对了文件。`,
    `file too large (${formatSize(size)} > ${formatSize(limit)})`,
  );
}

/** A refusal when the input is over its form's cap, else undefined. */
export function checkSize(form: ImportForm, input: string | Uint8Array): ImportResult | undefined {
  const limit = form === "docx" ? IMPORT_LIMITS.docx : IMPORT_LIMITS.text;
  const size = typeof input === "string" ? input.length : input.byteLength;
  return size > limit ? { ok: false, ...tooBig(size, limit) } : undefined;
}
