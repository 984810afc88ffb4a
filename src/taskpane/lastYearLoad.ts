import { IMPORT_LIMITS, tooBig } from "../core/import/limits";
import type { Report } from "../core/model/report";
import type { Refusal } from "../core/refusal";

/**
 * Reading last year's report in the pane (no DOM here): a published report's file or pasted text through the
 * importers, last year's workbook through the workbook reader — each loaded only when used. A refusal reaches the
 * clerk as its Chinese `reason`, whole (its English gloss is the command line's).
 */

export type LastYearLoad = { ok: true; report: Report; problems: number } | { ok: false; reason: string };

/** What the pane needs of a picked file (a DOM File has it). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const refusedWith = (refusal: Refusal): LastYearLoad => ({ ok: false, reason: refusal.reason });

export async function loadLastYearFile(file: PickedFile): Promise<LastYearLoad> {
  // Refused before the file is read into the page, with the importers' own caps (a workbook's is the same as text's).
  const limit = /\.docx$/i.test(file.name) ? IMPORT_LIMITS.docx : IMPORT_LIMITS.text;
  if (file.size > limit) return refusedWith(tooBig(file.size, limit));
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) {
    const { readReportWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ "../xlsx/read");
    const result = await readReportWorkbook(bytes, file.name);
    return result.ok ? { ok: true, report: result.report, problems: 0 } : refusedWith(result);
  }
  const { importFile } = await import(/* webpackChunkName: "import" */ "../core/import");
  const result = await importFile(file.name, bytes);
  return result.ok ? { ok: true, report: result.report, problems: result.report.inputProblems.length } : refusedWith(result);
}

export async function loadLastYearText(text: string): Promise<LastYearLoad> {
  const { importText } = await import(/* webpackChunkName: "import" */ "../core/import");
  const result = importText(text, { file: "粘贴的文字" });
  return result.ok ? { ok: true, report: result.report, problems: result.report.inputProblems.length } : refusedWith(result);
}

/** The line the pane shows when last year's report could not be read. */
export function lastYearRefusalLine(source: string, reason: string): string {
  return `未能读取${source}：${reason}`;
}
