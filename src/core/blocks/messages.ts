/**
 * The words the block adapters (custom functions and any other host that passes a table's numbers as a grid) use
 * for their own outcomes. Findings keep the rule catalog's messages; only "what to select" and the all-clear live here.
 */
export const blockMessages = {
  /** A whole-table check with nothing to report. */
  allHold: "✓ 勾稽关系全部成立",
  /** Prefixes that tell an error from a reminder in a spilled list of findings. */
  severityPrefix: { error: "错误：", warning: "提醒：" },
  selected: "，所选区域为{size}",
  selectTable: "请选择{table}的数字区域（{shapes}，不含栏目名称）{selected}。",
  selectColumns: "请选择表三中完整的一列或几列数字（{shapes}，从「{first}」到「{last}」，不含栏目名称）{selected}。",
  selectCarryOver:
    "请选择本年表三「{thisRow}」行和上年表三「{lastRow}」行的数字（各1行×{columns}列，或两处相同的几列，不含栏目名称）{selected}。",
  selectParts: "请选择要相加的各项（一个单元格区域）。",
  editionArgument: "报告格式请填2019或2021，也可填报告年度（如2024）；不填则按所选区域的行数判断。",
  reportYear: "请填写报告年度（2019年及以后，如2024）：正文的措辞和报告格式由年度决定。",
  decimals: "小数位数请填0到{max}之间的整数。",
  moreTextCells: "另有{count}个单元格也不是数字。",
  /** Cells outside a whole-table selection are named by their place in the selection. */
  selectionColumn: "（所选区域第{column}列）",
  partsCell: "「各项」区域第{row}行第{column}列",
  totalArgument: "「总数」",
  countArgument: "「件数」",
  baseArgument: "「基数」",
  /** A difference the blank cells of its identity leave open (a blank is unknown, not 0). */
  blanksOpen: "{where}有未填写的格：空白不按0计算，这一差额要等填完才能计算；没有发生的请填0。",
  thisYear: "本年",
  lastYear: "上年",
} as const;
