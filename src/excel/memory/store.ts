import { cellAddress, columnLetter, parseCell, parseRange, rangeAddress } from "../../core/template/address";
import type { Rect } from "../../core/template/address";
import type { DataValidationRuleLike, WorksheetProtectionOptionsLike } from "../api";
import { officeError } from "./errors";

/**
 * The state of an in-memory workbook: plain data a test (or the preview mode) can inspect directly. The client
 * objects in this folder change it only inside context.sync(), as Excel does.
 */

export interface StoredBorder {
  style: string;
  color: string;
  weight: string;
}

export interface StoredFormat {
  fill: string | null;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  borders: { top?: StoredBorder; bottom?: StoredBorder; left?: StoredBorder; right?: StoredBorder };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  locked: boolean;
}

export interface StoredValidation {
  rule: DataValidationRuleLike;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface StoredCell {
  /** What the cell holds: a number, text, a boolean, or "" when empty. For a formula, the last evaluation. */
  value: string | number | boolean;
  /** 「=…」 when the cell holds a formula. */
  formula?: string;
  numberFormat: string;
  format: StoredFormat;
  validation?: StoredValidation;
}

export interface StoredConditionalFormat {
  /** Excel's ConditionalFormat.id (assigned when added through the API). */
  id?: string;
  range: string;
  type: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function defaultFormat(): StoredFormat {
  return {
    fill: null,
    font: { name: "Calibri", size: 11, bold: false, italic: false, color: "#000000" },
    borders: {},
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
    locked: true,
  };
}

let nextId = 1;

export class MemorySheet {
  readonly id = `{memory-sheet-${nextId++}}`;
  visibility = "Visible";
  tabColor = "";
  readonly cells = new Map<string, StoredCell>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: StoredConditionalFormat[] = [];
  protection: { protected: boolean; options: WorksheetProtectionOptionsLike; password?: string } = { protected: false, options: {} };
  freeze = { rows: 0, columns: 0 };
  /** The range the sheet's filter covers (「A1:H26」), "" when it has none. */
  autoFilter = "";
  pageLayout = {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    zoom: { scale: 100 } as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number },
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    printTitleRows: "",
  };

  constructor(public name: string) {}

  /** The cell, created on first write. */
  cell(address: string): StoredCell {
    let c = this.cells.get(address);
    if (!c) {
      c = { value: "", numberFormat: "General", format: defaultFormat() };
      this.cells.set(address, c);
    }
    return c;
  }

  peek(address: string): StoredCell | undefined {
    return this.cells.get(address);
  }

  /** The smallest range holding every non-empty cell, or undefined for an empty sheet. */
  usedRect(valuesOnly = false): Rect | undefined {
    let rect: Rect | undefined;
    for (const [address, c] of this.cells) {
      if (valuesOnly && c.value === "" && !c.formula) continue;
      const p = parseCell(address);
      rect = rect
        ? { top: Math.min(rect.top, p.row), left: Math.min(rect.left, p.col), bottom: Math.max(rect.bottom, p.row), right: Math.max(rect.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return rect;
  }

  /** Throws as Excel does when a protected sheet would change a locked cell (or any format, unless allowed). */
  assertEditable(rect: Rect, what: "contents" | "format" | "columns" | "rows" | "structure"): void {
    if (!this.protection.protected) return;
    const o = this.protection.options;
    if (what === "columns" && o.allowFormatColumns) return;
    if (what === "rows" && o.allowFormatRows) return;
    if (what === "format" && o.allowFormatCells) return;
    if (what === "contents") {
      let locked = false;
      for (let r = rect.top; r <= rect.bottom && !locked; r++) {
        for (let c = rect.left; c <= rect.right && !locked; c++) locked = this.peek(cellAddress(r, c))?.format.locked ?? true;
      }
      if (!locked) return;
    }
    throw officeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${this.name}).`);
  }
}

export class MemoryWorkbookStore {
  sheets: MemorySheet[] = [];
  activeSheetId?: string;
  selection?: { sheetId: string; range: string };
  names: { name: string; formula: string; comment: string }[] = [];
  properties = { title: "", subject: "", keywords: "", category: "", comments: "", author: "", custom: new Map<string, unknown>() };

  sheet(name: string): MemorySheet | undefined {
    const want = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === want);
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name?: string): MemorySheet {
    const n = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.sheet(n)) throw officeError("ItemAlreadyExists", `A worksheet named ${n} already exists.`);
    if (!/^[^\\/?*[\]:]{1,31}$/.test(n) || n.startsWith("'") || n.endsWith("'")) throw officeError("InvalidArgument", `Invalid worksheet name: ${n}`);
    const s = new MemorySheet(n);
    this.sheets.push(s);
    this.activeSheetId ??= s.id;
    return s;
  }

  removeSheet(sheet: MemorySheet): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1) throw officeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
  }

  /** A new workbook as Excel makes one: a single empty 「Sheet1」. */
  static withOneSheet(name = "Sheet1"): MemoryWorkbookStore {
    const store = new MemoryWorkbookStore();
    store.addSheet(name);
    return store;
  }
}

/** 「A1:B2」, 「A:A」 (whole column), 「3:5」 (whole rows) within a sheet → a rectangle. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "");
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (columns) return parseRange(`${columns[1]}1:${columns[2]}1048576`);
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
  try {
    return parseRange(a);
  } catch {
    throw officeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${address}`);
  }
}

/** How Excel writes a range's address with its sheet: quoted when the name is not plain letters and digits. */
export function qualifiedAddress(sheet: string, rect: Rect): string {
  const name = /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rangeAddress(rect)}`;
}

export { cellAddress, columnLetter, rangeAddress };
export type { Rect };
