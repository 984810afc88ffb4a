import { buildTemplatePlan, cellKey, templateLayout } from "../../src/core";
import type { Report } from "../../src/core";
import { rangeAddress } from "../../src/core/template/address";
import { WorkbookAdapter } from "../../src/excel/adapter";
import type { Failure } from "../../src/excel/adapter";
import { isHighlightFormula } from "../../src/excel/highlightMark";
import { NARRATIVE_SETTING } from "../../src/excel/narrativeSheet";
import { reportValues } from "../../src/excel/typeValues";
import { columnWidthPoints } from "../../src/excel/templateRenderer";
import { XL } from "../../src/wps/et";
import type { EtDocumentProperties, EtWorksheet } from "../../src/wps/et";
import { wpsHost } from "../../src/wps/host";
import { createMemoryEt, MemoryEtRange } from "../../src/wps/memory";
import { charactersOf, hasCellReference, pointsOf } from "../../src/wps/rangeProxy";
import { fromMemory } from "../helpers/neutral";
import { fixtureInput, toReport } from "../helpers/reports";
import { excelHighlightColours, excelHighlights, narrativeColumn, ok, pair, typeInBoth, typeInEt, wpsHighlightColours, wpsHighlights } from "./hosts";
import { fromEt } from "./neutral";

/**
 * The task pane's adapter on WPS 表格 (the Office.js-shaped context over the in-memory ET model) against the same
 * adapter on the in-memory Excel, step by step along the clerk's path: the same template drawn, the same findings,
 * the same highlighted cells, the same generated text. Then what only WPS does: settings in custom document
 * properties, a sheet protected with a password, a renamed tab, no workbook open.
 */

const L = templateLayout("2021");
const t3 = (row: string, column: string) => L.cellMap[cellKey(`t3.${row}`, column)];
const huaian = (): Report => toReport({ ...fixtureInput("huaian-2024"), narrative: undefined });
const PLANTED = { ...t3("newReceived", "naturalPerson"), value: 3002 };
const SLASH = { ...t3("withheld.stateSecret", "commercial"), value: "/" };

describe("unit conversions", () => {
  test("column widths: points (Office.js) ↔ characters (ET), the inverse of the renderer's", () => {
    for (const chars of [8.38, 10, 12.5, 36, 60]) expect(charactersOf(columnWidthPoints(chars))).toBeCloseTo(chars, 2);
    expect(pointsOf(10)).toBe(columnWidthPoints(10));
  });

  test("formulas with relative references are told apart from constant ones", () => {
    expect(hasCellReference("=AND(ISNUMBER(D6),D6<0)")).toBe(true);
    expect(hasCellReference("=$B$4=1")).toBe(true);
    expect(hasCellReference('=ISTEXT("xxgk-pane-highlight:error")')).toBe(false);
    expect(hasCellReference("=LOG10(100)>1")).toBe(false);
    expect(hasCellReference('=\'表三\'!J30<>""')).toBe(true);
  });
});

describe.each(["2019", "2021"] as const)("插入模板 (%s格式): the same workbook in both hosts", (edition) => {
  test("cells, formulas, formats, merges, validation, conditional formats, protection, panes, print, names", async () => {
    const p = pair();
    const options = { edition, reportYear: edition === "2019" ? 2020 : 2024, agency: "=1+1局", level: "countyGovernment" as const };
    expect(ok(await p.onExcel.insertTemplate(options)).warnings).toEqual([]);
    expect(ok(await p.onWps.insertTemplate(options)).warnings).toEqual([]);
    const excel = fromMemory(p.excel.store);
    const wps = fromEt(p.et.book);
    expect(wps.map((s) => s.name)).toEqual(excel.map((s) => s.name));
    for (let i = 0; i < excel.length; i++) {
      for (const key of Object.keys(excel[i]) as (keyof (typeof excel)[number])[]) {
        if (key === "columnWidths") continue; // compared below in one unit
        expect([excel[i].name, key, wps[i][key]]).toEqual([excel[i].name, key, excel[i][key]]);
      }
      const store = p.excel.store.sheet(excel[i].name)!;
      const book = p.et.book.sheet(excel[i].name)!;
      expect([...book.columnWidths].map(([c, chars]) => [c, pointsOf(chars)])).toEqual([...store.columnWidths].map(([c, pt]) => [c, Math.round(pt * 100) / 100]));
    }
    // User text is text, never a formula.
    expect(p.et.book.sheet("基本信息")?.peek(L.meta.agency.address)).toMatchObject({ value: "=1+1局" });
    expect(p.et.book.sheet("基本信息")?.peek(L.meta.agency.address)?.formula).toBeUndefined();
    // Names, properties, the sheet shown first, alerts restored.
    expect(p.et.book.names.map((n) => [n.name, n.refersTo])).toEqual(p.excel.store.names.map((n) => [n.name, n.formula]));
    const plan = buildTemplatePlan(options);
    expect(p.et.book.builtinProperties.get("Keywords")).toBe(plan.properties.keywords);
    expect(p.et.book.activeSheet().name).toBe(plan.activeSheet);
    expect([p.et.DisplayAlerts, p.et.ScreenUpdating]).toEqual([true, true]);
    // ET reads a conditional format's relative references from the active cell: it was the range's top-left.
    for (const sheet of p.et.book.sheets) {
      for (const c of sheet.conditions) if (hasCellReference(c.formula1)) expect([sheet.name, c.anchor]).toEqual([sheet.name, { row: c.appliesTo.top, col: c.appliesTo.left }]);
    }
  });
});

describe("the clerk's path: both hosts agree", () => {
  test("一键校验 finds the same, highlights the same cells in the same colours; select; fixed; 生成正文 writes the same text", async () => {
    const p = pair();
    const options = { edition: "2021" as const, reportYear: 2024, agency: "淮安市人民政府", level: "prefecturalGovernment" as const };
    ok(await p.onExcel.insertTemplate(options));
    ok(await p.onWps.insertTemplate(options));
    await typeInBoth(p, [...reportValues(L, huaian()), PLANTED, SLASH]);

    const [onExcel, onWps] = [ok(await p.onExcel.validate()), ok(await p.onWps.validate())];
    expect(onWps.findings.length).toBeGreaterThan(1);
    expect(onWps.findings).toEqual(onExcel.findings);
    expect(onWps.unfilled).toEqual(onExcel.unfilled);
    expect(onWps.targets).toEqual(onExcel.targets);
    expect(onWps.highlighted).toBe(true);
    expect(wpsHighlights(p.et)).toEqual(excelHighlights(p.excel));
    expect(wpsHighlights(p.et)).toContainEqual(expect.stringContaining(`表三!${SLASH.address} `));
    expect(wpsHighlightColours(p.et)).toEqual(excelHighlightColours(p.excel));
    // The highlights went onto protected sheets: protected again afterwards.
    expect(p.et.book.sheet("表三")?.protection.contents).toBe(true);

    // Clicking a finding: its sheet activated, its cell selected.
    const i = onWps.findings.findIndex((f) => f.rule === "cell.placeholder");
    ok(await p.onWps.select(onWps.targets[i]!));
    expect(p.et.book.activeSheet().name).toBe("表三");
    expect(rangeAddress(p.et.book.activeSheet().selection)).toBe(SLASH.address);

    // Fixed: clean in both, every highlight gone, the template's own conditional formats still there.
    const templateMarks = p.et.book.sheets.reduce((n, s) => n + s.conditions.filter((c) => !isHighlightFormula(c.formula1)).length, 0);
    await typeInBoth(p, [
      { ...PLANTED, value: 3001 },
      { ...SLASH, value: 0 },
    ]);
    expect(ok(await p.onWps.validate()).findings).toEqual([]);
    expect(ok(await p.onExcel.validate()).findings).toEqual([]);
    expect(wpsHighlights(p.et)).toEqual([]);
    expect(p.et.book.sheets.reduce((n, s) => n + s.conditions.length, 0)).toBe(templateMarks);

    // 生成正文: the same rows, the same cells.
    const [genExcel, genWps] = [ok(await p.onExcel.generate()), ok(await p.onWps.generate())];
    expect(genWps.rows).toEqual(genExcel.rows);
    expect(genWps.draft).toEqual(genExcel.draft);
    expect(genWps.address).toBe(genExcel.address);
    const column = narrativeColumn(p);
    expect(column.wps).toEqual(column.excel);
    expect(column.wps[0]).toBe("淮安市人民政府");
    expect(p.et.book.sheet("报告正文")?.peek("A4")?.formula).toBeUndefined();
    // Copy / .docx read the sheet back: the same draft.
    expect(ok(await p.onWps.readText()).draft).toEqual(ok(await p.onExcel.readText()).draft);
  });

  test("上年数据 filled in the workbook: both hosts check the carry-over against it", async () => {
    const p = pair();
    ok(await p.onExcel.insertTemplate({ edition: "2021", reportYear: 2024 }));
    ok(await p.onWps.insertTemplate({ edition: "2021", reportYear: 2024 }));
    const input = fixtureInput("huaian-2024");
    const last = toReport({ ...input, meta: { ...input.meta, reportYear: 2023 }, narrative: undefined });
    await typeInBoth(p, reportValues(L, huaian(), last));
    const [a, b] = [ok(await p.onExcel.validate()), ok(await p.onWps.validate())];
    expect(b.lastYearSource).toBe("workbook");
    expect(b.findings.some((f) => f.rule.startsWith("crossYear."))).toBe(true);
    expect(b.findings).toEqual(a.findings);
  });
});

describe("WPS only", () => {
  async function inserted() {
    const et = createMemoryEt();
    const adapter = new WorkbookAdapter(wpsHost(et));
    ok(await adapter.insertTemplate({ edition: "2021", reportYear: 2024, agency: "淮安市人民政府" }));
    typeInEt(et, reportValues(L, huaian()));
    return { et, adapter };
  }
  const custom = (et: ReturnType<typeof createMemoryEt>) => et.ActiveWorkbook!.CustomDocumentProperties as EtDocumentProperties;

  test("what the add-in wrote is remembered in a custom document property; an edit is not overwritten without asking", async () => {
    const { et, adapter } = await inserted();
    ok(await adapter.generate());
    expect(JSON.parse(String(custom(et).Item(NARRATIVE_SETTING).Value))).toMatch(/^[0-9a-f]{8}-\d+$/);
    ok(await adapter.generate()); // its own text: replaced without asking
    (et.ActiveWorkbook!.Sheets.Item("报告正文") as EtWorksheet).Range("A10").Value2 = "经办人补充的一段话。";
    const asked = await adapter.generate();
    expect(asked).toMatchObject({ ok: false, needsConfirmation: true });
    expect(et.book.sheet("报告正文")?.peek("A10")?.value).toBe("经办人补充的一段话。");
    ok(await adapter.generate({ replace: true }));
  });

  test("a sheet protected with a password: the others are highlighted, the clerk is told, it is remembered", async () => {
    const { et, adapter } = await inserted();
    const t3sheet = et.ActiveWorkbook!.Sheets.Item("表三") as EtWorksheet;
    t3sheet.Unprotect();
    t3sheet.Protect("主管部门");
    typeInEt(et, [{ ...PLANTED }, { ...L.cellMap["t4.cases|review.total"], value: 999 }]);
    const first = ok(await adapter.validate());
    expect(first.notes.join("")).toContain("「表三」工作表设置了保护密码");
    expect(wpsHighlights(et).some((h) => h.startsWith("表四!"))).toBe(true);
    expect(wpsHighlights(et).some((h) => h.startsWith("表三!"))).toBe(false);
    expect(et.book.sheet("表三")?.protection).toMatchObject({ contents: true, password: "主管部门" });
    expect(et.book.sheet("表四")?.protection.contents).toBe(true);
    expect(JSON.parse(String(custom(et).Item("xxgk.lockedSheets").Value))).toEqual(["表三"]);
    expect(ok(await adapter.validate()).notes.join("")).toContain("「表三」工作表设置了保护密码");
  });

  test("a renamed tab is still read and highlighted; a deleted sheet is named", async () => {
    const { et, adapter } = await inserted();
    typeInEt(et, [PLANTED]);
    et.book.sheet("表三")!.name = "表三 ";
    const result = ok(await adapter.validate());
    expect(result.targets.find((t) => t?.sheet.startsWith("表三"))?.sheet).toBe("表三 ");
    expect(wpsHighlights(et).some((h) => h.startsWith("表三 !"))).toBe(true);
    et.DisplayAlerts = false;
    (et.ActiveWorkbook!.Sheets.Item("表三 ") as EtWorksheet).Delete();
    expect(await adapter.validate()).toMatchObject({ ok: false, reason: expect.stringContaining("缺少「表三」工作表") });
  });

  test("no template: the same Chinese reason as in Excel; no workbook open: said so, naming WPS", async () => {
    const adapter = new WorkbookAdapter(wpsHost(createMemoryEt()));
    expect(await adapter.validate()).toMatchObject({ ok: false, noTemplate: true });
    const none = new WorkbookAdapter(wpsHost(createMemoryEt({ noWorkbook: true })));
    expect((await none.insertTemplate({ edition: "2021", reportYear: 2024 })) as Failure).toMatchObject({ ok: false, reason: expect.stringContaining("WPS 表格中没有打开的工作簿") });
  });

  test("the clerk's own fills and conditional formats are untouched by the highlights", async () => {
    const { et, adapter } = await inserted();
    const cell = t3("disclosed", "naturalPerson");
    const sheet = et.book.sheet("表三")!;
    sheet.cell(cell.address).interior = 0xf0b000;
    sheet.conditions.push({ appliesTo: { top: 8, left: 4, bottom: 8, right: 4 }, type: XL.expression, formula1: "=D8>1000", anchor: { row: 8, col: 4 }, interior: 0x00ffff });
    typeInEt(et, [{ ...cell, value: 1 }]);
    const before = JSON.stringify([...sheet.cells]);
    ok(await adapter.validate());
    expect(wpsHighlights(et).length).toBeGreaterThan(0);
    ok(await adapter.validate());
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.conditions.some((c) => c.formula1 === "=D8>1000")).toBe(true);
  });

  test("limitations: a WPS whose object model lacks conditional formats says so and still validates", async () => {
    const { et } = await inserted();
    const host = wpsHost(et);
    const probe = Object.create(host) as typeof host;
    probe.isSetSupported = (name, version) => version !== "1.6" && host.isSetSupported(name, version);
    const adapter = new WorkbookAdapter(probe);
    typeInEt(et, [PLANTED]);
    const result = ok(await adapter.validate());
    expect(result.highlighted).toBe(false);
    expect(adapter.limitations().join("")).toContain("不支持条件格式");
    expect(wpsHighlights(et)).toEqual([]);
  });

  test("a WPS whose Range.Formula takes no array (declared a string) gets the template's formulas cell by cell", async () => {
    const descriptor = Object.getOwnPropertyDescriptor(MemoryEtRange.prototype, "Formula")!;
    Object.defineProperty(MemoryEtRange.prototype, "Formula", {
      ...descriptor,
      set(this: MemoryEtRange, v: unknown) {
        if (Array.isArray(v)) throw new Error("类型不匹配");
        descriptor.set!.call(this, v);
      },
    });
    try {
      const p = pair();
      ok(await p.onExcel.insertTemplate({ edition: "2021", reportYear: 2024 }));
      ok(await p.onWps.insertTemplate({ edition: "2021", reportYear: 2024 }));
      expect(fromEt(p.et.book).map((s) => s.cells)).toEqual(fromMemory(p.excel.store).map((s) => s.cells));
    } finally {
      Object.defineProperty(MemoryEtRange.prototype, "Formula", descriptor);
    }
  });

  test("the probe finds this object model complete", () => {
    const host = wpsHost(createMemoryEt());
    for (const v of ["1.1", "1.2", "1.4", "1.6", "1.7", "1.8", "1.9"]) expect([v, host.isSetSupported("ExcelApi", v)]).toEqual([v, true]);
    expect(host.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(new WorkbookAdapter(host).limitations()).toEqual([]);
  });
});
