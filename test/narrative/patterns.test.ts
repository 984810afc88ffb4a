import { checkNarrative, editionIndex, narrativeSentences, readStatements } from "../../src/core";
import type { ReportInput } from "../../src/core";
import { toReport } from "../helpers/reports";

/**
 * The real sentence patterns of report-format.md §7, each with tables that agree with it (figures read off the
 * sentence by hand): the checker ties every figure, finds nothing, and catches each figure changed by one.
 */

interface Pattern {
  name: string;
  sentence: string;
  /** 总计 cells (and 表二/表四 cells) the sentence's figures come from. */
  cells: Record<string, number>;
  fee?: number;
  /** How many figures the sentence states (each one must be tied). */
  figures: number;
  shares?: number;
}

const patterns: Pattern[] = [
  {
    name: "受理/答复 with 上年度结转 and 顺延 (淮安)",
    sentence: "全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。",
    cells: { "t3.newReceived|total": 3119, "t3.total|total": 3050, "t3.carriedOver|total": 34, "t3.carryForward|total": 103 },
    figures: 4,
  },
  {
    name: "收到/上年度结转/办结/结转到下年",
    sentence: "2024年全区共收到依申请公开件30件，上年度结转办理件1件，共办结24件，结转到2025年办理7件。",
    cells: { "t3.newReceived|total": 30, "t3.carriedOver|total": 1, "t3.total|total": 24, "t3.carryForward|total": 7 },
    figures: 4,
  },
  {
    name: "results with shares, 「部分公开67」 without a unit",
    sentence:
      "共完成政府信息依申请公开答复1453件。其中，予以公开答复966件，占66.48%；部分公开67，占4.61%；不予公开81件，占5.57%；" +
      "无法提供的182件，占12.53%；不予处理的61件，占4.20%；其他处理96件，占6.61%。",
    cells: {
      "t3.total|total": 1453,
      "t3.disclosed|total": 966,
      "t3.partlyDisclosed|total": 67,
      "t3.withheld.thirdParty|total": 81,
      "t3.unavailable.notHeld|total": 182,
      "t3.notProcessed.repeated|total": 61,
      "t3.other.other|total": 96,
    },
    figures: 7,
    shares: 6,
  },
  {
    name: "办结 with results, no shares",
    sentence: "本年度共办结依申请政府信息公开事项23件，其中予以公开7件，不予公开1件，无法提供12件，不予处理2件，其他处理1件。",
    cells: {
      "t3.total|total": 23,
      "t3.disclosed|total": 7,
      "t3.withheld.stateSecret|total": 1,
      "t3.unavailable.notHeld|total": 12,
      "t3.notProcessed.complaint|total": 2,
      "t3.other.noCorrection|total": 1,
    },
    figures: 6,
  },
  {
    name: "行政复议 and 行政诉讼 with outcomes",
    sentence:
      "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。",
    cells: {
      "t4.cases|review.upheld": 72,
      "t4.cases|review.corrected": 64,
      "t4.cases|review.other": 178,
      "t4.cases|review.pending": 37,
      "t4.cases|review.total": 351,
      "t4.cases|direct.upheld": 13,
      "t4.cases|direct.corrected": 4,
      "t4.cases|direct.other": 8,
      "t4.cases|direct.pending": 1,
      "t4.cases|direct.total": 26,
      "t4.cases|afterReview.upheld": 12,
      "t4.cases|afterReview.corrected": 1,
      "t4.cases|afterReview.other": 1,
      "t4.cases|afterReview.pending": 6,
      "t4.cases|afterReview.total": 20,
    },
    figures: 10,
  },
  {
    name: "表二 restated (2021格式)",
    sentence: "本年出台行政规范性文件：制发件数2件，废止件数1件，现行有效件数22件。行政许可2024年处理决定数量450项，行政处罚2项、行政强制0项，行政事业性收费0元。",
    cells: {
      "t2.normativeDocuments|issued": 2,
      "t2.normativeDocuments|repealed": 1,
      "t2.normativeDocuments|inForce": 22,
      "t2.licensing|decisions": 450,
      "t2.penalty|decisions": 2,
      "t2.enforcement|decisions": 0,
      "t2.fees|feeAmount": 0,
    },
    figures: 7,
  },
  {
    name: "信息处理费",
    sentence: "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。",
    cells: {},
    fee: 3940,
    figures: 1,
  },
];

/** Every other cell filled with 0, as a filled table has them: a cell left out would be blank, and a blank is unknown. */
const zeros = Object.fromEntries(editionIndex("2021").cells.map((c) => [c.key, 0]));

function report(p: Pattern, sentence = p.sentence) {
  const input: ReportInput = {
    meta: { agency: "测试", reportYear: 2024, edition: "2021", informationFeeYuan: p.fee },
    cells: { ...zeros, ...p.cells },
    narrative: { sections: [{ heading: "一、总体情况", body: sentence }] },
  };
  return toReport(input);
}

describe.each(patterns)("§7: $name", (p) => {
  test("every figure tied, nothing found", () => {
    const r = report(p);
    const statements = readStatements(r, narrativeSentences(r.narrative!));
    expect(statements.filter((s) => s.kind === "value")).toHaveLength(p.figures);
    expect(statements.filter((s) => s.kind === "share")).toHaveLength(p.shares ?? 0);
    // A one-sentence text has no 六 and no structure: only those findings are expected.
    expect(checkNarrative(r).filter((f) => !f.rule.startsWith("structure.") && f.rule !== "narrative.feeNotReported")).toEqual([]);
  });

  test("each figure changed by one is caught as an error", () => {
    const r = report(p);
    const values = readStatements(r, narrativeSentences(r.narrative!)).filter((s) => s.kind === "value");
    for (const s of values) {
      if (s.kind !== "value") continue;
      const changed = s.text.replace(s.written.text, s.written.text.replace(/^\d+/, (d) => String(Number(d) + 1)));
      const findings = checkNarrative(report(p, p.sentence.replace(s.text, changed))).filter((f) => f.severity === "error");
      expect(findings.map((f) => f.rule)).toContain("narrative.figureMismatch");
    }
  });
});

describe("text copied from a PDF", () => {
  test.each(["- 2 -", "－ 2 －", "第 2 页", "第2页 共9页"])("a page-number line 「%s」 inside a sentence is dropped, so the words around it rejoin", (marker) => {
    const body = `本年度共办结3119件，其中予以公开、部分公开、答\n${marker}\n复3050件。`;
    const sentences = narrativeSentences({ sections: [{ heading: "一、总体情况", body }] }).map((s) => s.sentence);
    expect(sentences.join("")).toBe("本年度共办结3119件，其中予以公开、部分公开、答复3050件。");
  });
});
