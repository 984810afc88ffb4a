import { editionIndex, validate } from "../../src/core";
import type { Finding } from "../../src/core";
import { fixtureInput, setCell, toReport } from "../helpers/reports";

/**
 * Golden files: the two real reports, transcribed by reading (test/fixtures/reports), and copies with one planted
 * error per rule. Expected findings were worked out by hand from the documents' numbers.
 */

type Brief = { rule: string; table?: string; row?: string; column?: string; expected?: unknown; actual?: unknown };

function brief(findings: Finding[]): Brief[] {
  return findings.map((f) => {
    const b: Brief = { rule: f.rule };
    if (f.location.table) b.table = f.location.table;
    if (f.location.row) b.row = f.location.row;
    if (f.location.column) b.column = f.location.column;
    if (f.expected !== null) b.expected = f.expected;
    if (f.actual !== null) b.actual = f.actual;
    return b;
  });
}

/**
 * The table rules' planted errors are judged on the tables alone: a planted table error also makes the real text
 * disagree with the table, which test/narrative covers. The real reports (with their text) are checked whole below.
 */
const huaian = () => {
  const input = fixtureInput("huaian-2024");
  delete input.narrative;
  return input;
};
const yuyao = () => {
  const input = fixtureInput("yuyao-2020");
  delete input.sourceLabels;
  delete input.narrative;
  return input;
};
const T3_NEW = "一、本年新收政府信息公开申请数量";

describe("real reports", () => {
  test("淮安市人民政府 2024 (2021格式), tables and text: no findings", () => {
    expect(fixtureInput("huaian-2024").narrative).toBeDefined();
    expect(validate(toReport(fixtureInput("huaian-2024")))).toEqual([]);
  });

  test("余姚市应急管理局 2020 (2019格式): no errors; its three label variants and its section structure are warned", () => {
    // Read off the document: sections 二 主要工作措施 and 七 今后主要工作思路 are not in the format; the three tables sit
    // under 三/四/五 instead of 二/三/四; 「六、存在问题」 is the problems section (五) worded and numbered wrongly;
    // there is no 「六、其他需要报告的事项」. Its text (「未发生…收费」「未发生…行政复议和行政诉讼」) agrees with its tables.
    expect(brief(validate(toReport(fixtureInput("yuyao-2020"))))).toEqual([
      { rule: "label.variant", table: "表三", row: T3_NEW, expected: T3_NEW, actual: "一、本年新收到政府信息公开申请数量" },
      { rule: "label.variant", table: "表三", row: "二、上年结转政府信息公开申请数量", expected: "二、上年结转政府信息公开申请数量", actual: "二、上年转结政府信息公开申请数量" },
      { rule: "label.variant", table: "表三", row: "四、结转下年度继续办理", expected: "四、结转下年度继续办理", actual: "四、转结下年度继续办理" },
      { rule: "structure.sectionExtra", actual: "二、主要工作措施" },
      { rule: "structure.headingVariant", expected: "二、主动公开政府信息情况", actual: "三、主动公开政府信息情况" },
      { rule: "structure.headingVariant", expected: "三、收到和处理政府信息公开申请情况", actual: "四、收到和处理政府信息公开申请情况" },
      { rule: "structure.headingVariant", expected: "四、政府信息公开行政复议、行政诉讼情况", actual: "五、政府信息公开行政复议、行政诉讼情况" },
      { rule: "structure.headingVariant", expected: "五、存在的主要问题及改进情况", actual: "六、存在问题" },
      { rule: "structure.sectionExtra", actual: "七、今后主要工作思路" },
      { rule: "structure.sectionMissing", expected: "六、其他需要报告的事项" },
    ]);
  });
});

describe("planted errors: one per rule, found exactly where planted", () => {
  const SECRET = "（三）不予公开 1.属于国家秘密";

  test("cell.blankInferred: a blank part under a filled total, its other parts filled — the identity forces it", () => {
    const input = huaian();
    setCell(input, "t3.withheld.stateSecret", 1, "");
    const findings = validate(toReport(input));
    expect(brief(findings)).toEqual([{ rule: "cell.blankInferred", table: "表三", row: SECRET, column: "商业企业", expected: 0 }]);
    expect(findings[0].message).toBe("表三「（三）不予公开 1.属于国家秘密」行「商业企业」列未填写，已按（七）总计减去其余各项计算为0；请补填。");
  });

  test("cell.blank: blanks no identity can force (two in each row and column) — unknown, not 0, one finding per run", () => {
    const input = huaian();
    for (const row of ["t3.withheld.stateSecret", "t3.withheld.prohibitedByLaw"]) for (const column of [0, 1]) setCell(input, row, column, "");
    const findings = validate(toReport(input));
    // Every identity can still hold whatever the blanks are: no identity error, nothing quoted as what they should be.
    expect(brief(findings)).toEqual([
      { rule: "cell.blank", table: "表三", column: "自然人" },
      { rule: "cell.blank", table: "表三", column: "商业企业" },
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "表三「自然人」列「（三）不予公开 1.属于国家秘密」至「（三）不予公开 2.其他法律行政法规禁止公开」各行未填写（共2格）。空白不按0计算：与之相关的勾稽关系只按已填的数字核对；没有发生的请填0。",
      "表三「商业企业」列「（三）不予公开 1.属于国家秘密」至「（三）不予公开 2.其他法律行政法规禁止公开」各行未填写（共2格）。空白不按0计算：与之相关的勾稽关系只按已填的数字核对；没有发生的请填0。",
    ]);
  });

  test("cell.blankInferred: the 总计 column left blank for every result row — one warning for the block, the totals used", () => {
    const input = huaian();
    const rows = editionIndex("2021").table("t3").blocks[0].rows.map((r) => r.key);
    const results = rows.slice(rows.indexOf("t3.disclosed"), rows.indexOf("t3.carryForward"));
    for (const row of results) setCell(input, row, 6, "");
    const findings = validate(toReport(input));
    expect(findings.map((f) => f.rule)).toEqual(["cell.blankInferred"]);
    expect(findings[0].message).toBe(
      "表三「总计」列「（一）予以公开」至「（七）总计」各行未填写（共22格），已按自然人与五类法人或其他组织之和计算为1362、454、2、31、5、6等；请补填。",
    );
  });

  test("cell.placeholder 「/」", () => {
    const input = huaian();
    setCell(input, "t3.notProcessed.publications", 0, "/");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.placeholder", table: "表三", row: "（五）不予处理 3.要求提供公开出版物", column: "自然人", actual: "/" },
    ]);
  });

  test("cell.fullWidth 「３４」 is read as 34, so the identities still hold", () => {
    const input = huaian();
    setCell(input, "t3.carriedOver", 0, "３４");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.fullWidth", table: "表三", row: "二、上年结转政府信息公开申请数量", column: "自然人", expected: 34, actual: "３４" },
    ]);
  });

  test("cell.thousandsSeparator", () => {
    const input = huaian();
    setCell(input, "t3.newReceived", 6, "3,119");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.thousandsSeparator", table: "表三", row: T3_NEW, column: "总计", expected: 3119, actual: "3,119" },
    ]);
  });

  test("cell.unit 「3119件」", () => {
    const input = huaian();
    setCell(input, "t3.newReceived", 6, "3119件");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.unit", table: "表三", row: T3_NEW, column: "总计", expected: 3119, actual: "3119件" },
    ]);
  });

  test("cell.wrongUnit: 元 in the 万元 column", () => {
    const input = huaian();
    setCell(input, "t2.fees", 0, "3940元");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.wrongUnit", table: "表二", row: "行政事业性收费", column: "本年收费金额（单位：万元）", actual: "3940元" },
    ]);
  });

  test("cell.unitMissing: 2019 采购总金额 without 元/万元", () => {
    const input = yuyao();
    setCell(input, "t2.procurement", 1, "366.47203");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.unitMissing", table: "表二", row: "政府集中采购", column: "采购总金额", actual: "366.47203" },
    ]);
  });

  test("cell.notNumber: text in a count cell is unknown, not 0 — its own error, and no identity breaks because of it", () => {
    const input = huaian();
    setCell(input, "t3.disclosed", 0, "见附件");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.notNumber", table: "表三", row: "（一）予以公开", column: "自然人", actual: "见附件" },
    ]);
  });

  test("cell.negative", () => {
    const input = huaian();
    setCell(input, "t3.withheld.stateSecret", 0, -2);
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.negative", table: "表三", row: SECRET, column: "自然人", actual: -2 },
      { rule: "t3.resultsTotal", table: "表三", column: "自然人", expected: 2928, actual: 2932 },
      { rule: "t3.applicantTotal", table: "表三", row: SECRET, expected: -2, actual: 2 },
      // Its row and its column both differ by 4 and cross at the planted cell, which was 2.
      { rule: "identity.slip", table: "表三", row: SECRET, column: "自然人", expected: 2, actual: -2 },
    ]);
  });

  test("cell.notInteger: a decimal in a count", () => {
    const input = huaian();
    setCell(input, "t3.withheld.stateSecret", 0, "2.5");
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "cell.notInteger", table: "表三", row: SECRET, column: "自然人", actual: 2.5 },
      { rule: "t3.resultsTotal", table: "表三", column: "自然人", expected: 2932.5, actual: 2932 },
      { rule: "t3.applicantTotal", table: "表三", row: SECRET, expected: 2.5, actual: 2 },
      { rule: "identity.slip", table: "表三", row: SECRET, column: "自然人", expected: 2, actual: 2.5 },
    ]);
  });

  test("table.empty: 表四 left blank is one error, not fifteen blank cells", () => {
    const input = huaian();
    input.rows["t4.cases"] = Array(15).fill("");
    expect(brief(validate(toReport(input)))).toEqual([{ rule: "table.empty", table: "表四" }]);
  });

  test("edition.yearMismatch: a 2021 report in the 2019格式", () => {
    const input = yuyao();
    input.meta.reportYear = 2021;
    const findings = validate(toReport(input));
    expect(brief(findings)).toEqual([{ rule: "edition.yearMismatch", expected: "2021", actual: "2019" }]);
    expect(findings[0].message).toBe(
      "报告年度为2021年，应使用2021格式（国办公开办函〔2021〕30号），本报告使用的是2019格式（国办公开办函〔2019〕60号）。",
    );
  });

  test("edition.unexpected: the caller required the 2019格式", () => {
    expect(brief(validate(toReport(huaian()), { expectedEdition: "2019" }))).toEqual([
      { rule: "edition.unexpected", expected: "2019", actual: "2021" },
    ]);
  });

  test("label.otherEdition: 2019 label 「规范性文件」 in a 2021 table", () => {
    const input = huaian();
    input.sourceLabels = { "t2.normativeDocuments": "规范性文件" };
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "label.otherEdition", table: "表二", row: "行政规范性文件", expected: "行政规范性文件", actual: "规范性文件" },
    ]);
  });

  test("label.variant: a column header written differently", () => {
    const input = huaian();
    input.sourceLabels = { "t3/legalService": "法律服务机构（律所）" };
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "label.variant", table: "表三", row: "法律服务机构", expected: "法律服务机构", actual: "法律服务机构（律所）" },
    ]);
  });

  test("meta.agencyMissing", () => {
    const input = huaian();
    input.meta.agency = "  ";
    expect(brief(validate(toReport(input)))).toEqual([{ rule: "meta.agencyMissing" }]);
  });

  test("input.unknownKey: a 2019 row key in a 2021 report", () => {
    const input = huaian();
    input.cells = { "t3.other|naturalPerson": 1 };
    expect(brief(validate(toReport(input)))).toEqual([{ rule: "input.unknownKey" }]);
  });

  test("input.rowLength: a row one value short leaves its last cell blank — a total its parts force", () => {
    const input = huaian();
    input.rows["t4.cases"] = input.rows["t4.cases"].slice(0, 14);
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "input.rowLength", table: "表四", row: "", expected: 15, actual: 14 },
      { rule: "cell.blankInferred", table: "表四", column: "复议后起诉·总计", expected: 20 },
    ].map((b) => (b.row === "" ? (({ row: _r, ...rest }) => rest)(b) : b)));
  });

  test("t2.regulationsLevel: a township reporting 规章", () => {
    const input = huaian();
    input.meta.level = "township";
    const findings = validate(toReport(input));
    expect(brief(findings)).toEqual([{ rule: "t2.regulationsLevel", table: "表二", row: "规章", column: "本年制发件数" }]);
    expect(findings[0].message).toContain("本年制发件数1，现行有效件数11");
  });

  test("t3.columnBalance: 结转下年度 off by 4 in 自然人 and 总计", () => {
    const input = huaian();
    setCell(input, "t3.carryForward", 0, 107);
    setCell(input, "t3.carryForward", 6, 107);
    const findings = validate(toReport(input));
    expect(brief(findings)).toEqual([
      { rule: "t3.columnBalance", table: "表三", column: "自然人", expected: 3039, actual: 3035 },
      { rule: "t3.columnBalance", table: "表三", column: "总计", expected: 3157, actual: 3153 },
    ]);
    expect(findings[0].message).toBe("表三「自然人」列：第一项+第二项=3035，第三项（七）总计+第四项=3039，相差4。");
  });

  test("t3.resultsTotal: 予以公开 one too many in 自然人 and 总计", () => {
    const input = huaian();
    setCell(input, "t3.disclosed", 0, 1289);
    setCell(input, "t3.disclosed", 6, 1363);
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "t3.resultsTotal", table: "表三", column: "自然人", expected: 2933, actual: 2932 },
      { rule: "t3.resultsTotal", table: "表三", column: "总计", expected: 3051, actual: 3050 },
    ]);
  });

  test("t3.applicantTotal: 新收 总计 one too many", () => {
    const input = huaian();
    setCell(input, "t3.newReceived", 6, 3120);
    expect(brief(validate(toReport(input)))).toEqual([
      { rule: "t3.columnBalance", table: "表三", column: "总计", expected: 3153, actual: 3154 },
      { rule: "t3.applicantTotal", table: "表三", row: T3_NEW, expected: 3119, actual: 3120 },
      // A slip in a total cell is named as the total: its row and its column (一+二=（七）+四) both differ by 1.
      { rule: "identity.slip", table: "表三", row: T3_NEW, column: "总计", expected: 3119, actual: 3120 },
    ]);
  });

  test("t4.groupTotal: 行政复议 总计 350 instead of 351", () => {
    const input = huaian();
    setCell(input, "t4.cases", 4, 350);
    const findings = validate(toReport(input));
    expect(brief(findings)).toEqual([{ rule: "t4.groupTotal", table: "表四", column: "行政复议", expected: 351, actual: 350 }]);
    expect(findings[0].message).toBe("表四「行政复议」：总计为350，结果维持、结果纠正、其他结果、尚未审结之和为351，相差1。");
  });
});

describe("cross-year rules (with last year's report)", () => {
  /** A plausible 2023 report for 淮安 whose 结转下年度 and 现行有效 chain into the 2024 figures. */
  function lastYear() {
    const input = huaian();
    input.meta.reportYear = 2023;
    input.rows["t3.carryForward"] = [34, 0, 0, 0, 0, 0, 34];
    input.rows["t2.regulations"] = [1, 1, 10];
    input.rows["t2.normativeDocuments"] = [10, 2, 84];
    return input;
  }

  test("consistent years give no findings", () => {
    expect(validate(toReport(huaian()), { lastYear: toReport(lastYear()) })).toEqual([]);
  });

  test("crossYear.carryOver: 上年结转 ≠ last year's 结转下年度", () => {
    const last = lastYear();
    last.rows["t3.carryForward"] = [30, 0, 0, 0, 0, 0, 30];
    expect(brief(validate(toReport(huaian()), { lastYear: toReport(last) }))).toEqual([
      { rule: "crossYear.carryOver", table: "表三", column: "自然人", expected: 30, actual: 34 },
      { rule: "crossYear.carryOver", table: "表三", column: "总计", expected: 30, actual: 34 },
    ]);
  });

  test("crossYear.inForceChain: 现行有效 does not follow from last year (a warning)", () => {
    const last = lastYear();
    last.rows["t2.normativeDocuments"] = [10, 2, 80];
    const findings = validate(toReport(huaian()), { lastYear: toReport(last) });
    expect(brief(findings)).toEqual([
      { rule: "crossYear.inForceChain", table: "表二", row: "行政规范性文件", column: "现行有效件数", expected: 62, actual: 66 },
    ]);
    expect(findings[0].severity).toBe("warning");
  });

  test("crossYear.notPreviousYear: a report two years back is not compared", () => {
    const last = lastYear();
    last.meta.reportYear = 2022;
    last.rows["t3.carryForward"] = [1, 1, 1, 1, 1, 1, 6];
    expect(brief(validate(toReport(huaian()), { lastYear: toReport(last) }))).toEqual([
      { rule: "crossYear.notPreviousYear", expected: 2023, actual: 2022 },
    ]);
  });

  test("表二 is never chained across the 2020→2021 edition change", () => {
    const input = huaian();
    input.meta.reportYear = 2021;
    const last = yuyao();
    last.meta.reportYear = 2020;
    input.rows["t3.carriedOver"] = [0, 0, 0, 0, 0, 0, 0];
    input.rows["t3.newReceived"] = [3035, 53, 0, 0, 61, 4, 3153];
    const rules = validate(toReport(input), { lastYear: toReport(last) }).map((f) => f.rule);
    expect(rules).not.toContain("crossYear.inForceChain");
    expect(rules).toEqual([]);
  });
});
