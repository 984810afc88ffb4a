import { addinCheckFormula } from "./addinColumn";
import type { CheckRow } from "./checks";
import { nativeCheckFormulas } from "./checkFormulas";
import type { NativeColumn } from "./checkFormulas";
import { slipCellFormula, slipCountFormula, slipExactFormula, slipLinkFormula } from "./slipFormulas";
import type { TemplateLayout } from "./layout";
import type { StyleId } from "./types";

/**
 * The columns of the 校验 sheet, as data. The native columns compute every check with classic formulas; the
 * add-in column is reserved for the custom functions (XXGK.…); where the add-in is not loaded it says 「（需加载项）」.
 *
 * Adding a formula column is one entry here: give it a key, a header and `formula(row, layout)` returning the
 * formula without 「=」 for each check row (or undefined to leave the cell empty). The layout gives every address.
 */
export interface CheckColumnDef {
  key: string;
  header: string;
  /** Excel character units. */
  width: number;
  style: StyleId;
  formula?: (row: CheckRow, layout: TemplateLayout) => string | undefined;
  /** A helper column: calculated, hidden, not printed. */
  hidden?: boolean;
}

/** A row's native formulas are built once and shared by its five native columns. */
const nativeCache = new WeakMap<CheckRow, { layout: TemplateLayout; formulas: Partial<Record<NativeColumn, string>> }>();

function nativeFormulasOf(row: CheckRow, layout: TemplateLayout): Partial<Record<NativeColumn, string>> {
  const cached = nativeCache.get(row);
  if (cached?.layout === layout) return cached.formulas;
  const formulas = nativeCheckFormulas(row, layout);
  nativeCache.set(row, { layout, formulas });
  return formulas;
}

const native = (key: NativeColumn, header: string, width: number, style: StyleId): CheckColumnDef => ({
  key,
  header,
  width,
  style,
  formula: (row, layout) => nativeFormulasOf(row, layout)[key],
});

export const checkSheetColumns: readonly CheckColumnDef[] = [
  { key: "index", header: "序号", width: 6, style: "labelCenter" },
  { key: "item", header: "检查内容", width: 50, style: "label" },
  native("left", "左边", 11, "formulaNumber"),
  native("right", "右边", 11, "formulaNumber"),
  native("diff", "差额", 9, "formulaNumber"),
  native("result", "结果", 7, "result"),
  native("locate", "定位", 7, "link"),
  { key: "slip", header: "可能填错", width: 13, style: "link", formula: slipLinkFormula },
  { key: "addin", header: "加载项核对（需安装加载项）", width: 24, style: "formula", formula: addinCheckFormula },
  // Helpers of 可能填错 (slipFormulas.ts), hidden.
  { key: "slipExact", header: "（辅助）精确差额", width: 10, style: "formulaNumber", formula: slipExactFormula, hidden: true },
  { key: "slipCount", header: "（辅助）可能填错的格数", width: 10, style: "formulaNumber", formula: slipCountFormula, hidden: true },
  { key: "slipCell", header: "（辅助）可能填错的格", width: 10, style: "formula", formula: slipCellFormula, hidden: true },
];
