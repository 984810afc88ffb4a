import { columnName, rowName } from "./editions";
import type { CellDef, CellKey } from "./editions";
import { formatMessage, ruleById } from "./rules/catalog";
import type { MessageValues } from "./rules/catalog";
import type { Severity } from "./rules/types";

/** Where a finding points. Every field a host can use to show or select it; all optional. */
export interface FindingLocation {
  /** 「表三」 */
  table?: string;
  /** Row label as shown in messages. */
  row?: string;
  /** Column label as shown in messages. */
  column?: string;
  /** The cell the finding points at, and every cell the finding involves. */
  key?: CellKey;
  keys?: CellKey[];
  /** Present when the report came from a workbook. */
  sheet?: string;
  cell?: string;
  /** Narrative findings: the sentence the figure was read from. */
  excerpt?: string;
  section?: string;
}

/** A finding is a value, never an exception. The JSON form is a public contract (xxgk check --json). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  location: FindingLocation;
  expected: number | string | null;
  actual: number | string | null;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}

/**
 * The finding of a catalog rule: id and severity from the catalog, its message template filled with `values`.
 * `template`: another of the rule's own wordings (an identity broken with blanks on one side).
 */
export function findingOf(
  ruleId: string,
  values: MessageValues,
  location: FindingLocation = {},
  expected: number | string | null = null,
  actual: number | string | null = null,
  template?: string,
): Finding {
  const rule = ruleById(ruleId);
  return { rule: rule.id, severity: rule.severity, message: formatMessage(template ?? rule.message, values).trim(), location, expected, actual };
}

/** Where a cell is, by name: its table, row (when the row has a label) and column. */
export function cellLocation(def: CellDef): FindingLocation {
  const location: FindingLocation = { table: def.table.name };
  if (def.row.label) location.row = rowName(def.block, def.row);
  location.column = columnName(def.block, def.column);
  return location;
}
