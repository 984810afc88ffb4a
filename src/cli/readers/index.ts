import { promises as fs } from "node:fs";
import * as path from "node:path";
import { parseReport } from "../../core";
import type { Report } from "../../core";
import { xlsxReader } from "./xlsx";
import { tooBigReason } from "../../core/import/limits";
import { docxReader, htmlReader, pdfReader, textReader } from "./published";

/**
 * Turning a file into a report. Each supported form registers a reader by extension; a file that cannot be read
 * gives a one-line reason in Chinese and English instead of an exception, so a batch goes on with the other files.
 */
export type LoadResult = { ok: true; report: Report; lastYear?: Report } | { ok: false; reason: string };

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
  read(content) {
    let data: unknown;
    try {
      data = JSON.parse(content.toString("utf8").replace(/^\uFEFF/, ""));
    } catch (e) {
      return { ok: false, reason: `不是有效的JSON文件 / not valid JSON: ${(e as Error).message}` };
    }
    const parsed = parseReport(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue.path.join(".") || "(根)";
      return { ok: false, reason: `报告数据格式不对（${where}）/ not a report: ${where}: ${issue.message}` };
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

export function supportedExtensions(): string[] {
  return readers.flatMap((r) => r.extensions);
}

/** `using` replaces the registered readers (e.g. `xxgk import` with a report year given on the command line). */
export async function loadReport(file: string, using: readonly ReportReader[] = readers): Promise<LoadResult> {
  const ext = path.extname(file).toLowerCase();
  const reader = using.find((r) => r.extensions.includes(ext));
  if (!reader) {
    const supported = using.flatMap((r) => r.extensions).join(" ");
    return { ok: false, reason: `不支持的文件类型「${ext || "无扩展名"}」/ unsupported file type (supported: ${supported})` };
  }
  let content: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (reader.maxBytes !== undefined && size > reader.maxBytes) return { ok: false, reason: tooBigReason(size, reader.maxBytes) };
    content = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const zh = code === "ENOENT" ? "文件不存在" : code === "EISDIR" ? "这是一个文件夹" : "无法读取文件";
    return { ok: false, reason: `${zh} / cannot read file: ${(e as Error).message}` };
  }
  try {
    const result = await reader.read(content, file);
    if (result.ok) result.report.source = { kind: reader.name, ...result.report.source, file };
    return result;
  } catch (e) {
    return { ok: false, reason: `读取${reader.name}文件时出错 / failed to read ${reader.name}: ${(e as Error).message}` };
  }
}
