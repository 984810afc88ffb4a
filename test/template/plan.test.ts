import { buildTemplatePlan, editionIndex, editions, identityChecks, parseRange, rectCells, cellAddress, templateLayout, checkSheetColumns, CUSTOM_FUNCTIONS_NAMESPACE } from "../../src/core";
import type { EditionId, TemplatePlan } from "../../src/core";

/** The layout plan: official grids, verbatim labels, classic formulas generated from the rules, sane limits. */

const plans = { "2019": buildTemplatePlan({ edition: "2019" }), "2021": buildTemplatePlan({ edition: "2021" }) };
const sheet = (plan: TemplatePlan, name: string) => {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const text = (plan: TemplatePlan, name: string, address: string) => sheet(plan, name).cells.find((c) => c.address === address)?.value;

describe.each(["2019", "2021"] as const)("%s格式", (edition) => {
  const plan = plans[edition];
  const layout = plan.layout;

  test("sheets, in the order a clerk works", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["填报说明", "基本信息", "表二", "表三", "表四", "上年数据", "校验", "报告正文"]);
  });

  test("every row and column label of the edition stands verbatim at its layout address", () => {
    const index = editionIndex(edition);
    const rowKeys = new Set(index.cells.filter((c) => c.row.label).map((c) => c.row.key));
    const tableLabels = layout.labels.filter((l) => !l.key.startsWith("lastYear:"));
    expect(new Set(tableLabels.filter((l) => !l.key.includes("/")).map((l) => l.key))).toEqual(rowKeys);
    for (const l of layout.labels) expect([l.sheet, l.address, text(plan, l.sheet, l.address)]).toEqual([l.sheet, l.address, l.label]);
    for (const table of editions[edition].tables) {
      for (const block of table.blocks) {
        for (const c of block.columns) expect(tableLabels.find((l) => l.key === `${block.key}/${c.key}`)?.label).toBe(c.label);
      }
    }
  });

  test("the layout maps every input cell once, to an input-styled unlocked cell, and does not depend on the options", () => {
    const keys = editionIndex(edition).cells.map((c) => c.key);
    expect(Object.keys(layout.cellMap).sort()).toEqual([...keys].sort());
    const where = Object.values(layout.cellMap).map((r) => `${r.sheet}!${r.address}`);
    expect(new Set(where).size).toBe(where.length);
    for (const ref of Object.values(layout.cellMap)) {
      const cell = sheet(plan, ref.sheet).cells.find((c) => c.address === ref.address);
      expect(cell?.style).toMatch(/^input\./);
      expect(plan.styles[cell!.style].locked).toBe(false);
    }
    const other = buildTemplatePlan({ edition, agency: "某某镇人民政府", reportYear: editions[edition].firstYear, level: "township" });
    expect(other.layout).toBe(templateLayout(edition));
    expect(text(other, "基本信息", layout.meta.agency.address)).toBe("某某镇人民政府");
    expect(text(other, "基本信息", layout.meta.level.address)).toBe("乡镇人民政府");
  });

  test("only input cells are unlocked; every sheet but 报告正文 is protected, without a password", () => {
    const inputs = new Set([...Object.values(layout.cellMap), ...Object.values(layout.lastYear.cells), ...Object.values(layout.meta).filter((r) => r !== layout.meta.edition)].map((r) => `${r.sheet}!${r.address}`));
    for (const s of plan.sheets) {
      expect([s.name, s.protection ? "protected" : "open"]).toEqual([s.name, s.role === "narrative" ? "open" : "protected"]);
      expect(s.protection?.password).toBeUndefined();
      for (const c of s.cells) expect([`${s.name}!${c.address}`, plan.styles[c.style].locked]).toEqual([`${s.name}!${c.address}`, !inputs.has(`${s.name}!${c.address}`)]);
    }
  });

  test("one 校验 row per identity instance, in rule order, and its formulas name exactly the identity's cells", () => {
    const identityRows = layout.checks.rows.filter((r) => r.subject.kind === "identity");
    expect(identityRows.map((r) => (r.subject.kind === "identity" ? r.subject.check : undefined))).toEqual([...identityChecks(edition)]);
    const checks = sheet(plan, "校验");
    const expand = (formula: string) =>
      [...formula.matchAll(/'([^']+)'!([A-Z]+\d+(?::[A-Z]+\d+)?)/g)].flatMap((m) => rectCells(parseRange(m[2])).map((p) => `${m[1]}!${cellAddress(p.row, p.col)}`)).sort();
    for (const row of identityRows) {
      if (row.subject.kind !== "identity") continue;
      const formula = (column: string) => checks.cells.find((c) => c.address === `${layout.checks.columns[column]}${row.row}`)?.formula ?? "";
      const refs = (keys: readonly string[]) => keys.map((k) => `${layout.cellMap[k].sheet}!${layout.cellMap[k].address}`).sort();
      expect(expand(formula("left"))).toEqual(refs(row.subject.check.left));
      expect(expand(formula("right"))).toEqual(refs(row.subject.check.right));
    }
  });

  test("classic native functions only (no LET, LAMBDA, XLOOKUP, FILTER, TEXTJOIN, dynamic arrays), within Excel's limits", () => {
    const allowed = new Set(["SUM", "N", "ROUND", "ABS", "IF", "AND", "OR", "NOT", "COUNTA", "COUNTBLANK", "COUNTIF", "SUMPRODUCT", "ISTEXT", "ISNUMBER", "FIND", "LEN", "TRIM", "HYPERLINK", "INT", "CHAR", "ISERROR", "COUNT"]);
    // The 加载项核对 column is the one place meant for the add-in's functions (XXGK.…); everything else is native.
    const addin = (sheetName: string, address: string) => sheetName === layout.checks.sheet && address.replace(/\d+$/, "") === layout.checks.columns.addin;
    const isAllowed = (name: string, inAddin: boolean) => allowed.has(name) || (inAddin && name.startsWith(`${CUSTOM_FUNCTIONS_NAMESPACE}.`));
    const formulas = plan.sheets.flatMap((s) => [
      ...s.cells.flatMap((c) => (c.formula ? [{ f: c.formula, inAddin: addin(s.name, c.address) }] : [])),
      ...s.conditionalFormats.map((cf) => ({ f: cf.formula, inAddin: false })),
    ]);
    expect(formulas.length).toBeGreaterThan(300);
    for (const { f, inAddin } of formulas) {
      const outsideStrings = f.replace(/"[^"]*"/g, '""');
      const used = [...outsideStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      for (const name of used) expect(isAllowed(name, inAddin) ? name : `${name} in ${f.slice(0, 80)}`).toBe(name);
      expect(f.length).toBeLessThan(8192);
    }
  });

  test("validation messages fit Excel's limits and say what to type, in Chinese", () => {
    for (const s of plan.sheets) {
      for (const v of s.validations) {
        expect(v.prompt.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt.text.length).toBeLessThanOrEqual(255);
        if (v.error) expect([v.error.title.length <= 32, v.error.text.length <= 255]).toEqual([true, true]);
        if (v.rule.type === "list") expect(v.rule.items.join(",").length).toBeLessThanOrEqual(255);
        expect(v.prompt.text).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const t3 = sheet(plan, "表三").validations;
    expect(t3).toEqual([expect.objectContaining({ range: "D6:J" + (edition === "2021" ? 30 : 28), rule: { type: "whole", operator: "greaterThanOrEqual", min: 0 } })]);
  });

  test("print: A4, fit to one page wide; table headers repeat on every page; panes frozen below them", () => {
    for (const s of plan.sheets) expect([s.name, s.print.paper, s.print.fitToWidth]).toEqual([s.name, "A4", true]);
    const t3 = sheet(plan, "表三");
    expect(t3.print).toMatchObject({ orientation: "portrait", repeatRows: { first: 3, last: 5 } });
    expect(t3.freeze).toEqual({ rows: 5, columns: 3 });
    expect(sheet(plan, "表四").print.orientation).toBe("landscape");
  });

  test("the 校验 sheet reserves the add-in column and says the native columns work without it", () => {
    expect(checkSheetColumns.map((c) => c.key)).toEqual(["index", "item", "left", "right", "diff", "result", "locate", "slip", "addin", "slipExact", "slipCount", "slipCell"]);
    // 可能填错's three helpers are hidden (after every visible column): not shown, not printed.
    expect(sheet(plan, "校验").hiddenColumns).toEqual([10, 11, 12]);
    const checks = sheet(plan, "校验");
    expect(checks.cells.find((c) => c.address === `${layout.checks.columns.addin}${layout.checks.headerRow}`)?.value).toBe("加载项核对（需安装加载项）");
    expect(String(text(plan, "校验", "A3"))).toMatch(/未安装加载项时显示「（需加载项）」，不影响左边各列的校验/);
  });
});

/** Expected merges read off the official tables (report-format.md §4–5), not computed by the code under test. */
describe("merged headers exactly as the official tables", () => {
  test("表三 (2021格式)", () => {
    expect([...sheet(plans["2021"], "表三").merges].sort()).toEqual(
      ["A1:J1", "A2:J2", "A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5", "A6:C6", "A7:C7", "A8:A29", "B8:C8", "B9:C9", "B10:B17", "B18:B20", "B21:B25", "B26:B28", "B29:C29", "A30:C30"].sort(),
    );
    expect(text(plans["2021"], "表三", "A3")).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(text(plans["2021"], "表三", "D3")).toBe("申请人情况");
    expect(text(plans["2021"], "表三", "E4")).toBe("法人或其他组织");
    expect(text(plans["2021"], "表三", "A8")).toBe("三、本年度办理结果");
    expect(text(plans["2021"], "表三", "B26")).toBe("（六）其他处理");
  });

  test("表三 (2019格式): （六）其他处理 is one data row", () => {
    expect([...sheet(plans["2019"], "表三").merges].sort()).toEqual(
      ["A1:J1", "A2:J2", "A3:C5", "D3:J3", "D4:D5", "E4:I4", "J4:J5", "A6:C6", "A7:C7", "A8:A27", "B8:C8", "B9:C9", "B10:B17", "B18:B20", "B21:B25", "B26:C26", "B27:C27", "A28:C28"].sort(),
    );
  });

  test("表四: 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), no row label", () => {
    const merges = [...sheet(plans["2021"], "表四").merges].sort();
    expect(merges).toEqual(["A1:O1", "A2:O2", "A3:E3", "F3:O3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:J4", "K4:O4"].sort());
    expect(["A3", "F3", "F4", "K4", "A4", "E4", "F5", "O5"].map((a) => text(plans["2021"], "表四", a))).toEqual(["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "总计", "结果维持", "总计"]);
  });

  test("表二 (2021格式): 分表 captions across the table; one-column blocks span the three value columns", () => {
    const t2 = sheet(plans["2021"], "表二");
    expect(t2.merges).toEqual(expect.arrayContaining(["A3:D3", "B8:D8", "B9:D9", "B12:D12", "B13:D13", "B16:D16"]));
    expect(["A3", "A4", "B4", "D4", "A5", "A6", "A7", "B8", "A9", "B15", "A16"].map((a) => text(plans["2021"], "表二", a))).toEqual([
      "第二十条第（一）项", "信息内容", "本年制发件数", "现行有效件数", "规章", "行政规范性文件", "第二十条第（五）项", "本年处理决定数量", "行政许可", "本年收费金额（单位：万元）", "行政事业性收费",
    ]);
  });
});

describe("the plan is the same every time (deterministic)", () => {
  test.each(["2019", "2021"] as const)("%s", (edition: EditionId) => {
    expect(JSON.stringify(buildTemplatePlan({ edition }))).toBe(JSON.stringify(plans[edition]));
  });
});
