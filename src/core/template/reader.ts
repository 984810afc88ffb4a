import { editionForYear, editionIds, editions, levelFromText, normalizeLabel } from "../editions";
import type { EditionId } from "../editions";
import { readCellText } from "../model/cellText";
import { readReportYear } from "../model/reportYear";
import type { Cell, Report } from "../model/report";
import { refusal, refused } from "../refusal";
import type { Refusal, Refused } from "../refusal";
import { lastYearInputs } from "../rules/crossYear";
import { splitSections } from "../text";
import { cellAddress, parseCell, parseRange, rectCells } from "./address";
import { templateLayout } from "./layout";
import type { InputRef, LabelRef, TemplateLayout } from "./layout";
import { parseTemplateMarker, TEMPLATE_VERSION } from "./marker";

/**
 * The standard workbook → the report model, for any host that can say what a cell holds: ExcelJS (src/xlsx, the
 * command line) and Office.js (src/excel, the task pane) read the same way. It reads only where the layout says the
 * numbers are, and only after checking that every label is still where the layout put it: a changed label, inserted
 * or deleted rows, another edition's table or a workbook that is not ours is a clear one-line reason, never a misread
 * number. What clerks commonly do is tolerated: numbers typed as text, 「/」, merged cells unmerged or merged, blank
 * rows at the end.
 */

/** What a host tells the reader about the open workbook. */
export interface TemplateCells {
  /** Whether the sheet exists (a host may forgive stray spaces or full-width variants in a renamed tab). */
  hasSheet(sheet: string): boolean;
  /** A cell's content as the text a clerk would see typed (numbers with 15 significant digits), "" when empty. */
  text(sheet: string, address: string): string;
  /** True when the cell is covered by another cell's merge (Excel keeps only the top-left value). */
  covered(sheet: string, address: string): boolean;
  /** How far to look for a label that moved (rows and columns in use). */
  extent(sheet: string): { rows: number; columns: number };
  /** Where else the template marker may be: the defined name's cell, the document keywords. */
  markerTexts(): string[];
}

export interface ReadTemplateOptions {
  /** report.source.kind: "xlsx" for a file, "excel" for the open workbook (refusals then say 「本工作簿」). */
  sourceKind: string;
  fileName?: string;
  /** 报告正文 rows read at most. */
  maxNarrativeRows: number;
}

export type ReadTemplateResult = { ok: true; report: Report; lastYear?: Report } | Refused;

/** What a refusal calls the thing read: a file (the command line), or the workbook open in Excel (the task pane). */
type Subject = "本文件" | "本工作簿";

/** The edition the workbook says it is: the marker cell, then the other places the host knows. */
function findTemplateMarker(cells: TemplateCells): { edition: EditionId; version: number } | undefined {
  // The marker sits in the same cell in every edition's layout; which edition it is, is what the marker says.
  const marker = templateLayout(editionIds[0]).marker;
  const candidates = cells.hasSheet(marker.sheet) ? [cells.text(marker.sheet, marker.address).trim()] : [];
  candidates.push(...cells.markerTexts());
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

type LabelCheck = Refusal | { found: string };

/** Checks one label; on a mismatch works out what happened (rows moved, another edition, a changed label). */
function checkLabel(cells: TemplateCells, layout: TemplateLayout, ref: LabelRef, accepted: Map<string, Set<string>>, subject: Subject): LabelCheck {
  if (!cells.hasSheet(ref.sheet)) return refusal(`缺少「${ref.sheet}」工作表（可能被删除或改名）`, `sheet ${ref.sheet} is missing`);
  const textAt = (address: string) => cells.text(ref.sheet, address).trim();
  const found = textAt(ref.address);
  const key = ref.key.replace(/^lastYear:/, "");
  const ok = accepted.get(key) ?? new Set([normalizeLabel(ref.label)]);
  if (ok.has(normalizeLabel(found))) return { found };

  const where = `「${ref.sheet}」${ref.address}`;
  const { row, col } = parseCell(ref.address);
  const isColumn = key.includes("/");
  // Was the label moved by inserted or deleted rows (or columns)?
  const extent = cells.extent(ref.sheet);
  const limit = Math.min(Math.max(extent.rows, extent.columns, row + 50), 1000);
  for (let i = 1; i <= limit; i++) {
    const address = isColumn ? cellAddress(row, i) : cellAddress(i, col);
    if (address === ref.address) continue;
    if (!ok.has(normalizeLabel(textAt(address)))) continue;
    return moved(ref, isColumn ? i - col : i - row, isColumn, subject);
  }
  // Or is the label found here one that belongs further up or down (a row deleted above, or one inserted)?
  const sameLine = layout.labels.filter((l) => l.sheet === ref.sheet && l !== ref && (isColumn ? parseCell(l.address).row === row : parseCell(l.address).col === col));
  const displaced = sameLine.find((l) => (accepted.get(l.key.replace(/^lastYear:/, "")) ?? new Set([normalizeLabel(l.label)])).has(normalizeLabel(found)));
  if (displaced) {
    const shift = isColumn ? col - parseCell(displaced.address).col : row - parseCell(displaced.address).row;
    return moved(ref, shift, isColumn, subject, displaced.address);
  }
  const other = editionIds.find((id) => id !== layout.edition && tableLabels(id, ref.sheet).has(normalizeLabel(found)) && !tableLabels(layout.edition, ref.sheet).has(normalizeLabel(found)));
  if (other) {
    return refusal(
      `${where}「${found}」是${editions[other].name}的栏目，但本模板是${editions[layout.edition].name}：表格可能是从另一格式复制来的。请使用${editions[layout.edition].name}的模板重新填写`,
      `${ref.sheet} has ${other}-edition labels in a ${layout.edition}-edition workbook`,
    );
  }
  return refusal(
    `${where}的栏目名称应为「${ref.label}」，现在是「${found || "（空白）"}」。栏目名称被修改，为避免读错数字，未读取${subject}；请恢复原栏目名称后再检查`,
    `label changed at ${ref.sheet}!${ref.address}`,
  );
}

/** Labels shifted by `shift` rows (or columns): some were inserted (shift > 0) or deleted (shift < 0). */
function moved(ref: LabelRef, shift: number, isColumn: boolean, subject: Subject, foundAt?: string): Refusal {
  const what = isColumn ? "列" : "行";
  const did = shift > 0 ? `插入了${shift}${what}` : `删除了${-shift}${what}`;
  const p = parseCell(ref.address);
  const now = isColumn ? cellAddress(p.row, p.col + shift) : cellAddress(p.row + shift, p.col);
  return refusal(
    `「${ref.sheet}」${ref.address}应为「${ref.label}」，但表格移动了（${foundAt ? `${ref.address}处现在是原来${foundAt}的栏目` : `它现在在${now}`}）：「${ref.sheet}」中${did}。为避免读错数字，未读取${subject}；请${shift > 0 ? `删除插入的${what}` : `恢复删除的${what}`}（或用原模板重新填写）后再检查`,
    `${isColumn ? "columns" : "rows"} were ${shift > 0 ? "inserted" : "deleted"} in ${ref.sheet} (at ${ref.address})`,
  );
}

/** Structural recognition for a copy without the marker: the edition whose every table label is in place. */
function editionByLabels(cells: TemplateCells): EditionId | undefined {
  return editionIds.find((id) => {
    const layout = templateLayout(id);
    const accepted = acceptedLabels(id);
    return layout.labels.filter((l) => !l.key.startsWith("lastYear:")).every((l) => "found" in checkLabel(cells, layout, l, accepted, "本文件"));
  });
}

/**
 * An input cell's text. A cell covered by someone else's merge is empty (Excel keeps only the top-left value); a
 * planned merge that was undone may have its number typed in any of its former cells.
 */
function inputRaw(cells: TemplateCells, ref: InputRef): string {
  if (cells.covered(ref.sheet, ref.address)) return "";
  const raw = cells.text(ref.sheet, ref.address);
  if (raw.trim() !== "" || !ref.merge) return raw;
  for (const p of rectCells(parseRange(ref.merge))) {
    const address = cellAddress(p.row, p.col);
    if (address === ref.address || cells.covered(ref.sheet, address)) continue;
    const text = cells.text(ref.sheet, address);
    if (text.trim() !== "") return text;
  }
  return raw;
}

/** A cell as the report model stores it: the text as found, and the number read from it (as parseReport does). */
const cellOf = (raw: string): Cell => ({ raw, value: readCellText(raw).value });

/** The text of 报告正文, one paragraph per non-empty cell down its column. */
export function narrativeLines(cells: TemplateCells, layout: TemplateLayout, maxRows: number): string[] {
  const { sheet, column, firstRow } = layout.narrative;
  if (!cells.hasSheet(sheet)) return [];
  const last = Math.min(cells.extent(sheet).rows, firstRow + maxRows - 1);
  const lines: string[] = [];
  for (let r = firstRow; r <= last; r++) {
    const text = cells.text(sheet, `${column}${r}`).trim();
    if (text) lines.push(text);
  }
  return lines;
}

/**
 * The template's sheets this reader never looks at: the 校验 sheet holds only formulas over the tables, and it is
 * the largest part of a workbook. A host that parses sheets itself may skip these (the batch does: docs/performance.md).
 */
export function sheetsNotRead(): ReadonlySet<string> {
  return new Set(editionIds.map((id) => templateLayout(id).sheets.checks));
}

export function readTemplateCells(cells: TemplateCells, options: ReadTemplateOptions): ReadTemplateResult {
  const marker = findTemplateMarker(cells);
  if (marker && marker.version > TEMPLATE_VERSION) {
    return refused(`模板版本（v${marker.version}）比本程序新，请升级本加载项（或 xxgk 命令行）后再检查`, `template version ${marker.version} is newer than this program`);
  }
  const edition = marker?.edition ?? editionByLabels(cells);
  if (!edition) {
    return refused(
      "这不是本工具生成的标准填报模板（没有模板标识，表格结构也不符）：请用政务公开办下发的标准模板（或「插入模板」）填报；已发布的报告（网页、Word、PDF）请用导入功能读取",
      "not a workbook made by xxgk template",
    );
  }
  const layout = templateLayout(edition);
  const accepted = acceptedLabels(edition);
  const subject: Subject = options.sourceKind === "excel" ? "本工作簿" : "本文件";
  const sourceLabels: Record<string, string> = {};
  for (const ref of layout.labels) {
    const result = checkLabel(cells, layout, ref, accepted, subject);
    if ("reason" in result) return { ok: false, ...result };
    if (!ref.key.startsWith("lastYear:")) sourceLabels[ref.key] = result.found;
  }

  const meta = layout.meta;
  if (!cells.hasSheet(meta.agency.sheet)) return refused(`缺少「${meta.agency.sheet}」工作表`, `sheet ${meta.agency.sheet} is missing`);
  const field = (f: keyof typeof meta) => cells.text(meta[f].sheet, meta[f].address).trim();
  const reportYear = readReportYear(field("reportYear"));
  if (reportYear === undefined) {
    const typed = field("reportYear");
    return refused(
      `「${meta.reportYear.sheet}」${meta.reportYear.address}的报告年度${typed ? `「${typed}」不是年份` : "未填写"}，无法检查；请填写四位年份，如 2024`,
      `report year missing or invalid at ${meta.reportYear.sheet}!${meta.reportYear.address}`,
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

  const values: Record<string, Cell> = {};
  const cellRefs: Record<string, { sheet: string; address: string }> = {};
  for (const [key, ref] of Object.entries(layout.cellMap)) {
    if (!cells.hasSheet(ref.sheet)) return refused(`缺少「${ref.sheet}」工作表`, `sheet ${ref.sheet} is missing`);
    values[key] = cellOf(inputRaw(cells, ref));
    cellRefs[key] = { sheet: ref.sheet, address: ref.address };
  }

  const lines = narrativeLines(cells, layout, options.maxNarrativeRows);
  const split = lines.length ? splitSections(lines.join("\n")) : undefined;

  // Built directly, not through the zod schema: every key comes from the layout and every field was checked above
  // (the task pane then needs no schema library, and the batch reads workbooks faster).
  const report: Report = {
    meta: {
      agency: field("agency"),
      level: levelFromText(field("level")),
      reportYear,
      edition,
      ...(Object.values(contact).some(Boolean) ? { contact } : {}),
      url: optional("url"),
      informationFeeYuan: fee.state === "number" && fee.value !== null && fee.value >= 0 ? fee.value : undefined,
    },
    cells: values,
    sourceLabels,
    cellRefs,
    narrative: split
      ? { title: split.title, preamble: split.preamble || undefined, sections: split.sections.map((s) => ({ heading: s.heading, body: s.body })) }
      : undefined,
    source: { kind: options.sourceKind, ...(options.fileName ? { file: options.fileName } : {}) },
    inputProblems: [],
  };
  return { ok: true, report, lastYear: readLastYear(cells, layout, report, options) };
}

/** 上年数据, when any of it is filled: a partial report for reportYear − 1 holding just those cells. */
function readLastYear(cells: TemplateCells, layout: TemplateLayout, report: Report, options: ReadTemplateOptions): Report | undefined {
  const year = report.meta.reportYear - 1;
  const edition = editionForYear(year);
  if (!cells.hasSheet(layout.sheets.lastYear) || !edition) return undefined;
  // Only the cells last year's edition has (a 2021 workbook for 2021 reads 2020's 表三 row, not 表二).
  const wanted = new Set(lastYearInputs(edition));
  const values: Record<string, Cell> = {};
  const cellRefs: Record<string, { sheet: string; address: string }> = {};
  let filled = false;
  for (const [key, ref] of Object.entries(layout.lastYear.cells)) {
    if (!wanted.has(key)) continue;
    const raw = inputRaw(cells, ref);
    if (raw.trim() !== "") filled = true;
    values[key] = cellOf(raw);
    cellRefs[key] = { sheet: ref.sheet, address: ref.address };
  }
  if (!filled) return undefined;
  return {
    meta: { agency: report.meta.agency, level: report.meta.level, reportYear: year, edition },
    cells: values,
    cellRefs,
    source: { kind: `${options.sourceKind}:上年数据`, ...(report.source?.file ? { file: report.source.file } : {}) },
    inputProblems: [],
  };
}
