import * as fs from "node:fs";
import * as path from "node:path";
import { checkNarrative, narrativeSentences, readStatements, ruleCatalog, sectionHeadings, splitSections, validate } from "../../src/core";
import type { Finding, Report } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The narrative checker on the real reports and on copies with planted contradictions. Every expected value was
 * worked out by hand from the published tables (test/fixtures/published/*.txt), not by running the code.
 */

type Input = ReturnType<typeof fixtureInput>;
type Brief = { rule: string; section?: string; excerpt?: string; expected?: unknown; actual?: unknown };

function brief(findings: readonly Finding[]): Brief[] {
  return findings.map((f) => {
    const b: Brief = { rule: f.rule };
    if (f.location.section) b.section = f.location.section;
    if (f.expected !== null) b.expected = f.expected;
    if (f.actual !== null) b.actual = f.actual;
    return b;
  });
}

const OVERVIEW = "一、总体情况";
const OTHER = "六、其他需要报告的事项";

/** Edit one section's text in place; the text to replace must be there (a test that edits nothing proves nothing). */
function edit(input: Input, heading: string, from: string, to: string): Input {
  const section = input.narrative?.sections?.find((s) => s.heading === heading);
  if (!section || !section.body.includes(from)) throw new Error(`「${from}」 not in ${heading}`);
  section.body = section.body.replace(from, to);
  return input;
}

/** Add a sentence after the 淮安 依申请公开 sentence. */
function addToRequests(input: Input, sentence: string): Input {
  return edit(input, OVERVIEW, "均在法定期限内予以答复。", `均在法定期限内予以答复。${sentence}`);
}

const huaian = () => fixtureInput("huaian-2024");
const check = (input: Input, lastYear?: Report) => checkNarrative(toReport(input), { lastYear });

describe("the real reports' text", () => {
  test("淮安 2024: every figure in its text agrees with its tables — no finding", () => {
    expect(check(huaian())).toEqual([]);
  });

  test("淮安 2024: the figures it ties, read by hand from the text (and nothing else: no dates, 5500余条, 12场…)", () => {
    const report = toReport(huaian());
    const statements = readStatements(report, narrativeSentences(report.narrative!));
    const tied = statements.map((s) => (s.kind === "value" ? [s.figure.id, s.stated] : [s.kind]));
    expect(tied).toEqual([
      ["t2.regulations|issued", 1], // 全年新增公开市政府规章1件 (表二 规章 本年制发件数 1)
      ["t3.newReceived", 3119], // 全市共受理政府信息公开申请3119件
      ["t3.total", 3050], // 答复3050件
      ["t3.carriedOver", 34], // 含上年度结转申请34件
      ["t3.carryForward", 103], // 另有103件顺延到下年度答复
      ["t4.review.total", 351],
      ["t4.review.upheld", 72],
      ["t4.review.corrected", 64],
      ["t4.review.other", 178],
      ["t4.review.pending", 37],
      ["t4.litigation.total", 46], // 26 直接起诉 + 20 复议后起诉
      ["t4.litigation.upheld", 25], // 13 + 12
      ["t4.litigation.corrected", 5], // 4 + 1
      ["t4.litigation.other", 9], // 8 + 1
      ["t4.litigation.pending", 7], // 1 + 6
      ["meta.informationFee", 3940], // 六: 全年收取政府信息公开信息处理费3940元
    ]);
  });

  test("淮安 2024 as extracted from the PDF (page markers, hard line breaks, 「3119 件」, table text): no finding", () => {
    const raw = fs.readFileSync(path.join(__dirname, "..", "fixtures", "published", "huaian-shizhengfu-2024.txt"), "utf8");
    // A figure split across a line break, as PDF extraction does.
    expect(raw).toContain("申请 3119 件，答\n复 3050 件");
    const broken = raw.replace("申请 3119 件", "申请 31\n19 件");
    const split = splitSections(broken);
    const input = huaian();
    input.narrative = { title: split.title, preamble: split.preamble, sections: split.sections.map((s) => ({ heading: s.heading, body: s.body })) };
    const report = toReport(input);
    expect(checkNarrative(report)).toEqual([]);
    // The same sixteen figures are tied as in the transcribed text; the tables' numbers in sections 二–四 are not.
    const values = readStatements(report, narrativeSentences(report.narrative!)).filter((s) => s.kind === "value");
    expect(values.map((s) => (s.kind === "value" ? s.stated : 0))).toEqual([1, 3119, 3050, 34, 103, 351, 72, 64, 178, 37, 46, 25, 5, 9, 7, 3940]);
  });

  test("a table section headed in other words (「三、依申请公开情况」) is still a table section: a short line in it is a table's, not a sentence", () => {
    // In 三, a line without a sentence mark is a table label or cell (checker: isTableLine), whatever the heading's words.
    const withLine = (heading: string) => {
      const input = huaian();
      const requests = input.narrative!.sections!.find((s) => s.heading === "三、收到和处理政府信息公开申请情况")!;
      requests.heading = heading;
      requests.body = `新收申请9999件\n${requests.body}`;
      return check(input).filter((f) => f.severity === "error");
    };
    expect(withLine("三、收到和处理政府信息公开申请情况")).toEqual([]);
    expect(withLine("三、依申请公开情况")).toEqual([]);
  });

  test("余姚 2020: its claims (「未发生…收费」「未发生…行政复议和行政诉讼」) are read and agree with the tables", () => {
    const report = toReport(fixtureInput("yuyao-2020"));
    const claims = readStatements(report, narrativeSentences(report.narrative!)).filter((s) => s.kind === "claim");
    expect(claims.map((c) => (c.kind === "claim" ? [c.claim, c.text, c.figures?.map((f) => f.id)] : []))).toEqual([
      ["zero", "未发生政府信息公开规定的收费", ["meta.informationFee"]],
      ["reviewZero", "未发生针对政府信息公开事务的行政复议", ["t4.review.total"]],
      ["reviewZero", "未发生针对政府信息公开事务的行政复议和行政诉讼", ["t4.litigation.total"]],
    ]);
    expect(checkNarrative(report).filter((f) => !f.rule.startsWith("structure."))).toEqual([]);
  });

  test("余姚 2020: its structure deviations, each on its heading, in document order", () => {
    const findings = checkNarrative(toReport(fixtureInput("yuyao-2020")));
    expect(findings.map((f) => f.message)).toEqual([
      "「二、主要工作措施」不是年度报告格式规定的六个部分之一，其内容宜并入「一、总体情况」。",
      "章节标题「三、主动公开政府信息情况」与格式规定的「二、主动公开政府信息情况」不一致（格式规定这是第二部分，应编号为「二、」）。",
      "章节标题「四、收到和处理政府信息公开申请情况」与格式规定的「三、收到和处理政府信息公开申请情况」不一致（格式规定这是第三部分，应编号为「三、」）。",
      "章节标题「五、政府信息公开行政复议、行政诉讼情况」与格式规定的「四、政府信息公开行政复议、行政诉讼情况」不一致（格式规定这是第四部分，应编号为「四、」）。",
      "章节标题「六、存在问题」与格式规定的「五、存在的主要问题及改进情况」不一致（格式规定这是第五部分，应编号为「五、」；标题文字不同）。",
      "「七、今后主要工作思路」不是年度报告格式规定的六个部分之一，其内容宜并入「五、存在的主要问题及改进情况」。",
      "缺少「六、其他需要报告的事项」部分（应在此报告信息处理费收取情况等事项；没有其他事项也应保留本部分并写明）。",
    ]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings[0].location).toEqual({ section: "二、主要工作措施", excerpt: "二、主要工作措施" });
  });
});

describe("planted contradictions, each found with the right expected value", () => {
  test("a sub-row quoted as the group total: 不予公开105件 (105 is 8.属于行政查询事项; Σ（三）= 178)", () => {
    const findings = check(addToRequests(huaian(), "其中，予以公开1362件，不予公开105件。"));
    expect(brief(findings)).toEqual([{ rule: "narrative.figureMismatch", section: OVERVIEW, expected: 178, actual: 105 }]);
    expect(findings[0].severity).toBe("error");
    expect(findings[0].location.excerpt).toBe("其中，予以公开1362件，不予公开105件。");
    expect(findings[0].location.table).toBe("表三");
    expect(findings[0].message).toBe(
      "一、总体情况：正文「不予公开105件」与表格不符，不予公开数应为178件（表三「（三）不予公开」各项「总计」列之和）。" +
        "正文的数字与表三「（三）不予公开 8.属于行政查询事项」行「总计」列相同，可能把分项或单列当成了合计。",
    );
  });

  test("the 自然人 column quoted as the total: 予以公开1288件 (自然人 1288; 总计 1362)", () => {
    const findings = check(addToRequests(huaian(), "其中予以公开1288件。"));
    expect(brief(findings)).toEqual([{ rule: "narrative.figureMismatch", section: OVERVIEW, expected: 1362, actual: 1288 }]);
    expect(findings[0].message).toContain("表三「（一）予以公开」行「自然人」列相同");
  });

  test("a share on the wrong base: 1362 ÷ 3119 (新收) = 43.67% written, 1362 ÷ 3050 (（七）总计) = 44.66% expected", () => {
    const findings = check(addToRequests(huaian(), "其中，予以公开1362件，占43.67%。"));
    expect(brief(findings)).toEqual([{ rule: "narrative.shareMismatch", section: OVERVIEW, expected: "44.66%", actual: "43.67%" }]);
    expect(findings[0].message).toContain("予以公开数1362件 ÷ 本年度办结数（（七）总计）3050件");
    expect(findings[0].message).toContain("正文的比例是按本年新收申请数3119件计算的");
  });

  test("shares at the precision written: 44.7% and 45% are right, 44.6% (cut off) is a warning, 44.5% is not", () => {
    // 1362 ÷ 3050 = 44.655…%: 44.66% and 44.7% rounded; 44.6% cut off — a warning that gives the rounded value.
    expect(brief(check(addToRequests(huaian(), "其中予以公开1362件，占44.6%。")))).toEqual([
      { rule: "narrative.shareTruncated", section: OVERVIEW, expected: "44.7%", actual: "44.6%" },
    ]);
    for (const share of ["44.7%", "45%", "44.66%"]) {
      expect(check(addToRequests(huaian(), `其中予以公开1362件，占${share}。`))).toEqual([]);
    }
    expect(brief(check(addToRequests(huaian(), "其中予以公开1362件，占44.5%。")))).toEqual([
      { rule: "narrative.shareMismatch", section: OVERVIEW, expected: "44.7%", actual: "44.5%" },
    ]);
  });

  test("「均获维持」 while cases are 尚未审结 (表四 行政复议: 维持3, 尚未审结2, 总计5)", () => {
    const input = huaian();
    input.rows["t4.cases"].splice(0, 5, 3, 0, 0, 2, 5);
    edit(input, OVERVIEW, "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；", "政府信息公开行政复议5件，均获维持；");
    const findings = check(input);
    expect(brief(findings)).toEqual([
      { rule: "narrative.claimContradiction", section: OVERVIEW, expected: "行政复议5件，结果维持3件，尚未审结2件", actual: "均获维持" },
    ]);
    expect(findings[0].message).toBe("一、总体情况：正文称「均获维持」，但表四「行政复议」为：行政复议5件，结果维持3件，尚未审结2件。");
  });

  test("a contradicted claim points at the table of its figure: 「均获维持」 → 表四, 「未收到申请」 → 表三", () => {
    const review = edit(huaian(), OVERVIEW, "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；", "政府信息公开行政复议351件，均获维持；");
    const [onReview] = check(review);
    expect(onReview.location.table).toBe("表四");
    expect(onReview.location.keys?.every((k) => k.startsWith("t4."))).toBe(true);
    const [onRequests] = check(addToRequests(huaian(), "本年度未收到政府信息公开申请。"));
    expect(onRequests.location.table).toBe("表三");
    expect(onRequests.location.keys).toContain("t3.newReceived|total");
  });

  test("「无败诉」 while 行政诉讼 has 结果纠正 5 件", () => {
    const input = edit(huaian(), OVERVIEW, "其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。", "无败诉。");
    expect(brief(check(input))).toEqual([
      { rule: "narrative.claimContradiction", section: OVERVIEW, expected: "行政诉讼46件，结果维持25件，结果纠正5件，其他结果9件，尚未审结7件", actual: "无败诉" },
    ]);
  });

  test("a figure stated twice with two values: 受理3119件 in 一, 受理3120件 in 六", () => {
    const input = edit(huaian(), OTHER, "3940元。", "3940元。全年共受理政府信息公开申请3120件。");
    const findings = check(input);
    expect(brief(findings)).toEqual([
      { rule: "narrative.figureMismatch", section: OTHER, expected: 3119, actual: 3120 },
      { rule: "narrative.figureConflict", section: OTHER, expected: 3119, actual: 3120 },
    ]);
    expect(findings[1].message).toBe(
      "六、其他需要报告的事项：本年新收申请数在正文中出现两次且数字不同：「受理政府信息公开申请3119件」与「受理政府信息公开申请3120件」；表格为3119件。",
    );
  });

  test("「受理」 used for 新收 + 上年结转 (3119 + 34 = 3153) is ambiguous wording, a warning", () => {
    const findings = check(edit(huaian(), OVERVIEW, "受理政府信息公开申请3119件", "受理政府信息公开申请3153件"));
    expect(brief(findings)).toEqual([{ rule: "narrative.ambiguousReceived", section: OVERVIEW, expected: 3119, actual: 3153 }]);
    expect(findings[0].severity).toBe("warning");
  });

  test("「未收到政府信息公开申请」 while 新收 is 3119", () => {
    expect(brief(check(addToRequests(huaian(), "本年度未收到政府信息公开申请。")))).toEqual([
      { rule: "narrative.claimContradiction", section: OVERVIEW, expected: "本年新收申请3119件", actual: "未收到政府信息公开申请" },
    ]);
  });

  test("表二 restated wrong: 新增公开规章2件 (表二 规章 本年制发件数 1)", () => {
    const findings = check(edit(huaian(), OVERVIEW, "新增公开市政府规章1件", "新增公开市政府规章2件"));
    expect(brief(findings)).toEqual([{ rule: "narrative.figureMismatch", section: OVERVIEW, expected: 1, actual: 2 }]);
    expect(findings[0].message).toContain("表二「规章」行「本年制发件数」列");
  });

  test("a table error the text does not share shows up in both: 表四 行政复议 总计 350, text 351", () => {
    const input = huaian();
    input.rows["t4.cases"][4] = 350;
    expect(validate(toReport(input)).map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["t4.groupTotal", 351, 350],
      ["narrative.figureMismatch", 350, 351],
    ]);
  });

  test("rule 10: 六 says 「未收取」 although 基本信息 gives 3940元", () => {
    const input = edit(huaian(), OTHER, "全年收取政府信息公开信息处理费3940元。", "未收取政府信息公开信息处理费。");
    expect(brief(check(input))).toEqual([
      { rule: "narrative.claimContradiction", section: OTHER, expected: "信息处理费3940元", actual: "未收取政府信息公开信息处理费" },
    ]);
  });

  test("rule 10: 六 says nothing about 信息处理费 while fees were charged and 表三（六）2 is 6", () => {
    const input = huaian();
    input.narrative!.sections![5].body = "无。";
    const findings = check(input);
    expect(brief(findings)).toEqual([{ rule: "narrative.feeNotReported", section: OTHER, expected: 3940 }]);
    expect(findings[0].message).toBe(
      "「六、其他需要报告的事项」没有说明信息处理费的收取情况（基本信息中本年收取信息处理费3940元，表三有6件申请因逾期未缴纳费用不再处理）；请写明收取金额，或写明未收取。",
    );
  });

  test("rule 10: in the 2021格式 a missing 信息处理费 statement is a warning even when nothing was charged", () => {
    const input = huaian();
    input.meta.informationFeeYuan = 0;
    input.rows["t3.other.unpaidFee"] = [0, 0, 0, 0, 0, 0, 0];
    input.rows["t3.other.other"] = [114, 2, 0, 0, 0, 0, 116];
    input.narrative!.sections![5].body = "无。";
    expect(check(input).map((f) => f.message)).toEqual([
      "「六、其他需要报告的事项」没有说明信息处理费的收取情况（2021格式要求报告信息处理费）；请写明收取金额，或写明未收取。",
    ]);
  });

  test("rule 10: no section 六 and no fee charged — the missing 六 is said once (it asks for 信息处理费), not twice", () => {
    const input = huaian();
    input.meta.informationFeeYuan = 0;
    input.rows["t3.other.unpaidFee"] = [0, 0, 0, 0, 0, 0, 0];
    input.rows["t3.other.other"] = [114, 2, 0, 0, 0, 0, 116];
    input.narrative!.sections = input.narrative!.sections!.slice(0, 5);
    expect(check(input).map((f) => f.rule)).toEqual(["structure.sectionMissing"]);
    expect(check(input)[0].message).toContain("应在此报告信息处理费收取情况");
  });

  test("rule 10: the heading in the message comes from sectionHeadings (one source), not from the rule's wording", () => {
    // No rule message spells a section heading: each reaches a message through {section}.
    const spelled = ruleCatalog.filter((r) => sectionHeadings.some((s) => [s.heading, ...s.variants].some((h) => r.message.includes(h))));
    expect(spelled.map((r) => r.id)).toEqual([]);
    // Renaming 六 in the data renames it in the finding of a report that has no 六 at all.
    const other = sectionHeadings.find((s) => s.key === "other") as { heading: string };
    const original = other.heading;
    const input = huaian();
    input.narrative!.sections = input.narrative!.sections!.slice(0, 5);
    try {
      other.heading = "六、其他需要报告的事项（改名）";
      const fee = check(input).filter((f) => f.rule === "narrative.feeNotReported");
      expect(fee.map((f) => [f.location.section, f.message])).toEqual([
        [
          "六、其他需要报告的事项（改名）",
          "「六、其他需要报告的事项（改名）」没有说明信息处理费的收取情况（基本信息中本年收取信息处理费3940元，表三有6件申请因逾期未缴纳费用不再处理）；请写明收取金额，或写明未收取。",
        ],
      ]);
    } finally {
      other.heading = original;
    }
  });

  test("rule 11: a 2024 report citing the superseded 〔2019〕60号 format", () => {
    const input = huaian();
    input.narrative!.preamble = input.narrative!.preamble!.replace(
      "（国令第711号）（以下简称《条例》）规定编制",
      "和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函[2019]60号）要求编制",
    );
    const findings = check(input);
    expect(brief(findings)).toEqual([
      { rule: "narrative.supersededFormat", section: "前言", expected: "国办公开办函〔2021〕30号", actual: "国办公开办函〔2019〕60号" },
    ]);
    expect(findings[0].message).toContain("2024年度报告引用了已被替代的《中华人民共和国政府信息公开工作年度报告格式（试行）》");
  });

  test("structure: sections out of order, a known heading variant", () => {
    const input = huaian();
    const s = input.narrative!.sections!;
    [s[4], s[5]] = [s[5], s[4]];
    s[3].heading = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况";
    expect(brief(check(input))).toEqual([
      { rule: "structure.headingVariant", section: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", expected: "四、政府信息公开行政复议、行政诉讼情况", actual: "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况" },
      { rule: "structure.sectionOrder", section: "五、存在的主要问题及改进情况", expected: "五、存在的主要问题及改进情况", actual: "五、存在的主要问题及改进情况" },
    ]);
  });

  test("prompts left from a generated draft are reported", () => {
    const input = edit(huaian(), "五、存在的主要问题及改进情况", "对照上级", "【请填写：本年度存在的主要问题】对照上级");
    expect(brief(check(input))).toEqual([{ rule: "narrative.promptLeft", section: "五、存在的主要问题及改进情况", actual: "【请填写：本年度存在的主要问题】" }]);
  });
});

describe("what the checker leaves alone", () => {
  test("dates, years, document numbers, page numbers, phone numbers, counts of other things, approximate figures", () => {
    const sentence =
      "根据国办公开办函〔2021〕30号和《条例》第二十条，自2024年1月1日起，全年发布政府公报12期，召开新闻发布会8场，" +
      "在运维政务新媒体95个，主动公开信息5500余条，回复留言近300件，详见第3页，咨询电话0517-83605210，" +
      "办理人大建议15件、政协提案21件，开展培训4次，合格率100%。";
    const input = addToRequests(huaian(), sentence);
    const report = toReport(input);
    expect(checkNarrative(report)).toEqual([]);
    const statements = readStatements(report, [{ section: OVERVIEW, sentence }]);
    expect(statements).toEqual([]);
  });

  test("figures about another year are not this year's: 「2023年新收申请2800件」「上年办结2900件」", () => {
    expect(check(addToRequests(huaian(), "2023年新收申请2800件，上年办结2900件。"))).toEqual([]);
  });

  test("an ambiguous window is not guessed: 「新收和上年结转的申请共3153件」", () => {
    expect(check(addToRequests(huaian(), "新收和上年结转的申请共3153件。"))).toEqual([]);
  });
});

describe("validate() runs the narrative checks only when there is text", () => {
  test("a report without text: no narrative finding, even with last year's report", () => {
    const input = huaian();
    delete input.narrative;
    const last = fixtureInput("huaian-2024");
    last.meta.reportYear = 2023;
    last.rows["t3.carryForward"] = [34, 0, 0, 0, 0, 0, 34];
    last.rows["t2.regulations"] = [1, 1, 10];
    last.rows["t2.normativeDocuments"] = [10, 2, 84];
    expect(validate(toReport(input), { lastYear: toReport(last) })).toEqual([]);
  });
});
