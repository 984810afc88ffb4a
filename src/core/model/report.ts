import { z } from "zod";
import { cellKey, editionForYear, editionIndex, levelIds } from "../editions";
import type { CellKey, EditionId } from "../editions";
import { readCellText } from "./cellText";
import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from "./reportYear";
import { isImportRule } from "../rules/importRules";

/**
 * The report model: metadata + the raw text of every cell by key. JSON written by a person, a workbook read by the
 * template reader and a published report read by an importer all become this one shape.
 */

/**
 * What an importer could not read (rule ids `import.*`): kept on the report, and in its JSON, so that validate()
 * reports it wherever the report goes. `keys` are the cells it left unread, so they are not reported again as blank.
 */
const findingLocationSchema = z.object({
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  key: z.string().optional(),
  keys: z.array(z.string()).optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  excerpt: z.string().optional(),
  section: z.string().optional(),
});

export const importProblemSchema = z.object({
  rule: z.string().refine(isImportRule, { message: "不是导入问题的规则编号 (not an import.* rule id)" }),
  values: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  location: findingLocationSchema.optional(),
  keys: z.array(z.string()).optional(),
  expected: z.union([z.number(), z.string()]).optional(),
  actual: z.union([z.number(), z.string()]).optional(),
});

export type ImportProblem = z.output<typeof importProblemSchema>;

/** Problems found while reading the input that are not cell values. */
export type InputProblem =
  | { kind: "unknownKey"; key: string }
  | { kind: "rowLength"; rowKey: string; expected: number; actual: number }
  | ({ kind: "finding" } & ImportProblem);

/** A cell as stored: the text as it was found (never rewritten) and the number read from it. */
export interface Cell {
  raw: string;
  value: number | null;
}

/** Accepted input forms of a cell: a number, the text typed, or an explicit {raw, value}. */
const cellInput = z.union([
  z.number(),
  z.string(),
  z.null(),
  z.object({ raw: z.string().nullable().optional(), value: z.number().nullable().optional() }),
]);
type CellInput = z.input<typeof cellInput>;

function toCell(input: CellInput): Cell {
  let raw: string;
  if (input === null) raw = "";
  else if (typeof input === "number") raw = String(input);
  else if (typeof input === "string") raw = input;
  else raw = input.raw ?? (input.value === null || input.value === undefined ? "" : String(input.value));
  // The number is always derived from the raw text, so the two can never disagree.
  return { raw, value: readCellText(raw).value };
}

export const contactSchema = z.object({
  office: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

/** The years a report may claim: the schema's bounds, and every reader's (template, custom functions). */
export const metaSchema = z.object({
  /** 机关名称 */
  agency: z.string().default(""),
  /** 层级 */
  level: z.enum(levelIds).optional(),
  /** 报告年度 */
  reportYear: z.number().int().min(REPORT_YEAR_MIN).max(REPORT_YEAR_MAX),
  /** When absent, the edition is the one the report year requires. */
  edition: z.enum(["2019", "2021"]).optional(),
  contact: contactSchema.optional(),
  /** 发布网址 */
  url: z.string().optional(),
  /**
   * 本年收取的政府信息公开信息处理费（元）— not in the tables; section 六 must report it (国办函〔2020〕109号).
   * 0 = 未收取; absent = not stated.
   */
  informationFeeYuan: z.number().nonnegative().optional(),
});

export const sectionSchema = z.object({
  /** The heading as written, e.g. 「六、其他需要报告的事项」. */
  heading: z.string(),
  body: z.string(),
});

export const narrativeSchema = z.object({
  title: z.string().optional(),
  preamble: z.string().optional(),
  sections: z.array(sectionSchema).default([]),
});

export const cellRefSchema = z.object({ sheet: z.string(), address: z.string() });

const reportInputSchema = z.object({
  meta: metaSchema,
  /** Cells by key: `"t3.newReceived|naturalPerson": 12`. */
  cells: z.record(z.string(), cellInput).optional(),
  /** Shorthand: a row's cells in column order: `"t3.newReceived": [3001, 53, 0, 0, 61, 4, 3119]`. */
  rows: z.record(z.string(), z.array(cellInput)).optional(),
  /** Labels as found in the source (row or column key → text), for label/edition checks. */
  sourceLabels: z.record(z.string(), z.string()).optional(),
  /** Where each cell came from when the source was a workbook. */
  cellRefs: z.record(z.string(), cellRefSchema).optional(),
  narrative: narrativeSchema.optional(),
  source: z.object({ kind: z.string(), file: z.string().optional() }).optional(),
  /** Written by `xxgk import`: what the importer could not read. */
  importProblems: z.array(importProblemSchema).optional(),
});

export type ReportInput = z.input<typeof reportInputSchema>;

export interface Report {
  meta: z.output<typeof metaSchema> & { edition: EditionId };
  cells: Record<CellKey, Cell>;
  sourceLabels?: Record<string, string>;
  cellRefs?: Record<CellKey, { sheet: string; address: string }>;
  narrative?: z.output<typeof narrativeSchema>;
  source?: { kind: string; file?: string };
  /** Problems found while reading the input that are not cell values; reported as findings by validate(). */
  inputProblems: InputProblem[];
}

/** A report's parts as the schema gives them (defaults applied), or as our own code builds them to its types. */
export type ReportParts = z.output<typeof reportInputSchema>;

/**
 * The model from its parts: the edition decided, rows spread into cells, each cell's number read from its text, and
 * what does not fit the edition kept as input problems. The schema's last step; importers that build the parts
 * themselves (typed, with their meta checked by `metaSchema`) call it directly instead of re-checking every cell.
 * The edition must be given or follow from the year.
 */
export function assembleReport(input: ReportParts): Report {
  const edition = (input.meta.edition ?? editionForYear(input.meta.reportYear)) as EditionId;
  const index = editionIndex(edition);
  const cells: Record<CellKey, Cell> = {};
  const inputProblems: InputProblem[] = (input.importProblems ?? []).map((p) => ({ kind: "finding", ...p }));
  for (const [rowKey, values] of Object.entries(input.rows ?? {})) {
    const home = index.rowHome(rowKey);
    if (!home) {
      inputProblems.push({ kind: "unknownKey", key: rowKey });
      continue;
    }
    if (values.length !== home.block.columns.length) {
      inputProblems.push({ kind: "rowLength", rowKey, expected: home.block.columns.length, actual: values.length });
    }
    home.block.columns.forEach((column, i) => {
      if (i < values.length) cells[cellKey(rowKey, column.key)] = toCell(values[i]);
    });
  }
  for (const [key, value] of Object.entries(input.cells ?? {})) {
    if (!index.cell(key)) inputProblems.push({ kind: "unknownKey", key });
    else cells[key] = toCell(value);
  }
  return {
    meta: { ...input.meta, edition },
    cells,
    sourceLabels: input.sourceLabels,
    cellRefs: input.cellRefs,
    narrative: input.narrative,
    source: input.source,
    inputProblems,
  };
}

export const reportSchema = reportInputSchema
  .superRefine((input, ctx) => {
    if (!input.meta.edition && !editionForYear(input.meta.reportYear)) {
      ctx.addIssue({
        code: "custom",
        path: ["meta", "reportYear"],
        message: `报告年度 ${input.meta.reportYear} 早于2019年，不适用现行报告格式 (no supported edition for this year)`,
      });
    }
  })
  .transform(assembleReport);

/** Parse unknown JSON into a report; returns zod's error instead of throwing. */
export function parseReport(input: unknown) {
  return reportSchema.safeParse(input);
}

export { readReportYear, REPORT_YEAR_MAX, REPORT_YEAR_MIN } from "./reportYear";
