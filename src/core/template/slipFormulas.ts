import type { CellKey } from "../editions";
import { slipCrossings } from "../rules";
import type { IdentityCheck, SlipMembership } from "../rules";
import { inputRanges, placeholderCount, str } from "./checkFormulas";
import type { CheckRow } from "./checks";
import type { TemplateLayout } from "./layout";

/**
 * 可能填错: the slipped cell named on the 校验 sheet with native formulas, by the same rule validate() follows
 * (src/core/rules/slips.ts), from the same crossing data. Three hidden helper columns per identity row, then one
 * visible link:
 *   slipExact  the row's exact left − right, or "" when a cell in it is blank or text (only numbers and 「/」「-」「无」
 *              are known; SUM would count the others as 0)
 *   slipCount  how many cells of the row are candidates: every identity through the cell exact, non-zero and
 *              agreeing on how far the cell is off (by the side it is on)
 *   slipCell   the address of the row's candidate when it is the only candidate in every identity through it
 *   slip       「可能是D8填错」, a link to that cell
 */

/** Every crossing cell of a check, with all the identities through that cell. */
function crossingsOf(check: IdentityCheck, layout: TemplateLayout): { key: CellKey; checks: readonly SlipMembership[] }[] {
  const keys = new Set([...check.left, ...check.right]);
  return slipCrossings(layout.edition).filter((c) => keys.has(c.key));
}

function rowOf(check: IdentityCheck, layout: TemplateLayout): number {
  const row = layout.checks.rows.find((r) => r.subject.kind === "identity" && r.subject.check === check);
  if (!row) throw new Error(`no 校验 row for ${check.rule.id} ${check.anchor}`);
  return row.row;
}

/** True when every identity through the cell has an exact, non-zero difference implying the same amount. */
function candidate(memberships: readonly SlipMembership[], layout: TemplateLayout): string {
  const exact = (m: SlipMembership) => `${layout.checks.columns.slipExact}${rowOf(m.check, layout)}`;
  const implied = (m: SlipMembership) => `${m.side === 1 ? "" : "-"}N(${exact(m)})`;
  const [first, ...rest] = memberships;
  return `AND(${[...memberships.map((m) => `ISNUMBER(${exact(m)})`), `N(${exact(first)})<>0`, ...rest.map((m) => `${implied(first)}=${implied(m)}`)].join(",")})`;
}

const identityOf = (row: CheckRow) => (row.subject.kind === "identity" ? row.subject.check : undefined);

export function slipExactFormula(row: CheckRow, layout: TemplateLayout): string | undefined {
  const check = identityOf(row);
  if (!check || crossingsOf(check, layout).length === 0) return undefined;
  const ranges = inputRanges(layout, [...check.left, ...check.right]);
  const known = [`COUNT(${ranges.join(",")})`, ...ranges.map(placeholderCount)].join("+");
  const { left, right } = layout.checks.columns;
  return `IF(${known}=${check.left.length + check.right.length},ROUND(${left}${row.row}-${right}${row.row},6),"")`;
}

export function slipCountFormula(row: CheckRow, layout: TemplateLayout): string | undefined {
  const check = identityOf(row);
  if (!check) return undefined;
  const crossings = crossingsOf(check, layout);
  if (crossings.length === 0) return undefined;
  return crossings.map((c) => `IF(${candidate(c.checks, layout)},1,0)`).join("+");
}

export function slipCellFormula(row: CheckRow, layout: TemplateLayout): string | undefined {
  const check = identityOf(row);
  if (!check) return undefined;
  const crossings = crossingsOf(check, layout);
  if (crossings.length === 0) return undefined;
  const count = (m: SlipMembership) => `${layout.checks.columns.slipCount}${rowOf(m.check, layout)}=1`;
  return crossings
    .map((c) => `IF(AND(${candidate(c.checks, layout)},${c.checks.map(count).join(",")}),${str(layout.cellMap[c.key].address)},"")`)
    .join("&");
}

export function slipLinkFormula(row: CheckRow, layout: TemplateLayout): string | undefined {
  const check = identityOf(row);
  if (!check || crossingsOf(check, layout).length === 0) return undefined;
  const cell = `${layout.checks.columns.slipCell}${row.row}`;
  const sheet = layout.cellMap[check.anchor].sheet;
  return `IF(${cell}="","",HYPERLINK(${str(`#'${sheet}'!`)}&${cell},${str("可能是")}&${cell}&${str("填错")}))`;
}
