import ExcelJS from "exceljs";
import {
  editionForYear,
  editionIds,
  editions,
  lastYearInputs,
  levelFromText,
  normalizeLabel,
  parseReport,
  parseRange,
  parseTemplateMarker,
  readCellText,
  rectCells,
  cellAddress,
  splitSections,
  templateLayout,
  TEMPLATE_MARKER_NAME,
  TEMPLATE_VERSION,
  parseCell,
} from "../core";
import type { EditionId, InputRef, LabelRef, Report, TemplateLayout } from "../core";
import { cellRaw } from "./cellText";
import { checkZip, notXlsxReason, WORKBOOK_LIMITS } from "./limits";

/**
 * The standard workbook → the report model. It reads only where the layout says the numbers are, and only after
 * checking that every label is still where the layout put it: a changed label, inserted or deleted rows, another
 * edition's table or a workbook that is not ours is a clear one-line reason, never a misread number. What clerks
 * commonly do is tolerated: numbers typed as text, 「/」, merged cells unmerged or merged, blank rows at the end.
 */

export type ReadWorkbookResult = { ok: true; report: Report; lastYear?: Report } | { ok: false; reason: string };

const fail = (reason: string): ReadWorkbookResult => ({ ok: false, reason });

/** Sheet lookup that forgives stray spaces and full-width variants in a renamed tab. */
function sheetNamed(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.getWorksheet(name);
  if (exact) return exact;
  const want = normalizeLabel(name);
  return wb.worksheets.find((ws) => normalizeLabel(ws.name) === want);
}

function textAt(ws: ExcelJS.Worksheet, address: string): string {
  return cellRaw(ws.getCell(address).value).trim();
}

/** The edition the workbook says it is: marker cell, then the defined name, then the document keywords. */
function findMarker(wb: ExcelJS.Workbook): { edition: EditionId; version: number } | undefined {
  const marker = templateLayout("2021").marker;
  const sheet = sheetNamed(wb, marker.sheet);
  const candidates: string[] = [];
  if (sheet) candidates.push(textAt(sheet, marker.address));
  const named = wb.definedNames.getRanges(TEMPLATE_MARKER_NAME)?.ranges ?? [];
  for (const r of named) {
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(r);
    const ws = m ? sheetNamed(wb, m[1].replace(/''/g, "'")) : undefined;
    if (m && ws) candidates.push(textAt(ws, `${m[2]}${m[3]}`));
  }
  candidates.push(wb.keywords ?? "");
  for (const text of candidates) {
    const parsed = parseTemplateMarker(text);
    if (parsed) return parsed;
  }
  return undefined;
}

const acceptedCache = new Map<EditionId, Map<string, Set<string>>>();

/** Labels each key accepts: the verbatim label and its known variants, normalised (computed once per edition). */
function acceptedLabels(edition: EditionId): Map<string, Set<string>> {
  const cached = acceptedCache.get(edition);
  if (cached) return cached;
  const map = new Map<string, Set<string>>();
  acceptedCache.set(edition, map);
  for (const table of editions[edition].tables) {
    for (const block of table.blocks) {
      for (const r of block.rows) map.set(r.key, new Set([r.label, ...(r.aliases ?? [])].map(normalizeLabel)));
      for (const c of block.columns) map.set(`${block.key}/${c.key}`, new Set([c.label, ...(c.aliases ?? [])].map(normalizeLabel)));
    }
  }
  return map;
}

/** Every label of a table in an edition, normalised (to recognise another edition's table). */
function tableLabels(edition: EditionId, sheet: string): Set<string> {
  const table = editions[edition].tables.find((t) => t.name === sheet);
  return new Set(table ? table.blocks.flatMap((b) => [...b.rows.map((r) => r.label), ...b.columns.map((c) => c.label)]).filter(Boolean).map(normalizeLabel) : []);
}

interface LabelProblem {
  reason: string;
}

/** Checks one label; on a mismatch works out what happened (rows moved, another edition, a changed label). */
function checkLabel(wb: ExcelJS.Workbook, layout: TemplateLayout, ref: LabelRef, accepted: Map<string, Set<string>>): LabelProblem | { found: string } {
  const ws = sheetNamed(wb, ref.sheet);
  if (!ws) return { reason: `缺少「${ref.sheet}」工作表（可能被删除或改名）/ sheet ${ref.sheet} is missing` };
  const found = textAt(ws, ref.address);
  const key = ref.key.replace(/^lastYear:/, "");
  const ok = accepted.get(key) ?? new Set([normalizeLabel(ref.label)]);
  if (ok.has(normalizeLabel(found))) return { found };

  const where = `「${ref.sheet}」${ref.address}`;
  const { row, col } = parseCell(ref.address);
  const isColumn = key.includes("/");
  // Was the label moved by inserted or deleted rows (or columns)?
  const limit = Math.min(Math.max(ws.rowCount, ws.columnCount, row + 50), 1000);
  for (let i = 1; i <= limit; i++) {
    const address = isColumn ? cellAddress(row, i) : cellAddress(i, col);
    if (address === ref.address) continue;
    if (!ok.has(normalizeLabel(textAt(ws, address)))) continue;
    return moved(ref, isColumn ? i - col : i - row, isColumn);
  }
  // Or is the label found here one that belongs further up or down (a row deleted above, or one inserted)?
  const sameLine = layout.labels.filter((l) => l.sheet === ref.sheet && l !== ref && (isColumn ? parseCell(l.address).row === row : parseCell(l.address).col === col));
  const displaced = sameLine.find((l) => (accepted.get(l.key.replace(/^lastYear:/, "")) ?? new Set([normalizeLabel(l.label)])).has(normalizeLabel(found)));
  if (displaced) {
    const shift = isColumn ? col - parseCell(displaced.address).col : row - parseCell(displaced.address).row;
    return moved(ref, shift, isColumn, displaced.address);
  }
  const other = editionIds.find((id) => id !== layout.edition && tableLabels(id, ref.sheet).has(normalizeLabel(found)) && !tableLabels(layout.edition, ref.sheet).has(normalizeLabel(found)));
  if (other) {
    return {
      reason:
        `${where}「${found}」是${editions[other].name}的栏目，但本模板是${editions[layout.edition].name}：表格可能是从另一格式复制来的。请使用${editions[layout.edition].name}的模板重新填写 / ` +
        `${ref.sheet} has ${other}-edition labels in a ${layout.edition}-edition workbook`,
    };
  }
  return {
    reason:
      `${where}的栏目名称应为「${ref.label}」，现在是「${found || "（空白）"}」。栏目名称被修改，为避免读错数字，未读取本文件；请恢复原栏目名称后再检查 / ` +
      `label changed at ${ref.sheet}!${ref.address}`,
  };
}

/** Labels shifted by `shift` rows (or columns): some were inserted (shift > 0) or deleted (shift < 0). */
function moved(ref: LabelRef, shift: number, isColumn: boolean, foundAt?: string): LabelProblem {
  const what = isColumn ? "列" : "行";
  const did = shift > 0 ? `插入了${shift}${what}` : `删除了${-shift}${what}`;
  const p = parseCell(ref.address);
  const now = isColumn ? cellAddress(p.row, p.col + shift) : cellAddress(p.row + shift, p.col);
  return {
    reason:
      `「${ref.sheet}」${ref.address}应为「${ref.label}」，但表格移动了（${foundAt ? `${ref.address}处现在是原来${foundAt}的栏目` : `它现在在${now}`}）：「${ref.sheet}」中${did}。为避免读错数字，未读取本文件；请${shift > 0 ? `删除插入的${what}` : `恢复删除的${what}`}（或用原模板重新填写）后再检查 / ` +
      `${isColumn ? "columns" : "rows"} were ${shift > 0 ? "inserted" : "deleted"} in ${ref.sheet} (at ${ref.address})`,
  };
}

/** Structural recognition for a copy without the marker: the edition whose every table label is in place. */
function editionByLabels(wb: ExcelJS.Workbook): EditionId | undefined {
  return editionIds.find((id) => {
    const layout = templateLayout(id);
    const accepted = acceptedLabels(id);
    return layout.labels.filter((l) => !l.key.startsWith("lastYear:")).every((l) => "found" in checkLabel(wb, layout, l, accepted));
  });
}

/**
 * An input cell's text. A cell covered by someone else's merge is empty (Excel keeps only the top-left value); a
 * planned merge that was undone may have its number typed in any of its former cells.
 */
function inputRaw(ws: ExcelJS.Worksheet, ref: InputRef): string {
  const cell = ws.getCell(ref.address);
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  const raw = cellRaw(cell.value);
  if (raw.trim() !== "" || !ref.merge) return raw;
  for (const p of rectCells(parseRange(ref.merge))) {
    const other = ws.getCell(p.row, p.col);
    if (other.address === cell.address || (other.isMerged && other.master.address !== other.address)) continue;
    const text = cellRaw(other.value);
    if (text.trim() !== "") return text;
  }
  return raw;
}

function readYear(text: string): number | undefined {
  const m = /^(\d{4})\s*(年度?)?$/.exec(text.normalize("NFKC").trim());
  return m ? Number(m[1]) : undefined;
}

export async function readReportWorkbook(buffer: Uint8Array, fileName?: string): Promise<ReadWorkbookResult> {
  if (buffer.length > WORKBOOK_LIMITS.maxFileBytes) {
    return fail(`文件过大（${Math.round(buffer.length / 1024 / 1024)} MB，上限 ${WORKBOOK_LIMITS.maxFileBytes / 1024 / 1024} MB），不像是填报模板 / file too large for a report workbook`);
  }
  const notXlsx = notXlsxReason(buffer);
  if (notXlsx) return fail(notXlsx);
  const zip = checkZip(buffer);
  if (!zip.ok) return fail(zip.reason);

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    return fail(`无法打开工作簿，文件可能已损坏 / cannot open the workbook: ${String((e as Error).message).replace(/\s+/g, " ").slice(0, 200)}`);
  }

  const spanned = wb.worksheets.reduce((n, ws) => n + ws.rowCount * ws.columnCount, 0);
  if (spanned > WORKBOOK_LIMITS.maxCells) {
    return fail(`工作簿过大（各工作表的使用范围共 ${spanned} 个单元格，上限 ${WORKBOOK_LIMITS.maxCells} 个），不像是填报模板 / the sheets span too many cells (${spanned})`);
  }

  const marker = findMarker(wb);
  if (marker && marker.version > TEMPLATE_VERSION) {
    return fail(`模板版本（v${marker.version}）比本程序新，请升级 xxgk 后再检查 / template version ${marker.version} is newer than this program`);
  }
  const edition = marker?.edition ?? editionByLabels(wb);
  if (!edition) {
    return fail(
      "这不是本工具生成的标准填报模板（没有模板标识，表格结构也不符）：请用 xxgk template 生成的模板填报；已发布的报告请另行导入 / not a workbook made by xxgk template",
    );
  }
  const layout = templateLayout(edition);
  const accepted = acceptedLabels(edition);
  const sourceLabels: Record<string, string> = {};
  for (const ref of layout.labels) {
    const result = checkLabel(wb, layout, ref, accepted);
    if ("reason" in result) return fail(result.reason);
    if (!ref.key.startsWith("lastYear:")) sourceLabels[ref.key] = result.found;
  }

  const meta = layout.meta;
  const info = sheetNamed(wb, meta.agency.sheet);
  if (!info) return fail(`缺少「${meta.agency.sheet}」工作表 / sheet ${meta.agency.sheet} is missing`);
  const field = (f: keyof typeof meta) => textAt(info, meta[f].address);
  const reportYear = readYear(field("reportYear"));
  if (reportYear === undefined || reportYear < 2000 || reportYear > 2200) {
    const typed = field("reportYear");
    return fail(
      `「${meta.reportYear.sheet}」${meta.reportYear.address}的报告年度${typed ? `「${typed}」不是年份` : "未填写"}，无法检查；请填写四位年份，如 2024 / report year missing or invalid at ${meta.reportYear.sheet}!${meta.reportYear.address}`,
    );
  }
  const optional = (f: keyof typeof meta) => field(f) || undefined;
  const fee = readCellText(field("informationFeeYuan"));
  const contact = {
    office: optional("contact.office"),
    address: optional("contact.address"),
    postcode: optional("contact.postcode"),
    phone: optional("contact.phone"),
    email: optional("contact.email"),
  };

  const cells: Record<string, string> = {};
  const cellRefs: Record<string, { sheet: string; address: string }> = {};
  for (const [key, ref] of Object.entries(layout.cellMap)) {
    const ws = sheetNamed(wb, ref.sheet);
    if (!ws) return fail(`缺少「${ref.sheet}」工作表 / sheet ${ref.sheet} is missing`);
    cells[key] = inputRaw(ws, ref);
    cellRefs[key] = { sheet: ref.sheet, address: ref.address };
  }

  const narrativeSheet = sheetNamed(wb, layout.narrative.sheet);
  const lines: string[] = [];
  if (narrativeSheet) {
    const last = Math.min(narrativeSheet.rowCount, layout.narrative.firstRow + WORKBOOK_LIMITS.maxNarrativeRows - 1);
    for (let r = layout.narrative.firstRow; r <= last; r++) {
      const text = cellRaw(narrativeSheet.getCell(`${layout.narrative.column}${r}`).value).trim();
      if (text) lines.push(text);
    }
  }
  const split = lines.length ? splitSections(lines.join("\n")) : undefined;

  const parsed = parseReport({
    meta: {
      agency: field("agency"),
      level: levelFromText(field("level")),
      reportYear,
      edition,
      ...(Object.values(contact).some(Boolean) ? { contact } : {}),
      url: optional("url"),
      informationFeeYuan: fee.state === "number" && fee.value !== null && fee.value >= 0 ? fee.value : undefined,
    },
    cells,
    sourceLabels,
    cellRefs,
    narrative: split
      ? { title: split.title, preamble: split.preamble || undefined, sections: split.sections.map((s) => ({ heading: s.heading, body: s.body })) }
      : undefined,
    source: { kind: "xlsx", ...(fileName ? { file: fileName } : {}) },
  });
  if (!parsed.success) return fail(`工作簿内容无法转换为报告：${parsed.error.issues[0]?.message ?? ""} / cannot build a report from the workbook`);

  return { ok: true, report: parsed.data, lastYear: readLastYear(wb, layout, parsed.data) };
}

/** 上年数据, when any of it is filled: a partial report for reportYear − 1 holding just those cells. */
function readLastYear(wb: ExcelJS.Workbook, layout: TemplateLayout, report: Report): Report | undefined {
  const year = report.meta.reportYear - 1;
  const edition = editionForYear(year);
  const ws = sheetNamed(wb, layout.sheets.lastYear);
  if (!ws || !edition) return undefined;
  // Only the cells last year's edition has (a 2021 workbook for 2021 reads 2020's 表三 row, not 表二).
  const wanted = new Set(lastYearInputs(edition));
  const cells: Record<string, string> = {};
  const cellRefs: Record<string, { sheet: string; address: string }> = {};
  let filled = false;
  for (const [key, ref] of Object.entries(layout.lastYear.cells)) {
    if (!wanted.has(key)) continue;
    const raw = inputRaw(ws, ref);
    if (raw.trim() !== "") filled = true;
    cells[key] = raw;
    cellRefs[key] = { sheet: ref.sheet, address: ref.address };
  }
  if (!filled) return undefined;
  const parsed = parseReport({
    meta: { agency: report.meta.agency, level: report.meta.level, reportYear: year, edition },
    cells,
    cellRefs,
    source: { kind: "xlsx:上年数据", ...(report.source?.file ? { file: report.source.file } : {}) },
  });
  return parsed.success ? parsed.data : undefined;
}
