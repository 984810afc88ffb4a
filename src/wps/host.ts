import type { IsSetSupported } from "../excel/api";
import type { DocumentSettings, ExcelHost } from "../excel/host";
import { EtRequestContext } from "./context";
import { XL } from "./et";
import type { EtApplication, EtDocumentProperties, EtRange, EtWorksheet } from "./et";

/**
 * WPS 表格 as the task pane's host: the same WorkbookAdapter, template renderer and highlights as in Excel, run on
 * the Office.js-shaped context over ET (./context.ts). What differs from Excel is here:
 *   - run(): alerts and screen updating off for the batch (ET would ask before deleting a sheet), restored after;
 *   - isSetSupported: ExcelApi versions answered by what this WPS's object model has (probed once);
 *   - settings: the workbook's custom document properties (kept in the file, like Office's document settings);
 *   - no downloads from the pane (WPS's embedded browser; docs/wps.md).
 */

/** What each ExcelApi version the adapter and the renderer ask for stands for, as an ET object to look for. */
type Probe = (app: EtApplication, sheet: EtWorksheet, cell: EtRange) => boolean;
const has = (o: unknown, method: string) => o !== null && o !== undefined && typeof (o as Record<string, unknown>)[method] === "function";
const PROBES: Record<string, Probe> = {
  // Reading ranges, selecting: always (a WPS 加载项 page has the object model or nothing).
  "1.1": () => true,
  // Protection and merging (inserting the template).
  "1.2": (_app, sheet, cell) => has(sheet, "Protect") && has(cell, "Merge"),
  // Workbook names.
  "1.4": (app) => has(app.ActiveWorkbook?.Names, "Add"),
  // Conditional formats (the highlights, the template's own marks).
  "1.6": (_app, _sheet, cell) => has(cell.FormatConditions, "Add"),
  // Frozen panes, tab colour, document properties.
  "1.7": (app) => app.ActiveWindow !== null && app.ActiveWindow !== undefined && "FreezePanes" in app.ActiveWindow,
  // Data validation.
  "1.8": (_app, _sheet, cell) => has(cell.Validation, "Add"),
  // Page layout.
  "1.9": (_app, sheet) => sheet.PageSetup !== null && sheet.PageSetup !== undefined,
};

function probeSupport(app: EtApplication): IsSetSupported {
  const answers = new Map<string, boolean>();
  return (name, version) => {
    if (name !== "ExcelApi") return false;
    const probe = PROBES[version];
    if (!probe) return Number(version.split(".")[1] ?? 0) <= 9 && version.startsWith("1.");
    if (!answers.has(version)) {
      try {
        const sheet = app.ActiveSheet as EtWorksheet | null;
        // No workbook open yet: assume the features; the first action says there is no workbook.
        if (!sheet) return true;
        answers.set(version, probe(app, sheet, sheet.Range("A1")));
      } catch {
        answers.set(version, false);
      }
    }
    return answers.get(version) ?? false;
  };
}

/**
 * Document settings as custom document properties named by the setting (「xxgk.narrativeWritten」), values as JSON
 * text (ET keeps string properties up to 255 characters; the add-in's settings are short).
 */
export function wpsSettings(app: EtApplication): DocumentSettings {
  const pending = new Map<string, unknown>();
  const properties = () => app.ActiveWorkbook?.CustomDocumentProperties as EtDocumentProperties | undefined;
  const find = (name: string) => {
    const props = properties();
    if (!props) return undefined;
    for (let i = 1; i <= props.Count; i++) {
      const p = props.Item(i);
      if (p.Name === name) return p;
    }
    return undefined;
  };
  return {
    get(name) {
      if (pending.has(name)) return pending.get(name);
      try {
        const p = find(name);
        return p === undefined ? undefined : JSON.parse(String(p.Value));
      } catch {
        return undefined;
      }
    },
    set(name, value) {
      pending.set(name, value);
    },
    async save() {
      for (const [name, value] of pending) {
        const json = JSON.stringify(value);
        const p = find(name);
        if (p) p.Value = json;
        else properties()?.Add(name, false, XL.propertyString, json);
      }
      pending.clear();
    },
  };
}

export function wpsHost(app: EtApplication): ExcelHost {
  return {
    kind: "wps",
    async run(batch) {
      const alerts = app.DisplayAlerts;
      const updating = app.ScreenUpdating;
      app.DisplayAlerts = false;
      app.ScreenUpdating = false;
      try {
        const context = new EtRequestContext(app);
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        app.DisplayAlerts = alerts;
        app.ScreenUpdating = updating;
      }
    },
    isSetSupported: probeSupport(app),
    settings: wpsSettings(app),
    canDownload: false,
    platform: "WPS",
  };
}
