import fc from "fast-check";
import { editionIndex, parseReport, validate } from "../src/core";
import { consistentReport } from "../test/helpers/randomReports";
import type { Report } from "../src/core";
import { fmt, rate } from "./lib/measure";
import type { BenchResult } from "./lib/report";

/**
 * validate() throughput on in-memory reports, against a floor that only reads every cell once (the least any
 * checker must do). Target: ≥ 20,000 reports/s on one core.
 */

/** Realistic returns: consistent reports, one in ten with a planted identity error (a typical batch). */
function sampleReports(count: number): Report[] {
  const index = editionIndex("2021");
  const t3Cells = index.cells.filter((c) => c.table.id === "t3");
  return fc.sample(consistentReport("2021"), { numRuns: count, seed: 42 }).map((input, n) => {
    if (n % 10 === 0) {
      const cell = t3Cells[n % t3Cells.length];
      input.cells[cell.key] = Number(input.cells[cell.key]) + 1;
    }
    const parsed = parseReport(input);
    if (!parsed.success) throw new Error("sample report does not parse");
    return parsed.data;
  });
}

export async function benchValidate(): Promise<BenchResult> {
  const reports = sampleReports(200);
  let i = 0;
  let sink = 0;
  const floor = rate(() => {
    const r = reports[i++ % reports.length];
    for (const key in r.cells) sink += r.cells[key].value ?? 0;
  });
  i = 0;
  const full = rate(() => {
    sink += validate(reports[i++ % reports.length]).length;
  });
  if (sink === -1) console.log(sink);
  const target = 20000;
  return {
    name: "validate() throughput (one core; in-memory reports, one in ten with an error)",
    lines: [
      `validate(): ${fmt.rate(full.perSecond)} reports/s (${(full.msEach * 1000).toFixed(1)} µs each)`,
      `floor (read every cell once): ${fmt.rate(floor.perSecond)} reports/s`,
      `validate() costs ${fmt.ratio(floor.perSecond / full.perSecond)} the floor`,
    ],
    target: { text: `≥ ${target.toLocaleString("en-US")} reports/s`, met: full.perSecond >= target },
  };
}
