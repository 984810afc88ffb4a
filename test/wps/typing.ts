import { officeLiteral } from "../../src/excel/textLiteral";
import type { TypedValue } from "../../src/excel/typeValues";
import type { EtApplication, EtWorksheet } from "../../src/wps/et";

/** A clerk typing in WPS: each value entered into its cell as typed (text as text, never a formula). */
export function typeInEt(et: EtApplication, values: readonly TypedValue[]): void {
  const sheets = et.ActiveWorkbook!.Sheets;
  for (const v of values) (sheets.Item(v.sheet) as EtWorksheet).Range(v.address).Value2 = officeLiteral(v.value);
}
