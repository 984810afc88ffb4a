import * as fs from "node:fs";
import * as path from "node:path";
import { parseReport } from "../../src/core";
import type { Report, ReportInput } from "../../src/core";

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
