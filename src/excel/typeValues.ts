import type { Report } from "../core/model/report";
import type { TemplateLayout } from "../core/template/layout";
import { fillingFor } from "../core/template/fill";
import type { RequestContextLike } from "./api";
import { officeLiteral } from "./textLiteral";

/**
 * Typing into the workbook as a clerk would (each value entered through `values`, so Excel's entry rules apply):
 * the preview mode's sample and the tests' "the clerk types" step. Text is entered literally, never as a formula.
 */

export interface TypedValue {
  sheet: string;
  address: string;
  value: string | number;
}

/** The cells a report fills in the standard workbook (tables, 基本信息, 上年数据; not the text). */
export function reportValues(layout: TemplateLayout, report: Report, lastYear?: Report): TypedValue[] {
  const filling = fillingFor(layout, report, lastYear);
  const out: TypedValue[] = [];
  for (const [sheet, cells] of filling.cells) for (const [address, value] of cells) out.push({ sheet, address, value });
  return out;
}

/** Enters the values in one sync. */
export async function typeValues(context: RequestContextLike, values: readonly TypedValue[]): Promise<void> {
  for (const v of values) context.workbook.worksheets.getItem(v.sheet).getRange(v.address).values = [[officeLiteral(v.value)]];
  await context.sync();
}
