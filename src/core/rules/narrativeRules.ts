import type { RuleDef } from "./types";

/**
 * Rules on the report's text (report-format.md §6 rules 8, 10–13 and §2). The logic lives in src/core/narrative; ids,
 * severities and wording live here. Text that contradicts the tables is an error (the tables are the record); structure,
 * style, duplication and fee statements are warnings (plausibility, §6).
 *
 * Common placeholders: {section} names where the sentence is (「一、总体情况」), {statement} quotes the figure as written.
 * Section headings are never spelled here: they live in editions/sections.ts and reach a message through {section}.
 */
export const narrativeRules = [
  // — narrative ↔ table (§6 rules 12–13) —
  {
    id: "narrative.figureMismatch",
    severity: "error",
    title: "正文数字与表格不符",
    basis: "§6 rule 12",
    message: "{section}：正文「{statement}」与表格不符，{name}应为{expected}（{source}）。{hint}",
  },
  {
    id: "narrative.shareMismatch",
    severity: "error",
    title: "正文比例与表格不符",
    basis: "§6 rule 12 (shares 「占X%」 = count ÷ base, compared at the precision written)",
    message: "{section}：正文「{statement}」的比例与表格不符，应为{expected}（{computation}）。{hint}",
  },
  {
    id: "narrative.shareTruncated",
    severity: "warning",
    title: "正文比例是截断的，不是四舍五入",
    basis: "§7 shares to two decimals, rounded half up; a truncated share is honest but not the printed convention",
    message: "{section}：正文「{statement}」的比例是直接舍去尾数得到的，四舍五入应为{expected}（{computation}）。",
  },
  {
    id: "narrative.changeMismatch",
    severity: "error",
    title: "正文与上年比较的说法与上年报告不符",
    basis: "§6 rule 12 with last year's report",
    message: "{section}：正文「{statement}」与上年报告不符：{name}上年为{last}，本年为{current}，应为「{expected}」。",
  },
  {
    id: "narrative.claimContradiction",
    severity: "error",
    title: "正文说法与表格矛盾",
    basis: "§6 rule 12 (「均获维持」「无败诉」「未收到申请」… must agree with the tables)",
    message: "{section}：正文称「{claim}」，但{source}为：{facts}。",
  },
  {
    id: "narrative.figureConflict",
    severity: "error",
    title: "同一数字在正文中前后不一",
    basis: "§6 rule 13",
    message: "{section}：{name}在正文中出现两次且数字不同：「{first}」与「{second}」；表格为{expected}。",
  },
  {
    id: "narrative.ambiguousReceived",
    severity: "warning",
    title: "「受理」指代不明",
    basis: "§6 rule 12 typical slips (「受理」 used for 新收+结转)",
    message:
      "{section}：正文「{statement}」的「受理」数是本年新收{newReceived}件与上年结转{carriedOver}件之和，容易误解；请分别写明「本年新收…件，上年结转…件」。",
  },
  // — fees (§6 rule 10) —
  {
    id: "narrative.feeNotReported",
    severity: "warning",
    title: "未报告信息处理费收取情况",
    basis: "§6 rule 10",
    message: "「{section}」没有说明信息处理费的收取情况{why}；请写明收取金额，或写明未收取。",
  },
  // — style and format (§6 rule 11, prompts) —
  {
    id: "narrative.supersededFormat",
    severity: "warning",
    title: "引用了已废止的报告格式",
    basis: "§6 rule 11",
    message: "{section}：{year}年度报告引用了已被替代的《{oldTitle}》（{old}），应为《{newTitle}》（{expected}）。",
  },
  {
    id: "narrative.promptLeft",
    severity: "warning",
    title: "正文中留有待填写的提示",
    basis: "generated drafts mark what only a person can write",
    message: "{section}：还有未填写的提示「{prompt}」，请填写实际情况或删除后再发布。",
  },
  // — duplication against last year (§6 rule 8) —
  {
    id: "narrative.duplication",
    severity: "warning",
    title: "正文与上年报告雷同",
    basis: "§6 rule 8 (warn above 50%)",
    message:
      "正文与{lastYear}年报告重复{actual}（{reused}字/{total}字所在的句子与上年相同或几乎相同，数字不计），超过{limit}；重复最多的是「{worstSection}」。请按本年实际情况重写。",
  },
  // — structure (§2) —
  {
    id: "structure.sectionMissing",
    severity: "warning",
    title: "缺少格式规定的部分",
    basis: "§2 the six sections",
    message: "缺少「{heading}」部分{why}。",
  },
  {
    id: "structure.sectionExtra",
    severity: "warning",
    title: "格式规定以外的部分",
    basis: "§2 (extra sections seen in real reports)",
    message: "「{heading}」不是年度报告格式规定的六个部分之一{hint}。",
  },
  {
    id: "structure.sectionOrder",
    severity: "warning",
    title: "部分顺序与格式不符",
    basis: "§2",
    message: "「{heading}」排在「{previous}」之后，与格式规定的顺序（一至六）不符。",
  },
  {
    id: "structure.headingVariant",
    severity: "warning",
    title: "章节标题与格式不一致",
    basis: "§2 heading variants",
    message: "章节标题「{actual}」与格式规定的「{expected}」不一致（{why}）。",
  },
] as const satisfies readonly RuleDef[];
