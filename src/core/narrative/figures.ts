import { cellKey, columnName, editionIndex, editions, rowName } from "../editions";
import type { BlockDef, CellKey, EditionId, EditionIndex, TableId } from "../editions";
import { readCellText } from "../model/cellText";
import type { Report } from "../model/report";

/**
 * The figures a report's text may state, each tied to the cells it is computed from (report-format.md §6 rule 12).
 * The generator prints these values and the checker compares stated numbers with them, so both read one catalog.
 *
 * Ids: a 表三 row figure is its row key or group key (`t3.withheld` = Σ（三）1–8); `@column` narrows it to applicants
 * (`t3.newReceived@naturalPerson`, `t3.newReceived@organisation`); 表四 figures are `t4.<group>.<outcome>` with the extra
 * group `litigation` = 直接起诉 + 复议后起诉; 表二 figures are cell keys; `meta.informationFee` is 信息处理费.
 */

export type FigureUnit = "count" | "amount";

export interface Figure {
  id: string;
  /** How messages name it: 「不予公开」. */
  name: string;
  /** count: 件; amount: a money amount, valued in 元. */
  unit: FigureUnit;
  /** The cells summed (empty for a figure from 基本信息). */
  keys: readonly CellKey[];
  table?: TableId;
  /** What the figure is computed from, for messages: 表三「（三）不予公开」1–8项「总计」列之和. */
  source: string;
  /** A share 「占X%」 stated after this figure is of this figure. */
  shareBase?: string;
  /** Other values a careless text might have quoted instead (a sub-row, one column): hints in messages. */
  alternates: readonly { label: string; keys: readonly CellKey[] }[];
  /** 表三 rows behind the figure, so applicant columns can narrow it. */
  t3Rows?: readonly string[];
  /** A count that may be negative: 2019格式 表二「本年增/减」 (「减少3项」 states −3). */
  signed?: boolean;
}

/** Prose names of 表三 columns whose label reads wrongly alone in a sentence: the column 「其他」 is 「其他组织」. */
const columnProseNames: Readonly<Record<string, string>> = { otherOrganisation: "其他组织" };

/**
 * Applicant column sets of 表三 that the text names, from the edition's columns (the same in both editions): each
 * applicant column, and the 法人或其他组织 group, which has no column of its own.
 */
export const applicantColumnSets: Readonly<Record<string, { name: string; columns: readonly string[] }>> = (() => {
  const block = editions["2021"].tables.find((t) => t.id === "t3")!.blocks[0];
  const organisation = block.columnGroups!.find((g) => g.key === "organisation")!;
  const sets: Record<string, { name: string; columns: readonly string[] }> = {};
  for (const column of block.columns) {
    if (column.group !== "applicant" && column.group !== organisation.key) continue;
    if (column.key === "total") continue;
    sets[column.key] = { name: columnProseNames[column.key] ?? column.label, columns: [column.key] };
  }
  sets[organisation.key] = { name: organisation.label, columns: block.columns.filter((c) => c.group === organisation.key).map((c) => c.key) };
  return sets;
})();

/** 表三 figures the text names by row (§6 rule 12). `rows` is a row key list or a group key. */
const requestFigures: readonly { id: string; name: string; rows: readonly string[] | string; share?: boolean }[] = [
  { id: "t3.newReceived", name: "本年新收申请数", rows: ["t3.newReceived"] },
  { id: "t3.carriedOver", name: "上年结转申请数", rows: ["t3.carriedOver"] },
  { id: "t3.total", name: "本年度办结数（（七）总计）", rows: ["t3.total"] },
  { id: "t3.carryForward", name: "结转下年度继续办理数", rows: ["t3.carryForward"] },
  { id: "t3.disclosed", name: "予以公开数", rows: ["t3.disclosed"], share: true },
  { id: "t3.partlyDisclosed", name: "部分公开数", rows: ["t3.partlyDisclosed"], share: true },
  { id: "t3.disclosedOrPartly", name: "予以公开和部分公开数", rows: ["t3.disclosed", "t3.partlyDisclosed"], share: true },
  { id: "t3.withheld", name: "不予公开数", rows: "t3.withheld", share: true },
  { id: "t3.unavailable", name: "无法提供数", rows: "t3.unavailable", share: true },
  { id: "t3.notProcessed", name: "不予处理数", rows: "t3.notProcessed", share: true },
  // 2019格式: one row; 2021格式: a group of three.
  { id: "t3.other", name: "其他处理数", rows: "t3.other", share: true },
];

/** The groups whose numbered rows the text may name one by one (「属于国家秘密2件」). */
const subRowGroups = ["t3.withheld", "t3.unavailable", "t3.notProcessed", "t3.other"];

const reviewGroups = ["review", "direct", "afterReview", "litigation"] as const;
export type ReviewGroup = (typeof reviewGroups)[number];
const reviewOutcomes = ["upheld", "corrected", "other", "pending", "total"] as const;
export type ReviewOutcome = (typeof reviewOutcomes)[number];

export const reviewGroupNames: Readonly<Record<ReviewGroup, string>> = {
  review: "行政复议",
  direct: "未经复议直接起诉的行政诉讼",
  afterReview: "复议后起诉的行政诉讼",
  litigation: "行政诉讼",
};
const outcomeNames: Record<ReviewOutcome, string> = {
  upheld: "结果维持数",
  corrected: "结果纠正数",
  other: "其他结果数",
  pending: "尚未审结数",
  total: "总数",
};

export interface FigureCatalog {
  edition: EditionId;
  get(id: string): Figure | undefined;
  all(): readonly Figure[];
}

function rowsOf(index: EditionIndex, block: BlockDef, rows: readonly string[] | string): string[] {
  if (typeof rows !== "string") return [...rows];
  if (block.rowGroups?.some((g) => g.key === rows)) return index.rowsUnder(block, rows);
  return block.rows.some((r) => r.key === rows) ? [rows] : [];
}

/** 「「（三）不予公开」各项」 or 「「（一）予以公开」行」 — how a set of 表三 rows is named in a source. */
function describeRows(block: BlockDef, rows: readonly string[], group?: string): string {
  const groupDef = group ? block.rowGroups?.find((g) => g.key === group) : undefined;
  if (groupDef && rows.length > 1) return `「${groupDef.label}」各项`;
  return rows
    .map((key) => {
      const row = block.rows.find((r) => r.key === key);
      return row ? `「${rowName(block, row)}」` : key;
    })
    .join("与") + "行";
}

function buildCatalog(edition: EditionId): FigureCatalog {
  const index = editionIndex(edition);
  const figures = new Map<string, Figure>();
  const add = (f: Figure) => figures.set(f.id, f);

  // 表三 row figures, in the 总计 column.
  const t3 = index.table("t3").blocks[0];
  const totalColumn = t3.columns.find((c) => c.key === "total");
  const totalName = totalColumn ? columnName(t3, totalColumn) : "总计";
  const rowFigure = (id: string, name: string, rows: string[], share: boolean, group?: string) => {
    const alternates = [
      ...(rows.length > 1
        ? rows.map((r) => ({ label: `表三${describeRows(t3, [r])}「${totalName}」列`, keys: [cellKey(r, "total")] }))
        : []),
      { label: `表三${describeRows(t3, rows, group)}「自然人」列`, keys: rows.map((r) => cellKey(r, "naturalPerson")) },
    ];
    add({
      id,
      name,
      unit: "count",
      keys: rows.map((r) => cellKey(r, "total")),
      table: "t3",
      source: `表三${describeRows(t3, rows, group)}「${totalName}」列${rows.length > 1 ? "之和" : ""}`,
      shareBase: share ? "t3.total" : undefined,
      alternates,
      t3Rows: rows,
    });
  };
  for (const spec of requestFigures) {
    const rows = rowsOf(index, t3, spec.rows);
    if (rows.length === 0) continue;
    rowFigure(spec.id, spec.name, rows, spec.share ?? false, typeof spec.rows === "string" ? spec.rows : undefined);
  }
  for (const group of subRowGroups) {
    if (!t3.rowGroups?.some((g) => g.key === group)) continue;
    for (const key of index.rowsUnder(t3, group)) {
      const row = t3.rows.find((r) => r.key === key);
      if (row) rowFigure(key, rowName(t3, row), [key], true);
    }
  }

  // 表四: three groups as in the table, plus 行政诉讼 = both litigation groups (the text rarely splits them).
  const t4 = index.table("t4").blocks[0];
  const t4Label = (group: string, outcome: string) => {
    const column = t4.columns.find((c) => c.key === `${group}.${outcome}`);
    return column ? `「${columnName(t4, column)}」` : `${group}.${outcome}`;
  };
  for (const group of reviewGroups) {
    const parts = group === "litigation" ? ["direct", "afterReview"] : [group];
    for (const outcome of reviewOutcomes) {
      const keys = parts.map((p) => cellKey("t4.cases", `${p}.${outcome}`));
      add({
        id: `t4.${group}.${outcome}`,
        name: `${reviewGroupNames[group]}${outcomeNames[outcome]}`,
        unit: "count",
        keys,
        table: "t4",
        source: `表四${parts.map((p) => t4Label(p, outcome)).join("+")}`,
        shareBase: outcome === "total" ? undefined : `t4.${group}.total`,
        alternates: parts.length > 1 ? parts.map((p, i) => ({ label: `表四${t4Label(p, outcome)}`, keys: [keys[i]] })) : [],
      });
    }
  }

  // 表二: every cell is a figure the text may restate (2019格式「本年增/减」 too, with its sign).
  for (const def of index.cells) {
    if (def.table.id !== "t2") continue;
    const row = rowName(def.block, def.row);
    const column = columnName(def.block, def.column);
    add({
      id: def.key,
      name: `${row}${column.replace(/（单位：万元）$/, "")}`,
      unit: def.kind === "count" || def.kind === "signedCount" ? "count" : "amount",
      keys: [def.key],
      table: "t2",
      source: `表二「${row}」行「${column}」列`,
      alternates: [],
      ...(def.kind === "signedCount" ? { signed: true } : {}),
    });
  }

  add({ id: "meta.informationFee", name: "信息处理费", unit: "amount", keys: [], source: "基本信息中填写的本年信息处理费", alternates: [] });

  const get = (id: string): Figure | undefined => {
    const known = figures.get(id);
    if (known) return known;
    // 表三 row figure narrowed to applicant columns, made on first use.
    const [base, set] = id.split("@");
    const parent = figures.get(base);
    const columns = set ? applicantColumnSets[set] : undefined;
    if (!parent?.t3Rows || !columns) return undefined;
    const figure: Figure = {
      id,
      name: `${parent.name.replace(/数（.*）$|数$/, "")}中${columns.name}数`,
      unit: "count",
      keys: parent.t3Rows.flatMap((r) => columns.columns.map((c) => cellKey(r, c))),
      table: "t3",
      source: `${parent.source.replace(/「总计」列(之和)?$/, "")}「${columns.name}」${columns.columns.length > 1 ? "五列之和" : "列"}`,
      shareBase: base,
      alternates: [],
      t3Rows: parent.t3Rows,
    };
    figures.set(id, figure);
    return figure;
  };
  return { edition, get, all: () => [...figures.values()] };
}

const catalogs = new Map<EditionId, FigureCatalog>();

export function figureCatalog(edition: EditionId): FigureCatalog {
  let catalog = catalogs.get(edition);
  if (!catalog) {
    catalog = buildCatalog(edition);
    catalogs.set(edition, catalog);
  }
  return catalog;
}

/**
 * How a figure reads a cell's number: undefined when unknown. The checker reads the tables as validate() does (a
 * blank unknown, a forced blank inferred: validate/known.ts); the generator writes from the cells as filled
 * (`cellsAsWritten`: a blank counts 0 — it drafts text from a clerk's own workbook, and refuses tables left empty).
 */
export type CellValues = (key: CellKey) => number | undefined;

export function cellsAsWritten(report: Report): CellValues {
  return (key) => report.cells[key]?.value ?? 0;
}

/** A cell's value in 元 when it is an amount (万元 columns and 2019 采购总金额 with its unit), else as a count. */
function cellAmount(report: Report, key: CellKey, index: EditionIndex, valueOf: CellValues): number | undefined {
  const def = index.cell(key);
  if (def?.kind === "amountWan") {
    const v = valueOf(key);
    return v === undefined ? undefined : v * 10000;
  }
  if (def?.kind === "freeAmount") {
    const reading = readCellText(report.cells[key]?.raw);
    if (reading.value === null) return undefined;
    if (reading.unit === "万元") return reading.value * 10000;
    return reading.unit === "元" ? reading.value : undefined;
  }
  return valueOf(key);
}

/**
 * The figure's value from the tables (counts as counted, amounts in 元), or undefined when it cannot be known
 * (信息处理费 not stated in 基本信息; an amount written without a unit; a cell whose number is unknown).
 */
export function figureValue(report: Report, figure: Figure, valueOf: CellValues = cellsAsWritten(report)): number | undefined {
  if (figure.id === "meta.informationFee") return report.meta.informationFeeYuan;
  if (figure.unit === "amount") {
    const index = editionIndex(report.meta.edition);
    let sum = 0;
    for (const key of figure.keys) {
      const v = cellAmount(report, key, index, valueOf);
      if (v === undefined) return undefined;
      sum += v;
    }
    return sum;
  }
  return sumCells(valueOf, figure.keys);
}

/**
 * Last year's value of a figure, or undefined when last year does not hold it: a cell missing or not a number (a
 * partial 上年数据 sheet, 「/」) is unknown, not 0, and 表二 is not compared across the 2020→2021 change (its columns
 * mean different things).
 */
export function lastYearFigureValue(report: Report, last: Report, id: string): number | undefined {
  const figure = figureCatalog(last.meta.edition).get(id);
  if (!figure || figure.keys.length === 0) return undefined;
  if (figure.table === "t2" && last.meta.edition !== report.meta.edition) return undefined;
  for (const key of figure.keys) {
    const v = last.cells[key]?.value;
    if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
  }
  return figureValue(last, figure);
}

/** The sum of the cells, or undefined when one of them is unknown. */
export function sumCells(valueOf: CellValues, keys: readonly CellKey[]): number | undefined {
  let sum = 0;
  for (const key of keys) {
    const v = valueOf(key);
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}
