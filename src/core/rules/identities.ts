import type { IdentityRuleDef } from "./types";

/**
 * The hard identities of report-format.md §6 (rules 1–4). One declaration drives validate(), the template's native
 * formulas and the custom functions.
 */
export const identityRules: readonly IdentityRuleDef[] = [
  {
    kind: "identity",
    id: "t3.columnBalance",
    severity: "error",
    title: "表三 第一项+第二项=第三项（七）总计+第四项",
    basis: "§6 rule 1 (stated in the table's own corner note)",
    table: "t3",
    per: "column",
    instances: [
      {
        left: ["t3.newReceived", "t3.carriedOver"],
        right: ["t3.total", "t3.carryForward"],
        anchor: "t3.carryForward",
      },
    ],
    message: "表三「{column}」列：第一项+第二项={left}，第三项（七）总计+第四项={right}，相差{diff}。",
    partialMessages: {
      right: "表三「{column}」列：第三项（七）总计+第四项已填的数字之和{right}，已大于第一项+第二项之和{left}，未填的{blanks}格无论填多少都不能相等。",
      left: "表三「{column}」列：第一项+第二项已填的数字之和{left}，已大于第三项（七）总计+第四项之和{right}，未填的{blanks}格无论填多少都不能相等。",
    },
    inferredAs: { total: "第一项+第二项=第三项（七）总计+第四项", part: "第一项+第二项=第三项（七）总计+第四项" },
  },
  {
    kind: "identity",
    id: "t3.resultsTotal",
    severity: "error",
    title: "表三（七）总计=各项办理结果之和",
    basis: "§6 rule 2 (（二）部分公开 「只计这一情形」: every concluded application is in exactly one row)",
    table: "t3",
    per: "column",
    instances: [{ left: ["t3.total"], right: { under: "t3.results", except: ["t3.total"] } }],
    message: "表三「{column}」列：（七）总计为{left}，（一）至（六）各项之和为{right}，相差{diff}。",
    partialMessages: {
      right: "表三「{column}」列：（一）至（六）已填各项之和{right}，已大于（七）总计{left}，未填的{blanks}格无论填多少都不能相等。",
      left: "表三「{column}」列：（七）总计未填写，而（一）至（六）各项之和为{right}。",
    },
    inferredAs: { total: "（一）至（六）各项之和", part: "（七）总计减去其余各项" },
  },
  {
    kind: "identity",
    id: "t3.applicantTotal",
    severity: "error",
    title: "表三 总计=自然人+各类法人或其他组织",
    basis: "§6 rule 3",
    table: "t3",
    per: "row",
    instances: [{ left: ["total"], right: { under: "applicant", except: ["total"] } }],
    message: "表三「{row}」行：总计为{left}，自然人与五类法人或其他组织之和为{right}，相差{diff}。",
    partialMessages: {
      right: "表三「{row}」行：自然人与五类法人或其他组织已填的数字之和{right}，已大于总计{left}，未填的{blanks}格无论填多少都不能相等。",
      left: "表三「{row}」行：总计未填写，而自然人与五类法人或其他组织之和为{right}。",
    },
    inferredAs: { total: "自然人与五类法人或其他组织之和", part: "总计减去其余各列" },
  },
  {
    kind: "identity",
    id: "t4.groupTotal",
    severity: "error",
    title: "表四 总计=结果维持+结果纠正+其他结果+尚未审结",
    basis: "§6 rule 4",
    table: "t4",
    per: "row",
    instances: [
      { name: "行政复议", left: ["review.total"], right: { under: "review", except: ["review.total"] } },
      { name: "未经复议直接起诉", left: ["direct.total"], right: { under: "direct", except: ["direct.total"] } },
      { name: "复议后起诉", left: ["afterReview.total"], right: { under: "afterReview", except: ["afterReview.total"] } },
    ],
    message: "表四「{name}」：总计为{left}，结果维持、结果纠正、其他结果、尚未审结之和为{right}，相差{diff}。",
    partialMessages: {
      right: "表四「{name}」：结果维持、结果纠正、其他结果、尚未审结已填的数字之和{right}，已大于总计{left}，未填的{blanks}格无论填多少都不能相等。",
      left: "表四「{name}」：总计未填写，而结果维持、结果纠正、其他结果、尚未审结之和为{right}。",
    },
    inferredAs: { total: "结果维持、结果纠正、其他结果、尚未审结之和", part: "总计减去其余各项" },
  },
];
