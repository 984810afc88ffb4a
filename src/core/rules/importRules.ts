import type { RuleDef } from "./types";

/**
 * What an importer (src/core/import) could not read from a published report. Reported through validate() like every
 * other finding, so the clerk and the supervising office see them in the same list. Never a silent guess: a table
 * that is not there is not read as zeros, a row whose numbers cannot be placed is left out and named.
 */
export const importRules = [
  {
    id: "import.tableMissing",
    severity: "error",
    title: "未找到统计表",
    basis: "issue 7: a missing table is a finding, not zeros",
    message: "文件中没有找到{table}（{heading}）的表格，未按0计算；请核对原文是否缺少该表，或表格是否以图片发布。",
  },
  {
    id: "import.tableUnreadable",
    severity: "error",
    title: "统计表无法按行读取",
    basis: "issue 7: never guess silently; issue 15: say what happened",
    message: "{table}的表格大部分行无法读取（只读出{read}行，共{total}行）：{why}；未读出的行未导入。请对照原文核对，或改用网页、Word版本。",
  },
  {
    id: "import.tableCut",
    severity: "error",
    title: "文件在统计表中间结束",
    basis: "issue 15: a partial table is not an absent table",
    message: "文件{where}，{what}没有读到，未核对；请对照完整的报告原文。",
  },
  {
    id: "import.documentCut",
    severity: "error",
    title: "文件只有报告的一部分",
    basis: "issue 15: say what happened; a table that was never in the file is not reported missing one by one",
    message: "文件只有报告的一部分（{span}），{what}不在文件中，未核对；请对照完整的报告原文。",
  },
  {
    id: "import.digitRunAmbiguous",
    severity: "error",
    title: "一行的数字连在一起，无法确定每一格",
    basis: "issue 15: split a digit run only where exactly one split satisfies the identities",
    message: "{table}「{row}」行的各格数字连在了一起（{run}），{reason}，无法确定每一格的数字，该行未导入；请对照原文核对。",
  },
  {
    id: "import.rowMissing",
    severity: "error",
    title: "统计表缺少一行",
    basis: "issue 7: never guess silently",
    message: "{table}中没有找到「{row}」行，该行未导入；请核对原文。",
  },
  {
    id: "import.rowUnreadable",
    severity: "error",
    title: "一行的数字个数不对，无法对应到栏目",
    basis: "issue 7: never guess silently",
    message: "{table}「{row}」行读到{actual}个数（{raw}），应为{expected}个，无法确定各数属于哪一栏，该行未导入；请核对原文（空白的格请填0）。",
  },
  {
    id: "import.columnsByHeader",
    severity: "warning",
    title: "表格栏目与标准格式不同，已按栏目名称读取",
    basis: "§4 (no 小计 column; fixed column order); issue 7: never guess silently",
    message: "{table}的栏目与标准格式不同（{found}），已按栏目名称对应读取，多出的栏目未导入；请按标准格式填报。",
  },
  {
    id: "import.rowUnrecognised",
    severity: "warning",
    title: "表格中有不属于本格式的行",
    basis: "§3 provincial variants; issue 7",
    message: "{table}中「{label}」这一行（{raw}）不是{edition}的栏目，未导入。",
  },
  {
    id: "import.rowsUnrecognised",
    severity: "warning",
    title: "表格中还有未能识别的数字",
    basis: "issue 7: never guess silently",
    message: "{table}中另有{count}处数字未能对应到栏目，未导入；请对照原文核对。",
  },
  {
    id: "import.rowOtherEdition",
    severity: "warning",
    title: "表格中有另一格式才有的行",
    basis: "§6 rule 11",
    message: "{table}「{label}」是{otherEdition}的栏目，{edition}没有这一行，未导入。",
  },
  {
    id: "import.rowDuplicate",
    severity: "warning",
    title: "同一行出现两次",
    basis: "issue 7: never guess silently",
    message: "{table}「{row}」行出现了两次，数字不同：已采用第一处（{first}），另一处为（{second}）；请核对原文。",
  },
  {
    id: "import.lastYearUnread",
    severity: "warning",
    title: "上年报告未能读出结转数，未核对上年结转",
    basis: "§6 rule 6; issue 7: never guess silently",
    message: "上年（{lastYear}年）报告中表三「{row}」未能读出，未核对本年「上年结转」；请对照上年报告原文核对。",
  },
  {
    id: "import.editionMixed",
    severity: "warning",
    title: "表格中混用了两种格式的栏目",
    basis: "§1 editions; §6 rule 11",
    message: "表格中同时出现了2019格式和2021格式的栏目名称，已按{edition}读取；请核对使用的报告格式。",
  },
  {
    id: "import.traditional",
    severity: "warning",
    title: "文件是繁体字",
    basis: "issue 15: reports republished in Traditional characters (mirrors) are read as the Simplified original",
    message: "文件是繁体字的，已转换为简体字读取；这可能不是机关网站上发布的原文（转载时可能改动了个别用词），请以原文为准。",
  },
  {
    id: "import.yearConflict",
    severity: "warning",
    title: "报告写了两个不同的年度",
    basis: "issue 15: last year's text copied forward states last year's dates",
    message: "报告的{from}写的是{year}年，{otherFrom}写的却是{other}年（可能照抄了上年的报告）；已按{year}年检查，请核对。",
  },
  {
    id: "import.yearInferred",
    severity: "warning",
    title: "报告没有写明年度，按日期或文件名推断",
    basis: "issue 15: the finding says which was used",
    message: "报告的标题、开头和统计期限都没有写明年度，已按{from}推断为{year}的报告；请核对，并在报告中写明年度。",
  },
  {
    id: "import.metaFromOption",
    severity: "warning",
    title: "报告没有写明，按命令行参数检查",
    basis: "issue 15: --year/--agency for files that state none; the finding says which was used",
    message: "报告中没有读出{what}，已按命令行参数 {option} 给出的「{value}」检查。",
  },
  {
    id: "import.metaOptionIgnored",
    severity: "warning",
    title: "报告写明的与命令行参数不同，按报告写明的检查",
    basis: "issue 15: a file's own statement wins",
    message: "报告的{from}写明{what}是「{value}」，与命令行参数 {option} 给出的「{offered}」不同；已按报告写明的「{value}」检查。",
  },
] as const satisfies readonly RuleDef[];

const importRuleIds: ReadonlySet<string> = new Set(importRules.map((r) => r.id));

export function isImportRule(id: string): boolean {
  return importRuleIds.has(id);
}
