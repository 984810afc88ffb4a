import * as fs from "node:fs";
import * as path from "node:path";
import { parseReport } from "../../src/core";
import type { Report, ReportInput } from "../../src/core";

/** The six section headings of a report as the national format numbers them (report-format.md; written out here, not taken from the code under test). */
export const SIX_HEADINGS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

export const FIXTURES = path.join(__dirname, "..", "fixtures", "reports");

/** A fresh, mutable copy of a transcribed fixture (test/fixtures/reports/NAME.json). */
export function fixtureInput(name: "huaian-2024" | "yuyao-2020"): ReportInput & { rows: Record<string, unknown[]> } {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), "utf8"));
}

export function toReport(input: unknown): Report {
  const parsed = parseReport(input);
  if (!parsed.success) throw new Error(`fixture does not parse: ${parsed.error.message}`);
  return parsed.data;
}

/** Set one cell of a fixture written in the `rows` shorthand. */
export function setCell(input: { rows: Record<string, unknown[]> }, rowKey: string, columnIndex: number, value: unknown): void {
  input.rows[rowKey][columnIndex] = value;
}
