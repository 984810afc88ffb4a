import type { BlockDef, ColumnDef, GroupDef, RowDef, TableDef } from "./types";

/** 表三 — identical in both editions except the （六）其他处理 rows. Labels are verbatim (report-format.md §4). */

const columnGroups: readonly GroupDef[] = [
  { key: "applicant", label: "申请人情况" },
  { key: "organisation", label: "法人或其他组织", parent: "applicant" },
];

const columns: readonly ColumnDef[] = [
  { key: "naturalPerson", label: "自然人", group: "applicant", kind: "count" },
  { key: "commercial", label: "商业企业", group: "organisation", kind: "count" },
  { key: "research", label: "科研机构", group: "organisation", kind: "count" },
  { key: "publicInterest", label: "社会公益组织", group: "organisation", kind: "count" },
  { key: "legalService", label: "法律服务机构", group: "organisation", kind: "count" },
  { key: "otherOrganisation", label: "其他", group: "organisation", kind: "count" },
  { key: "total", label: "总计", group: "applicant", kind: "count" },
];

const rowGroups: readonly GroupDef[] = [
  { key: "t3.results", label: "三、本年度办理结果" },
  { key: "t3.withheld", label: "（三）不予公开", parent: "t3.results" },
  { key: "t3.unavailable", label: "（四）无法提供", parent: "t3.results" },
  { key: "t3.notProcessed", label: "（五）不予处理", parent: "t3.results" },
  { key: "t3.other", label: "（六）其他处理", parent: "t3.results" },
];

const leadingRows: readonly RowDef[] = [
  {
    key: "t3.newReceived",
    label: "一、本年新收政府信息公开申请数量",
    aliases: ["一、本年新收到政府信息公开申请数量"],
  },
  {
    key: "t3.carriedOver",
    label: "二、上年结转政府信息公开申请数量",
    aliases: ["二、上年转结政府信息公开申请数量"],
  },
  { key: "t3.disclosed", label: "（一）予以公开", group: "t3.results" },
  {
    key: "t3.partlyDisclosed",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    group: "t3.results",
    aliases: ["（二）部分公开"],
  },
  { key: "t3.withheld.stateSecret", label: "1.属于国家秘密", group: "t3.withheld" },
  { key: "t3.withheld.prohibitedByLaw", label: "2.其他法律行政法规禁止公开", group: "t3.withheld" },
  { key: "t3.withheld.threeSecurities", label: "3.危及“三安全一稳定”", group: "t3.withheld" },
  { key: "t3.withheld.thirdParty", label: "4.保护第三方合法权益", group: "t3.withheld" },
  { key: "t3.withheld.internalAffairs", label: "5.属于三类内部事务信息", group: "t3.withheld" },
  { key: "t3.withheld.processInformation", label: "6.属于四类过程性信息", group: "t3.withheld" },
  { key: "t3.withheld.enforcementFiles", label: "7.属于行政执法案卷", group: "t3.withheld" },
  { key: "t3.withheld.queryMatters", label: "8.属于行政查询事项", group: "t3.withheld" },
  { key: "t3.unavailable.notHeld", label: "1.本机关不掌握相关政府信息", group: "t3.unavailable" },
  { key: "t3.unavailable.needsCreation", label: "2.没有现成信息需要另行制作", group: "t3.unavailable" },
  { key: "t3.unavailable.unclearAfterCorrection", label: "3.补正后申请内容仍不明确", group: "t3.unavailable" },
  { key: "t3.notProcessed.complaint", label: "1.信访举报投诉类申请", group: "t3.notProcessed" },
  { key: "t3.notProcessed.repeated", label: "2.重复申请", group: "t3.notProcessed" },
  { key: "t3.notProcessed.publications", label: "3.要求提供公开出版物", group: "t3.notProcessed" },
  { key: "t3.notProcessed.massRepeated", label: "4.无正当理由大量反复申请", group: "t3.notProcessed" },
  {
    key: "t3.notProcessed.confirmation",
    label: "5.要求行政机关确认或重新出具已获取信息",
    group: "t3.notProcessed",
  },
];

const trailingRows: readonly RowDef[] = [
  { key: "t3.total", label: "（七）总计", group: "t3.results" },
  {
    key: "t3.carryForward",
    label: "四、结转下年度继续办理",
    aliases: ["四、转结下年度继续办理"],
  },
];

/** 2019格式: （六）其他处理 is one data row. */
const otherRow2019: readonly RowDef[] = [{ key: "t3.other", label: "（六）其他处理", group: "t3.results" }];

/** 2021格式: （六）其他处理 is a group of three rows (the fee row follows 国办函〔2020〕109号). */
const otherRows2021: readonly RowDef[] = [
  {
    key: "t3.other.noCorrection",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    group: "t3.other",
  },
  {
    key: "t3.other.unpaidFee",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    group: "t3.other",
  },
  { key: "t3.other.other", label: "3.其他", group: "t3.other" },
];

const cornerNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

function table3(otherRows: readonly RowDef[], groups: readonly GroupDef[]): TableDef {
  const block: BlockDef = {
    key: "t3",
    cornerNote,
    columns,
    columnGroups,
    rows: [...leadingRows, ...otherRows, ...trailingRows],
    rowGroups: groups,
  };
  return { id: "t3", name: "表三", heading: "三、收到和处理政府信息公开申请情况", blocks: [block] };
}

export const table3Edition2019 = table3(
  otherRow2019,
  rowGroups.filter((g) => g.key !== "t3.other"),
);
export const table3Edition2021 = table3(otherRows2021, rowGroups);
