import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildTemplatePlan, draftToNarrative, editionIndex, generateNarrative, levelIds, parseReport, stripPrompts } from "../../src/core";
import type { EditionId, Report } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { consistentReport } from "../../test/helpers/randomReports";

/**
 * A supervising office's returns, generated: a few dozen distinct filled standard workbooks (both editions, some with
 * the 报告正文 filled, some with 上年数据, some with planted errors), copied to as many files as a batch needs. Kept in
 * bench/output/ (gitignored) and reused while the generator is unchanged.
 */

export const OUTPUT = path.join(__dirname, "..", "output");
/** Bump when the generated workbooks change, so stale copies are rebuilt. */
const GENERATION = "6";
export const DISTINCT = 36;

/** What was planted in distinct workbook `i` (the rule ids a check must report as errors). */
export function plantedErrors(i: number): string[] {
  if (i % 6 === 1) return ["t3.columnBalance", "t3.applicantTotal"];
  if (i % 6 === 3) return ["t4.groupTotal"];
  return [];
}

function distinctReport(i: number): { report: Report; lastYear?: Report } {
  const edition: EditionId = i % 9 === 4 ? "2019" : "2021";
  const [input] = fc.sample(consistentReport(edition, { max: i % 4 === 0 ? 3 : 60 }), { numRuns: 1, seed: 1000 + i });
  const index = editionIndex(edition);
  // 新收 of one applicant column: breaks that column's balance and the row's total, nothing else.
  const newReceived = index.cells.filter((c) => c.row.key === "t3.newReceived" && c.column.key !== "total");
  input.meta.agency = `测试县第${i + 1}局`;
  (input.meta as { level?: string }).level = levelIds[i % levelIds.length];
  if (i % 6 === 1) {
    const cell = newReceived[i % newReceived.length];
    input.cells[cell.key] = Number(input.cells[cell.key]) + 2;
  }
  if (i % 6 === 3) input.cells["t4.cases|direct.total"] = Number(input.cells["t4.cases|direct.total"]) + 1;
  // Cell hygiene a clerk commonly leaves: 「/」 for nothing, full-width digits, a blank.
  if (i % 6 === 5) input.cells[edition === "2021" ? "t2.licensing|decisions" : "t2.licensing|change"] = "/";
  if (i % 12 === 2) input.cells["t3.other|naturalPerson"] = `${input.cells["t3.other|naturalPerson"]}`.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (i % 12 === 8) {
    // A blank where the clerk meant 0 (a warning; the identities still hold).
    const zero = index.cells.find((c) => c.table.id === "t3" && Number(input.cells[c.key]) === 0);
    if (zero) delete input.cells[zero.key];
  }
  const parsed = parseReport(input);
  if (!parsed.success) throw new Error(`bench report ${i} does not parse`);
  const report = parsed.data;
  // A third carry their text (the drafted narrative with its prompts removed, as a clerk would finish it).
  if (i % 3 === 0) {
    const narrative = draftToNarrative(generateNarrative(report));
    report.narrative = { ...narrative, sections: narrative.sections.map((s) => ({ ...s, body: stripPrompts(s.body) })) };
  }
  let lastYear: Report | undefined;
  if (i % 4 === 2 && edition === "2021") {
    const carried: Record<string, string> = {};
    for (const c of index.cells) if (c.row.key === "t3.carryForward") carried[c.key] = "0";
    for (const c of index.cells) if (c.row.key === "t3.carriedOver") carried[c.key.replace("t3.carriedOver", "t3.carryForward")] = report.cells[c.key]?.raw ?? "0";
    const last = parseReport({ meta: { agency: report.meta.agency, reportYear: report.meta.reportYear - 1, edition }, cells: carried });
    if (last.success) lastYear = last.data;
  }
  return { report, lastYear };
}

/** The distinct workbooks, written once (their paths, index i ↔ plantedErrors(i)). */
export async function distinctWorkbooks(): Promise<string[]> {
  const dir = path.join(OUTPUT, `distinct-${GENERATION}`);
  const files = Array.from({ length: DISTINCT }, (_, i) => path.join(dir, `${String(i).padStart(2, "0")}.xlsx`));
  if (files.every((f) => fs.existsSync(f))) return files;
  fs.mkdirSync(dir, { recursive: true });
  const plans = { "2019": buildTemplatePlan({ edition: "2019", reportYear: 2020 }), "2021": buildTemplatePlan({ edition: "2021", reportYear: 2024 }) };
  for (let i = 0; i < DISTINCT; i++) {
    const { report, lastYear } = distinctReport(i);
    fs.writeFileSync(files[i], await writeTemplateWorkbook(plans[report.meta.edition], { report, lastYear }));
  }
  return files;
}

/**
 * A folder of `count` returns: copies of the distinct workbooks (hard links above 1,000 files, to spare the disk;
 * the checker reads each name as its own file either way). Returns the folder.
 */
export async function batchFolder(count: number): Promise<string> {
  const distinct = await distinctWorkbooks();
  const dir = path.join(OUTPUT, `batch-${GENERATION}-${count}`);
  const name = (n: number) => path.join(dir, `${String(n).padStart(5, "0")}-测试县第${(n % DISTINCT) + 1}局.xlsx`);
  if (fs.existsSync(name(count - 1)) && fs.readdirSync(dir).length === count) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 0; n < count; n++) {
    if (count > 1000) fs.linkSync(distinct[n % DISTINCT], name(n));
    else fs.copyFileSync(distinct[n % DISTINCT], name(n));
  }
  return dir;
}
