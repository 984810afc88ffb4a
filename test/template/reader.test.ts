import type ExcelJS from "exceljs";
import { readCellText, refusalText, templateLayout, validate } from "../../src/core";
import type { Report } from "../../src/core";
import { readReportWorkbook } from "../../src/xlsx";
import { fixtureInput, toReport } from "../helpers/reports";
import { fixtureReport, loadWorkbook, shiftRows, templateBuffer } from "../helpers/workbook";

/** The reader: fixture → workbook → report round trips; clerks' habits are tolerated; damage is a clear refusal. */

const L21 = templateLayout("2021");
const L19 = templateLayout("2019");

/** A filled workbook changed the way a clerk (or a colleague) would, then saved. */
async function edited(report: Report, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await loadWorkbook(await templateBuffer(report.meta.edition, report));
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function read(buffer: Buffer) {
  const result = await readReportWorkbook(buffer, "填报.xlsx");
  if (!result.ok) throw new Error(result.reason);
  return result;
}

async function refusal(buffer: Buffer | Uint8Array): Promise<string> {
  const result = await readReportWorkbook(buffer);
  if (result.ok) throw new Error("expected the reader to refuse");
  return refusalText(result);
}

describe("round trip: fixture → workbook → report", () => {
  test.each(["huaian-2024", "yuyao-2020"] as const)("%s: every cell, the metadata and no findings", async (name) => {
    const fixture = fixtureReport(name);
    const { report } = await read(await templateBuffer(fixture.meta.edition, fixture));
    for (const [key, cell] of Object.entries(fixture.cells)) {
      expect([key, report.cells[key]?.value]).toEqual([key, cell.value]);
      // Numbers come back as numbers (「+3」 is the number 3, shown with its sign by the number format).
      const canonical = readCellText(cell.raw).state === "number" && !/^\+/.test(cell.raw);
      if (canonical || readCellText(cell.raw).state !== "number") expect([key, report.cells[key]?.raw]).toEqual([key, cell.raw]);
    }
    expect(Object.keys(report.cells).sort()).toEqual(Object.keys(templateLayout(fixture.meta.edition).cellMap).sort());
    expect(report.meta).toMatchObject({ agency: fixture.meta.agency, level: fixture.meta.level, reportYear: fixture.meta.reportYear, edition: fixture.meta.edition });
    expect(report.meta.contact).toEqual(fixture.meta.contact);
    // The same findings as the fixture itself (its narrative has some), minus the label variants it was typed with.
    const brief = (r: Report) => validate(r).map((f) => `${f.rule} ${f.message}`);
    expect(brief(report)).toEqual(brief({ ...fixture, sourceLabels: undefined }));
    expect(fixture.narrative?.sections.length).toBeGreaterThan(5);
    expect(report.narrative).toEqual(fixture.narrative);
    expect(report.source).toEqual({ kind: "xlsx", file: "填报.xlsx" });
  });

  test("findings carry the sheet and cell address", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const { report } = await read(await templateBuffer("2021", toReport(input)));
    expect(report.cellRefs?.["t3.newReceived|naturalPerson"]).toEqual({ sheet: "表三", address: "D6" });
    const [finding] = validate(report);
    expect(finding).toMatchObject({ rule: "t4.groupTotal", location: { sheet: "表四", cell: "E6" } });
  });

  test("labels found are recorded for the label checks", async () => {
    const { report } = await read(await templateBuffer("2021", fixtureReport("huaian-2024")));
    expect(report.sourceLabels?.["t3.withheld.stateSecret"]).toBe("1.属于国家秘密");
    expect(report.sourceLabels?.["t2.item8/feeAmount"]).toBe("本年收费金额（单位：万元）");
  });

  test("metadata, 信息处理费 and the narrative come back; text starting with = stays text", async () => {
    const input = fixtureInput("huaian-2024");
    const report = toReport({
      ...input,
      meta: { ...input.meta, agency: "=HYPERLINK(\"http://x\")局", url: "https://www.huaian.gov.cn/", informationFeeYuan: 3940 },
      narrative: {
        title: "淮安市人民政府\n2024年政府信息公开工作年度报告",
        preamble: "根据《中华人民共和国政府信息公开条例》编制本报告。",
        sections: [
          { heading: "一、总体情况", body: "2024年，我市……\n（一）主动公开情况。…" },
          { heading: "二、主动公开政府信息情况", body: "" },
          { heading: "三、收到和处理政府信息公开申请情况", body: "" },
          { heading: "四、政府信息公开行政复议、行政诉讼情况", body: "" },
          { heading: "五、存在的主要问题及改进情况", body: "一是……二是……\n=1+1 不是公式" },
          { heading: "六、其他需要报告的事项", body: "全年收取信息处理费3940元。" },
        ],
      },
    });
    const { report: back } = await read(await templateBuffer("2021", report));
    expect(back.meta.agency).toBe("=HYPERLINK(\"http://x\")局");
    expect(back.meta.url).toBe("https://www.huaian.gov.cn/");
    expect(back.meta.informationFeeYuan).toBe(3940);
    expect(back.narrative).toEqual(report.narrative);
  });
});

describe("what clerks do is tolerated", () => {
  test("numbers typed as text, 「/」, and extra blank rows at the end", async () => {
    const fixture = fixtureReport("huaian-2024");
    const buffer = await edited(fixture, (wb) => {
      const t3 = wb.getWorksheet("表三")!;
      t3.getCell("D6").value = "3001";
      t3.getCell("E8").value = " 21 ";
      t3.getCell("F8").value = "/";
      for (let r = 31; r < 60; r++) t3.getCell(`A${r}`).value = "";
      wb.getWorksheet("报告正文")!.getCell("A50").value = "   ";
    });
    const { report } = await read(buffer);
    expect(report.cells["t3.newReceived|naturalPerson"]).toEqual({ raw: "3001", value: 3001 });
    expect(report.cells["t3.disclosed|commercial"]).toEqual({ raw: " 21 ", value: 21 });
    expect(report.cells["t3.disclosed|research"]).toEqual({ raw: "/", value: null });
    expect(validate(report).map((f) => f.rule)).toEqual(["cell.placeholder"]);
  });

  test("a merged input cell unmerged, with the number typed in another of its cells", async () => {
    const ref = L21.cellMap["t2.licensing|decisions"];
    expect(ref.merge).toBe("B9:D9");
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => {
      const t2 = wb.getWorksheet("表二")!;
      t2.unMergeCells(ref.merge!);
      t2.getCell("B9").value = null;
      t2.getCell("C9").value = 447228;
    });
    const { report } = await read(buffer);
    expect(report.cells["t2.licensing|decisions"].value).toBe(447228);
  });

  test("two input cells merged by mistake: the covered one is empty, not counted twice", async () => {
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => wb.getWorksheet("表三")!.mergeCells("D6:E6"));
    const { report } = await read(buffer);
    expect(report.cells["t3.newReceived|naturalPerson"].value).toBe(3001);
    expect(report.cells["t3.newReceived|commercial"].raw).toBe("");
  });

  test("labels with stray spaces or half-width brackets are still ours", async () => {
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => {
      wb.getWorksheet("表三")!.getCell("B10").value = "(三) 不予公开";
      wb.getWorksheet("表三")!.getCell("C10").value = " 1、属于国家秘密";
    });
    expect((await read(buffer)).report.cells["t3.withheld.stateSecret|naturalPerson"].value).toBe(2);
  });
});

describe("上年数据", () => {
  test("filled: read as last year's partial report; blank: no last year", async () => {
    const last = toReport({
      meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" },
      rows: { "t3.carryForward": [34, 0, 0, 0, 0, 0, 34] },
      cells: { "t2.regulations|inForce": 10, "t2.normativeDocuments|inForce": 84 },
    });
    const fixture = fixtureReport("huaian-2024");
    const withLast = await read(await templateBuffer("2021", fixture, last));
    expect(withLast.lastYear?.meta).toMatchObject({ reportYear: 2023, edition: "2021", agency: "淮安市人民政府" });
    expect(withLast.lastYear?.cells["t3.carryForward|total"].value).toBe(34);
    expect(withLast.lastYear?.cells["t2.regulations|inForce"].value).toBe(10);
    expect(withLast.lastYear?.cellRefs?.["t3.carryForward|total"].sheet).toBe("上年数据");
    expect((await read(await templateBuffer("2021", fixture))).lastYear).toBeUndefined();
  });

  test("a 2021 report reads 2020's 表三 row only (2020 used the 2019格式: 表二 is never chained across)", async () => {
    const input = fixtureInput("huaian-2024");
    input.meta.reportYear = 2021;
    const last = toReport({ meta: { reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [1, 0, 0, 0, 0, 0, 1] }, cells: { "t2.regulations|inForce": 5 } });
    const { lastYear } = await read(await templateBuffer("2021", toReport(input), last));
    expect(lastYear?.meta).toMatchObject({ reportYear: 2020, edition: "2019" });
    expect(Object.keys(lastYear?.cells ?? {}).every((k) => k.startsWith("t3.carryForward|"))).toBe(true);
  });
});

describe("damage and foreign files are refused with a clear reason", () => {
  test("a changed label names the sheet, the cell and both texts", async () => {
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => (wb.getWorksheet("表三")!.getCell("C10").value = "国家秘密"));
    expect(await refusal(buffer)).toMatch(/^「表三」C10的栏目名称应为「1\.属于国家秘密」，现在是「国家秘密」.*label changed at 表三!C10$/);
  });

  test("an inserted row is named as such", async () => {
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => shiftRows(wb.getWorksheet("表三")!, 12, 1));
    expect(await refusal(buffer)).toMatch(/「表三」中插入了1行.*rows were inserted in 表三/);
  });

  test("a deleted row is named as such", async () => {
    const buffer = await edited(fixtureReport("huaian-2024"), (wb) => shiftRows(wb.getWorksheet("表三")!, 12, -1));
    expect(await refusal(buffer)).toMatch(/「表三」中删除了1行.*rows were deleted in 表三/);
  });

  test("another edition's table in a workbook marked 2021格式", async () => {
    const buffer = await edited(fixtureReport("yuyao-2020"), (wb) => {
      wb.getWorksheet("填报说明")!.getCell(L19.marker.address).value = "XXGK年报模板/2021格式/v1";
    });
    expect(await refusal(buffer)).toMatch(/「规范性文件」是2019格式的栏目，但本模板是2021格式/);
  });

  test("a workbook that is not ours", async () => {
    const wb = new (await import("exceljs")).default.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "申请人情况";
    expect(await refusal(Buffer.from(await wb.xlsx.writeBuffer()))).toMatch(/^这不是本工具生成的标准填报模板.*not a workbook made by xxgk template$/);
  });

  test("without the marker, a copy with our exact layout is still recognised", async () => {
    const buffer = await edited(fixtureReport("yuyao-2020"), (wb) => {
      wb.removeWorksheet(wb.getWorksheet("填报说明")!.id);
      wb.keywords = "";
      wb.definedNames.remove("'填报说明'!$B$4", "XXGK_TEMPLATE");
    });
    expect((await read(buffer)).report.meta.edition).toBe("2019");
  });

  test("a missing sheet and a missing year", async () => {
    const noT4 = await edited(fixtureReport("huaian-2024"), (wb) => wb.removeWorksheet(wb.getWorksheet("表四")!.id));
    expect(await refusal(noT4)).toMatch(/缺少「表四」工作表/);
    const noYear = await edited(fixtureReport("huaian-2024"), (wb) => (wb.getWorksheet("基本信息")!.getCell(L21.meta.reportYear.address).value = null));
    expect(await refusal(noYear)).toMatch(/^「基本信息」B5的报告年度未填写/);
  });

  test("not an xlsx at all: JSON, legacy .xls, a truncated file", async () => {
    expect(await refusal(Buffer.from('{"meta":{}}'))).toMatch(/不是 \.xlsx 工作簿/);
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatch(/旧版 \.xls/);
    const whole = await templateBuffer("2021");
    expect(await refusal(whole.subarray(0, whole.length / 2))).toMatch(/损坏或不完整/);
  });

  test("bounded input: an oversized file and a zip that would expand too far are refused before opening", async () => {
    const big = Buffer.alloc(21 * 1024 * 1024);
    big.write("PK\u0003\u0004", 0, "latin1");
    expect(await refusal(big)).toMatch(/^文件过大/);
    // A zip bomb: the directory claims a part inflates to 4 GB.
    const bomb = Buffer.from(await templateBuffer("2021"));
    const directory = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffff0, directory + 24);
    expect(await refusal(bomb)).toMatch(/^工作簿解压后超过 100 MB/);
    // A sheet whose used range spans the whole grid.
    const huge = await edited(fixtureReport("huaian-2024"), (wb) => (wb.addWorksheet("备注").getCell("XFD1048576").value = 1));
    expect(await refusal(huge)).toMatch(/^工作簿过大（各工作表的使用范围共 \d+ 个单元格/);
  });
});

describe("blanks in a returned workbook: once per block, pointing at the exact cells", () => {
  test("the 总计 column left blank for every result row: one finding whose range is those cells, inferred from the rows", async () => {
    const input = fixtureInput("huaian-2024");
    const rows = Object.keys(input.rows).filter((k) => k.startsWith("t3.") && !["t3.newReceived", "t3.carriedOver", "t3.carryForward"].includes(k));
    expect(rows).toHaveLength(22);
    for (const row of rows) input.rows[row][6] = "";
    const { report } = await read(await templateBuffer("2021", toReport(input)));
    const findings = validate(report);
    expect(findings.map((f) => f.rule)).toEqual(["cell.blankInferred"]);
    const [blank] = findings;
    // 表三's 总计 column is J; its result rows are 8 (（一）予以公开) to 29 (（七）总计) in the 2021 layout.
    const first = L21.cellMap["t3.disclosed|total"];
    const last = L21.cellMap["t3.total|total"];
    expect(blank.location).toMatchObject({ sheet: first.sheet, cell: `${first.address}:${last.address}`, column: "总计" });
    expect(blank.location.keys).toEqual(rows.map((r) => `${r}|total`));
  });
});
