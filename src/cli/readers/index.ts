import { readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { parseReport, refused } from "../../core";
import type { Refused, Report } from "../../core";
import { xlsxReader } from "./xlsx";
import { IMPORT_LIMITS, tooBig } from "../../core/import/limits";
import { docxReader, htmlReader, pdfReader, publishedReaders, textReader } from "./published";
import type { ImportOptions } from "../../core/import";

/**
 * Turning a file into a report. Each supported form registers a reader by extension; a file that cannot be read
 * gives a refusal (Chinese and English) instead of an exception, so a batch goes on with the other files.
 */
export type LoadResult = { ok: true; report: Report; lastYear?: Report } | Refused;

export interface ReportReader {
  /** Lower-case extensions with the dot: [".json"]. */
  extensions: readonly string[];
  /** What the form is called in messages. */
  name: string;
  read(content: Buffer, file: string): Promise<LoadResult> | LoadResult;
  /** Files larger than this are refused before they are read (a clear message, not a hang). */
  maxBytes?: number;
}
// A reader may also return last year's figures found in the same file (the workbook's 上年数据 sheet).

export const jsonReader: ReportReader = {
  extensions: [".json"],
  name: "JSON",
  // A report is a few KB to a few hundred KB; a file far larger is the wrong file, and parsing it could exhaust memory.
  maxBytes: IMPORT_LIMITS.text,
  read(content) {
    let data: unknown;
    try {
      data = JSON.parse(content.toString("utf8").replace(/^\uFEFF/, ""));
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

/** Every supported input form. Add a reader here (one line) to make `xxgk check`, `--last-year` and batches accept it. */
const readers: readonly ReportReader[] = [
  jsonReader,
  xlsxReader,
  htmlReader,
  textReader,
  docxReader,
  pdfReader,
];

/** Every reader, the published forms told what to use for a file that does not state it (check --year/--agency/--level). */
export function readersWith(defaults: Pick<ImportOptions, "reportYear" | "agency" | "level">): ReportReader[] {
  return [jsonReader, xlsxReader, ...publishedReaders(defaults)];
}

export function supportedExtensions(): string[] {
  return readers.flatMap((r) => r.extensions);
}

/** `using` replaces the registered readers (e.g. `xxgk import` with a report year given on the command line). */
export async function loadReport(file: string, using: readonly ReportReader[] = readers): Promise<LoadResult> {
  const ext = path.extname(file).toLowerCase();
  const reader = using.find((r) => r.extensions.includes(ext));
  if (!reader) {
    const supported = using.flatMap((r) => r.extensions).join(" ");
    return refused(`不支持的文件类型「${ext || "无扩展名"}」`, `unsupported file type (supported: ${supported})`);
  }
  let content: Buffer;
  try {
    // Synchronous: a batch reads one file at a time per thread, and two thread-pool round trips per file were idle
    // time (about a millisecond a file in a 1,000-file batch).
    const { size } = statSync(file);
    if (reader.maxBytes !== undefined && size > reader.maxBytes) return { ok: false, ...tooBig(size, reader.maxBytes) };
    content = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const zh = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取文件";
    return refused(zh, `cannot read file: ${(e as Error).message}`);
  }
  try {
    const result = await reader.read(content, file);
    if (result.ok) result.report.source = { kind: reader.name, ...result.report.source, file };
    return result;
  } catch (e) {
    return refused(`读取${reader.name}文件时出错`, `failed to read ${reader.name}: ${(e as Error).message}`);
  }
}
