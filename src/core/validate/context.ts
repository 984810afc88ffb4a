import { columnName, editionIndex, rowName } from "../editions";
import type { CellKey, EditionIndex, TableId } from "../editions";
import type { Finding, FindingLocation } from "../findings";
import { readCellText } from "../model/cellText";
import type { CellReading } from "../model/cellText";
import type { Report } from "../model/report";
import { formatMessage, ruleById } from "../rules";

/** What every checker needs: the report, its edition, each cell read once, and a way to add findings. */
export interface CheckContext {
  report: Report;
  index: EditionIndex;
  reading(key: CellKey): CellReading;
  /** The number used in identities: missing and unreadable cells count as 0 (§6 「report, then treat as 0」). */
  value(key: CellKey): number;
  emptyTables: ReadonlySet<TableId>;
  add(ruleId: string, values: Record<string, string | number | undefined>, location: FindingLocation, expected?: number | string, actual?: number | string): void;
  /** A cell's location, with sheet and address when the report came from a workbook. */
  locate(key: CellKey, involved?: readonly CellKey[]): FindingLocation;
  /** 「表三「一、本年新收…」行「自然人」列（C7）」 — how messages name a cell. */
  describe(key: CellKey): string;
}

export function createContext(report: Report, findings: Finding[]): CheckContext {
  const index = editionIndex(report.meta.edition);
  const readings = new Map<CellKey, CellReading>();
  for (const def of index.cells) readings.set(def.key, readCellText(report.cells[def.key]?.raw));

  const emptyTables = new Set<TableId>();
  for (const table of index.edition.tables) {
    const keys = index.cells.filter((c) => c.table === table);
    if (keys.every((c) => isMissing(readings.get(c.key)!))) emptyTables.add(table.id);
  }

  const locate = (key: CellKey, involved?: readonly CellKey[]): FindingLocation => {
    const def = index.cell(key);
    const location: FindingLocation = { key };
    if (def) {
      location.table = def.table.name;
      if (def.row.label) location.row = rowName(def.block, def.row);
      location.column = columnName(def.block, def.column);
    }
    if (involved && involved.length > 0) location.keys = [...involved];
    const ref = report.cellRefs?.[key];
    if (ref) {
      location.sheet = ref.sheet;
      location.cell = ref.address;
    }
    return location;
  };

  return {
    report,
    index,
    reading: (key) => readings.get(key) ?? readCellText(""),
    value: (key) => readings.get(key)?.value ?? 0,
    emptyTables,
    add(ruleId, values, location, expected, actual) {
      const rule = ruleById(ruleId);
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        message: formatMessage(rule.message, values),
        location,
        expected: expected ?? null,
        actual: actual ?? null,
      });
    },
    locate,
    describe(key) {
      const def = index.cell(key);
      if (!def) return key;
      const row = def.row.label ? `「${rowName(def.block, def.row)}」行` : "";
      const ref = report.cellRefs?.[key];
      const address = ref ? `（${ref.sheet === def.table.name ? "" : `${ref.sheet}!`}${ref.address}）` : "";
      return `${def.table.name}${row}「${columnName(def.block, def.column)}」${row ? "列" : ""}${address}`;
    },
  };
}

export function isMissing(reading: CellReading): boolean {
  return reading.state === "blank" || reading.state === "placeholder";
}
