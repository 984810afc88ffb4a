import type { EditionId } from "../editions";
import type { ReviewGroup, ReviewOutcome } from "./figures";

/**
 * How report text names the figures of figures.ts (report-format.md §6 rule 12, §7 sentence patterns): the words
 * before (or, for a few, after) a number that tie it to a cell or an aggregate. Data, so a supervising office can add
 * the wording it sees. Patterns are regular-expression sources matched on normalised text (no spaces, ASCII digits).
 *
 * rank: when several terms precede one number, the most specific wins (a sub-row beats its group, a group beats
 * 「办结」); two different figures at the same top rank make the number ambiguous, and an ambiguous number is never
 * flagged.
 */

export type TermTarget =
  /** A figure by id (表三 rows and groups, 信息处理费). */
  | { kind: "figure"; figure: string }
  /** An applicant column set narrowing the 表三 row figure in the window or sentence (figures.ts applicantColumnSets). */
  | { kind: "t3Column"; set: string }
  /** 行政复议 / 行政诉讼 …: sets the 表四 group for the outcome words that follow; before a number, the group's total. */
  | { kind: "t4Group"; group: ReviewGroup }
  /** 结果维持 …: an outcome of the current 表四 group. */
  | { kind: "t4Outcome"; outcome: ReviewOutcome }
  /** A 表二 row: sets the row for column words; before a number, the row's only cell (when it has one). */
  | { kind: "t2Row"; row: string }
  /**
   * A 表二 column word, for the row in the window or sentence. `negative`: the word states a decrease, so the number
   * after it is negative (「本年减少3项」 is 本年增/减 −3).
   */
  | { kind: "t2Column"; column: string; negative?: boolean };

export interface TermDef {
  pattern: string;
  target: TermTarget;
  rank: number;
  /** The term may follow the number: 「另有103件顺延到下年度答复」. */
  after?: boolean;
  /** 「受理」: tied to 新收, but a value equal to this sum of figures is reported as ambiguous wording. */
  ambiguousSum?: readonly string[];
  /**
   * A common verb (办理, 答复, 收到…): it ties only when the rest of its window is plain application wording
   * (PLAIN_REQUEST_WORDS) — 「办理人大建议15件」 and 「收到群众来信20件」 are about other things.
   */
  plainWindow?: boolean;
}

const figure = (id: string) => ({ kind: "figure", figure: id }) as const;

/** 表三 flows and results (both editions). */
const requestTerms: readonly TermDef[] = [
  { pattern: "办结|答复|办理", target: figure("t3.total"), rank: 10, plainWindow: true },
  { pattern: "本年度?新收到?|新收到?|新接收|收到|接到", target: figure("t3.newReceived"), rank: 20, plainWindow: true },
  {
    pattern: "受理",
    target: figure("t3.newReceived"),
    rank: 20,
    ambiguousSum: ["t3.newReceived", "t3.carriedOver"],
    plainWindow: true,
  },
  {
    pattern: "上一?年度?(?:结转|转结)(?:而来)?|(?:结转|转结)自?上一?年度?",
    target: figure("t3.carriedOver"),
    rank: 20,
    plainWindow: true,
  },
  {
    pattern:
      "(?:结转|转结|转入|顺延)(?:到|至|入)?下一?年度?(?:继续办理|办理|答复)?|(?:结转|顺延)(?:到|至)\\d{4}年(?:继续)?(?:办理|答复)?|下一?年度?继续办理",
    target: figure("t3.carryForward"),
    rank: 20,
    after: true,
    plainWindow: true,
  },
  { pattern: "予以公开", target: figure("t3.disclosed"), rank: 30 },
  { pattern: "部分公开", target: figure("t3.partlyDisclosed"), rank: 30 },
  { pattern: "不予公开", target: figure("t3.withheld"), rank: 30 },
  { pattern: "无法提供", target: figure("t3.unavailable"), rank: 30 },
  { pattern: "不予处理", target: figure("t3.notProcessed"), rank: 30 },
  { pattern: "其他处理", target: figure("t3.other"), rank: 30 },
  {
    pattern: "予以公开(?:和|及|与|、|或)部分公开|全部或部分公开|予以公开(?:含|包括)部分公开",
    target: figure("t3.disclosedOrPartly"),
    rank: 50,
  },
];

/**
 * Words for the numbered rows of 表三 （三）–（六）, besides the label itself (numbering stripped), which is always a
 * term. A test asserts every numbered row of both editions is named here or by its label.
 */
export const subRowSynonyms: Readonly<Record<string, readonly string[]>> = {
  "t3.withheld.stateSecret": ["国家秘密"],
  "t3.withheld.prohibitedByLaw": ["法律行政法规禁止公开"],
  "t3.withheld.threeSecurities": ["三安全一稳定"],
  "t3.withheld.thirdParty": ["第三方合法权益"],
  "t3.withheld.internalAffairs": ["内部事务信息"],
  "t3.withheld.processInformation": ["过程性信息"],
  "t3.withheld.enforcementFiles": ["行政执法案卷"],
  "t3.withheld.queryMatters": ["行政查询事项"],
  "t3.unavailable.notHeld": ["本机关不掌握", "不掌握相关政府信息"],
  "t3.unavailable.needsCreation": ["没有现成信息", "需要另行制作"],
  "t3.unavailable.unclearAfterCorrection": ["申请内容仍不明确"],
  "t3.notProcessed.complaint": ["信访举报投诉"],
  "t3.notProcessed.repeated": ["重复申请"],
  "t3.notProcessed.publications": ["公开出版物"],
  "t3.notProcessed.massRepeated": ["大量反复申请"],
  "t3.notProcessed.confirmation": ["确认或重新出具"],
  "t3.other.noCorrection": ["逾期不补正"],
  "t3.other.unpaidFee": ["未按收费通知要求缴纳费用", "逾期未缴纳费用"],
};
export const SUB_ROW_RANK = 40;

const applicantTerms: readonly TermDef[] = [
  { pattern: "自然人", target: { kind: "t3Column", set: "naturalPerson" }, rank: 60 },
  { pattern: "法人(?:或者?|和|及)其他组织", target: { kind: "t3Column", set: "organisation" }, rank: 60 },
  { pattern: "商业企业", target: { kind: "t3Column", set: "commercial" }, rank: 60 },
  { pattern: "科研机构", target: { kind: "t3Column", set: "research" }, rank: 60 },
  { pattern: "社会公益组织|公益组织", target: { kind: "t3Column", set: "publicInterest" }, rank: 60 },
  { pattern: "法律服务机构|律师事务所", target: { kind: "t3Column", set: "legalService" }, rank: 60 },
  { pattern: "其他组织", target: { kind: "t3Column", set: "otherOrganisation" }, rank: 60 },
];

const reviewTerms: readonly TermDef[] = [
  { pattern: "行政复议", target: { kind: "t4Group", group: "review" }, rank: 25 },
  { pattern: "行政诉讼", target: { kind: "t4Group", group: "litigation" }, rank: 25 },
  { pattern: "未经复议直接起诉|直接(?:提起)?(?:行政)?(?:起诉|诉讼)", target: { kind: "t4Group", group: "direct" }, rank: 26 },
  { pattern: "复议后(?:提起)?(?:行政)?(?:起诉|诉讼)", target: { kind: "t4Group", group: "afterReview" }, rank: 26 },
  { pattern: "结果维持|维持", target: { kind: "t4Outcome", outcome: "upheld" }, rank: 40 },
  { pattern: "结果纠正|纠正|撤销|确认违法|败诉", target: { kind: "t4Outcome", outcome: "corrected" }, rank: 40 },
  { pattern: "其他结果", target: { kind: "t4Outcome", outcome: "other" }, rank: 40 },
  { pattern: "尚未审结|未审结|正在审理", target: { kind: "t4Outcome", outcome: "pending" }, rank: 40, after: true },
];

const feeTerms: readonly TermDef[] = [{ pattern: "信息处理费", target: figure("meta.informationFee"), rank: 20 }];

/** 表二 words per edition: rows (same keys in both editions) and the edition's own columns. */
const proactiveRows: readonly TermDef[] = [
  { pattern: "规章", target: { kind: "t2Row", row: "t2.regulations" }, rank: 30 },
  { pattern: "行政规范性文件|规范性文件", target: { kind: "t2Row", row: "t2.normativeDocuments" }, rank: 30 },
  { pattern: "行政许可", target: { kind: "t2Row", row: "t2.licensing" }, rank: 30 },
  { pattern: "其他对外管理服务事项", target: { kind: "t2Row", row: "t2.otherServices" }, rank: 30 },
  { pattern: "行政处罚", target: { kind: "t2Row", row: "t2.penalty" }, rank: 30 },
  { pattern: "行政强制", target: { kind: "t2Row", row: "t2.enforcement" }, rank: 30 },
  { pattern: "行政事业性收费", target: { kind: "t2Row", row: "t2.fees" }, rank: 30 },
  { pattern: "政府集中采购|集中采购", target: { kind: "t2Row", row: "t2.procurement" }, rank: 30 },
];

const proactiveColumns: Readonly<Record<EditionId, readonly TermDef[]>> = {
  "2021": [
    { pattern: "制发|出台|印发|新制定|新增(?:公开)?", target: { kind: "t2Column", column: "issued" }, rank: 45 },
    { pattern: "废止", target: { kind: "t2Column", column: "repealed" }, rank: 45 },
    { pattern: "现行有效", target: { kind: "t2Column", column: "inForce" }, rank: 45 },
    { pattern: "处理决定", target: { kind: "t2Column", column: "decisions" }, rank: 45 },
    { pattern: "收费金额", target: { kind: "t2Column", column: "feeAmount" }, rank: 45 },
  ],
  "2019": [
    { pattern: "新制作|制作|新?制发|新制定|出台", target: { kind: "t2Column", column: "made" }, rank: 45 },
    { pattern: "新公开|新增公开", target: { kind: "t2Column", column: "published" }, rank: 45 },
    { pattern: "对外公开总数量?|公开总数量?", target: { kind: "t2Column", column: "totalPublished" }, rank: 45 },
    { pattern: "处理决定", target: { kind: "t2Column", column: "decisions" }, rank: 45 },
    { pattern: "采购项目|项目", target: { kind: "t2Column", column: "procurementItems" }, rank: 45 },
    { pattern: "采购总金额|总金额|金额", target: { kind: "t2Column", column: "procurementAmount" }, rank: 45 },
    // 第二十条第（五）（六）（八）项: the list of items last year and its change this year (never a 「较上年」 figure,
    // which OTHER_PERIOD leaves untied; 「同比增加」 is not a column word either).
    { pattern: "上一?年度?(?:的)?(?:项目|事项)(?:数量|数)?", target: { kind: "t2Column", column: "previousItems" }, rank: 45 },
    { pattern: "本年度?增/?减(?:数量|数)?|增/减", target: { kind: "t2Column", column: "change" }, rank: 45 },
    {
      pattern: "本年度?(?:(?:项目|事项)(?:数量|数)?)?(?:净)?(?:增加|新增)",
      target: { kind: "t2Column", column: "change" },
      rank: 45,
    },
    {
      pattern: "本年度?(?:(?:项目|事项)(?:数量|数)?)?(?:净)?(?:减少|取消|精简|压减)",
      target: { kind: "t2Column", column: "change", negative: true },
      rank: 45,
    },
  ],
};

export function termsFor(edition: EditionId): readonly TermDef[] {
  return [...requestTerms, ...applicantTerms, ...reviewTerms, ...feeTerms, ...proactiveRows, ...proactiveColumns[edition]];
}

/** Units after a number. Counts tie to counts, money to amounts; any other unit (年, 号, 期, 场, 条…) never ties. */
export const COUNT_UNITS = ["件次", "人次", "件", "项", "宗", "起", "个", "次", "份", "例"] as const;
export const AMOUNT_UNITS: Readonly<Record<string, number>> = { 亿元: 100000000, 万元: 10000, 元: 1 };
export const OTHER_UNITS =
  /^(?:年|月|日|号|时|分|秒|期|场|条|篇|家|人|页|届|季度|周|天|批|轮|类|名|位|所|座|户|册|本|张|部|种|次会议|小时|个工作日|工作日|个月|%)/;

/**
 * Chinese numerals (text/chineseNumerals.ts) are read like Arabic figures, with more care, since 「一」「两」「三」 open
 * many words: a numeral inside one of these words is never a figure, whatever unit follows. 「零件」 is the word for
 * spare parts, so a zero is read only as 「〇件」 (or 「0件」).
 */
export const CHINESE_NUMERAL_WORDS =
  /零件|一站式|一网通办|一网统管|一把手|两微一端|十[一二三四五六七八九]五|三公经费|一件事|一次办|一次性|一律|一并|统一|一些|一体化|一致|进一步|逐一|唯一|之一|其[一二三四五六七八九]|[一二三四五六七八九十]是/g;
/** A numeral right after one of these is an ordinal or part of a word: 「第三」「每一」「这一」「同一」. */
export const CHINESE_NUMERAL_NOT_AFTER = /[第每这那同唯逐统之再某其初周]$/;
/** An estimate 「数十件」「上百件」「成千」: before a numeral that opens with a place. */
export const CHINESE_APPROXIMATE_BEFORE = /[数上成]$/;
/** 「十来件」: an estimate. */
export const CHINESE_APPROXIMATE_AFTER = /^来/;
/**
 * After the unit of a count written in Chinese numerals: the end of the clause or words that go on about it. Elsewhere
 * 「一个」「一次」「一项」「一起」 are articles or adverbs (「开展一次培训」「一项制度」「一起研究」), not counts.
 */
export const CHINESE_COUNT_FOLLOWER =
  /^(?:$|[，,；;。、：:）)”"’」！？!?（(]|(?:政府信息公开|依申请公开|信息公开)?申请|案件|均|全部|都|已|其中|予以|顺延|结转|转入|转结|尚未|未审结|正在审理)/;

/** Approximate figures are never compared (「5500余条」「近3000件」「1000多件」). */
export const APPROXIMATE_BEFORE = /(?:约|近|逾|超过|将近|大约|多达)$/;
export const APPROXIMATE_AFTER = /^(?:余|多|左右|以上|以下|上下)/;
/** A figure about another period is not this year's (「上年新收…」「2023年…」): untied. */
export const OTHER_PERIOD = /上一?年|去年|前年|同期|(\d{4})年/g;
/**
 * What else may stand in the window of a plainWindow term (§7 patterns: 「全市共受理政府信息公开申请」「本年度共办结依申请
 * 政府信息公开事项」「共完成政府信息依申请公开答复」): who, when, and words for applications — nothing about another object.
 */
export const PLAIN_REQUEST_WORDS = new RegExp(
  `^(?:${[
    "[全我本](?:市|县|区|旗|镇|乡|省|州|盟|街道|局|委|办|厅|中心|机关|单位|部门|系统)",
    "本年度?|全年|今年|年内|当年|\\d{4}年",
    "共计|共|累计|合计|总计|另有|其中|含|包括|在|对|已|均|又|依法|按时|及时|完成|予以|作出|办理的|的|了|件",
    "政府信息公开|政府信息|依申请公开|依申请|信息公开|公开|申请|事项",
  ].join("|")})*$`,
);

/** Filler allowed between a number without a unit and the term before it: 「部分公开67，占4.61%」. */
export const UNITLESS_FILLER = /^(?:的|为|共|计|共计|合计|答复|申请)?$/;
/** What may stand between a count and the share that follows it. */
export const SHARE_LEAD = /^[，,（(]?(?:其中)?(?:占|占比|占比为|约占|所占比例为|比例为)?$/;
export const CHANGE_LEAD =
  /^[，,（(]?(?:较|比|与)(?:上年|去年|上一年度?|\d{4}年)(?:同期)?(?:相比)?[，,]?(?:增长|增加|上升|提高|下降|减少|降低)了?$|^[，,（(]?同比(?:增长|增加|上升|提高|下降|减少|降低)了?$/;
export const CHANGE_DOWN = /下降|减少|降低/;
export const UNCHANGED_AFTER = /^[，,（(]?(?:与|和|同)(?:上年|去年|上一年度?)(?:同期)?持平/;
/** Where a window stops: the text before a number belongs to it back to the previous number or one of these. */
export const WINDOW_STOP = /[，,；;。：:（(）)！？!?]/;

/**
 * Claims: sentences that state something about the tables without a number (report-format.md §6 rule 12).
 * - allUpheld: every case of the 表四 group in scope was upheld (no 纠正, 其他结果 or 尚未审结);
 * - noCorrection: no case of the group in scope ended 结果纠正;
 * - zero: the figures named are 0.
 */
export type ClaimDef =
  | { kind: "allUpheld"; pattern: string }
  | { kind: "noCorrection"; pattern: string }
  | { kind: "zero"; pattern: string; figures: readonly string[]; unless?: string };

export const claimDefs: readonly ClaimDef[] = [
  { kind: "allUpheld", pattern: "均(?:获|予|被)?维持|全部(?:获|予|被)?维持|均为(?:结果)?维持" },
  { kind: "noCorrection", pattern: "无败诉|零败诉|未(?:发生|出现|有)?败诉|没有败诉|无[^，。；\\d]{0,8}败诉|未被(?:依法)?(?:纠错|纠正)|无(?:被)?(?:纠错|纠正)" },
  { kind: "zero", pattern: "(?:未|没有)(?:收到|接到|受理)(?:新的|任何)?(?:政府信息公开|依申请公开)?(?:的)?申请", figures: ["t3.newReceived"] },
  { kind: "zero", pattern: "(?:无|没有)上一?年度?(?:结转|转结)|上一?年度?无(?:结转|转结)", figures: ["t3.carriedOver"] },
  { kind: "zero", pattern: "(?:无|没有)(?:需)?(?:结转|转入|转结)(?:到|至)?下一?年度?", figures: ["t3.carryForward"] },
  { kind: "zero", pattern: "暂?无办结|未办结任何", figures: ["t3.total"] },
  { kind: "zero", pattern: "均由自然人提出|全部来自自然人", figures: ["t3.newReceived@organisation"] },
  { kind: "zero", pattern: "(?:均由|全部来自)法人(?:或者?|和|及)其他组织", figures: ["t3.newReceived@naturalPerson"] },
  {
    kind: "zero",
    pattern:
      "(?:未|没有)[^，。；\\d]{0,6}?(?:收取|发生|产生)[^，。；\\d]{0,16}?(?:信息处理费|收费)|(?:无|未有)(?:收取)?(?:政府信息公开)?信息处理费",
    figures: ["meta.informationFee"],
    unless: "收费通知|行政事业性收费",
  },
];

/** 「未发生…行政复议、…行政诉讼」: a negation, then the group words within the clause, no outcome words after. */
export const REVIEW_NEGATION = /未发生|未出现|没有发生|没有|未有|未收到|未接到|无/;
export const REVIEW_ZERO_GROUPS: readonly { pattern: RegExp; group: ReviewGroup }[] = [
  { pattern: /行政复议/g, group: "review" },
  { pattern: /行政诉讼/g, group: "litigation" },
];
export const REVIEW_OUTCOME_WORDS = /维持|纠正|纠错|败诉|审结|撤销/;
