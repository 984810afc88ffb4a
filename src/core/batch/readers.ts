import { IMPORT_LIMITS, tooBig } from "../import/limits";
import type { ImportOptions, ImportResult } from "../import/types";
import { parseReport } from "../model/report";
import type { Report } from "../model/report";
import { refused } from "../refusal";
import type { Refusal, Refused } from "../refusal";
import { extensionOf, REPORT_EXTENSIONS } from "./files";

/**
 * Turning a file into a report, for the command line and the task pane alike. Each supported form registers a reader
 * by extension; a file that cannot be read gives a refusal (Chinese and English) instead of an exception, so a batch
 * goes on with the other files. The hosts differ only in how they get at a file's bytes, and in what they bring:
 * the workbook reader (ExcelJS) and a PDF's text (pdfjs) — and both load the big modules on first use.
 */

/** A reader may also return last year's figures found in the same file (the workbook's 上年数据 sheet). */
export type LoadResult = { ok: true; report: Report; lastYear?: Report } | Refused;

export interface ReportReader {
  /** Lower-case extensions with the dot: [".json"]. */
  extensions: readonly string[];
  /** What the form is called in messages. */
  name: string;
  read(content: Uint8Array, file: string): Promise<LoadResult> | LoadResult;
  /** Files larger than this are refused before they are read (a clear message, not a hang). */
  maxBytes?: number;
}

type Importers = typeof import("../import");

/** What a host brings to the readers. */
export interface ReaderHost {
  /** The importers of published reports (src/core/import), loaded on first use. */
  importers(): Importers | Promise<Importers>;
  /** The standard workbook (.xlsx) → report (src/xlsx/read.ts, through ExcelJS). */
  readWorkbook(content: Uint8Array, file: string): Promise<LoadResult>;
  /** A PDF's text, laid out in lines (pdfjs). */
  pdfText(content: Uint8Array): Promise<{ text: string } | Refusal>;
  /** The cap on a workbook file (src/xlsx/limits.ts), which the host's reader enforces. */
  maxWorkbookBytes: number;
}

const utf8 = new TextDecoder();

export const jsonReader: ReportReader = {
  extensions: REPORT_EXTENSIONS.json,
  name: "JSON",
  // A report is a few KB to a few hundred KB; a file far larger is the wrong file, and parsing it could exhaust memory.
  maxBytes: IMPORT_LIMITS.text,
  read(content) {
    let data: unknown;
    try {
      data = JSON.parse(utf8.decode(content).replace(/^\uFEFF/, ""));
    } catch (e) {
      return refused("不是有效的JSON文件", `not valid JSON: ${(e as Error).message}`);
    }
    const parsed = parseReport(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.join(".") || "(根)";
      return refused(`报告数据格式不对（${where}）`, `not a report: ${where}: ${issue.message}`);
    }
    return { ok: true, report: parsed.data };
  },
};

/** A plain view of the bytes (a Node Buffer is a Uint8Array whose slice() shares memory; the importers expect copies). */
const plain = (c: Uint8Array) => (c.constructor === Uint8Array ? c : new Uint8Array(c.buffer, c.byteOffset, c.byteLength));

function asLoad(result: ImportResult): LoadResult {
  return result.ok ? { ok: true, report: result.report } : result;
}

/** Published reports: web pages, text, Word, PDF — read by the pure importers; `options` as `xxgk import` takes them. */
export function publishedReaders(host: Pick<ReaderHost, "importers" | "pdfText">, options: ImportOptions = {}): ReportReader[] {
  return [
    { extensions: REPORT_EXTENSIONS.html, name: "网页", maxBytes: IMPORT_LIMITS.text, read: async (c, file) => asLoad((await host.importers()).importHtml(plain(c), { ...options, file })) },
    { extensions: REPORT_EXTENSIONS.text, name: "文本", maxBytes: IMPORT_LIMITS.text, read: async (c, file) => asLoad((await host.importers()).importText(plain(c), { ...options, file })) },
    { extensions: REPORT_EXTENSIONS.docx, name: "Word", maxBytes: IMPORT_LIMITS.docx, read: async (c, file) => asLoad(await (await host.importers()).importDocx(plain(c), { ...options, file })) },
    {
      extensions: REPORT_EXTENSIONS.pdfText,
      name: "PDF",
      maxBytes: IMPORT_LIMITS.pdf,
      async read(c, file) {
        const text = await host.pdfText(plain(c));
        if ("reason" in text) return { ok: false, ...text };
        const result = (await host.importers()).importPdfText(text.text, { ...options, file });
        if (result.ok) result.report.source = { kind: "pdf", file };
        return asLoad(result);
      },
    },
  ];
}

/**
 * Every supported input form, in one order. Add a reader here (one line) to make every batch accept it. `options`
 * go to the published forms (what to use for a report that does not state its year, agency or level).
 */
export function reportReaders(host: ReaderHost, options: ImportOptions = {}): ReportReader[] {
  const workbook: ReportReader = { extensions: REPORT_EXTENSIONS.workbook, name: "Excel工作簿", maxBytes: host.maxWorkbookBytes, read: (c, file) => host.readWorkbook(c, file) };
  return [jsonReader, workbook, ...publishedReaders(host, options)];
}

export function extensionsOf(readers: readonly ReportReader[]): string[] {
  return readers.flatMap((r) => r.extensions);
}

/** How a host gets at a file: its size first (a file over the cap is never read), then its bytes — or why not. */
export interface FileAccess {
  size(): number | Refused | Promise<number | Refused>;
  bytes(): Uint8Array | Refused | Promise<Uint8Array | Refused>;
}

/** A file → its report, by the reader its extension names. Never throws. */
export async function loadReportFile(file: string, access: FileAccess, readers: readonly ReportReader[]): Promise<LoadResult> {
  const ext = extensionOf(file);
  const reader = readers.find((r) => r.extensions.includes(ext));
  if (!reader) return refused(`不支持的文件类型「${ext || "无扩展名"}」`, `unsupported file type (supported: ${extensionsOf(readers).join(" ")})`);
  const size = await access.size();
  if (typeof size !== "number") return size;
  if (reader.maxBytes !== undefined && size > reader.maxBytes) return { ok: false, ...tooBig(size, reader.maxBytes) };
  const content = await access.bytes();
  if (!(content instanceof Uint8Array)) return content;
  try {
    const result = await reader.read(content, file);
    if (result.ok) result.report.source = { kind: reader.name, ...result.report.source, file };
    return result;
  } catch (e) {
    return refused(`读取${reader.name}文件时出错`, `failed to read ${reader.name}: ${(e as Error).message}`);
  }
}
