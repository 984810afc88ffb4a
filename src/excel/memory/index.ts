import type { IsSetSupported, RequestContextLike } from "../api";
import { MemoryRequestContext } from "./context";
import type { MemoryExcelOptions } from "./context";
import { MemoryWorkbookStore } from "./store";
import { MemoryWorkbook } from "./workbook";

/**
 * An in-memory Excel for the Office.js code paths: Excel.run, request contexts with queued operations applied at
 * sync() (and a sync counter), load()/PropertyNotLoaded, null objects, protection that refuses to change locked
 * cells, requirement sets that an older Excel lacks. No Node dependencies: it is bundled into the task pane's
 * preview mode and browser tests as well as used by the unit tests.
 *
 * Formulas are stored, not calculated (pass `evaluate` to calculate them).
 */

export type MemoryContext = MemoryRequestContext & { workbook: MemoryWorkbook };

export interface MemoryExcel {
  /** The workbook's state, to inspect (or prepare) directly. */
  store: MemoryWorkbookStore;
  /** Syncs made by every run so far. */
  counter: { syncs: number };
  /** Like Excel.run: gives a fresh context; operations still queued when the batch returns are synced. */
  run<T>(batch: (context: MemoryContext & RequestContextLike) => Promise<T>): Promise<T>;
  /** Like Office.context.requirements.isSetSupported for this host. */
  isSetSupported: IsSetSupported;
  /** A context outside run(), for code that takes a context. */
  context(): MemoryContext & RequestContextLike;
}

export function createMemoryExcel(options: MemoryExcelOptions & { store?: MemoryWorkbookStore } = {}): MemoryExcel {
  const store = options.store ?? MemoryWorkbookStore.withOneSheet();
  const counter = { syncs: 0 };
  const context = () => {
    const c = new MemoryRequestContext(store, options, counter) as MemoryContext;
    (c as { workbook: MemoryWorkbook }).workbook = new MemoryWorkbook(c);
    return c as MemoryContext & RequestContextLike;
  };
  const probe = new MemoryRequestContext(store, options, { syncs: 0 });
  return {
    store,
    counter,
    context,
    isSetSupported: (name, version) => name === "ExcelApi" && probe.supports(version),
    async run(batch) {
      const c = context();
      const result = await batch(c);
      if (c.pending > 0) await c.sync();
      return result;
    },
  };
}

export { MemoryRequestContext } from "./context";
export type { MemoryExcelOptions } from "./context";
export { MemoryWorkbookStore, MemorySheet, defaultFormat, parseAddress, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./store";
export type { StoredCell, StoredFormat, StoredValidation, StoredConditionalFormat, StoredBorder } from "./store";
export { MemoryExcelError } from "./errors";
export { MemoryWorkbook } from "./workbook";
export { MemoryWorksheet } from "./worksheet";
export { MemoryRange } from "./range";
