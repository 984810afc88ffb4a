/**
 * What the browser tests give a WPS page as `window.Application`: the in-memory ET object model, bundled by webpack
 * (the same TypeScript the unit tests use). `__xxgkTest` lets a test type into the workbook as a clerk would in WPS
 * and look at what the pane did to it — the same probes test/browser/officeStub.ts gives the Excel page.
 */
import { rangeAddress } from "../../src/core/template/address";
import { isHighlightFormula } from "../../src/excel/highlightMark";
import type { TypedValue } from "../../src/excel/typeValues";
import { createMemoryEt } from "../../src/wps/memory";
import { typeInEt } from "./typing";

const app = createMemoryEt();
const scope = globalThis as unknown as Record<string, unknown>;
scope.Application = app;
scope.wps = app;

scope.__xxgkTest = {
  type: async (values: TypedValue[]) => typeInEt(app, values),
  cell: (sheet: string, address: string) => {
    const c = app.book.sheet(sheet)?.peek(address);
    return c ? { value: c.value ?? "", formula: c.formula ?? null } : null;
  },
  selection: () => ({ sheet: app.book.activeSheet().name, range: rangeAddress(app.book.activeSheet().selection) }),
  activeSheet: () => app.book.activeSheet().name,
  sheets: () => app.book.sheets.map((s) => s.name),
  highlights: () => app.book.sheets.flatMap((s) => s.conditions.filter((c) => isHighlightFormula(c.formula1)).map((c) => `${s.name}!${rangeAddress(c.appliesTo)}`)),
  taskPanes: () => app.taskPanes.map((p) => ({ ...p })),
  functions: () => [...app.functions.keys()],
  callFunction: (name: string, ...args: unknown[]) => app.callFunction(name, ...args),
  alerts: () => [app.DisplayAlerts, app.ScreenUpdating],
};
