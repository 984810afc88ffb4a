import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { editionIndex } from "../../src/core";
import { decodeText, importDocx, importText } from "../../src/core/import";
import { spanGrid } from "../../src/core/import/flow";
import { formatNumber } from "../../src/core/import/docxNumbering";
import { matchRowLabel } from "../../src/core/import/labels";
import { lineSegments } from "../../src/core/import/textCells";
import { agencyOf, contactOf, findTitle, levelOfAgency, periodYearOf } from "../../src/core/import/meta";
import { unwrapLines } from "../../src/core/import/unwrap";
import { SIX_HEADINGS } from "../helpers/reports";
import { transcribed } from "./helpers";

describe("row labels: every §4 variant names its row; other text does not", () => {
  test.each([
    ["一、本年新收到政府信息公开申请数量", "t3.newReceived"],
    ["二、上年转结政府信息公开申请数量", "t3.carriedOver"],
    ["四、转结下年度继续办理", "t3.carryForward"],
    ["1、属于国家秘密", "t3.withheld.stateSecret"],
    ["(一)予以公开", "t3.disclosed"],
    ["（三） 不予公开 8. 属于行政查询事项", "t3.withheld.queryMatters"],
    ["1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请", "t3.other.noCorrection"],
    ["（2）申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "t3.other.unpaidFee"],
    ['3.危及"三安全一稳定"', "t3.withheld.threeSecurities"],
    ["（二）部分公开", "t3.partlyDisclosed"],
    ["三、本年度办理结果（七）总计", "t3.total"],
    ["行政规范性文件", "t2.normativeDocuments"],
    ["规范性文件", "t2.normativeDocuments"],
  ])("%s → %s", (text, rowKey) => {
    expect(matchRowLabel(text)?.rowKey).toBe(rowKey);
  });

  test.each(["我局无权制定规章", "其他", "总计", "法人或其他组织", "（三）不予公开", "三、本年度办理结果", ""])("%s → no row", (text) => {
    expect(matchRowLabel(text)).toBeUndefined();
  });

  test("PDF text: anything may come before the label (header and group fragments)", () => {
    expect(matchRowLabel("总计商业企业科研机构一、本年新收政府信息公开申请数量", true)?.rowKey).toBe("t3.newReceived");
    expect(matchRowLabel("法提供 2.没有现成信息需要另行制作", true)?.rowKey).toBe("t3.unavailable.needsCreation");
    expect(matchRowLabel("法提供 2.没有现成信息需要另行制作", false)).toBeUndefined();
  });
});

describe("text pasted from a spreadsheet or a browser as tab-separated rows", () => {
  test("imports like the page it came from", () => {
    const expected = transcribed("huaian-2024");
    const index = editionIndex("2021");
    const rows = index.edition.tables.flatMap((t) =>
      t.blocks.flatMap((b) => b.rows.map((r) => [r.label, ...b.columns.map((c) => expected.cells[`${r.key}|${c.key}`].raw)].join("\t"))),
    );
    const text = ["淮安市人民政府2024年政府信息公开工作年度报告", "二、主动公开政府信息情况", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数", ...rows.slice(0, 6),
      "三、收到和处理政府信息公开申请情况", ...rows.slice(6, 31), "四、政府信息公开行政复议、行政诉讼情况", "行政复议\t\t\t\t\t行政诉讼", rows[31]].join("\r\n");
    const result = importText(text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.cells).toEqual(expected.cells);
    expect(result.report.inputProblems).toEqual([]);
  });
});

describe("a line of PDF text → label and values", () => {
  const segment = (line: string) => {
    const [first, ...rest] = lineSegments(line);
    expect(rest).toEqual([]);
    return { text: first.text, values: first.values };
  };
  test.each([
    ["1.属于国家秘密 2 0 0 0 0 0 2", "1.属于国家秘密", ["2", "0", "0", "0", "0", "0", "2"]],
    ["行政事业性收费 96171.6", "行政事业性收费", ["96171.6"]],
    ["行政许可447228", "行政许可", ["447228"]],
    ["政府集中采购 134 366.47203 万元", "政府集中采购", ["134", "366.47203万元"]],
    ["行政强制 6 +3 9", "行政强制", ["6", "+3", "9"]],
    ["规章 / / /", "规章", ["/", "/", "/"]],
    ["72 64 178 37 351", "", ["72", "64", "178", "37", "351"]],
    ["（四）无 1.本机关不掌握相关政府信息 746 12 0 0 10 1 769", "（四）无 1.本机关不掌握相关政府信息", ["746", "12", "0", "0", "10", "1", "769"]],
  ])("%s", (line, text, values) => {
    expect(segment(line)).toEqual({ text, values });
  });
});

describe("hard line breaks rejoined", () => {
  test("paragraphs end at short lines, sentence ends and headings; sub-headings start new ones", () => {
    const lines = [
      "淮安市人民政府",
      "一、总体情况",
      "2024 年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学",
      "习宣传贯彻党的二十大精神，圆满完成了各项任务。",
      "（一）主动公开情况。2024 年，市政府网站主动公开各类政府信息 5500",
      "余条。",
    ];
    expect(unwrapLines(lines, new Set(["一、总体情况"]))).toEqual([
      "淮安市人民政府",
      "一、总体情况",
      "2024 年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大精神，圆满完成了各项任务。",
      "（一）主动公开情况。2024 年，市政府网站主动公开各类政府信息 5500余条。",
    ]);
  });
});

describe("spanned cells", () => {
  test("rowspan and colspan fill every slot with the cell's text and id", () => {
    const c = (text: string, rowspan = 1, colspan = 1) => ({ text, rowspan, colspan });
    const grid = spanGrid([[c("三、本年度办理结果", 2), c("（一）予以公开", 1, 2), c("5")], [c("（三）不予公开"), c("1.属于国家秘密"), c("0")]]);
    expect(grid.rows).toEqual([
      ["三、本年度办理结果", "（一）予以公开", "（一）予以公开", "5"],
      ["三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "0"],
    ]);
    expect(grid.cellIds![0][1]).toBe(grid.cellIds![0][2]);
    expect(grid.cellIds![0][0]).toBe(grid.cellIds![1][0]);
  });

  test("a hostile colspan is capped", () => {
    expect(spanGrid([[{ text: "x", rowspan: 1, colspan: 1e9 }]]).rows[0].length).toBe(200);
  });
});

describe("decoding saved files", () => {
  test("GBK without a declaration, UTF-8 with a BOM, UTF-16 from Notepad", () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae]); // 「政府」 in GBK
    expect(decodeText(gbk)).toBe("政府");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0x94, 0xbf]))).toBe("政");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x3f, 0x65]))).toBe("政");
  });
});

describe("what the title and preamble say", () => {
  test.each([
    ["淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府"],
    ["淮安市人民政府\n2024 年政府信息公开工作年度报告", "淮安市人民政府"],
    ["2023年度余姚市应急管理局政府信息公开工作年度报告", "余姚市应急管理局"],
    ["关于某某街道办事处2022年政府信息公开工作年度报告", "某某街道办事处"],
    ["某某县人民政府政府信息公开工作2021年度报告", "某某县人民政府"],
  ])("%s → %s", (title, agency) => {
    expect(agencyOf(title)).toBe(agency);
  });

  test("the title is found after a web page's chrome, with its agency line", () => {
    const lines = ["首页 > 政务公开", "发布日期：2025-01-20", "某某镇人民政府", "2024年政府信息公开工作年度报告", "根据……"];
    expect(findTitle(lines)).toEqual({ start: 2, end: 4, text: "某某镇人民政府\n2024年政府信息公开工作年度报告" });
  });

  test("the statistics period gives the year when the title does not", () => {
    expect(periodYearOf("本报告所列数据统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止。")).toBe(2023);
  });

  test("contact; level only when the name states it", () => {
    expect(contactOf("如对本报告有疑问，请与某某镇党政办联系（通讯地址：某某镇 人民路 8 号；邮政编码：315400；联系电话：0574-12345678；E-mail：abc@example.cn）。")).toEqual({
      office: "某某镇党政办",
      address: "某某镇人民路8号",
      postcode: "315400",
      phone: "0574-12345678",
      email: "abc@example.cn",
    });
    expect(levelOfAgency("某某镇人民政府")).toBe("township");
    expect(levelOfAgency("某某街道办事处")).toBe("subdistrict");
    expect(levelOfAgency("淮安市人民政府")).toBeUndefined();
  });
});

describe(".docx written by Word: automatic numbering and merged cells", () => {
  test("numbers Word prints are written out; vMerge/gridSpan become spans", async () => {
    const heading = (text: string) => new Paragraph({ numbering: { reference: "sections", level: 0 }, children: [new TextRun(text)] });
    const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) => new TableCell({ children: [new Paragraph(text)], ...extra });
    const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const doc = new Document({
      numbering: { config: [{ reference: "sections", levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph("某某镇人民政府2023年政府信息公开工作年度报告"),
            heading("总体情况"),
            new Paragraph("2023年，我镇未收到政府信息公开申请。"),
            heading("主动公开政府信息情况"),
            heading("收到和处理政府信息公开申请情况"),
            heading("政府信息公开行政复议、行政诉讼情况"),
            new Table({
              rows: [
                new TableRow({ children: [cell("行政复议", { columnSpan: 5 }), cell("行政诉讼", { columnSpan: 10 })] }),
                new TableRow({
                  children: [
                    ...outcomes.map((o) => cell(o, { verticalMerge: "restart" })),
                    cell("未经复议直接起诉", { columnSpan: 5 }),
                    cell("复议后起诉", { columnSpan: 5 }),
                  ],
                }),
                new TableRow({ children: [...outcomes.map(() => cell("", { verticalMerge: "continue" })), ...[...outcomes, ...outcomes].map((o) => cell(o))] }),
                new TableRow({ children: Array.from({ length: 15 }, (_, i) => cell(String(i === 0 ? 1 : i === 4 ? 1 : 0))) }),
              ],
            }),
            heading("存在的主要问题及改进情况"),
            heading("其他需要报告的事项"),
            new Paragraph("本年度未收取信息处理费。"),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const result = await importDocx(bytes);
    if (!result.ok) throw new Error(result.reason);
    const { report } = result;
    expect(report.meta).toMatchObject({ agency: "某某镇人民政府", reportYear: 2023, edition: "2021", level: "township" });
    expect(report.narrative!.sections.map((s) => s.heading)).toEqual(SIX_HEADINGS);
    expect(report.cells["t4.cases|review.upheld"].raw).toBe("1");
    expect(report.cells["t4.cases|review.total"].raw).toBe("1");
    expect(report.cells["t4.cases|afterReview.total"].raw).toBe("0");
    expect(report.inputProblems.map((p) => (p.kind === "finding" ? p.rule : p.kind))).toEqual(["import.tableMissing", "import.tableMissing"]);
  });

  test("number formats", () => {
    expect([1, 10, 12, 20].map((n) => formatNumber(n, "chineseCounting"))).toEqual(["一", "十", "十二", "二十"]);
    expect(formatNumber(3, "decimalEnclosedCircle")).toBe("③");
    expect(formatNumber(14, "upperRoman")).toBe("XIV");
    expect(formatNumber(2, "bullet")).toBe("");
  });
});

describe("Traditional characters", () => {
  test("every marker is a Traditional-only character: the converter changes each one", async () => {
    const { TRADITIONAL_MARKERS } = await import("../../src/core/import/script");
    const OpenCC = await import("opencc-js/t2cn");
    const convert = OpenCC.Converter({ from: "twp", to: "cn" });
    for (const c of TRADITIONAL_MARKERS) expect([c, convert(c) !== c]).toEqual([c, true]);
    expect(new Set(TRADITIONAL_MARKERS).size).toBe([...TRADITIONAL_MARKERS].length);
  });

  test("a Traditional mirror is read as the Simplified original (a Taiwan 「檔案」 was a 「文件」); Simplified text is left as written", async () => {
    const { simplified } = await import("../../src/core/import/script");
    expect(simplified("第二十條第（一）項 規範性檔案 本年新製作數量 政府資訊公開 其他對外管理服務事項")).toEqual({
      text: "第二十条第（一）项 规范性文件 本年新制作数量 政府信息公开 其他对外管理服务事项",
      converted: true,
    });
    const plain = "乾隆年间著作，政府信息公开工作年度报告。本局认真贯彻条例，做好依申请公开。";
    expect(simplified(plain)).toEqual({ text: plain, converted: false });
  });
});
