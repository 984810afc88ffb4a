/// <reference types="et-jsapi-declare" />
/**
 * Compile-time proof that WPS's own declarations (et-jsapi-declare) satisfy the structural types in ./et.ts: if a
 * member used by the WPS host were renamed or retyped there, `tsc` fails here. Nothing in this file runs.
 *
 * Two deliberate differences, by Omit: a collection's Item is typed `Worksheet | Sheets` in the declarations (an
 * array of names gives Sheets; the host passes one index), and the document-property collections are `any` there.
 */
import type {
  EtApplication,
  EtBorder,
  EtFont,
  EtFormatCondition,
  EtFormatConditions,
  EtInterior,
  EtName,
  EtNames,
  EtPageSetup,
  EtProtection,
  EtRange,
  EtSheets,
  EtValidation,
  EtWindow,
  EtWorkbook,
  EtWorksheet,
  WpsAddonRoot,
  WpsPluginStorage,
  WpsTaskPane,
} from "./et";

/** Each function compiles only if WPS's declared type fits the project's subset. */
export const etProof = {
  font: (v: Et.Font): EtFont => v,
  interior: (v: Et.Interior): EtInterior => v,
  border: (v: Et.Border): EtBorder => v,
  validation: (v: Et.Validation): EtValidation => v,
  formatCondition: (v: Et.FormatCondition): EtFormatCondition => v,
  formatConditions: (v: Et.FormatConditions): EtFormatConditions => v,
  range: (v: Et.Range): EtRange => v,
  pageSetup: (v: Et.PageSetup): EtPageSetup => v,
  protection: (v: Et.Protection): EtProtection => v,
  worksheet: (v: Et.Worksheet): EtWorksheet => v,
  sheets: (v: Et.Sheets): Omit<EtSheets, "Item"> => v,
  name: (v: Et.Name): EtName => v,
  names: (v: Et.Names): EtNames => v,
  workbook: (v: Et.Workbook): EtWorkbook => v,
  window: (v: Et.Window): EtWindow => v,
  application: (v: Et.Application): EtApplication => v,
  taskPane: (v: WPS.CustomTaskpane): WpsTaskPane => v,
  pluginStorage: (v: WPS.PluginStorage): WpsPluginStorage => v,
  addonRoot: (v: WPS.AddonRoot & WPS.EtAddonRoot): WpsAddonRoot => v,
};
