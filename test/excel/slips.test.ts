import { editionIndex, slipRule, templateLayout } from "../../src/core";
import type { EditionId } from "../../src/core";
import { WorkbookAdapter } from "../../src/excel/adapter";
import type { ValidateResult } from "../../src/excel/adapter";
import { memorySettings } from "../../src/excel/host";
import { createMemoryExcel } from "../../src/excel/memory";
import { memoryHost } from "../../src/excel/memoryHost";
import { reportValues, typeValues } from "../../src/excel/typeValues";
import { fixtureInput, toReport } from "../helpers/reports";
import fc from "fast-check";
import { consistentReport } from "../helpers/randomReports";

/**
 * The task pane's 一键校验 names the slipped cell and selects it on click: for every 表三 input cell, a clerk types
 * the number 9 too large into the in-memory workbook, the adapter (the pane's only way to the workbook) validates,
 * and the slip's finding targets that cell on 表三 — the total itself when a total slipped.
 */

const report = (edition: EditionId) =>
  toReport(edition === "2021" ? { ...fixtureInput("huaian-2024"), narrative: undefined } : fc.sample(consistentReport(edition, { max: 40 }), { seed: 2020, numRuns: 1 })[0]);

test.each(["2021", "2019"] as const)("%s格式: a +9 slip in any 表三 cell is the finding that selects that cell", async (edition) => {
  const layout = templateLayout(edition);
  const excel = createMemoryExcel();
  const adapter = new WorkbookAdapter(memoryHost(excel, { settings: memorySettings() }));
  const base = report(edition);
  expect((await adapter.insertTemplate({ edition, reportYear: base.meta.reportYear })).ok).toBe(true);
  await excel.run((c) => typeValues(c, reportValues(layout, base)));

  for (const def of editionIndex(edition).cells.filter((c) => c.table.id === "t3")) {
    const ref = layout.cellMap[def.key];
    const before = base.cells[def.key]?.value ?? 0;
    await excel.run((c) => typeValues(c, [{ ...ref, value: before + 9 }]));
    const result = (await adapter.validate()) as ValidateResult;
    expect(result.ok).toBe(true);
    const at = result.findings.map((f, i) => ({ f, target: result.targets[i] })).filter(({ f }) => f.rule === slipRule.id);
    expect(at.map(({ f, target }) => [f.location.key, target?.sheet, target?.select, f.expected])).toEqual([[def.key, ref.sheet, ref.address, before]]);
    expect(at[0].f.message).toContain(`（${ref.address}）填错`);
    await excel.run((c) => typeValues(c, [{ ...ref, value: before }]));
  }
}, 60000);
