import { editionIndex, validate } from "../../src/core";
import type { Report } from "../../src/core";
import { importText } from "../../src/core/import";
import { solveDigitRuns, SPLIT_STEP_LIMIT, splits } from "../../src/core/import/digitRuns";

/**
 * Rows whose cells a crawler glued into one run of digits. A run is split only where the table's identities leave
 * exactly one way; several ways, or none, are reported with the candidates; a report that breaks an identity is
 * never «repaired» into one that holds. Expected values are worked out by hand in each case.
 */

const rows2021 = editionIndex("2021").table("t3").blocks[0].rows.map((r) => r.key);
const LABEL = Object.fromEntries(editionIndex("2021").table("t3").blocks[0].rows.map((r) => [r.key, r.label]));

/** A 2024 report: 表二 and 表四 all zeros; 表三's rows as pipe rows, or as a label glued to a run of digits. */
function document(t3: Record<string, number[] | string>): string {
  const lines = rows2021.map((key) => {
    const row = t3[key] ?? [0, 0, 0, 0, 0, 0, 0];
    return typeof row === "string" ? `${LABEL[key]}${row}` : `| ${LABEL[key]} | ${row.join(" | ")} |`;
  });
  const t2 = editionIndex("2021").table("t2").blocks.flatMap((b) => b.rows.map((r) => `| ${r.label} | ${b.columns.map(() => 0).join(" | ")} |`));
  return [
    "某某局2024年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "| 第二十条第（一）项 |",
    ...t2,
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    ...lines,
    "四、政府信息公开行政复议、行政诉讼情况",
    "| 行政复议 | 行政诉讼 |",
    `| ${Array(15).fill(0).join(" | ")} |`,
  ].join("\n");
}

function read(text: string): Report {
  const result = importText(text);
  if (!result.ok) throw new Error(result.reason);
  return result.report;
}

const row = (report: Report, key: string) => editionIndex("2021").table("t3").blocks[0].columns.map((c) => report.cells[`${key}|${c.key}`]?.raw);
const t3Problems = (report: Report) =>
  report.inputProblems.filter((p) => p.kind === "finding" && p.location?.table === "表三").map((p) => (p.kind === "finding" ? `${p.rule} ${p.values.row ?? ""}` : ""));

describe("one row alone", () => {
  test("one split keeps the row's total: taken (640020470 = 64|0|0|2|0|4|70)", () => {
    expect(solveDigitRuns("2021", [{ rowKey: "t3.newReceived", run: "640020470" }], () => undefined)).toEqual([
      { rowKey: "t3.newReceived", values: ["64", "0", "0", "2", "0", "4", "70"] },
    ]);
  });

  test("as many digits as cells: the only cut, even when the row's total is broken (the check then says so)", () => {
    // 1+1+1+1+1+1 = 6, written 9: no cut keeps the total; the one cut there is is read, and validate() finds it.
    const report = read(document({ "t3.newReceived": "1111119", "t3.total": [0, 0, 0, 0, 0, 0, 0] }));
    expect(row(report, "t3.newReceived")).toEqual(["1", "1", "1", "1", "1", "1", "9"]);
    expect(validate(report).some((f) => f.rule === "t3.applicantTotal" && f.location.row === LABEL["t3.newReceived"])).toBe(true);
  });

  test("several cuts keep the total: none taken, all named", () => {
    // 1|1|10|0|0|0|12, 1|11|0|0|0|0|12 and 11|1|0|0|0|0|12 all sum right; nothing else here tells them apart.
    const [outcome] = solveDigitRuns("2021", [{ rowKey: "t3.disclosed", run: "111000012" }], () => undefined);
    expect(outcome).toEqual({
      rowKey: "t3.disclosed",
      reason: "ambiguous",
      candidates: [["1", "1", "10", "0", "0", "0", "12"], ["1", "11", "0", "0", "0", "0", "12"], ["11", "1", "0", "0", "0", "0", "12"]],
    });
  });

  test("no cut keeps the total and more digits than cells: named with the cuts there are, not guessed", () => {
    const [outcome] = solveDigitRuns("2021", [{ rowKey: "t3.disclosed", run: "12345678" }], () => undefined);
    expect(outcome).toMatchObject({ rowKey: "t3.disclosed", reason: "none" });
    expect("candidates" in outcome && outcome.candidates.length).toBe(7);
  });

  test("a long run answers within a bounded number of steps with «too long» or the candidates, never a guess", () => {
    const run = "1".repeat(62);
    const result = splits(run, 15);
    expect(result.exhausted).toBe(true);
    expect(result.steps).toBeLessThanOrEqual(SPLIT_STEP_LIMIT + 1);
    for (const rowKey of ["t4.cases", "t3.disclosed"]) {
      const [outcome] = solveDigitRuns("2021", [{ rowKey, run }], () => undefined);
      expect("values" in outcome).toBe(false);
    }
  });

  test("表四's three groups each keep their total: 15 cells from one run, or the candidates", () => {
    // 72|64|178|37|351 · 13|4|8|1|26 · 12|1|1|6|20 (淮安 2024): the third group cuts three ways.
    const [outcome] = solveDigitRuns("2021", [{ rowKey: "t4.cases", run: "72641783735113481261211620" }], () => undefined);
    expect(outcome).toMatchObject({ reason: "ambiguous" });
    expect("candidates" in outcome && outcome.candidates).toContainEqual(["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]);
    // All zeros: one way.
    expect(solveDigitRuns("2021", [{ rowKey: "t4.cases", run: "0".repeat(15) }], () => undefined)).toEqual([{ rowKey: "t4.cases", values: Array(15).fill("0") }]);
  });
});

describe("rows together: the column identities decide what a row alone cannot", () => {
  // 予以公开: 自然人 1, 商业企业 11, total 12 — glued 「111000012」, two cuts alone (1|11 or 11|1).
  const filled = {
    "t3.newReceived": [1, 11, 0, 0, 0, 0, 12],
    "t3.total": [1, 11, 0, 0, 0, 0, 12],
  };

  test("with every other row known, exactly one cut keeps (七)总计 = Σ results in each column: taken", () => {
    const report = read(document({ ...filled, "t3.disclosed": "111000012" }));
    expect(row(report, "t3.disclosed")).toEqual(["1", "11", "0", "0", "0", "0", "12"]);
    expect(t3Problems(report)).toEqual([]);
    expect(validate(report).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a real violation is still found: rows fixed by their own totals are never bent to the column totals", () => {
    // Results 27 (自然人) against a stated （七）总计 of 21: every glued row cuts one way by its own total.
    const report = read(
      document({
        "t3.newReceived": [21, 0, 0, 0, 0, 0, 21],
        "t3.disclosed": "200000020",
        "t3.partlyDisclosed": "7000007",
        "t3.total": [21, 0, 0, 0, 0, 0, 21],
      }),
    );
    expect(row(report, "t3.disclosed")).toEqual(["20", "0", "0", "0", "0", "0", "20"]);
    expect(row(report, "t3.partlyDisclosed")).toEqual(["7", "0", "0", "0", "0", "0", "7"]);
    const broken = validate(report).filter((f) => f.rule === "t3.resultsTotal");
    expect(broken.map((f) => [f.location.column, f.actual, f.expected])).toEqual([
      ["自然人", 21, 27],
      ["总计", 21, 27],
    ]);
  });

  test("never repaired: an identity the report breaks whatever the cut decides nothing, and the row stays ambiguous", () => {
    // （七）总计 says 自然人 30 and 商业企业 30: no cut of 「111000012」 gives either (1|11, 11|1, 1|1|10), so those two
    // identities are broken in the report and choose nothing; 科研机构's 0 rules out 1|1|10. Two cuts are left.
    const report = read(document({ ...filled, "t3.total": [30, 30, 0, 0, 0, 0, 60], "t3.disclosed": "111000012" }));
    expect(row(report, "t3.disclosed")).toEqual(Array(7).fill(undefined));
    expect(t3Problems(report)).toEqual(["import.digitRunAmbiguous （一）予以公开"]);
    const message = report.inputProblems.find((p) => p.kind === "finding" && p.rule === "import.digitRunAmbiguous");
    expect(message && message.kind === "finding" && message.values.reason).toBe("有2种拆法都符合表格的勾稽关系（1|11|0|0|0|0|12；11|1|0|0|0|0|12）");
  });

  test("an identity that holds for one cut and is broken by the report elsewhere still decides: the cut it keeps is read", () => {
    // 自然人 (七)总计 30 breaks whatever the cut; 商业企业 11 holds only with 1|11: that cut is read, and 自然人's break
    // is still reported by the identity check — nothing was made to agree.
    const report = read(document({ ...filled, "t3.total": [30, 11, 0, 0, 0, 0, 41], "t3.disclosed": "111000012" }));
    expect(row(report, "t3.disclosed")).toEqual(["1", "11", "0", "0", "0", "0", "12"]);
    expect(validate(report).filter((f) => f.rule === "t3.resultsTotal").map((f) => f.location.column)).toEqual(["自然人", "总计"]);
  });
});
