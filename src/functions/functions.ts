/**
 * Custom functions (namespace XXGK, from the manifest). Thin top-level functions over the core's block adapters
 * (src/core/blocks): no rule logic, no wording of their own beyond the JSDoc that Excel shows.
 *
 * The metadata plugin reads the JSDoc below into functions.json and appends `CustomFunctions.associate(ID, fn)` for
 * every function it found to this module at build time — that is the registration the shared runtime runs, so this
 * file does not call associate itself (a second call would only repeat it). The plugin silently drops arrow
 * functions and namespaced functions, so every function is a plain top-level `function` with inline parameter types;
 * test/functions/ asserts the ids in functions.json and loads the built bundle to call what was registered.
 *
 * Parameters are `unknown` (metadata type "any") rather than `number`: with `number`, Excel answers text in a cell
 * with a bare #VALUE!, and we want a Chinese message naming the cell. Excel passes blank cells as 0 (sometimes
 * null); either way they count as 0 here — the task pane reports unfilled cells.
 */
// Deep imports, not the core barrel: the barrel also carries the zod report schema, which this bundle never needs.
import { carryOverDifferences, checkTableBlock, columnBalance, findingLines, shareOf, sumDifference, tableSentence } from "../core/blocks";
import type { BlockOutcome } from "../core/blocks";
import { editionForYear, editions } from "../core/editions";
import { readReportYear } from "../core/model/reportYear";

/** A failed outcome becomes #VALUE! with its Chinese message (custom messages exist only for #VALUE! and #N/A). */
function valueOrThrow<T>(outcome: BlockOutcome<T>): T {
  if (!outcome.ok) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, outcome.message);
  return outcome.value;
}

/** A list as a spilled column. */
const column = (lines: readonly string[]): string[][] => lines.map((line) => [line]);

/**
 * 返回某报告年度应使用的报告格式。
 * @customfunction EDITION
 * @param year 报告年度，例如 2024
 * @returns 报告格式名称和文号，例如「2021格式（国办公开办函〔2021〕30号）」
 */
export function edition(year: number): string {
  const reportYear = readReportYear(year);
  const id = reportYear === undefined ? undefined : editionForYear(reportYear);
  if (!id) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "报告年度应为2019年或以后");
  return `${editions[id].name}（${editions[id].documentNumber}）`;
}

/**
 * 检查表三（依申请公开）的全部勾稽关系，逐条列出发现的问题；全部成立时显示「✓ 勾稽关系全部成立」。
 * @customfunction T3CHECK
 * @param block 表三的数字区域，不含栏目名称：2021格式25行×7列，2019格式23行×7列
 * @param [edition] 可选：报告格式2019或2021，也可填报告年度；不填则按所选区域的行数判断
 * @returns 问题清单（向下溢出为一列）
 */
export function t3Check(block: unknown[][], edition?: unknown): string[][] {
  return column(findingLines(valueOrThrow(checkTableBlock("t3", block, edition))));
}

/**
 * 检查表四（行政复议、行政诉讼）的勾稽关系：各组总计=结果维持+结果纠正+其他结果+尚未审结；全部成立时显示「✓ 勾稽关系全部成立」。
 * @customfunction T4CHECK
 * @param row 表四的数字区域，不含栏目名称：1行×15列
 * @returns 问题清单（向下溢出为一列）
 */
export function t4Check(row: unknown[][]): string[][] {
  return column(findingLines(valueOrThrow(checkTableBlock("t4", row))));
}

/**
 * 表三每列的平衡差额：第一项+第二项−（第三项（七）总计+第四项）。为0表示该列平衡，正数表示第一项+第二项较大。
 * @customfunction BALANCE
 * @param columns 表三中完整的一列或几列数字（2021格式25行，2019格式23行，不含栏目名称）
 * @param [edition] 可选：报告格式2019或2021，也可填报告年度；不填则按行数判断
 * @returns 每列一个差额（横向排列）
 */
export function balance(columns: unknown[][], edition?: unknown): number[][] {
  return [valueOrThrow(columnBalance(columns, edition))];
}

/**
 * 总数与各项之和的差额：总数−各项之和。为0表示总数等于各项之和。
 * @customfunction SUMCHECK
 * @param total 总数所在的单元格
 * @param parts 各项所在的单元格区域
 * @returns 差额
 */
export function sumCheck(total: unknown, parts: unknown[][]): number {
  return valueOrThrow(sumDifference(total, parts));
}

/**
 * 跨年度衔接差额：本年表三「二、上年结转」行−上年表三「四、结转下年度继续办理」行，逐列计算。为0表示衔接一致。
 * @customfunction CARRYOVER
 * @param thisYear 本年表三「二、上年结转政府信息公开申请数量」行的数字（1行×7列）
 * @param lastYear 上年表三「四、结转下年度继续办理」行的数字（1行×7列，与本年所选列相同）
 * @returns 每列一个差额（横向排列）
 */
export function carryOver(thisYear: unknown[][], lastYear: unknown[][]): number[][] {
  return [valueOrThrow(carryOverDifferences(thisYear, lastYear))];
}

/**
 * 按报告正文的写法计算占比，例如「66.48%」（四舍五入，与自动生成的正文完全一致）。基数为0时返回 #DIV/0!。
 * @customfunction SHARE
 * @param count 件数，例如「（一）予以公开」的总计
 * @param base 基数，例如「（七）总计」的总计
 * @param [decimals] 可选：小数位数，默认2
 * @returns 百分比文字
 */
export function share(count: unknown, base: unknown, decimals?: unknown): string {
  const text = valueOrThrow(shareOf(count, base, decimals));
  if (text === undefined) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  return text;
}

/**
 * 根据表三写出报告正文中依申请公开情况的句子，与自动生成的正文完全一致（含各项办理结果的占比）；表格数字改动后句子随之更新。
 * @customfunction T3SENTENCE
 * @param block 表三的数字区域，不含栏目名称：2021格式25行×7列，2019格式23行×7列
 * @param year 报告年度，例如 2024（决定报告格式和措辞）
 * @param [agency] 可选：机关名称，用于「我市」「我局」等称呼；不填则称「本机关」
 * @returns 正文句子
 */
export function t3Sentence(block: unknown[][], year: unknown, agency?: unknown): string {
  return valueOrThrow(tableSentence("t3", block, year, agency));
}

/**
 * 根据表四写出报告正文中行政复议、行政诉讼情况的句子，与自动生成的正文完全一致；表格数字改动后句子随之更新。
 * @customfunction T4SENTENCE
 * @param row 表四的数字区域，不含栏目名称：1行×15列
 * @param year 报告年度，例如 2024（决定报告格式和措辞）
 * @param [agency] 可选：机关名称，用于「我市」「我局」等称呼；不填则称「本机关」
 * @returns 正文句子
 */
export function t4Sentence(row: unknown[][], year: unknown, agency?: unknown): string {
  return valueOrThrow(tableSentence("t4", row, year, agency));
}
