/**
 * The office.js the browser tests serve instead of Microsoft's: Office.onReady reports Excel, and Excel.run is backed
 * by the in-memory workbook — the same TypeScript fake the adapter's unit tests use, bundled by webpack. The page's
 * init script may set `__xxgkStubOptions` ({ apiVersion, platform }) before this runs. `__xxgkTest` lets a test type
 * into the workbook as a clerk would and look at what the pane did to it.
 */
import { memorySettings } from "../../src/excel/host";
import { createMemoryExcel } from "../../src/excel/memory";
import { typeValues } from "../../src/excel/typeValues";
import type { TypedValue } from "../../src/excel/typeValues";

type Options = { apiVersion?: string; platform?: string };
const scope = globalThis as unknown as Record<string, unknown>;
const options = (scope.__xxgkStubOptions ?? {}) as Options;
const excel = createMemoryExcel({ apiVersion: options.apiVersion });
const settings = memorySettings();
const platform = options.platform ?? "OfficeOnline";

scope.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    platform,
    requirements: { isSetSupported: (name: string, version: string) => excel.isSetSupported(name, version) },
    document: {
      settings: {
        get: (name: string) => settings.get(name) ?? null,
        set: (name: string, value: unknown) => settings.set(name, value),
        remove: (name: string) => settings.set(name, undefined),
        saveAsync: (callback?: (result: { status: string }) => void) => void settings.save().then(() => callback?.({ status: "succeeded" })),
      },
    },
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform };
    return new Promise((resolve) => setTimeout(() => {
      callback?.(info);
      resolve(info);
    }, 0));
  },
};
scope.Excel = { run: <T>(batch: (context: unknown) => Promise<T>) => excel.run(batch as never) };

scope.__xxgkTest = {
  /** The clerk types these values (one sync, outside the pane's count). */
  type: async (values: TypedValue[]) => {
    const before = excel.counter.syncs;
    await excel.run((context) => typeValues(context, values));
    excel.counter.syncs = before;
  },
  syncs: () => excel.counter.syncs,
  resetSyncs: () => void (excel.counter.syncs = 0),
  cell: (sheet: string, address: string) => {
    const c = excel.store.sheet(sheet)?.peek(address);
    return c ? { value: c.value, formula: c.formula ?? null } : null;
  },
  selection: () => {
    const s = excel.store.selection;
    return s ? { sheet: excel.store.sheetById(s.sheetId)?.name, range: s.range } : null;
  },
  activeSheet: () => excel.store.sheetById(excel.store.activeSheetId ?? "")?.name,
  sheets: () => excel.store.sheets.map((s) => s.name),
  highlights: () => excel.store.sheets.flatMap((s) => s.conditionalFormats.filter((c) => c.formula.includes("xxgk-pane-highlight")).map((c) => `${s.name}!${c.range}`)),
  conditionalFormats: () => excel.store.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
  /** A sheet as the tests compare it: every stored cell (value, formula), the filter, the frozen panes; null when absent. */
  dump: (sheet: string) => {
    const s = excel.store.sheet(sheet);
    if (!s) return null;
    const cells: Record<string, { value: unknown; formula: string | null }> = {};
    for (const [address, c] of s.cells) if (c.value !== "" || c.formula) cells[address] = { value: c.value, formula: c.formula ?? null };
    return { cells, autoFilter: s.autoFilter, freeze: s.freeze };
  },
  /** Writes straight into the workbook, past protection (a colleague who unprotected the sheet and changed it). */
  force: (sheet: string, address: string, value: string) => void (excel.store.sheet(sheet)!.cell(address).value = value),
};
