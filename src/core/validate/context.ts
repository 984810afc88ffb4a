import { cellName, editionIndex } from "../editions";
import type { CellKey, EditionIndex, TableId } from "../editions";
import { cellLocation, findingOf } from "../findings";
import type { Finding, FindingLocation } from "../findings";
import { readCellText } from "../model/cellText";
import type { CellReading } from "../model/cellText";
import type { Cell, Report } from "../model/report";
import type { MessageValues } from "../rules";

/** What every checker needs: the report, its edition, each cell read once, and a way to add findings. */
export interface CheckContext {
  report: Report;
  index: EditionIndex;
  reading(key: CellKey): CellReading;
  /** The number used in identities: missing and unreadable cells count as 0 (§6 「report, then treat as 0」). */
  value(key: CellKey): number;
  /**
   * The report's cells looked up once, in the order of `index.cells` (by `CellDef.position`): checkers that visit
   * every cell or sum many read arrays instead of looking keys up again (a report's cells are a large keyed object).
   */
  cellAt: readonly (Cell | undefined)[];
  /** `value` of every cell, by position. */
  values: Float64Array;
  emptyTables: ReadonlySet<TableId>;
  /** Cells an importer could not read (already reported by its finding): not reported again, not checked. */
  notImported: ReadonlySet<CellKey>;
  add(ruleId: string, values: MessageValues, location: FindingLocation, expected?: number | string, actual?: number | string): void;
  /** A cell's location, with sheet and address when the report came from a workbook. */
  locate(key: CellKey, involved?: readonly CellKey[]): FindingLocation;
  /** 「表三「一、本年新收…」行「自然人」列（C7）」 — how messages name a cell. */
  describe(key: CellKey): string;
}

export function createContext(report: Report, findings: Finding[]): CheckContext {
  const index = editionIndex(report.meta.edition);
  // Readings are made on demand: most cells are plain numbers whose value the model already parsed.
  const readings = new Map<CellKey, CellReading>();
  const reading = (key: CellKey): CellReading => {
    let r = readings.get(key);
    if (!r) {
      r = readCellText(report.cells[key]?.raw);
      readings.set(key, r);
    }
    return r;
  };

  const notImported = notImportedCells(report);

  // One pass over the cells: each looked up once by key, and each table found filled or not. A table is empty when
  // nothing was filled in — not when an importer found no table (that has its own finding).
  const cellAt: (Cell | undefined)[] = new Array(index.cells.length);
  const values = new Float64Array(index.cells.length);
  const filledTables = new Set<TableId>();
  let lastFilled: TableId | undefined; // a table's cells are contiguous: skip the rest of a table found filled
  for (const def of index.cells) {
    const cell = report.cells[def.key];
    cellAt[def.position] = cell;
    values[def.position] = cell?.value ?? 0;
    if (def.table.id === lastFilled) continue;
    if ((cell && (cell.value !== null || !isMissing(reading(def.key)))) || notImported.has(def.key)) {
      filledTables.add(def.table.id);
      lastFilled = def.table.id;
    }
  }
  const emptyTables = new Set(index.edition.tables.map((t) => t.id).filter((id) => !filledTables.has(id)));

  const locate = (key: CellKey, involved?: readonly CellKey[]): FindingLocation => {
    const def = index.cell(key);
    const location: FindingLocation = { key, ...(def && cellLocation(def)) };
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
    reading,
    value: (key) => report.cells[key]?.value ?? 0,
    cellAt,
    values,
    emptyTables,
    notImported,
    add(ruleId, values, location, expected, actual) {
      findings.push(findingOf(ruleId, values, location, expected, actual));
    },
    locate,
    describe(key) {
      const def = index.cell(key);
      if (!def) return key;
      const ref = report.cellRefs?.[key];
      const address = ref ? `（${ref.sheet === def.table.name ? "" : `${ref.sheet}!`}${ref.address}）` : "";
      return `${cellName(def.table, def.block, def.row, def.column)}${address}`;
    },
  };
}

/** Cells an importer could not read: each is named by the import's finding, and its value is unknown, not 0. */
export function notImportedCells(report: Report): Set<CellKey> {
  const keys = new Set<CellKey>();
  for (const problem of report.inputProblems) if (problem.kind === "finding") problem.keys?.forEach((k) => keys.add(k));
  return keys;
}

export function isMissing(reading: CellReading): boolean {
  return reading.state === "blank" || reading.state === "placeholder";
}
