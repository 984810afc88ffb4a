import { SUMMARY_STYLE } from "../core/batch/summary";
import type { SummarySheet, SummaryValue } from "../core/batch/summary";
import { columnLetter } from "../core/template/address";
import type { IsSetSupported, RequestContextLike, WorksheetLike } from "./api";
import type { ExcelHost } from "./host";
import { officeErrorMessage } from "./messages";
import { columnWidthPoints } from "./templateRenderer";
import { officeLiteral } from "./textLiteral";

/**
 * The batch's 汇总 and 问题清单 written into the open workbook (the cells of src/core/batch/summary.ts, which the
 * command line writes with ExcelJS). Rows go in blocks sized by what they carry, one sync per block: a round trip
 * per row would take minutes for a thousand files, one for everything could exceed what Excel accepts in a request
 * (5 MB in Excel on the web). Text is written through officeLiteral, so nothing from a report becomes a formula,
 * a number or a date. Sheets of these names are replaced only when the pane has asked (`replace`).
 */

/** Request bytes of values per sync: 2 MB, well under Excel on the web's 5 MB limit for the JSON around them. */
export const SUMMARY_SYNC_BUDGET = 2_000_000;

export interface SummaryWriteResult {
  ok: true;
  /** context.sync() calls: 1 to see which sheets exist, then the blocks; the last one also draws filters and styles. */
  syncs: number;
  /** Data rows written per sheet. */
  rows: Record<string, number>;
  notes: string[];
}

export type SummaryWriteFailure = { ok: false; reason: string; needsConfirmation?: boolean; existing?: string[]; syncs: number };

/** Bytes a value adds to a request: its JSON as UTF-8 (3 bytes a Chinese character), quotes and comma; escapes aside. */
export function requestBytes(value: SummaryValue): number {
  if (typeof value === "number") return String(value).length + 1;
  let bytes = 3;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return bytes;
}

const literal = (value: SummaryValue) => (typeof value === "number" ? value : value === "" ? "" : officeLiteral(value));

/** Rectangles of consecutive rows (0-based data rows) → 1-based sheet row ranges under the header. */
function rowRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r + 1) last[1] = r + 2;
    else runs.push([r + 2, r + 2]);
  }
  return runs;
}

function styleSheet(ws: WorksheetLike, sheet: SummarySheet, has: (version: string) => boolean): void {
  const last = columnLetter(sheet.columns.length);
  const lastRow = sheet.rows.length + 1;
  const header = ws.getRange(`A1:${last}1`);
  header.format.font.bold = true;
  header.format.fill.color = `#${SUMMARY_STYLE.headerFill}`;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  header.format.wrapText = true;
  sheet.columns.forEach((c, i) => {
    const letter = columnLetter(i + 1);
    ws.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(c.width);
    if (c.wrap && sheet.rows.length > 0) {
      const cells = ws.getRange(`${letter}2:${letter}${lastRow}`);
      cells.format.wrapText = true;
      cells.format.verticalAlignment = "Top";
    }
  });
  if (sheet.markColumn !== undefined) {
    const letter = columnLetter(sheet.markColumn + 1);
    for (const [from, to] of rowRuns(sheet.markedRows)) ws.getRange(`${letter}${from}:${letter}${to}`).format.fill.color = `#${SUMMARY_STYLE.errorFill}`;
  }
  if (has("1.7")) ws.freezePanes.freezeRows(1);
  if (has("1.9")) ws.autoFilter.apply(`A1:${last}${lastRow}`);
}

/**
 * Writes the sheets inside one Excel.run. Existing sheets of the same names are renamed out of the way first and
 * deleted last, so the workbook always keeps a sheet and the new ones can take their names.
 */
async function write(context: RequestContextLike, sheets: readonly SummarySheet[], replace: boolean, isSetSupported: IsSetSupported): Promise<SummaryWriteResult | SummaryWriteFailure> {
  const has = (version: string) => isSetSupported("ExcelApi", version);
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await sync();
  const present = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const existing = sheets.map((s) => s.name).filter((n) => present.has(n.toLowerCase()));
  if (existing.length > 0 && !replace) {
    return { ok: false, needsConfirmation: true, existing, syncs, reason: `工作簿中已有「${existing.join("」「")}」工作表。` };
  }
  const stamp = Date.now() % 100000;
  const old = existing.map((name, i) => {
    const ws = worksheets.getItem(name);
    ws.name = `xxgk-old-${stamp}-${i}`;
    return ws;
  });

  // Bytes of values queued since the last sync, across the sheets.
  let queued = 0;
  const added = sheets.map((sheet) => {
    const ws = worksheets.add(sheet.name);
    const last = columnLetter(sheet.columns.length);
    ws.getRange(`A1:${last}1`).values = [sheet.columns.map((c) => c.header)];
    return { ws, sheet, last };
  });
  for (const { ws, sheet, last } of added) {
    let start = 0;
    const flush = (end: number) => {
      if (end <= start) return;
      ws.getRange(`A${start + 2}:${last}${end + 1}`).values = sheet.rows.slice(start, end).map((row) => row.map(literal));
      start = end;
    };
    for (let r = 0; r < sheet.rows.length; r++) {
      const rowBytes = sheet.rows[r].reduce((n: number, v) => n + requestBytes(v), 0);
      if (queued + rowBytes > SUMMARY_SYNC_BUDGET && queued > 0) {
        flush(r);
        await sync();
        queued = 0;
      }
      queued += rowBytes;
    }
    flush(sheet.rows.length);
  }
  for (const { ws, sheet } of added) styleSheet(ws, sheet, has);
  added[0]?.ws.activate();
  for (const ws of old) ws.delete();
  await sync();
  const notes = has("1.9") ? [] : ["当前 Excel 版本不支持由加载项添加筛选按钮：请选中第一行，点「数据」→「筛选」。"];
  return { ok: true, syncs, rows: Object.fromEntries(sheets.map((s) => [s.name, s.rows.length])), notes };
}

export async function writeSummarySheets(host: ExcelHost, sheets: readonly SummarySheet[], options: { replace?: boolean } = {}): Promise<SummaryWriteResult | SummaryWriteFailure> {
  return host
    .run((context) => write(context, sheets, options.replace ?? false, host.isSetSupported))
    .catch((e): SummaryWriteFailure => ({ ok: false, reason: officeErrorMessage(e), syncs: 0 }));
}
