import { cellKey, editionIndex, editions, lastYearInputs, parseReport } from "../../src/core";
import type { EditionId, Report } from "../../src/core";

/**
 * Seeded random reports for the native ≡ core agreement tests: a consistent report (as a careful clerk fills it)
 * with a few of the things clerks really do — a wrong figure, a blank, 「/」「无」「-」, a word, a negative number, a
 * decimal, a whole table left empty, the wrong year, no agency — and sometimes last year's figures.
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCase {
  report: Report;
  lastYear?: Report;
}

export function randomCase(edition: EditionId, seed: number): RandomCase {
  const next = rng(seed);
  const int = (max: number) => Math.floor(next() * (max + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const index = editionIndex(edition);
  const t3 = index.table("t3").blocks[0];
  const results = index.rowsUnder(t3, "t3.results").filter((k) => k !== "t3.total");
  const applicants = t3.columns.filter((c) => c.key !== "total").map((c) => c.key);
  const cells: Record<string, string | number> = {};

  for (const col of applicants) {
    let total = 0;
    for (const r of results) {
      const v = next() < 0.6 ? 0 : int(30);
      cells[cellKey(r, col)] = v;
      total += v;
    }
    cells[cellKey("t3.total", col)] = total;
    const forward = int(5);
    const carried = Math.min(int(5), total + forward);
    cells[cellKey("t3.carryForward", col)] = forward;
    cells[cellKey("t3.carriedOver", col)] = carried;
    cells[cellKey("t3.newReceived", col)] = total + forward - carried;
  }
  for (const row of t3.rows) cells[cellKey(row.key, "total")] = applicants.reduce((s, c) => s + Number(cells[cellKey(row.key, c)]), 0);
  for (const g of ["review", "direct", "afterReview"]) {
    let total = 0;
    for (const o of ["upheld", "corrected", "other", "pending"]) total += Number((cells[`t4.cases|${g}.${o}`] = int(9)));
    cells[`t4.cases|${g}.total`] = total;
  }
  for (const def of index.cells.filter((c) => c.table.id === "t2")) {
    cells[def.key] =
      def.kind === "signedCount" ? int(20) - 10 : def.kind === "amountWan" ? int(9999) / 10 : def.kind === "freeAmount" ? `${int(99999)}元` : int(500);
  }

  // What clerks do.
  const numeric = index.cells.filter((c) => c.kind !== "freeAmount").map((c) => c.key);
  const mistakes = int(4);
  for (let i = 0; i < mistakes; i++) {
    const key = pick(numeric);
    const kind = index.cell(key)?.kind;
    const roll = next();
    if (roll < 0.35) cells[key] = Number(cells[key]) + pick([1, 2, 5, -1, 10]);
    else if (roll < 0.5) cells[key] = "";
    else if (roll < 0.6) cells[key] = pick(["/", "无", "-", "—"]);
    else if (roll < 0.7) cells[key] = pick(["不详", "见附件", "abc"]);
    else if (roll < 0.8) cells[key] = kind === "signedCount" ? -int(5) : -1 - int(5);
    else if (roll < 0.9) cells[key] = int(20) + 0.5;
  }
  if (next() < 0.08) for (const def of index.cells.filter((c) => c.table.id === pick(["t2", "t3", "t4"]))) cells[def.key] = "";

  const e = editions[edition];
  const years = e.lastYear ? [e.firstYear, e.lastYear] : [e.firstYear, 2022, 2023, 2024, 2025];
  const reportYear = next() < 0.05 ? (edition === "2019" ? 2023 : 2020) : pick(years);
  const report = parse({ meta: { agency: next() < 0.1 ? "" : "测试局", reportYear, edition }, cells });

  let lastYear: Report | undefined;
  const lastEdition = reportYear - 1 >= 2021 ? "2021" : "2019";
  if (next() < 0.5 && reportYear - 1 >= 2019) {
    const last: Record<string, string | number> = {};
    for (const key of lastYearInputs(lastEdition)) {
      const col = key.split("|")[1];
      const same = key.startsWith("t3.") ? cells[cellKey("t3.carriedOver", col)] : undefined;
      last[key] = next() < 0.7 && same !== undefined ? same : next() < 0.1 ? "" : int(40);
    }
    // As the reader does: last year's figures count only when some of them were filled.
    if (Object.values(last).some((v) => v !== "")) lastYear = parse({ meta: { agency: "测试局", reportYear: reportYear - 1, edition: lastEdition }, cells: last });
  }
  return { report, lastYear };
}

function parse(input: unknown): Report {
  const parsed = parseReport(input);
  if (!parsed.success) throw new Error(parsed.error.message);
  return parsed.data;
}
