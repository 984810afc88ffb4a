import {
  checkNarrative,
  draftToNarrative,
  generateNarrative,
  narrativeSentences,
  narrativeToText,
  phraseBooks,
  readStatements,
  requestsSentence,
  reviewLitigationSentence,
  splitSections,
} from "../../src/core";
import type { NarrativeDraft, Report } from "../../src/core";
import { fixtureInput, SIX_HEADINGS, toReport } from "../helpers/reports";

/**
 * Generated text for both real reports against golden paragraphs written by hand from their tables, in the sentence
 * patterns of report-format.md §7. Shares were computed by hand: e.g. 1362 ÷ 3050 = 0.446557… → 44.66%.
 */

const huaian = () => toReport(fixtureInput("huaian-2024"));
const yuyao = () => toReport(fixtureInput("yuyao-2020"));

function paragraphs(draft: NarrativeDraft, key: string): string[] {
  return (draft.sections.find((s) => s.key === key)?.blocks ?? []).map((b) => (b.kind === "table" ? `[${b.grid.name}]` : b.text));
}

const PROMPT = (text: string) => `【请填写：${text}】`;

describe("淮安市人民政府 2024 (2021格式)", () => {
  const draft = generateNarrative(huaian());

  test("title and the standard preamble with the 2021 format citation, period and contact details", () => {
    expect(draft.title).toEqual(["淮安市人民政府", "2024年政府信息公开工作年度报告"]);
    expect(draft.preamble).toBe(
      "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求，" +
        "结合淮安市人民政府工作实际，编制本报告。本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。" +
        "如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。",
    );
  });

  test("依申请公开 from 表三: 新收 and 上年结转 named apart, applicants with shares of 新收, results with shares of （七）总计", () => {
    // 3001 ÷ 3119 = 96.22%; (53 + 61 + 4) = 118 ÷ 3119 = 3.78%.
    // Results of 3050: 1362 → 44.66%; 454 → 14.89%; Σ（三）2+31+5+6+8+12+9+105 = 178 → 5.84%; Σ（四）769+11+1 = 781 → 25.61%;
    // Σ（五）62+25+0+0+1 = 88 → 2.89%; Σ（六）71+6+110 = 187 → 6.13%. (Each share rounded half up: they sum to 100.02%.)
    expect(requestsSentence(huaian())).toBe(
      "2024年，我市新收政府信息公开申请3119件，上年结转政府信息公开申请34件；本年度办结3050件，结转下年度继续办理103件。" +
        "从申请人看，自然人提出3001件，占96.22%；法人或其他组织提出118件，占3.78%（其中商业企业53件、法律服务机构61件、其他组织4件）。" +
        "本年度办结的3050件申请中，予以公开1362件，占44.66%；部分公开454件，占14.89%；不予公开178件，占5.84%；无法提供781件，占25.61%；" +
        "不予处理88件，占2.89%；其他处理187件，占6.13%。",
    );
  });

  test("行政复议、行政诉讼 from 表四 (行政诉讼 = 未经复议直接起诉 + 复议后起诉)", () => {
    // 13+12 = 25 维持, 4+1 = 5 纠正, 8+1 = 9 其他, 1+6 = 7 尚未审结, 26+20 = 46.
    expect(reviewLitigationSentence(huaian())).toBe(
      "本年度，我市因政府信息公开工作被申请行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；" +
        "被提起政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。",
    );
  });

  test("section 一: five sub-headings; 主动公开 restates 表二; 依申请公开 is the two sentences above; the rest are prompts", () => {
    const o = phraseBooks["2021"].overview;
    expect(paragraphs(draft, "overview")).toEqual([
      PROMPT(o.intro),
      "（一）主动公开情况",
      "2024年，我市制发规章1件、废止0件，现行有效规章11件；制发行政规范性文件8件、废止26件，现行有效行政规范性文件66件。" +
        "全年作出行政许可处理决定447228件、行政处罚处理决定3985758件、行政强制处理决定88283件，行政事业性收费金额96171.6万元。" +
        PROMPT(o.proactiveMore),
      "（二）依申请公开情况",
      requestsSentence(huaian()) + reviewLitigationSentence(huaian()),
      "（三）政府信息管理情况",
      PROMPT(o.management),
      "（四）政府信息公开平台建设情况",
      PROMPT(o.platform),
      "（五）监督保障情况",
      // A 设区的市 government also reports 工作考核、社会评议和责任追究结果 (条例第五十条).
      PROMPT(o.oversightGovernment),
    ]);
  });

  test("sections 二–四 are the tables; 五 a prompt; 六 the 信息处理费 statement and 表三（六）2", () => {
    expect(draft.sections.map((s) => s.heading)).toEqual(SIX_HEADINGS);
    expect(paragraphs(draft, "proactive")).toEqual(["[表二]"]);
    expect(paragraphs(draft, "requests")).toEqual(["[表三]"]);
    expect(paragraphs(draft, "reviewLitigation")).toEqual(["[表四]"]);
    expect(paragraphs(draft, "other")).toEqual([
      "2024年，我市严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。" +
        "本年度因申请人逾期未按收费通知要求缴纳费用、不再处理的政府信息公开申请6件。",
      PROMPT(phraseBooks["2021"].other.more),
    ]);
  });

  test("表三 as the official grid: corner note over three header rows, 申请人情况 over seven columns, nested row groups", () => {
    const grid = draft.sections[2].blocks[0];
    if (grid.kind !== "table") throw new Error("no table");
    expect(grid.grid.rows.slice(0, 4)).toEqual([
      [
        { text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colSpan: 3, rowSpan: 3, header: true },
        { text: "申请人情况", colSpan: 7, header: true },
      ],
      [
        { text: "自然人", rowSpan: 2, header: true },
        { text: "法人或其他组织", colSpan: 5, header: true },
        { text: "总计", rowSpan: 2, header: true },
      ],
      ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((text) => ({ text, rowSpan: 1, header: true })),
      [{ text: "一、本年新收政府信息公开申请数量", colSpan: 3, header: true }, ...["3001", "53", "0", "0", "61", "4", "3119"].map((text) => ({ text }))],
    ]);
    // 「三、本年度办理结果」 spans its 22 rows (（一）（二）, 8 + 3 + 5 + 3 numbered rows, （七）); 「（三）不予公开」 its 8.
    expect(grid.grid.rows[5].slice(0, 2)).toEqual([
      { text: "三、本年度办理结果", rowSpan: 22, header: true },
      { text: "（一）予以公开", colSpan: 2, header: true },
    ]);
    expect(grid.grid.rows[7].slice(0, 2)).toEqual([
      { text: "（三）不予公开", rowSpan: 8, header: true },
      { text: "1.属于国家秘密", colSpan: 1, header: true },
    ]);
  });

  test("the text splits back into the six standard sections (as the importer reads a report)", () => {
    const split = splitSections(narrativeToText(draft));
    expect(split.title).toBe("淮安市人民政府\n2024年政府信息公开工作年度报告");
    expect(split.sections.map((s) => s.standard)).toEqual(["overview", "proactive", "requests", "reviewLitigation", "problems", "other"]);
  });

  test("the checker finds nothing in it but the prompts left for the clerk", () => {
    const report = { ...huaian(), narrative: draftToNarrative(draft) };
    const findings = checkNarrative(report);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(["narrative.promptLeft"]));
    expect(findings).toHaveLength(7);
  });

  test("with last year's report: 「较上年增长X%」 on 新收 and 办结 (one decimal)", () => {
    const last = fixtureInput("huaian-2024");
    last.meta.reportYear = 2023;
    last.rows["t3.newReceived"][6] = 2800; // (3119 − 2800) ÷ 2800 = 11.39% → 11.4%
    last.rows["t3.total"][6] = 3100; // (3050 − 3100) ÷ 3100 = −1.61% → 下降1.6%
    const lastYear = toReport(last);
    const text = generateNarrative(huaian(), { lastYear }).sections[0].blocks[4];
    expect(text.kind === "paragraph" && text.text).toContain(
      // last year's copy carried 103 forward as well: 与上年持平
      "2024年，我市新收政府信息公开申请3119件，较上年增长11.4%，上年结转政府信息公开申请34件；本年度办结3050件，较上年下降1.6%，结转下年度继续办理103件，与上年持平。",
    );
    last.rows["t3.total"][6] = 3050;
    const same = generateNarrative(huaian(), { lastYear: toReport(last) }).sections[0].blocks[4];
    expect(same.kind === "paragraph" && same.text).toContain("本年度办结3050件，与上年持平，");
    // The checker agrees with its own 「较上年」 figures, and catches a wrong one.
    const report = { ...huaian(), narrative: draftToNarrative(generateNarrative(huaian(), { lastYear })) };
    expect(checkNarrative(report, { lastYear }).filter((f) => f.rule !== "narrative.promptLeft")).toEqual([]);
    report.narrative.sections[0].body = report.narrative.sections[0].body.replace("较上年增长11.4%", "较上年增长12.3%");
    expect(checkNarrative(report, { lastYear }).filter((f) => f.rule !== "narrative.promptLeft").map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["narrative.changeMismatch", "较上年增长11.4%", "较上年增长12.3%"],
    ]);
  });
});

describe("last year as a workbook's 上年数据 holds it: 结转下年度 (表三) and 现行有效件数 (表二, 2021格式) only", () => {
  /** 淮安 2023 as a clerk copies it into 上年数据: the 结转下年度 row and the 现行有效 column, nothing else. */
  const lastYear = (carryForward: unknown[], inForce: Record<string, unknown>) =>
    toReport({
      meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" },
      rows: { "t3.carryForward": carryForward },
      cells: Object.fromEntries(Object.entries(inForce).map(([row, v]) => [`${row}|inForce`, v])),
    });
  const paragraphsWith = (last: Report) => {
    const report = huaian();
    const draft = generateNarrative(report, { lastYear: last });
    const overview = paragraphs(draft, "overview");
    return { proactive: overview[2], requests: overview[4], checked: checkNarrative({ ...report, narrative: draftToNarrative(draft) }, { lastYear: last }) };
  };

  test("full: 「较上年」 on 结转下年度 and on both 现行有效 figures, and none on 新收 or 办结 (not in 上年数据)", () => {
    // 结转下年度 103 against 100: +3 ÷ 100 = 3.0%. 现行有效规章 11 against 10: +10.0%. 行政规范性文件 66 against 80: −14 ÷ 80 = 17.5%.
    const { proactive, requests, checked } = paragraphsWith(
      lastYear([100, 0, 0, 0, 0, 0, 100], { "t2.regulations": 10, "t2.normativeDocuments": 80 }),
    );
    expect(proactive.startsWith(
      "2024年，我市制发规章1件、废止0件，现行有效规章11件，较上年增长10.0%；制发行政规范性文件8件、废止26件，现行有效行政规范性文件66件，较上年下降17.5%。",
    )).toBe(true);
    expect(requests.startsWith(
      "2024年，我市新收政府信息公开申请3119件，上年结转政府信息公开申请34件；本年度办结3050件，结转下年度继续办理103件，较上年增长3.0%。",
    )).toBe(true);
    // The checker reads the three 「较上年」 against the same last year and agrees.
    expect(checked.filter((f) => f.rule !== "narrative.promptLeft")).toEqual([]);
  });

  test("partial: only the figures last year has are compared; a blank, 「/」 or missing cell is not 0", () => {
    // 结转下年度: 总计 left blank (only 自然人 copied); 行政规范性文件: 「/」; 规章: 10.
    const { proactive, requests, checked } = paragraphsWith(lastYear([100, "", "", "", "", "", ""], { "t2.regulations": 10, "t2.normativeDocuments": "/" }));
    expect(proactive.startsWith(
      "2024年，我市制发规章1件、废止0件，现行有效规章11件，较上年增长10.0%；制发行政规范性文件8件、废止26件，现行有效行政规范性文件66件。全年作出",
    )).toBe(true);
    expect(requests.startsWith("2024年，我市新收政府信息公开申请3119件，上年结转政府信息公开申请34件；本年度办结3050件，结转下年度继续办理103件。")).toBe(true);
    expect(checked.filter((f) => f.rule !== "narrative.promptLeft")).toEqual([]);
    // Nothing at all: no 「较上年」 anywhere, never NaN.
    const none = paragraphsWith(lastYear(["", "", "", "", "", "", ""], {}));
    const text = narrativeToText(generateNarrative(huaian(), { lastYear: lastYear(["", "", "", "", "", "", ""], {}) }));
    expect([none.proactive, none.requests, text].filter((t) => /较上年|与上年持平|NaN|undefined|Infinity/.test(t))).toEqual([]);
  });

  test("the checker judges a clerk's own 「较上年」 the same way: against a blank last-year cell it says nothing", () => {
    // This year nothing carried forward; last year's 总计 left blank. Read as 0, the blank would make 「与上年持平」 the
    // right wording and 「较上年下降100.0%」 a finding; it is unknown, so neither is judged.
    const input = fixtureInput("huaian-2024");
    input.rows["t3.carryForward"] = [0, 0, 0, 0, 0, 0, 0];
    const text = "三、收到和处理政府信息公开申请情况\n2024年，我市本年度办结3050件，结转下年度继续办理0件，较上年下降100.0%。";
    const report = { ...toReport(input), narrative: { sections: [{ heading: "三、收到和处理政府信息公开申请情况", body: text.split("\n")[1] }] } };
    const changes = (last: Report) => checkNarrative(report, { lastYear: last }).filter((f) => f.rule === "narrative.changeMismatch");
    expect(changes(lastYear([100, "", "", "", "", "", ""], {}))).toEqual([]);
    // Known last year (100): 0 against 100 is 下降100.0% — agrees; 0 against 0 would be 「与上年持平」.
    expect(changes(lastYear([100, 0, 0, 0, 0, 0, 100], {}))).toEqual([]);
    expect(changes(lastYear([0, 0, 0, 0, 0, 0, 0], {})).map((f) => f.expected)).toEqual(["与上年持平"]);
  });

  test("a 2021 report's 上年数据 for a 2019格式 year (2020) compares 结转下年度, never 表二", () => {
    const input = fixtureInput("huaian-2024");
    input.meta.reportYear = 2021;
    const last = toReport({
      meta: { agency: "淮安市人民政府", reportYear: 2020, edition: "2019" },
      rows: { "t3.carryForward": [0, 0, 0, 0, 0, 0, 206] },
      cells: { "t2.regulations|totalPublished": 10 },
    });
    const overview = paragraphs(generateNarrative(toReport(input), { lastYear: last }), "overview");
    expect(overview[2]).not.toContain("较上年");
    // 103 against 206: −103 ÷ 206 = 50.0%; an odd year reads 「另有…件结转下年度继续办理」
    expect(overview[4]).toContain("全年共办结3050件，另有103件结转下年度继续办理，较上年下降50.0%。");
  });
});

describe("余姚市应急管理局 2020 (2019格式)", () => {
  const draft = generateNarrative(yuyao());

  test("preamble cites the 2019 format (60号, 试行); no contact details → a prompt", () => {
    expect(draft.preamble).toBe(
      "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求，" +
        "结合余姚市应急管理局工作实际，编制本报告。本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。" +
        PROMPT(phraseBooks["2019"].preamble.contactPrompt),
    );
  });

  test("表二 in 2019 wording (新制作/新公开/对外公开总数量, 处理决定, 政府集中采购); 规章 left out for a 县级部门 with none", () => {
    expect(paragraphs(draft, "overview")[2]).toBe(
      "2020年，我局新制作规范性文件0件、新公开规范性文件0件，规范性文件对外公开总数量0件。" +
        "全年作出行政许可处理决定185件、其他对外管理服务事项处理决定0件、行政处罚处理决定269件、行政强制处理决定9件；" +
        "政府集中采购项目134个，采购总金额366.47203万元。" +
        PROMPT(phraseBooks["2019"].overview.proactiveMore),
    );
  });

  test("zero tables: 「未收到政府信息公开申请」 and 「未发生…行政复议、提起行政诉讼」 (§7 zero case)", () => {
    expect(requestsSentence(yuyao())).toBe("2020年，我局未收到政府信息公开申请，也无上年结转的申请。");
    expect(reviewLitigationSentence(yuyao())).toBe("本年度，我局未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
  });

  test("a 县级政府部门 is not 各级人民政府: its 监督保障 prompt does not ask for 工作考核、社会评议和责任追究结果", () => {
    expect(paragraphs(draft, "overview")[10]).toBe(PROMPT(phraseBooks["2019"].overview.oversight));
  });

  test("六: its text said no fee was charged (informationFeeYuan 0) → the explicit 「未收取」 sentence", () => {
    expect(paragraphs(draft, "other")[0]).toBe("2020年，我局未收取政府信息公开信息处理费。");
  });

  test("no 信息处理费 in 基本信息 → a prompt, not a guess", () => {
    const input = fixtureInput("yuyao-2020");
    delete input.meta.informationFeeYuan;
    expect(paragraphs(generateNarrative(toReport(input)), "other")[0]).toBe(PROMPT(phraseBooks["2019"].other.feePrompt));
  });
});

describe("wording rules", () => {
  function withRows(rows: Record<string, unknown[]>, meta: Partial<Report["meta"]> = {}): Report {
    const input = fixtureInput("huaian-2024");
    delete input.narrative;
    Object.assign(input.rows, rows);
    Object.assign(input.meta, meta);
    return toReport(input);
  }

  test("zero categories are left out consistently; one organisation type is still named", () => {
    // 新收 5 (自然人 4, 商业企业 1); results 5 = 予以公开 3 + 无法提供 2.
    const zero = [0, 0, 0, 0, 0, 0, 0];
    const rows: Record<string, unknown[]> = {};
    for (const key of Object.keys(fixtureInput("huaian-2024").rows)) if (key.startsWith("t3.")) rows[key] = zero;
    Object.assign(rows, {
      "t3.newReceived": [4, 1, 0, 0, 0, 0, 5],
      "t3.disclosed": [2, 1, 0, 0, 0, 0, 3],
      "t3.unavailable.notHeld": [2, 0, 0, 0, 0, 0, 2],
      "t3.total": [4, 1, 0, 0, 0, 0, 5],
    });
    expect(requestsSentence(withRows(rows))).toBe(
      "2024年，我市新收政府信息公开申请5件，无上年结转的申请；本年度办结5件，无结转下年度继续办理的申请。" +
        "从申请人看，自然人提出4件，占80.00%；法人或其他组织提出1件，占20.00%（其中商业企业1件）。" +
        "本年度办结的5件申请中，予以公开3件，占60.00%；无法提供2件，占40.00%。",
    );
  });

  test("all upheld → 「均获维持」; a year with only 行政诉讼", () => {
    const report = withRows({ "t4.cases": [0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 1, 0, 0, 0, 1] });
    expect(reviewLitigationSentence(report)).toBe(
      "本年度，我市未发生因政府信息公开工作被申请行政复议的情况；被提起政府信息公开行政诉讼3件，均获维持。",
    );
  });

  test("「受理」 never appears in generated text (新收 and 上年结转 are always named apart)", () => {
    for (const report of [huaian(), yuyao()]) expect(narrativeToText(generateNarrative(report))).not.toContain("受理");
  });

  test("consecutive years read differently (a wording per year), with the same figures", () => {
    const odd = requestsSentence(withRows({}, { reportYear: 2023 }));
    expect(odd).toBe(
      "2023年，我市共收到政府信息公开申请3119件，另有上年度结转的申请34件；全年共办结3050件，另有103件结转下年度继续办理。" +
        "新收申请中，来自自然人的3001件，占96.22%；来自法人或其他组织的118件，占3.78%（其中商业企业53件、法律服务机构61件、其他组织4件）。" +
        "在全年办结的3050件申请中，予以公开1362件（占44.66%）；部分公开454件（占14.89%）；不予公开178件（占5.84%）；无法提供781件（占25.61%）；" +
        "不予处理88件（占2.89%）；其他处理187件（占6.13%）。",
    );
  });

  test("every figure the generator writes is tied by the checker to the cells it comes from (none slips past, none tied wrongly)", () => {
    const report = huaian();
    const narrative = draftToNarrative(generateNarrative(report));
    const values = readStatements(report, narrativeSentences(narrative)).filter((s) => s.kind === "value");
    // Each number as the generated 淮安 text writes it (golden paragraphs above) → the cells of 淮安's tables it restates,
    // read from the format: 表三 rows by their 总计 column, 表四 行政诉讼 = 未经复议直接起诉 + 复议后起诉.
    const total = (row: string) => `${row}|total`;
    const rows = (group: string, subRows: string[]) => subRows.map((r) => total(`${group}.${r}`)).join("+");
    const litigation = (outcome: string) => `t4.cases|direct.${outcome}+t4.cases|afterReview.${outcome}`;
    const expected: [number, string][] = [
      // 表二: 规章 and 行政规范性文件 制发/废止/现行有效; 许可、处罚、强制 处理决定; 收费金额 96171.6万元 (stated in 元)
      [1, "t2.regulations|issued"],
      [0, "t2.regulations|repealed"],
      [11, "t2.regulations|inForce"],
      [8, "t2.normativeDocuments|issued"],
      [26, "t2.normativeDocuments|repealed"],
      [66, "t2.normativeDocuments|inForce"],
      [447228, "t2.licensing|decisions"],
      [3985758, "t2.penalty|decisions"],
      [88283, "t2.enforcement|decisions"],
      [961716000, "t2.fees|feeAmount"],
      // 表三: 新收, 上年结转, 办结 (twice: the flow sentence and 「办结的3050件申请中」), 结转下年度
      [3119, total("t3.newReceived")],
      [34, total("t3.carriedOver")],
      [3050, total("t3.total")],
      [3050, total("t3.total")],
      [103, total("t3.carryForward")],
      // applicants: 自然人; 法人或其他组织 = the five organisation columns; the three that are not zero
      [3001, "t3.newReceived|naturalPerson"],
      [118, ["commercial", "research", "publicInterest", "legalService", "otherOrganisation"].map((c) => `t3.newReceived|${c}`).join("+")],
      [53, "t3.newReceived|commercial"],
      [61, "t3.newReceived|legalService"],
      [4, "t3.newReceived|otherOrganisation"],
      // results: a category stated as one figure is the sum of its numbered sub-rows
      [1362, total("t3.disclosed")],
      [454, total("t3.partlyDisclosed")],
      [
        178,
        rows("t3.withheld", [
          "stateSecret",
          "prohibitedByLaw",
          "threeSecurities",
          "thirdParty",
          "internalAffairs",
          "processInformation",
          "enforcementFiles",
          "queryMatters",
        ]),
      ],
      [781, rows("t3.unavailable", ["notHeld", "needsCreation", "unclearAfterCorrection"])],
      [88, rows("t3.notProcessed", ["complaint", "repeated", "publications", "massRepeated", "confirmation"])],
      [187, rows("t3.other", ["noCorrection", "unpaidFee", "other"])],
      // 表四: 行政复议 351 = 72 + 64 + 178 + 37; 行政诉讼 46 = 25 + 5 + 9 + 7
      [351, "t4.cases|review.total"],
      [72, "t4.cases|review.upheld"],
      [64, "t4.cases|review.corrected"],
      [178, "t4.cases|review.other"],
      [37, "t4.cases|review.pending"],
      [46, litigation("total")],
      [25, litigation("upheld")],
      [5, litigation("corrected")],
      [9, litigation("other")],
      [7, litigation("pending")],
      // 六: 信息处理费 from 基本信息 (no cell); 表三（六）2 逾期未缴纳费用
      [3940, "基本信息"],
      [6, total("t3.other.unpaidFee")],
    ];
    type Tie = { stated: number; figure: { keys: readonly string[] } };
    const pairs = (ties: readonly Tie[]) =>
      ties.map((s): [number, string] => [s.stated, s.figure.keys.length ? s.figure.keys.join("+") : "基本信息"]).sort(byPair);
    const byPair = (a: [number, string], b: [number, string]) => a[0] - b[0] || a[1].localeCompare(b[1]);
    expect(pairs(values)).toEqual([...expected].sort(byPair));
    // The comparison sees a single figure tied to the wrong cell: 予以公开 read as 部分公开.
    const partly = values.find((s) => s.figure.id === "t3.partlyDisclosed")!;
    const misread = values.map((s) => (s.figure.id === "t3.disclosed" ? { ...s, figure: partly.figure } : s));
    expect(pairs(misread)).not.toEqual([...expected].sort(byPair));
  });
});
