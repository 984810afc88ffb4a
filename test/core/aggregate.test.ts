import { aggregateReports, validate } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

describe("aggregateReports: a 全市 summary from departmental reports", () => {
  test("sums every cell; the sum of consistent reports is consistent", () => {
    const a = fixtureInput("huaian-2024");
    const b = fixtureInput("huaian-2024");
    b.meta.agency = "淮安市某局";
    const result = aggregateReports([{ report: toReport(a), file: "a.json" }, { report: toReport(b), file: "b.json" }], { agency: "淮安市（汇总）" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.cells["t3.newReceived|total"]).toEqual({ raw: "6238", value: 6238 });
    expect(result.report.cells["t2.fees|feeAmount"]).toEqual({ raw: "192343.2", value: 192343.2 });
    expect(result.report.cells["t4.cases|review.total"].value).toBe(702);
    expect(result.contributors).toEqual([
      { agency: "淮安市人民政府", file: "a.json" },
      { agency: "淮安市某局", file: "b.json" },
    ]);
    expect(result.warnings).toEqual([]);
    expect(validate(result.report).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("refuses mixed editions, naming who is in which", () => {
    const result = aggregateReports([{ report: toReport(fixtureInput("huaian-2024")) }, { report: toReport(fixtureInput("yuyao-2020")) }], { agency: "x" });
    expect(result).toEqual({
      ok: false,
      reason: "不同格式的报告不能汇总（表二的栏目含义不同）。2021格式：淮安市人民政府；2019格式：余姚市应急管理局",
      en: "mixed editions cannot be summed",
    });
  });

  test("refuses mixed years", () => {
    const a = fixtureInput("huaian-2024");
    const b = fixtureInput("huaian-2024");
    b.meta.reportYear = 2023;
    const result = aggregateReports([{ report: toReport(a) }, { report: toReport(b) }], { agency: "x" });
    expect(result.ok).toBe(false);
  });

  test("2019 采购总金额 is added in 万元 whatever unit each report wrote; text is reported, not added", () => {
    const a = fixtureInput("yuyao-2020");
    const b = fixtureInput("yuyao-2020");
    b.meta.agency = "余姚市某局";
    b.rows["t2.procurement"] = ["10", "251000元"];
    b.rows["t2.licensing"] = ["见附件", "0", "5"];
    const result = aggregateReports([{ report: toReport(a) }, { report: toReport(b) }], { agency: "余姚市（汇总）" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.report.cells["t2.procurement|procurementAmount"].raw).toBe("391.57203万元");
    expect(result.report.cells["t2.procurement|procurementItems"].value).toBe(144);
    expect(result.report.cells["t2.licensing|previousItems"].value).toBe(188);
    expect(result.warnings).toEqual(["余姚市某局 表二「行政许可」填的是「见附件」，不是数字，未计入"]);
  });

  test("the same agency twice is warned (both counted)", () => {
    const r = toReport(fixtureInput("huaian-2024"));
    const result = aggregateReports([{ report: r, file: "1.json" }, { report: r, file: "2.json" }], { agency: "x" });
    expect(result.ok && result.warnings).toEqual(["「淮安市人民政府」出现了不止一次（1.json、2.json），都已计入，请核实是否重复"]);
  });
});
