/**
 * The part of the WPS 表格 (ET) object model this project uses, as structural types. The object model is the one
 * WPS 加载项 pages get as `window.Application`: synchronous, VBA-shaped, collections 1-based. Names, signatures and
 * the enumeration values below are those of the `et-jsapi-declare` package (lib.et.d.ts, lib.kso.d.ts, 2.5.0); the
 * declarations satisfy these types (proved at compile time in ./etProof.ts), and so does the in-memory model in
 * ./memory, which backs the tests. docs/wps.md lists every call the WPS host makes and what was verified against
 * what.
 *
 * Types are as wide as the declarations (reads come back `unknown` where WPS may differ from VBA, e.g. an empty
 * cell's Value2); the host normalises what it reads.
 */

export interface EtFont {
  Name: unknown;
  Size: unknown;
  Bold: unknown;
  Italic: unknown;
  /** A BGR integer (0xBBGGRR), as in VBA. */
  Color: unknown;
}

export interface EtInterior {
  /** A BGR integer; 16777215 (white) when the cell has no fill. */
  Color: unknown;
  /** xlNone (−4142) removes the fill. */
  ColorIndex: unknown;
}

export interface EtBorder {
  LineStyle: unknown;
  Weight: unknown;
  Color: unknown;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtValidation {
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  Modify(type?: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  readonly Type: number;
  readonly Operator: number;
  readonly AlertStyle: number;
  readonly Formula1: string;
  readonly Formula2: string;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ShowInput: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly AppliesTo: EtRange;
  Delete(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. The declarations type the item `any`. */
  Item(index: number): unknown;
  Add(type: number, operator?: unknown, formula1?: unknown, formula2?: unknown): unknown;
  Delete(): void;
}

export interface EtRange {
  /** A single cell: its value; several cells: rows of values. Empty cells: see docs/wps.md. */
  Value2: unknown;
  /** Formulas as typed (「=SUM(…)」), or the constants as text; rows of them for several cells. */
  Formula: unknown;
  /** The format code, or null when the cells differ. */
  NumberFormat: unknown;
  readonly HasFormula: unknown;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  WrapText: unknown;
  IndentLevel: unknown;
  Locked: unknown;
  /** Characters of the default font (VBA's unit), not points. */
  ColumnWidth: unknown;
  /** Points. */
  RowHeight: unknown;
  /** Whole columns (or rows) hidden; the range must span them (「J:J」). */
  Hidden: unknown;
  MergeCells: unknown;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Worksheet: EtWorksheet;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Merge(across?: boolean): void;
  UnMerge(): void;
  Select(): unknown;
  Clear(): unknown;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: unknown;
  FitToPagesWide: unknown;
  FitToPagesTall: unknown;
  CenterHorizontally: boolean;
  /** Points, as Office.js's pageLayout margins. */
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  PrintTitleRows: string;
}

export interface EtProtection {
  readonly AllowFormattingCells: boolean;
  readonly AllowFormattingColumns: boolean;
  readonly AllowFormattingRows: boolean;
  readonly AllowInsertingColumns: boolean;
  readonly AllowInsertingRows: boolean;
  readonly AllowDeletingColumns: boolean;
  readonly AllowDeletingRows: boolean;
  readonly AllowSorting: boolean;
  readonly AllowFiltering: boolean;
}

export interface EtWorksheet {
  Name: string;
  /** 1-based position among the workbook's sheets. */
  readonly Index: number;
  Visible: unknown;
  readonly Tab: { Color: unknown };
  readonly PageSetup: EtPageSetup;
  readonly ProtectContents: boolean;
  readonly Protection: EtProtection;
  readonly UsedRange: EtRange;
  Range(cell1: unknown, cell2?: unknown): EtRange;
  Activate(): void;
  Delete(): void;
  /** VBA's Protect: Password, DrawingObjects, Contents, Scenarios, UserInterfaceOnly, then the Allow… flags. */
  Protect(
    password?: string,
    drawingObjects?: boolean,
    contents?: boolean,
    scenarios?: unknown,
    userInterfaceOnly?: boolean,
    allowFormattingCells?: boolean,
    allowFormattingColumns?: boolean,
    allowFormattingRows?: boolean,
    allowInsertingColumns?: boolean,
    allowInsertingRows?: boolean,
    allowInsertingHyperlinks?: boolean,
    allowDeletingColumns?: boolean,
    allowDeletingRows?: boolean,
    allowSorting?: boolean,
    allowFiltering?: boolean,
  ): void;
  Unprotect(password?: string): void;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or a name. The declarations type the item `Worksheet | Sheets` (an array of names gives Sheets). */
  Item(index: number | string): unknown;
  /** VBA's Add(Before, After, Count, Type): without Before/After the new sheet goes before the active one. */
  Add(before?: unknown, after?: unknown, count?: number, type?: unknown): unknown;
}

export interface EtName {
  Name: string;
  RefersTo: unknown;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number | string): EtName;
  Add(name?: string, refersTo?: unknown): EtName;
}

/** Kso.DocumentProperty / DocumentProperties (the declarations type the collections `any`). */
export interface EtDocumentProperty {
  Name: string;
  Value: unknown;
  Delete(): void;
}

export interface EtDocumentProperties {
  readonly Count: number;
  Item(index: number | string): EtDocumentProperty;
  Add(name: string, linkToContent: boolean, type?: number, value?: unknown): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  readonly BuiltinDocumentProperties: unknown;
  readonly CustomDocumentProperties: unknown;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

export interface EtApplication {
  /** null when no workbook is open. */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: unknown;
  readonly ActiveWindow: EtWindow;
  readonly Selection: unknown;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
}

/** The add-in's side of WPS (WPS.AddonRoot, WPS.EtAddonRoot in the declarations): task panes, storage, functions. */
export interface WpsTaskPane {
  ID: number;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  Navigate(url: string): void;
}

export interface WpsPluginStorage {
  setItem(key: string, value: number | boolean | string): void;
  getItem(key: string): unknown;
  removeItem(key: string): void;
}

export interface WpsCustomFunctionMetadata {
  description?: string;
  result: { type?: string };
  parameters: { name?: string; type?: string; description?: string }[];
}

export interface WpsAddonRoot {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: WpsPluginStorage;
  /** In the declarations since wpsjs 2.2.1's custom functions; absent in older WPS. */
  AddCustomFunction?: (namespace: string, name: string, callback: (...args: never[]) => unknown, metadata?: WpsCustomFunctionMetadata) => void;
}

/** Enumeration values used, from et-jsapi-declare (Et.* and Kso.* enums). */
export const XL = {
  /** XlFormatConditionType.xlExpression */
  expression: 2,
  /** XlDVType */
  validate: { wholeNumber: 1, decimal: 2, list: 3, textLength: 6 },
  /** XlDVAlertStyle */
  alert: { stop: 1, warning: 2, information: 3 },
  /** XlFormatConditionOperator (also the validation operators) */
  operator: { between: 1, greaterEqual: 7, lessEqual: 8 },
  /** XlBordersIndex */
  border: { edgeLeft: 7, edgeTop: 8, edgeBottom: 9, edgeRight: 10, insideVertical: 11, insideHorizontal: 12 },
  /** XlLineStyle.xlContinuous, Kso.XlBorderWeight.xlThin */
  continuous: 1,
  thin: 2,
  /** Kso.XlHAlign */
  hAlign: { general: 1, left: -4131, center: -4108, right: -4152 },
  /** Kso.XlVAlign */
  vAlign: { top: -4160, center: -4108, bottom: -4107 },
  /** XlPaperSize.xlPaperA4, XlPageOrientation */
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  /** xlNone (XlLineStyle.xlLineStyleNone has the same value): no fill, no border. */
  none: -4142,
  /** Kso.MsoDocProperties.msoPropertyTypeString */
  propertyString: 4,
  /** XlSheetVisibility.xlSheetVisible */
  sheetVisible: -1,
} as const;

/** "#RRGGBB" (Office.js) → 0xBBGGRR (VBA, ET). */
export function bgrOf(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a colour: ${hex}`);
  const rgb = parseInt(m[1], 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}

/** 0xBBGGRR → "#RRGGBB". */
export function hexOf(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}
