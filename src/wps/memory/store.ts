import { cellAddress, parseRange, rangeAddress } from "../../core/template/address";
import type { Rect } from "../../core/template/address";
import { parseA1 as parseReference } from "../address";
import { XL } from "../et";

/**
 * The state of an in-memory WPS 表格 workbook: plain data a test can inspect or prepare directly. The objects in this
 * folder (Application, Worksheet, Range…) read and change it synchronously, as the ET object model does.
 */

/** What ET throws: a plain Error (VBA's run-time error 1004 and friends); its message is all a caller gets. */
export class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

export interface EtBorderData {
  lineStyle: number;
  weight: number;
  color: number;
}

export interface EtValidationData {
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string;
  formula2: string;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  inputTitle: string;
  inputMessage: string;
  showInput: boolean;
  errorTitle: string;
  errorMessage: string;
  showError: boolean;
}

export interface EtCellData {
  /** undefined: the cell is empty (VBA's Empty). For a formula, its last value (formulas are stored, not calculated). */
  value?: string | number | boolean;
  /** 「=…」 when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  /** BGR; undefined: no fill. */
  interior?: number;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: number };
  hAlign: number;
  vAlign: number;
  wrap: boolean;
  indent: number;
  locked: boolean;
  borders: Partial<Record<"left" | "top" | "bottom" | "right", EtBorderData>>;
  /** Shared by every cell of the range it was added to. */
  validation?: EtValidationData;
}

export interface EtConditionData {
  appliesTo: Rect;
  type: number;
  formula1: string;
  /** The active cell when it was added: VBA reads relative references in Formula1 from there. */
  anchor: { row: number; col: number };
  interior?: number;
  fontColor?: number;
  bold?: boolean;
}

/** Default column width in characters and row height in points (Excel's and ET's defaults). */
export const DEFAULT_COLUMN_WIDTH = 8.38;
export const DEFAULT_ROW_HEIGHT = 13.5;
export const WHITE = 0xffffff;

export function emptyCell(): EtCellData {
  return {
    numberFormat: "General",
    font: { name: "宋体", size: 11, bold: false, italic: false, color: 0 },
    hAlign: XL.hAlign.general,
    vAlign: XL.vAlign.bottom,
    wrap: false,
    indent: 0,
    locked: true,
    borders: {},
  };
}

export interface EtProtectionData {
  contents: boolean;
  password?: string;
  allow: {
    formattingCells: boolean;
    formattingColumns: boolean;
    formattingRows: boolean;
    insertingColumns: boolean;
    insertingRows: boolean;
    deletingColumns: boolean;
    deletingRows: boolean;
    sorting: boolean;
    filtering: boolean;
  };
}

export const unprotected = (): EtProtectionData => ({
  contents: false,
  allow: {
    formattingCells: false,
    formattingColumns: false,
    formattingRows: false,
    insertingColumns: false,
    insertingRows: false,
    deletingColumns: false,
    deletingRows: false,
    sorting: false,
    filtering: false,
  },
});

export class EtSheetData {
  readonly cells = new Map<string, EtCellData>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  conditions: EtConditionData[] = [];
  protection: EtProtectionData = unprotected();
  tabColor?: number;
  visible: number = XL.sheetVisible;
  pageSetup = {
    paperSize: 1,
    orientation: XL.portrait as number,
    zoom: 100 as number | boolean,
    fitToPagesWide: 1 as number | boolean,
    fitToPagesTall: 1 as number | boolean,
    centerHorizontally: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    printTitleRows: "",
  };
  /** The window's view of this sheet: frozen panes and scroll position. */
  view = { freezePanes: false, splitRow: 0, splitColumn: 0, scrollRow: 1, scrollColumn: 1 };
  /** The sheet's own selection (kept when another sheet is active, as in ET). */
  selection: Rect = { top: 1, left: 1, bottom: 1, right: 1 };

  constructor(public name: string) {}

  cell(address: string): EtCellData {
    let c = this.cells.get(address);
    if (!c) this.cells.set(address, (c = emptyCell()));
    return c;
  }

  peek(address: string): EtCellData | undefined {
    return this.cells.get(address);
  }

  /** The merged area a cell belongs to. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  usedRect(): Rect | undefined {
    let rect: Rect | undefined;
    for (const [address, c] of this.cells) {
      if (c.value === undefined && c.formula === undefined) continue;
      const r = parseRange(address);
      rect = rect ? { top: Math.min(rect.top, r.top), left: Math.min(rect.left, r.left), bottom: Math.max(rect.bottom, r.bottom), right: Math.max(rect.right, r.right) } : r;
    }
    return rect;
  }

  /** Refuses a change a protected sheet does not allow (ET raises a run-time error; the user sees a message box). */
  assert(change: "contents" | "format" | "columns" | "rows" | "other", rect?: Rect): void {
    const p = this.protection;
    if (!p.contents) return;
    if (change === "format" && p.allow.formattingCells) return;
    if (change === "columns" && p.allow.formattingColumns) return;
    if (change === "rows" && p.allow.formattingRows) return;
    if (change === "contents" && rect) {
      let locked = false;
      forEach(rect, (a) => (locked ||= this.peek(a)?.locked ?? true));
      if (!locked) return;
    }
    throw new EtError(`「${this.name}」工作表受保护：不能更改受保护的单元格或格式（${rect ? rangeAddress(rect) : change}）。`);
  }
}

export interface EtTaskPaneData {
  ID: number;
  url: string;
  Visible: boolean;
  DockPosition: number;
  Width: number;
  /** Every URL the pane was navigated to, first the one it was created with. */
  navigations: string[];
}

export class EtBookData {
  sheets: EtSheetData[] = [];
  active = 0;
  names: { name: string; refersTo: string }[] = [];
  builtinProperties = new Map<string, unknown>(["Title", "Subject", "Author", "Keywords", "Comments", "Category", "Company", "Manager"].map((n) => [n, ""]));
  customProperties = new Map<string, unknown>();

  sheet(name: string): EtSheetData | undefined {
    const want = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === want);
  }

  activeSheet(): EtSheetData {
    return this.sheets[this.active];
  }

  /** A new workbook as ET makes one: a single empty 「Sheet1」. */
  static withOneSheet(name = "Sheet1"): EtBookData {
    const book = new EtBookData();
    book.sheets.push(new EtSheetData(name));
    return book;
  }
}

/** Cells one call may touch (the model stores cells one by one). */
const MAX_CELLS = 2_000_000;

export function forEach(rect: Rect, f: (address: string, r: number, c: number) => void): void {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_CELLS) throw new EtError(`区域过大：${rangeAddress(rect)}`);
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(cellAddress(r, c), r - rect.top, c - rect.left);
}

export const intersects = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** An A1 reference inside a sheet (see ../address.ts); anything else is ET's run-time error. */
export function parseA1(address: string): Rect {
  const rect = parseReference(address);
  if (!rect) throw new EtError(`无效的单元格引用：${address}`);
  return rect;
}
