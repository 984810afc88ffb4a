import { cellName, editionIndex } from "../editions";
import type { CellKey, EditionIndex, TableId } from "../editions";
import { cellLocation, findingOf } from "../findings";
import type { Finding, FindingLocation } from "../findings";
import { readCellText } from "../model/cellText";
import type { CellReading } from "../model/cellText";
import type { Cell, Report } from "../model/report";
import { knownValues } from "./known";
import type { KnownValues } from "./known";
import type { MessageValues } from "../rules";

/** What every checker needs: the report, its edition, each cell read once, and a way to add findings. */
export interface CheckContext {
  report: Report;
  index: EditionIndex;
  reading(key: CellKey): CellReading;
  /**
   * A cell's number as the checks use it: 「/」「-」「无」 are 0; a blank (or text, or a cell an importer could not read)
   * is unknown — undefined — unless the identities force its value (known.ts).
   */
  value(key: CellKey): number | undefined;
  known: KnownValues;
  /**
   * The report's cells looked up once, in the order of `index.cells` (by `CellDef.position`): checkers that visit
   * every cell or sum many read arrays instead of looking keys up again (a report's cells are a large keyed object).
   */
  cellAt: readonly (Cell | undefined)[];
  /** `value` of every cell, by position; NaN where unknown. */
  values: Float64Array;
  emptyTables: ReadonlySet<TableId>;
  /** Cells an importer could not read (already reported by its finding): not reported again, not checked. */
  notImported: ReadonlySet<CellKey>;
  add(ruleId: string, values: MessageValues, location: FindingLocation, expected?: number | string, actual?: number | string): void;
  /** As add, with another of the rule's wordings (rules/expand.ts identityMessage). */
  addWith(ruleId: string, template: string, values: MessageValues, location: FindingLocation, expected: number | string | null, actual: number | string | null): void;
  /** A cell's location, with sheet and address when the report came from a workbook. */
  locate(key: CellKey, involved?: readonly CellKey[]): FindingLocation;
  /** Where a rectangle of cells is (cellGroups.ts): its table, every cell, and its range when from a workbook. */
  locateCells(keys: readonly CellKey[]): FindingLocation;
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
  // nothing was written in it — not when an importer found no table (that has its own finding), and not when it was
  // filled with 「/」 (that says «none», and has its own finding).
  const cellAt: (Cell | undefined)[] = new Array(index.cells.length);
  const known = knownValues(report);
  const filledTables = new Set<TableId>();
  let lastFilled: TableId | undefined; // a table's cells are contiguous: skip the rest of a table found filled
  for (const def of index.cells) {
    const cell = report.cells[def.key];
    cellAt[def.position] = cell;
    if (def.table.id === lastFilled) continue;
    if ((cell && (cell.value !== null || reading(def.key).state !== "blank")) || notImported.has(def.key)) {
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

  const locateCells = (keys: readonly CellKey[]): FindingLocation => {
    if (keys.length === 1) return locate(keys[0]);
    const first = index.cell(keys[0]);
    const location: FindingLocation = { table: first?.table.name, key: keys[0], keys: [...keys] };
    const from = report.cellRefs?.[keys[0]];
    const to = report.cellRefs?.[keys[keys.length - 1]];
    if (from && to && from.sheet === to.sheet) {
      location.sheet = from.sheet;
      location.cell = from.address === to.address ? from.address : `${from.address}:${to.address}`;
    }
    return location;
  };

  return {
    report,
    index,
    locateCells,
    reading,
    value: known.value,
    known,
    cellAt,
    values: known.values,
    emptyTables,
    notImported,
    add(ruleId, values, location, expected, actual) {
      findings.push(findingOf(ruleId, values, location, expected, actual));
    },
    addWith(ruleId, template, values, location, expected, actual) {
      findings.push(findingOf(ruleId, values, location, expected, actual, template));
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
