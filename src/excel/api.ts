/**
 * The part of the Excel JavaScript API (office.js) this project uses, as structural types. The real
 * `Excel.RequestContext` satisfies them (proved at compile time in ./apiProof.ts), and so does the in-memory
 * workbook in ./memory, which backs the unit tests, the browser tests and the task pane's preview mode.
 *
 * Enumerations are their string values ("Continuous", "Landscape"…): they need no `Excel` global.
 */

export type LoadSpec = string | string[];

export interface ClientResultLike<T> {
  value: T;
}

export interface RangeFontLike {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  load(spec?: LoadSpec): unknown;
}

export interface RangeFillLike {
  color: string;
  clear(): void;
  load(spec?: LoadSpec): unknown;
}

export type BorderIndexName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface RangeBorderLike {
  style: string;
  color: string;
  weight: string;
  load(spec?: LoadSpec): unknown;
}

export interface RangeFormatLike {
  fill: RangeFillLike;
  font: RangeFontLike;
  borders: { getItem(index: BorderIndexName): RangeBorderLike };
  protection: { locked: boolean; load(spec?: LoadSpec): unknown };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  columnWidth: number;
  rowHeight: number;
  load(spec?: LoadSpec): unknown;
}

/** Office's data validation rule: one of these members is set. Formulas are numbers or strings (「=A1」). */
export interface DataValidationRuleLike {
  wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
  decimal?: { formula1: unknown; formula2?: unknown; operator: string };
  textLength?: { formula1: unknown; formula2?: unknown; operator: string };
  list?: { inCellDropDown: boolean; source: unknown };
  custom?: { formula: string };
}

export interface DataValidationLike {
  rule: DataValidationRuleLike;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
  clear(): void;
  load(spec?: LoadSpec): unknown;
}

export interface ConditionalFormatLike {
  readonly id: string;
  readonly type: string;
  /** The custom rule; a null object when the format is of another type (ExcelApi 1.6). */
  readonly customOrNullObject: { isNullObject: boolean; rule: { formula: string } };
  custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string; bold: boolean } };
  };
  delete(): void;
}

export interface ConditionalFormatCollectionLike {
  /** The formats intersecting the range, after load() and sync(). */
  readonly items: ConditionalFormatLike[];
  load(spec?: LoadSpec): unknown;
  add(type: "Custom"): ConditionalFormatLike;
  getCount(): ClientResultLike<number>;
  clearAll(): void;
}

export interface RangeLike {
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  text: string[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** ExcelApi 1.2: the whole columns of the range hidden. */
  columnHidden: boolean;
  format: RangeFormatLike;
  dataValidation: DataValidationLike;
  conditionalFormats: ConditionalFormatCollectionLike;
  merge(across?: boolean): void;
  unmerge(): void;
  select(): void;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  getCell(row: number, column: number): RangeLike;
  getOffsetRange(rowOffset: number, columnOffset: number): RangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike;
  load(spec?: LoadSpec): unknown;
}

export interface WorksheetProtectionOptionsLike {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertRows?: boolean;
  allowInsertColumns?: boolean;
  allowDeleteRows?: boolean;
  allowDeleteColumns?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
}

export interface WorksheetLike {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  getRange(address?: string): RangeLike;
  getUsedRange(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
  protection: {
    protected: boolean;
    readonly options: WorksheetProtectionOptionsLike;
    protect(options?: WorksheetProtectionOptionsLike, password?: string): void;
    unprotect(password?: string): void;
    load(spec?: LoadSpec): unknown;
  };
  /** ExcelApi 1.9: the sheet's filter buttons over a range (its first row is the header). */
  autoFilter: { apply(range: RangeLike | string): void; remove(): void };
  freezePanes: {
    freezeAt(frozenRange: RangeLike | string): void;
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    unfreeze(): void;
  };
  pageLayout: {
    orientation: string;
    paperSize: string;
    centerHorizontally: boolean;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    setPrintTitleRows(printTitleRows: RangeLike | string): void;
    load(spec?: LoadSpec): unknown;
  };
  load(spec?: LoadSpec): unknown;
}

export interface WorksheetCollectionLike {
  items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike & { isNullObject: boolean };
  getActiveWorksheet(): WorksheetLike;
  load(spec?: LoadSpec): unknown;
}

export interface WorkbookLike {
  worksheets: WorksheetCollectionLike;
  names: {
    readonly items: { name: string }[];
    load(spec?: LoadSpec): unknown;
    getItem(name: string): { delete(): void };
    add(name: string, reference: RangeLike | string, comment?: string): unknown;
    getItemOrNullObject(name: string): { isNullObject: boolean; name: string; formula: unknown; load(spec?: LoadSpec): unknown };
  };
  properties: {
    title: string;
    subject: string;
    keywords: string;
    category: string;
    comments: string;
    author: string;
    custom: { add(key: string, value: unknown): unknown };
    load(spec?: LoadSpec): unknown;
  };
  getSelectedRange(): RangeLike;
}

export interface RequestContextLike {
  workbook: WorkbookLike;
  sync(): Promise<unknown>;
}

/** `Office.context.requirements.isSetSupported`, injectable for tests and preview mode. */
export type IsSetSupported = (name: string, minVersion: string) => boolean;
