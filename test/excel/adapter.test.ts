import { cellKey, templateLayout } from "../../src/core";
import type { Report } from "../../src/core";
import { WorkbookAdapter } from "../../src/excel/adapter";
import type { Failure, ValidateResult } from "../../src/excel/adapter";
import { isHighlightFormula } from "../../src/excel/highlightMark";
import { memorySettings } from "../../src/excel/host";
import { createMemoryExcel } from "../../src/excel/memory";
import type { MemoryExcel } from "../../src/excel/memory";
import { memoryHost } from "../../src/excel/memoryHost";
import { NARRATIVE_SETTING } from "../../src/excel/narrativeSheet";
import { reportValues, typeValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The Office.js adapter over the in-memory Excel: round trips counted per action, highlights that come and go
 * without touching the clerk's own formatting or values, the template never inserted over existing sheets and the
 * text never written over a clerk's edits without consent, user text never a formula.
 */

const L = templateLayout("2021");
const t3 = (row: string, column: string) => L.cellMap[cellKey(`t3.${row}`, column)];

/** 淮安 2024's tables and 基本信息 (its published text left out: the sheet starts empty). */
function huaian(change?: (input: ReturnType<typeof fixtureInput>) => void): Report {
  const input = fixtureInput("huaian-2024");
  change?.(input);
  return toReport({ ...input, narrative: undefined });
}

async function setup(options: { apiVersion?: string; settings?: ReturnType<typeof memorySettings> | null } = {}) {
  const excel = createMemoryExcel({ apiVersion: options.apiVersion });
  const settings = options.settings === undefined ? memorySettings() : options.settings;
  const adapter = new WorkbookAdapter(memoryHost(excel, { settings }));
  const inserted = await adapter.insertTemplate({ edition: "2021", reportYear: 2024 });
  expect(inserted.ok).toBe(true);
  await excel.run((c) => typeValues(c, reportValues(L, huaian())));
  excel.counter.syncs = 0;
  return { excel, adapter, settings };
}

const type = (excel: MemoryExcel, ...values: TypedValue[]) => excel.run((c) => typeValues(c, values));

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success: ${(result as unknown as Failure).reason}`);
  return result as Extract<T, { ok: true }>;
}

const ours = (excel: MemoryExcel, sheet: string) => excel.store.sheet(sheet)?.conditionalFormats.filter((c) => isHighlightFormula(c.formula)) ?? [];
const templateFormats = (excel: MemoryExcel) => excel.store.sheets.flatMap((s) => s.conditionalFormats.filter((c) => !isHighlightFormula(c.formula)).map((c) => `${s.name}!${c.range} ${c.formula}`));

describe("一键校验", () => {
  test("a clean report: one read, no write, no findings", async () => {
    const { excel, adapter } = await setup();
    const result = ok(await adapter.validate());
    expect(result.findings).toEqual([]);
    expect(result.syncs).toEqual({ read: 1, write: 0 });
    expect(excel.counter.syncs).toBe(1);
    expect(result.report.meta).toMatchObject({ agency: "淮安市人民政府", reportYear: 2024, edition: "2021" });
  });

  test("a planted error and a 「/」: found, located, highlighted in one write; the next run removes what was fixed", async () => {
    const { excel, adapter } = await setup();
    const templateBefore = templateFormats(excel);
    const natural = t3("newReceived", "naturalPerson");
    const slash = t3("withheld.stateSecret", "commercial");
    await type(excel, { ...natural, value: 3002 }, { ...slash, value: "/" });
    excel.counter.syncs = 0;

    const first = ok(await adapter.validate());
    expect(first.syncs).toEqual({ read: 1, write: 1 });
    expect(excel.counter.syncs).toBe(2);
    const balance = first.findings.find((f) => f.rule === "t3.applicantTotal");
    expect(balance?.location).toMatchObject({ sheet: "表三" });
    expect(first.findings.find((f) => f.rule === "cell.placeholder")).toMatchObject({ location: { sheet: "表三", cell: slash.address } });
    // Identity findings point at their anchor (the total that does not add up), as the template's own formats do.
    const marked = ours(excel, "表三");
    const cells = first.findings.map((f) => f.location.cell);
    expect(cells).toContain(slash.address);
    expect(marked.map((c) => c.range).sort()).toEqual([...new Set(cells)].sort());
    expect(marked.find((c) => c.range === slash.address)?.fill).toBe("#F8CBAD"); // a warning
    expect(templateFormats(excel)).toEqual(templateBefore);
    expect(excel.store.sheet("表三")?.protection.protected).toBe(true);

    // Fixed: the next run deletes every highlight (one read, one write), and only its own.
    await type(excel, { ...natural, value: 3001 }, { ...slash, value: 0 });
    excel.counter.syncs = 0;
    const second = ok(await adapter.validate());
    expect(second.findings).toEqual([]);
    expect(second.syncs).toEqual({ read: 1, write: 1 });
    expect(ours(excel, "表三")).toEqual([]);
    expect(templateFormats(excel)).toEqual(templateBefore);
    // Nothing left to remove: no write at all.
    expect(ok(await adapter.validate()).syncs).toEqual({ read: 1, write: 0 });
  });

  test("the clerk's own formatting, conditional formats and values are untouched", async () => {
    const { excel, adapter } = await setup();
    const cell = t3("disclosed", "naturalPerson");
    const sheet = excel.store.sheet("表三")!;
    sheet.cell(cell.address).format.fill = "#00B0F0";
    sheet.cell(cell.address).format.font.bold = true;
    sheet.conditionalFormats.push({ range: cell.address, type: "Custom", formula: "=D8>1000", fill: "#FFFF00" });
    await type(excel, { ...cell, value: 1 }); // breaks two identities
    const before = JSON.stringify([...sheet.cells]);

    ok(await adapter.validate());
    expect(ours(excel, "表三").length).toBeGreaterThan(0);
    ok(await adapter.validate());
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(sheet.conditionalFormats).toContainEqual({ range: cell.address, type: "Custom", formula: "=D8>1000", fill: "#FFFF00" });
    expect(sheet.peek(cell.address)?.format.fill).toBe("#00B0F0");
  });

  test("unfilled input cells are reported (the pane sees blanks; custom functions see 0)", async () => {
    const { excel, adapter } = await setup();
    const blank = t3("carriedOver", "research");
    await excel.run(async (c) => (c.workbook.worksheets.getItem("表三").getRange(blank.address).values = [[""]]));
    const result = ok(await adapter.validate());
    // Its row and column force it (a blank is unknown, and the identities say what it must be): named, and inferred.
    expect(result.unfilled).toEqual([expect.objectContaining({ rule: "cell.blankInferred", location: expect.objectContaining({ cell: blank.address }) })]);
  });

  test("a number stored as text is reported: the 校验 sheet would count it as 0", async () => {
    const { excel, adapter } = await setup();
    const cell = t3("newReceived", "commercial");
    await excel.run(async (c) => (c.workbook.worksheets.getItem("表三").getRange(cell.address).values = [["'53"]]));
    const result = ok(await adapter.validate());
    expect(result.findings.map((f) => f.rule)).toEqual(["cell.storedAsText"]);
    expect(result.findings[0].message).toContain(`（${cell.address}）的「53」是以文字形式保存的数字`);
  });

  test("clicking a finding selects its cell on its sheet (one sync)", async () => {
    const { excel, adapter } = await setup();
    const cell = t3("carriedOver", "naturalPerson");
    await type(excel, { ...cell, value: 35 });
    const result = ok(await adapter.validate());
    const i = result.findings.findIndex((f) => f.rule === "t3.columnBalance");
    const target = result.targets[i]!;
    expect(target.sheet).toBe("表三");
    excel.counter.syncs = 0;
    expect(ok(await adapter.select(target)).syncs).toEqual({ read: 0, write: 1 });
    expect(excel.counter.syncs).toBe(1);
    expect(excel.store.sheetById(excel.store.activeSheetId!)?.name).toBe("表三");
    expect(excel.store.selection).toEqual({ sheetId: excel.store.sheet("表三")!.id, range: result.findings[i].location.cell });
  });

  test("an Excel without conditional formats (ExcelApi 1.5): findings and a Chinese note, nothing written", async () => {
    const { excel, adapter } = await setup({ apiVersion: "1.5" });
    await type(excel, { ...t3("newReceived", "naturalPerson"), value: 1 });
    excel.counter.syncs = 0;
    const result = ok(await adapter.validate());
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.highlighted).toBe(false);
    expect(result.notes.join("")).toContain("不支持条件格式");
    expect(result.syncs).toEqual({ read: 1, write: 0 });
    expect(adapter.limitations().join("")).toContain("不支持条件格式");
  });

  test("a sheet protected with a password: the others are highlighted, the clerk is told, and it is not tried again", async () => {
    const { excel, adapter, settings } = await setup();
    excel.store.sheet("表三")!.protection.password = "主管部门";
    await type(excel, { ...t3("newReceived", "naturalPerson"), value: 1 }, { ...L.cellMap["t4.cases|review.total"], value: 999 });
    const first = ok(await adapter.validate());
    expect(first.notes.join("")).toContain("「表三」工作表设置了保护密码");
    expect(ours(excel, "表四").length).toBeGreaterThan(0);
    expect(ours(excel, "表三")).toEqual([]);
    expect(excel.store.sheet("表三")?.protection.protected).toBe(true);
    expect(excel.store.sheet("表四")?.protection.protected).toBe(true);
    expect(settings?.saved["xxgk.lockedSheets"]).toEqual(["表三"]);
    const second = ok(await adapter.validate());
    expect(second.syncs).toEqual({ read: 1, write: 1 });
    expect(second.notes.join("")).toContain("「表三」工作表设置了保护密码");
  });
});

describe("reading the workbook", () => {
  test("a workbook without the template: a Chinese reason, no template sheets touched", async () => {
    const excel = createMemoryExcel();
    const adapter = new WorkbookAdapter(memoryHost(excel));
    const result = await adapter.validate();
    expect(result).toMatchObject({ ok: false, noTemplate: true });
    expect((result as Failure).reason).toContain("还没有年报模板");
    expect(excel.store.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a deleted sheet is named; a renamed tab (stray space) is still read", async () => {
    const { excel, adapter } = await setup();
    excel.store.sheet("表四")!.name = "表四 ";
    const read = ok(await adapter.validate());
    expect(read.syncs.read).toBe(3); // failed read, list of sheets, read again
    excel.store.removeSheet(excel.store.sheet("表四 ")!);
    expect(await adapter.validate()).toMatchObject({ ok: false, reason: expect.stringContaining("缺少「表四」工作表") });
  });

  test("a renamed tab with a finding: highlighted and selectable on that tab, and never taken for a locked sheet", async () => {
    const { excel, adapter, settings } = await setup();
    const cell = t3("carriedOver", "naturalPerson");
    await type(excel, { ...cell, value: 35 });
    excel.store.sheet("表三")!.name = "表三 ";
    const result = ok(await adapter.validate());
    expect(result.notes).toEqual([]);
    expect(result.highlighted).toBe(true);
    expect(ours(excel, "表三 ").length).toBeGreaterThan(0);
    expect(settings?.saved["xxgk.lockedSheets"]).toBeUndefined();
    const i = result.findings.findIndex((f) => f.rule === "t3.columnBalance");
    expect(result.targets[i]!.sheet).toBe("表三 ");
    ok(await adapter.select(result.targets[i]!));
    expect(excel.store.selection).toEqual({ sheetId: excel.store.sheet("表三 ")!.id, range: result.findings[i].location.cell });
  });

  test("a changed label is a refusal with the label shown as typed", async () => {
    const { excel, adapter } = await setup();
    const label = L.labels.find((l) => l.sheet === "表三" && l.key === "t3.disclosed")!;
    excel.store.sheet("表三")!.cell(label.address).value = "<script>alert(1)</script>";
    const result = await adapter.validate();
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("现在是「<script>alert(1)</script>」") });
  });

  test("a refusal reaches the pane whole: a label typed with 「 / 」 and 「/」, no English, 「本工作簿」", async () => {
    const { excel, adapter } = await setup();
    excel.store.sheet("表三")!.cell("C10").value = "国家/工作秘密 / 其他";
    expect(await adapter.validate()).toEqual({
      ok: false,
      reason: "「表三」C10的栏目名称应为「1.属于国家秘密」，现在是「国家/工作秘密 / 其他」。栏目名称被修改，为避免读错数字，未读取本工作簿；请恢复原栏目名称后再检查",
      syncs: { read: 1, write: 0 },
    });
  });
});

describe("插入模板", () => {
  test("refuses to overwrite existing sheets without consent; replaces them with it", async () => {
    const { excel, adapter } = await setup();
    excel.counter.syncs = 0;
    const refused = await adapter.insertTemplate({ edition: "2021", reportYear: 2024 });
    expect(refused).toMatchObject({ ok: false, needsConfirmation: true, existing: expect.arrayContaining(["表三", "基本信息"]) });
    expect(excel.counter.syncs).toBe(1);
    expect(excel.store.sheet("表三")?.peek(t3("newReceived", "naturalPerson").address)?.value).toBe(3001);

    const replaced = ok(await adapter.insertTemplate({ edition: "2021", reportYear: 2025, agency: "=HYPERLINK(\"http://x\")" }, true));
    expect(replaced.syncs).toEqual({ read: 1, write: 1 });
    expect(excel.store.sheet("表三")?.peek(t3("newReceived", "naturalPerson").address)?.value ?? "").toBe("");
    const agency = excel.store.sheet("基本信息")?.peek(L.meta.agency.address);
    expect(agency?.value).toBe("=HYPERLINK(\"http://x\")");
    expect(agency?.formula).toBeUndefined();
  });

  test("an Excel too old to insert says so in Chinese", async () => {
    const excel = createMemoryExcel({ apiVersion: "1.1" });
    const result = await new WorkbookAdapter(memoryHost(excel)).insertTemplate({ edition: "2021" });
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining("不支持由加载项插入模板") });
    expect(excel.counter.syncs).toBe(0);
  });
});

describe("生成正文", () => {
  const narrativeRows = (excel: MemoryExcel) => {
    const sheet = excel.store.sheet("报告正文")!;
    const rows: string[] = [];
    for (let r = L.narrative.firstRow; sheet.peek(`A${r}`)?.value; r++) rows.push(String(sheet.peek(`A${r}`)?.value));
    return rows;
  };

  test("writes the text in one read and one write; user text stays text", async () => {
    const { excel, adapter, settings } = await setup();
    await type(excel, { ...L.meta.agency, value: "=1+2" });
    excel.counter.syncs = 0;
    const result = ok(await adapter.generate());
    expect(result.syncs).toEqual({ read: 1, write: 1 });
    expect(excel.counter.syncs).toBe(2);
    const rows = narrativeRows(excel);
    expect(rows).toEqual(result.rows);
    expect(rows.some((r) => r.includes("=1+2"))).toBe(true);
    const sheet = excel.store.sheet("报告正文")!;
    for (let r = L.narrative.firstRow; r < L.narrative.firstRow + rows.length; r++) expect(sheet.peek(`A${r}`)?.formula).toBeUndefined();
    expect(rows).toContain("（本部分为统计表，见「表三」工作表；复制或下载 Word 时自动插入表格。）");
    expect(result.address).toBe(`报告正文!A4:A${3 + rows.length}`);
    expect(settings?.saved[NARRATIVE_SETTING]).toBeDefined();
  });

  test("returns the text it wrote as a draft: what reading the sheet back gives, without reading it", async () => {
    const { excel, adapter } = await setup();
    await type(excel, { ...L.meta.agency, value: "0517" }); // a title Excel would take for a number: written with 「'」
    const result = ok(await adapter.generate());
    expect(result.syncs).toEqual({ read: 1, write: 1 });
    expect(result.draft.title[0]).toMatch(/^0517/);
    expect(result.draft.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "table").length)).toEqual([0, 1, 1, 1, 0, 0]);
    excel.counter.syncs = 0;
    const readBack = ok(await adapter.readText());
    expect(excel.counter.syncs).toBe(1);
    expect(readBack.rows).toEqual(result.rows);
    expect(readBack.draft).toEqual(result.draft);
  });

  test("never over the clerk's edits without asking", async () => {
    const { excel, adapter } = await setup();
    ok(await adapter.generate());
    // Unchanged text: regenerated without asking.
    ok(await adapter.generate());
    const sheet = excel.store.sheet("报告正文")!;
    const edited = `A${L.narrative.firstRow + 5}`;
    sheet.cell(edited).value = "我们今年新建了政务公开专区。";
    const before = narrativeRows(excel);
    excel.counter.syncs = 0;
    const asked = await adapter.generate();
    expect(asked).toMatchObject({ ok: false, needsConfirmation: true, reason: expect.stringContaining("替换后这些文字将丢失") });
    expect(excel.counter.syncs).toBe(1);
    expect(narrativeRows(excel)).toEqual(before);
    ok(await adapter.generate({ replace: true }));
    expect(sheet.peek(edited)?.value).not.toBe("我们今年新建了政务公开专区。");
  });

  test("text the clerk typed into an empty workbook, or a host without settings: always asks", async () => {
    const { excel, adapter } = await setup({ settings: null });
    excel.store.sheet("报告正文")!.cell(`A${L.narrative.firstRow}`).value = "自己写的正文";
    expect(await adapter.generate()).toMatchObject({ ok: false, needsConfirmation: true, reason: expect.stringContaining("不是加载项生成的") });
    ok(await adapter.generate({ replace: true }));
    expect(await adapter.generate()).toMatchObject({ ok: false, needsConfirmation: true });
  });

  test("a longer old text is cleared below the new one; the sheet reads back as a draft with the tables", async () => {
    const { excel, adapter } = await setup();
    const sheet = excel.store.sheet("报告正文")!;
    for (let i = 0; i < 200; i++) sheet.cell(`A${L.narrative.firstRow + i}`).value = `旧的第${i + 1}段`;
    const result = ok(await adapter.generate({ replace: true }));
    expect(narrativeRows(excel)).toEqual(result.rows);
    expect(sheet.peek(`A${L.narrative.firstRow + 199}`)?.value ?? "").toBe("");

    const text = ok(await adapter.readText());
    expect(text.syncs).toEqual({ read: 1, write: 0 });
    expect(text.draft.sections.map((s) => s.key)).toEqual(["overview", "proactive", "requests", "reviewLitigation", "problems", "other"]);
    const tables = text.draft.sections.flatMap((s) => s.blocks.filter((b) => b.kind === "table").map((b) => (b.kind === "table" ? b.grid.table : "")));
    expect(tables).toEqual(["t2", "t3", "t4"]);
    expect(text.draft.title.join("")).toContain("淮安市人民政府");
    expect(text.draft.sections[0].blocks.some((b) => b.kind === "subheading")).toBe(true);
  });
});

describe("the text in 报告正文 is checked too", () => {
  test("prompts left in the generated text point at their rows, which are highlighted", async () => {
    const { excel, adapter } = await setup();
    const generated = ok(await adapter.generate());
    const result = ok(await adapter.validate());
    const prompts = result.findings.filter((f) => f.rule === "narrative.promptLeft");
    expect(prompts.length).toBeGreaterThan(0);
    const rows = prompts.map((f) => result.targets[result.findings.indexOf(f)]);
    for (const target of rows) {
      expect(target?.sheet).toBe("报告正文");
      const row = Number(target?.select.slice(1)) - L.narrative.firstRow;
      expect(generated.rows[row]).toContain("【请填写");
    }
    expect(ours(excel, "报告正文").length).toBeGreaterThan(0);
  });
});

describe("result shapes", () => {
  test("validate reports targets aligned with findings", async () => {
    const { excel, adapter } = await setup();
    await type(excel, { ...L.meta.agency, value: "" });
    const result = ok(await adapter.validate()) as ValidateResult;
    expect(result.findings.map((f) => f.rule)).toEqual(["meta.agencyMissing"]);
    expect(result.targets[0]).toEqual({ sheet: "基本信息", select: L.meta.agency.address, highlight: [L.meta.agency.address] });
  });

  test("validate reports each target at its own finding's place when findings lie on different sheets", async () => {
    const { excel, adapter } = await setup();
    const t4Cell = L.cellMap["t4.cases|afterReview.pending"];
    const t3Cell = t3("withheld.stateSecret", "commercial");
    await type(excel, { ...L.meta.agency, value: "" }, { ...t3Cell, value: "/" }, { ...t4Cell, value: "/" });
    const result = ok(await adapter.validate()) as ValidateResult;
    // 淮安's 复议后起诉「尚未审结」 is 6: as 0 its 总计 (20) no longer adds up, a finding at that 总计.
    const t4Total = L.cellMap["t4.cases|afterReview.total"];
    const places = result.findings.map((f, i) => [f.rule, result.targets[i]?.sheet, result.targets[i]?.select]);
    expect(places).toHaveLength(4);
    expect(places).toEqual(
      expect.arrayContaining([
        ["meta.agencyMissing", "基本信息", L.meta.agency.address],
        ["cell.placeholder", "表三", t3Cell.address],
        ["cell.placeholder", "表四", t4Cell.address],
        ["t4.groupTotal", "表四", t4Total.address],
      ]),
    );
    // Each placeholder's target is the cell its own finding names.
    for (const [i, f] of result.findings.entries()) if (f.location.cell) expect(result.targets[i]).toMatchObject({ sheet: f.location.sheet, select: f.location.cell });
  });
});
