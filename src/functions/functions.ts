/**
 * Custom functions (namespace XXGK, from the manifest). Thin top-level functions over the core: no rule logic here.
 * The metadata plugin reads the JSDoc; it silently drops arrow functions and namespaced functions, so every
 * function is a plain top-level `function` and a test asserts the ids in functions.json.
 */
import { editionForYear, editions } from "../core/editions";

/**
 * 返回某报告年度应使用的报告格式。
 * @customfunction EDITION
 * @param year 报告年度，例如 2024
 * @returns 报告格式名称和文号，例如「2021格式（国办公开办函〔2021〕30号）」
 */
export function edition(year: number): string {
  const id = editionForYear(year);
  if (!id) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "报告年度应为2019年或以后");
  return `${editions[id].name}（${editions[id].documentNumber}）`;
}

// Registration happens when the shared runtime loads this bundle; outside Office (tests, preview) it is absent.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("EDITION", edition);
}
