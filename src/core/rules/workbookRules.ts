import type { RuleDef } from "./types";

/**
 * What only a host that sees Excel's cell types can report (the task pane reads `valueTypes`; a report as JSON or
 * text cannot say how a cell was stored).
 */
export const workbookRules = [
  {
    id: "cell.storedAsText",
    severity: "warning",
    title: "数字以文字形式保存",
    basis: "docs/template.md: the 校验 sheet counts numbers stored as text as 0",
    message: "{where}的「{raw}」是以文字形式保存的数字：本工具已按{value}核对，但「校验」表和 Excel 公式按0计算。请选中该格重新输入数字。",
  },
] as const satisfies readonly RuleDef[];
