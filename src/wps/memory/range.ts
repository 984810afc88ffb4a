import { cellAddress, rangeAddress } from "../../core/template/address";
import type { Rect } from "../../core/template/address";
import { MAX_ROW } from "../address";
import { XL } from "../et";
import type { EtBorder, EtBorders, EtFont, EtFormatCondition, EtFormatConditions, EtInterior, EtRange, EtValidation } from "../et";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, EtError, forEach, intersects, WHITE } from "./store";
import type { EtBookData, EtCellData, EtConditionData, EtSheetData, EtValidationData } from "./store";

/**
 * A Range of the in-memory ET model, with the documented VBA semantics the WPS host depends on:
 *   - Value2 of one cell is a scalar, of several cells rows of values; an empty cell reads as undefined (Empty);
 *   - a string written through Value2 or Formula is entered as typed: 「=…」 a formula, a leading 「'」 keeps text,
 *     numeric text becomes a number unless the cell is formatted as text 「@」, TRUE/FALSE become booleans;
 *   - an array written must have the range's rows and columns (ET fills a smaller array with #N/A; this model
 *     refuses it, so a wrong size is a test failure rather than silent #N/A);
 *   - colours are BGR integers; reading a property of cells that differ gives null;
 *   - Select() needs the range's sheet to be active; FormatConditions.Add reads relative references from the active
 *     cell; a protected sheet refuses changes to locked cells, formats, merges, validation and conditional formats.
 */

export interface MemoryEtHost {
  book: EtBookData;
  sheetObject(data: EtSheetData): import("./sheet").MemoryEtWorksheet;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** What ET does with a value entered into a cell. */
function enter(cell: EtCellData, input: unknown): void {
  delete cell.formula;
  if (input === null || input === undefined || input === "") {
    delete cell.value;
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s.length > 1 && s.startsWith("=")) {
    cell.formula = s;
    delete cell.value;
  } else if (s.startsWith("'")) cell.value = s.slice(1);
  else if (cell.numberFormat === "@") cell.value = s;
  else if (NUMBER.test(s.trim())) cell.value = s.trim().endsWith("%") ? Number(s.trim().slice(0, -1)) / 100 : Number(s.trim());
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else cell.value = s;
}

/** The one value every cell shares, or null when they differ (VBA's Null). */
function common<T>(values: T[]): T | null {
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export class MemoryEtRange implements EtRange {
  constructor(
    private readonly host: MemoryEtHost,
    readonly sheetData: EtSheetData,
    readonly rect: Rect,
  ) {}

  private get count(): number {
    return (this.rect.bottom - this.rect.top + 1) * (this.rect.right - this.rect.left + 1);
  }

  /** Every cell, created on demand (formats apply to every cell of the range). */
  private each(f: (cell: EtCellData, address: string, r: number, c: number) => void): void {
    forEach(this.rect, (a, r, c) => f(this.sheetData.cell(a), a, r, c));
  }

  private read<T>(f: (cell: EtCellData | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(f(this.sheetData.peek(cellAddress(r, c))));
      rows.push(row);
    }
    return rows;
  }

  private all<T>(f: (cell: EtCellData | undefined) => T): T[] {
    return this.read(f).flat();
  }

  private write(input: unknown, change: (cell: EtCellData, value: unknown) => void): void {
    this.sheetData.assert("contents", this.rect);
    const rows = this.rect.bottom - this.rect.top + 1;
    const cols = this.rect.right - this.rect.left + 1;
    if (Array.isArray(input)) {
      if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new EtError(`写入的数组为 ${input.length} 行，与区域 ${rangeAddress(this.rect)}（${rows}×${cols}）的大小不符。`);
      }
      this.each((cell, _a, r, c) => change(cell, (input as unknown[][])[r][c]));
    } else this.each((cell) => change(cell, input));
  }

  private format(change: (cell: EtCellData) => void): void {
    this.sheetData.assert("format", this.rect);
    this.each(change);
  }

  /** This range's helpers as closures, for the getter/setter objects below (Interior, Font, Borders…). */
  private get self() {
    return {
      rect: this.rect,
      sheetData: this.sheetData,
      host: this.host,
      all: <T>(f: (cell: EtCellData | undefined) => T) => this.all(f),
      format: (change: (cell: EtCellData) => void) => this.format(change),
      each: (f: (cell: EtCellData, address: string, r: number, c: number) => void) => this.each(f),
      condition: (d: EtConditionData) => this.condition(d),
    };
  }

  get Value2(): unknown {
    const rows = this.read((c) => c?.value);
    return this.count === 1 ? rows[0][0] : rows;
  }
  set Value2(input: unknown) {
    this.write(input, enter);
  }

  get Formula(): unknown {
    const text = (c: EtCellData | undefined) => c?.formula ?? (c?.value === undefined ? "" : typeof c.value === "boolean" ? (c.value ? "TRUE" : "FALSE") : String(c.value));
    const rows = this.read(text);
    return this.count === 1 ? rows[0][0] : rows;
  }
  set Formula(input: unknown) {
    this.write(input, enter);
  }

  get HasFormula(): unknown {
    return common(this.all((c) => c?.formula !== undefined));
  }

  get NumberFormat(): unknown {
    return common(this.all((c) => c?.numberFormat ?? "General"));
  }
  set NumberFormat(v: unknown) {
    this.format((c) => (c.numberFormat = String(v)));
  }

  get Interior(): EtInterior {
    const range = this.self;
    return {
      get Color() {
        return common(range.all((c) => c?.interior ?? WHITE));
      },
      set Color(v: unknown) {
        range.format((c) => (c.interior = Number(v)));
      },
      get ColorIndex() {
        return common(range.all((c) => (c?.interior === undefined ? XL.none : 0)));
      },
      set ColorIndex(v: unknown) {
        if (v !== XL.none) throw new EtError("本模型只支持以 xlNone 清除填充色");
        range.format((c) => delete c.interior);
      },
    };
  }

  get Font(): EtFont {
    const range = this.self;
    const prop = <K extends keyof EtCellData["font"]>(key: K) => ({
      get: () => common(range.all((c) => c?.font[key] ?? ({ name: "宋体", size: 11, bold: false, italic: false, color: 0 } as EtCellData["font"])[key])),
      set: (v: unknown) => range.format((c) => ((c.font[key] as unknown) = v)),
    });
    const font = {} as EtFont;
    for (const [name, key] of [["Name", "name"], ["Size", "size"], ["Bold", "bold"], ["Italic", "italic"], ["Color", "color"]] as const) {
      const p = prop(key);
      Object.defineProperty(font, name, { get: p.get, set: p.set, enumerable: true });
    }
    return font;
  }

  get Borders(): EtBorders {
    const range = this.self;
    return {
      Item(index: number): EtBorder {
        // Which side of which cells an edge is (inside edges: both sides of every inner boundary).
        const sides: [keyof EtCellData["borders"], (r: number, c: number) => boolean][] = [];
        const { top, bottom, left, right } = range.rect;
        if (index === XL.border.edgeTop) sides.push(["top", (r) => r === top]);
        else if (index === XL.border.edgeBottom) sides.push(["bottom", (r) => r === bottom]);
        else if (index === XL.border.edgeLeft) sides.push(["left", (_r, c) => c === left]);
        else if (index === XL.border.edgeRight) sides.push(["right", (_r, c) => c === right]);
        else if (index === XL.border.insideHorizontal) sides.push(["bottom", (r) => r < bottom], ["top", (r) => r > top]);
        else if (index === XL.border.insideVertical) sides.push(["right", (_r, c) => c < right], ["left", (_r, c) => c > left]);
        else throw new EtError(`不支持的边框：${index}`);
        const cells = () => {
          const out: { cell: EtCellData; side: keyof EtCellData["borders"] }[] = [];
          range.each((cell, _a, r, c) => {
            for (const [side, applies] of sides) if (applies(r + top, c + left)) out.push({ cell, side });
          });
          return out;
        };
        const set = (key: "lineStyle" | "weight" | "color", v: unknown) => {
          range.sheetData.assert("format", range.rect);
          for (const { cell, side } of cells()) cell.borders[side] = { ...(cell.borders[side] ?? { lineStyle: XL.none, weight: XL.thin, color: 0 }), [key]: Number(v) };
        };
        const get = (key: "lineStyle" | "weight" | "color") => common(cells().map(({ cell, side }) => cell.borders[side]?.[key] ?? (key === "lineStyle" ? XL.none : key === "weight" ? XL.thin : 0)));
        return {
          get LineStyle() { return get("lineStyle"); },
          set LineStyle(v: unknown) { set("lineStyle", v); },
          get Weight() { return get("weight"); },
          set Weight(v: unknown) { set("weight", v); },
          get Color() { return get("color"); },
          set Color(v: unknown) { set("color", v); },
        };
      },
    };
  }

  get HorizontalAlignment(): unknown { return common(this.all((c) => c?.hAlign ?? XL.hAlign.general)); }
  set HorizontalAlignment(v: unknown) { this.format((c) => (c.hAlign = Number(v))); }
  get VerticalAlignment(): unknown { return common(this.all((c) => c?.vAlign ?? XL.vAlign.bottom)); }
  set VerticalAlignment(v: unknown) { this.format((c) => (c.vAlign = Number(v))); }
  get WrapText(): unknown { return common(this.all((c) => c?.wrap ?? false)); }
  set WrapText(v: unknown) { this.format((c) => (c.wrap = Boolean(v))); }
  get IndentLevel(): unknown { return common(this.all((c) => c?.indent ?? 0)); }
  set IndentLevel(v: unknown) { this.format((c) => (c.indent = Number(v))); }
  get Locked(): unknown { return common(this.all((c) => c?.locked ?? true)); }
  set Locked(v: unknown) {
    this.sheetData.assert("other");
    this.each((c) => (c.locked = Boolean(v)));
  }

  get ColumnWidth(): unknown {
    const widths: number[] = [];
    for (let c = this.rect.left; c <= this.rect.right; c++) widths.push(this.sheetData.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return common(widths);
  }
  set ColumnWidth(v: unknown) {
    this.sheetData.assert("columns");
    for (let c = this.rect.left; c <= this.rect.right; c++) this.sheetData.columnWidths.set(c, Number(v));
  }
  /** VBA: only a range spanning whole columns (「J:J」) says whether they are hidden; rows are not modelled. */
  get Hidden(): unknown {
    const hidden: boolean[] = [];
    for (let c = this.rect.left; c <= this.rect.right; c++) hidden.push(this.sheetData.hiddenColumns.has(c));
    return common(hidden);
  }
  set Hidden(v: unknown) {
    this.sheetData.assert("columns");
    if (this.rect.top !== 1 || this.rect.bottom < MAX_ROW) throw new EtError("Hidden 只能用于整列（如 J:J）。");
    for (let c = this.rect.left; c <= this.rect.right; c++) {
      if (v) this.sheetData.hiddenColumns.add(c);
      else this.sheetData.hiddenColumns.delete(c);
    }
  }
  get RowHeight(): unknown {
    const heights: number[] = [];
    for (let r = this.rect.top; r <= Math.min(this.rect.bottom, this.rect.top + 10000); r++) heights.push(this.sheetData.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
    return common(heights);
  }
  set RowHeight(v: unknown) {
    this.sheetData.assert("rows");
    if (Number(v) < 0 || Number(v) > 409) throw new EtError(`行高应在 0 到 409 磅之间：${v}`);
    for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheetData.rowHeights.set(r, Number(v));
  }

  get MergeCells(): unknown {
    return common(this.read(() => 0).flatMap((row, r) => row.map((_v, c) => this.sheetData.mergeAt(r + this.rect.top, c + this.rect.left) !== undefined)));
  }
  set MergeCells(v: unknown) {
    if (v) this.Merge(false);
    else this.UnMerge();
  }

  Merge(across?: boolean): void {
    this.sheetData.assert("other");
    const rows = across ? Array.from({ length: this.rect.bottom - this.rect.top + 1 }, (_v, i) => ({ ...this.rect, top: this.rect.top + i, bottom: this.rect.top + i })) : [this.rect];
    for (const area of rows) {
      this.sheetData.merges = this.sheetData.merges.filter((m) => !intersects(m, area));
      if (area.top === area.bottom && area.left === area.right) continue;
      this.sheetData.merges.push({ ...area });
      // Only the top-left cell keeps its value.
      forEach(area, (a, r, c) => {
        if (r === 0 && c === 0) return;
        const cell = this.sheetData.peek(a);
        if (cell) enter(cell, undefined);
      });
    }
  }

  UnMerge(): void {
    this.sheetData.assert("other");
    this.sheetData.merges = this.sheetData.merges.filter((m) => !intersects(m, this.rect));
  }

  get Validation(): EtValidation {
    const range = this.self;
    const data = (): EtValidationData => {
      const v = range.sheetData.peek(cellAddress(range.rect.top, range.rect.left))?.validation;
      if (!v) throw new EtError("该区域没有数据有效性。");
      return v;
    };
    const setter = (key: keyof EtValidationData) => (v: unknown) => {
      range.sheetData.assert("other");
      ((data() as unknown as Record<string, unknown>)[key] = v);
    };
    const v: EtValidation = {
      Add(type, alertStyle = XL.alert.stop, operator = XL.operator.between, formula1 = "", formula2 = "") {
        range.sheetData.assert("other");
        let exists = false;
        range.each((c) => (exists ||= c.validation !== undefined));
        if (exists) throw new EtError("该区域已有数据有效性：请先 Delete()。");
        const shared: EtValidationData = {
          type, alertStyle, operator, formula1: String(formula1), formula2: String(formula2),
          ignoreBlank: true, inCellDropdown: true, inputTitle: "", inputMessage: "", showInput: true, errorTitle: "", errorMessage: "", showError: true,
        };
        range.each((c) => (c.validation = shared));
      },
      Delete() {
        range.sheetData.assert("other");
        range.each((c) => delete c.validation);
      },
      Modify(type, alertStyle, operator, formula1, formula2) {
        range.sheetData.assert("other");
        const d = data();
        if (type !== undefined) d.type = type;
        if (alertStyle !== undefined) d.alertStyle = alertStyle;
        if (operator !== undefined) d.operator = operator;
        if (formula1 !== undefined) d.formula1 = String(formula1);
        if (formula2 !== undefined) d.formula2 = String(formula2);
      },
      get Type() { return data().type; },
      get Operator() { return data().operator; },
      get AlertStyle() { return data().alertStyle; },
      get Formula1() { return data().formula1; },
      get Formula2() { return data().formula2; },
      get IgnoreBlank() { return data().ignoreBlank; },
      set IgnoreBlank(x) { setter("ignoreBlank")(x); },
      get InCellDropdown() { return data().inCellDropdown; },
      set InCellDropdown(x) { setter("inCellDropdown")(x); },
      get InputTitle() { return data().inputTitle; },
      set InputTitle(x) {
        if (String(x).length > 32) throw new EtError("输入信息标题不能超过 32 个字符。");
        setter("inputTitle")(x);
      },
      get InputMessage() { return data().inputMessage; },
      set InputMessage(x) {
        if (String(x).length > 255) throw new EtError("输入信息不能超过 255 个字符。");
        setter("inputMessage")(x);
      },
      get ShowInput() { return data().showInput; },
      set ShowInput(x) { setter("showInput")(x); },
      get ErrorTitle() { return data().errorTitle; },
      set ErrorTitle(x) { setter("errorTitle")(x); },
      get ErrorMessage() { return data().errorMessage; },
      set ErrorMessage(x) { setter("errorMessage")(x); },
      get ShowError() { return data().showError; },
      set ShowError(x) { setter("showError")(x); },
    };
    return v;
  }

  get FormatConditions(): EtFormatConditions {
    const range = this.self;
    const sheet = this.sheetData;
    const mine = () => sheet.conditions.filter((d) => intersects(d.appliesTo, range.rect));
    return {
      get Count() {
        return mine().length;
      },
      Item(index: number) {
        const d = mine()[index - 1];
        if (!d) throw new EtError(`下标越界：FormatConditions(${index})`);
        return range.condition(d);
      },
      Add(type: number, _operator?: unknown, formula1?: unknown) {
        sheet.assert("other");
        if (type !== XL.expression) throw new EtError("本模型只支持公式条件（xlExpression）");
        const active = range.host.book.activeSheet();
        const anchor = { row: active.selection.top, col: active.selection.left };
        const d: EtConditionData = { appliesTo: { ...range.rect }, type, formula1: String(formula1 ?? ""), anchor };
        sheet.conditions.push(d);
        return range.condition(d);
      },
      Delete() {
        sheet.assert("other");
        sheet.conditions = sheet.conditions.filter((d) => !intersects(d.appliesTo, range.rect));
      },
    };
  }

  private condition(d: EtConditionData): EtFormatCondition {
    const sheet = this.sheetData;
    const applies = () => new MemoryEtRange(this.host, sheet, d.appliesTo);
    const change = (f: () => void) => {
      sheet.assert("other");
      if (!sheet.conditions.includes(d)) throw new EtError("条件格式已被删除。");
      f();
    };
    return {
      get Type() { return d.type; },
      get Formula1() { return d.formula1; },
      get AppliesTo() { return applies(); },
      Interior: {
        get Color() { return d.interior ?? WHITE; },
        set Color(v: unknown) { change(() => (d.interior = Number(v))); },
        get ColorIndex() { return d.interior === undefined ? XL.none : 0; },
        set ColorIndex(_v: unknown) { change(() => delete d.interior); },
      },
      Font: {
        get Color() { return d.fontColor ?? 0; },
        set Color(v: unknown) { change(() => (d.fontColor = Number(v))); },
        get Bold() { return d.bold ?? false; },
        set Bold(v: unknown) { change(() => (d.bold = Boolean(v))); },
        Name: null,
        Size: null,
        Italic: null,
      },
      Delete() {
        change(() => (sheet.conditions = sheet.conditions.filter((x) => x !== d)));
      },
    };
  }

  get Row(): number { return this.rect.top; }
  get Column(): number { return this.rect.left; }
  get Rows() { return { Count: this.rect.bottom - this.rect.top + 1 }; }
  get Columns() { return { Count: this.rect.right - this.rect.left + 1 }; }
  get Worksheet() { return this.host.sheetObject(this.sheetData); }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    const one = (row: number, col: number) => {
      const a = cellAddress(row, col);
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return `${columnAbsolute ? "$" : ""}${m[1]}${rowAbsolute ? "$" : ""}${m[2]}`;
    };
    const { top, left, bottom, right } = this.rect;
    return top === bottom && left === right ? one(top, left) : `${one(top, left)}:${one(bottom, right)}`;
  }

  Select(): unknown {
    if (this.host.book.activeSheet() !== this.sheetData) throw new EtError("Range 类的 Select 方法无效：请先激活该工作表。");
    this.sheetData.selection = { ...this.rect };
    return true;
  }

  Clear(): unknown {
    this.sheetData.assert("contents", this.rect);
    forEach(this.rect, (a) => this.sheetData.cells.delete(a));
    return true;
  }
}
