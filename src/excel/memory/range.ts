import type { BorderIndexName, DataValidationRuleLike } from "../api";
import { ClientObject } from "./context";
import type { MemoryRequestContext } from "./context";
import { officeError } from "./errors";
import { cellAddress, columnLetter, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, defaultFormat, parseAddress, qualifiedAddress, rangeAddress } from "./store";
import type { MemorySheet, Rect, StoredBorder, StoredCell, StoredConditionalFormat, StoredValidation } from "./store";

/** Resolves (at sync time) the sheet a proxy refers to. */
export interface SheetRef {
  sheet(): MemorySheet;
}

type Input = unknown;

const ERROR_VALUES = new Set(["#N/A", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * What Excel does with a value written through `values` or `formulas`: 「=…」 is a formula, a leading apostrophe
 * keeps text as text, numeric text becomes a number unless the cell is formatted as text 「@」, TRUE/FALSE become
 * booleans, null leaves the cell alone.
 */
function enter(cell: StoredCell, input: Input): void {
  if (input === null || input === undefined) return;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    delete cell.formula;
    return;
  }
  const s = String(input);
  if (s.length > 1 && s.startsWith("=")) {
    cell.formula = s;
    cell.value = "";
    return;
  }
  delete cell.formula;
  if (s.startsWith("'")) cell.value = s.slice(1);
  else if (cell.numberFormat === "@") cell.value = s;
  else if (NUMBER.test(s.trim())) cell.value = s.trim().endsWith("%") ? Number(s.trim().slice(0, -1)) / 100 : Number(s.trim());
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else cell.value = s;
}

/** Cells one operation may touch: Excel streams whole columns, this model would create every cell. */
const MAX_CELLS = 1_000_000;

function forEachCell(rect: Rect, f: (address: string, r: number, c: number) => void): void {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_CELLS) {
    throw officeError("InvalidArgument", `The in-memory workbook handles ranges up to ${MAX_CELLS} cells (${rangeAddress(rect)} is larger); use the used range.`);
  }
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(cellAddress(r, c), r - rect.top, c - rect.left);
}

/** Applies a 2D array (or one value for every cell) to a range; dimensions must match, as in Excel. */
function write2D(rect: Rect, input: Input, apply: (address: string, value: Input) => void): void {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    forEachCell(rect, (a) => apply(a, input));
    return;
  }
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw officeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  forEachCell(rect, (a, r, c) => apply(a, (input as Input[][])[r][c]));
}

function read2D<T>(rect: Rect, f: (address: string) => T): T[][] {
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > MAX_CELLS) {
    throw officeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${rangeAddress(rect)}).`);
  }
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(cellAddress(r, c)));
    out.push(row);
  }
  return out;
}

abstract class RangePart extends ClientObject {
  constructor(
    context: MemoryRequestContext,
    protected readonly range: MemoryRange,
  ) {
    super(context);
  }
  protected sheet(): MemorySheet {
    return this.range.resolveSheet();
  }
  protected rect(): Rect {
    return this.range.resolveRect();
  }
  protected topLeft(): StoredCell | undefined {
    const r = this.rect();
    return this.sheet().peek(cellAddress(r.top, r.left));
  }
  /** Changes the format of every cell (checking protection). */
  protected formatEach(f: (cell: StoredCell) => void): void {
    this.change(() => {
      const sheet = this.sheet();
      const rect = this.rect();
      sheet.assertEditable(rect, "format");
      forEachCell(rect, (a) => f(sheet.cell(a)));
    });
  }
}

export class MemoryRangeFill extends RangePart {
  protected scalars() {
    return { color: () => this.topLeft()?.format.fill ?? null };
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.formatEach((c) => (c.format.fill = v));
  }
  clear(): void {
    this.formatEach((c) => (c.format.fill = null));
  }
}

export class MemoryRangeFont extends RangePart {
  protected scalars() {
    const f = () => this.topLeft()?.format.font;
    return {
      name: () => f()?.name ?? "Calibri",
      size: () => f()?.size ?? 11,
      bold: () => f()?.bold ?? false,
      italic: () => f()?.italic ?? false,
      color: () => f()?.color ?? "#000000",
    };
  }
  get name(): string { return this.loaded("name"); }
  set name(v: string) { this.formatEach((c) => (c.format.font.name = v)); }
  get size(): number { return this.loaded("size"); }
  set size(v: number) { this.formatEach((c) => (c.format.font.size = v)); }
  get bold(): boolean { return this.loaded("bold"); }
  set bold(v: boolean) { this.formatEach((c) => (c.format.font.bold = v)); }
  get italic(): boolean { return this.loaded("italic"); }
  set italic(v: boolean) { this.formatEach((c) => (c.format.font.italic = v)); }
  get color(): string { return this.loaded("color"); }
  set color(v: string) { this.formatEach((c) => (c.format.font.color = v)); }
}

type Edge = "top" | "bottom" | "left" | "right";

export class MemoryRangeBorder extends RangePart {
  constructor(
    context: MemoryRequestContext,
    range: MemoryRange,
    private readonly index: BorderIndexName,
  ) {
    super(context, range);
  }
  /** The cell edges an Excel border index covers in this range. */
  private edges(): { address: string; edge: Edge }[] {
    const r = this.rect();
    const out: { address: string; edge: Edge }[] = [];
    forEachCell(r, (address) => {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      const row = Number(m?.[2]);
      const col = address.replace(/\d+$/, "");
      const atTop = row === r.top;
      const atBottom = row === r.bottom;
      const atLeft = col === columnLetter(r.left);
      const atRight = col === columnLetter(r.right);
      const add = (edge: Edge) => out.push({ address, edge });
      if (this.index === "EdgeTop" && atTop) add("top");
      if (this.index === "EdgeBottom" && atBottom) add("bottom");
      if (this.index === "EdgeLeft" && atLeft) add("left");
      if (this.index === "EdgeRight" && atRight) add("right");
      if (this.index === "InsideHorizontal") {
        if (!atBottom) add("bottom");
        if (!atTop) add("top");
      }
      if (this.index === "InsideVertical") {
        if (!atRight) add("right");
        if (!atLeft) add("left");
      }
    });
    return out;
  }
  private update(f: (b: StoredBorder) => void, remove = false): void {
    this.change(() => {
      const sheet = this.sheet();
      sheet.assertEditable(this.rect(), "format");
      for (const { address, edge } of this.edges()) {
        const borders = sheet.cell(address).format.borders;
        if (remove) delete borders[edge];
        else f((borders[edge] ??= { style: "Continuous", color: "#000000", weight: "Thin" }));
      }
    });
  }
  protected scalars() {
    const first = () => {
      const e = this.edges()[0];
      return e ? this.sheet().peek(e.address)?.format.borders[e.edge] : undefined;
    };
    return { style: () => first()?.style ?? "None", color: () => first()?.color ?? "#000000", weight: () => first()?.weight ?? "Thin" };
  }
  get style(): string { return this.loaded("style"); }
  set style(v: string) { this.update((b) => (b.style = v), v === "None"); }
  get color(): string { return this.loaded("color"); }
  set color(v: string) { this.update((b) => (b.color = v)); }
  get weight(): string { return this.loaded("weight"); }
  set weight(v: string) { this.update((b) => (b.weight = v)); }
}

export class MemoryFormatProtection extends RangePart {
  protected scalars() {
    return { locked: () => this.topLeft()?.format.locked ?? true };
  }
  get locked(): boolean { return this.loaded("locked"); }
  set locked(v: boolean) { this.formatEach((c) => (c.format.locked = v)); }
}

export class MemoryRangeFormat extends RangePart {
  readonly fill = new MemoryRangeFill(this.context, this.range);
  readonly font = new MemoryRangeFont(this.context, this.range);
  readonly protection = new MemoryFormatProtection(this.context, this.range);
  readonly borders = { getItem: (index: BorderIndexName) => new MemoryRangeBorder(this.context, this.range, index) };

  protected override navigation() {
    return { fill: this.fill, font: this.font, protection: this.protection };
  }
  protected scalars() {
    const f = () => this.topLeft()?.format;
    const r = () => this.rect();
    return {
      horizontalAlignment: () => f()?.horizontalAlignment ?? "General",
      verticalAlignment: () => f()?.verticalAlignment ?? "Bottom",
      wrapText: () => f()?.wrapText ?? false,
      indentLevel: () => f()?.indentLevel ?? 0,
      columnWidth: () => this.sheet().columnWidths.get(r().left) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: () => this.sheet().rowHeights.get(r().top) ?? DEFAULT_ROW_HEIGHT,
    };
  }
  get horizontalAlignment(): string { return this.loaded("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.formatEach((c) => (c.format.horizontalAlignment = v)); }
  get verticalAlignment(): string { return this.loaded("verticalAlignment"); }
  set verticalAlignment(v: string) { this.formatEach((c) => (c.format.verticalAlignment = v)); }
  get wrapText(): boolean { return this.loaded("wrapText"); }
  set wrapText(v: boolean) { this.formatEach((c) => (c.format.wrapText = v)); }
  get indentLevel(): number { return this.loaded("indentLevel"); }
  set indentLevel(v: number) { this.formatEach((c) => (c.format.indentLevel = v)); }
  get columnWidth(): number { return this.loaded("columnWidth"); }
  set columnWidth(v: number) {
    this.change(() => {
      const sheet = this.sheet();
      const r = this.rect();
      sheet.assertEditable(r, "columns");
      for (let c = r.left; c <= Math.min(r.right, 16384); c++) sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number { return this.loaded("rowHeight"); }
  set rowHeight(v: number) {
    this.change(() => {
      const sheet = this.sheet();
      const r = this.rect();
      sheet.assertEditable(r, "rows");
      for (let row = r.top; row <= r.bottom; row++) sheet.rowHeights.set(row, v);
    });
  }
  autofitColumns(): void {}
  autofitRows(): void {}
}

const validationType = (rule: DataValidationRuleLike | undefined) =>
  !rule ? "None" : rule.wholeNumber ? "WholeNumber" : rule.decimal ? "Decimal" : rule.textLength ? "TextLength" : rule.list ? "List" : rule.custom ? "Custom" : "None";

export class MemoryDataValidation extends RangePart {
  private set(field: keyof StoredValidation, value: unknown): void {
    this.change(() => {
      const sheet = this.sheet();
      const rect = this.rect();
      sheet.assertEditable(rect, "format");
      forEachCell(rect, (a) => {
        const cell = sheet.cell(a);
        cell.validation = {
          ...(cell.validation ?? { rule: {}, prompt: { showPrompt: false, title: "", message: "" }, errorAlert: { showAlert: true, style: "Stop", title: "", message: "" }, ignoreBlanks: true }),
          [field]: JSON.parse(JSON.stringify(value)),
        };
      });
    });
  }
  protected scalars() {
    const v = () => this.topLeft()?.validation;
    return {
      rule: () => v()?.rule ?? {},
      prompt: () => v()?.prompt ?? { showPrompt: false, title: "", message: "" },
      errorAlert: () => v()?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
      ignoreBlanks: () => v()?.ignoreBlanks ?? true,
      type: () => validationType(v()?.rule),
    };
  }
  get rule(): DataValidationRuleLike { return this.loaded("rule"); }
  set rule(v: DataValidationRuleLike) { this.set("rule", v); }
  get prompt(): StoredValidation["prompt"] { return this.loaded("prompt"); }
  set prompt(v: StoredValidation["prompt"]) { this.set("prompt", v); }
  get errorAlert(): StoredValidation["errorAlert"] { return this.loaded("errorAlert"); }
  set errorAlert(v: StoredValidation["errorAlert"]) { this.set("errorAlert", v); }
  get ignoreBlanks(): boolean { return this.loaded("ignoreBlanks"); }
  set ignoreBlanks(v: boolean) { this.set("ignoreBlanks", v); }
  get type(): string { return this.loaded("type"); }
  clear(): void {
    this.change(() => forEachCell(this.rect(), (a) => delete this.sheet().cell(a).validation));
  }
}

let nextConditionalFormatId = 1;

/** Where a stored conditional format lives (the sheet whose list holds it). */
function sheetOfFormat(context: MemoryRequestContext, record: StoredConditionalFormat): MemorySheet | undefined {
  return context.store.sheets.find((s) => s.conditionalFormats.includes(record));
}

export class MemoryConditionalFormat {
  /** What load() + sync() fetched (collection items arrive this way). */
  private loadedRecord?: StoredConditionalFormat;

  constructor(private readonly record: () => StoredConditionalFormat, private readonly context: MemoryRequestContext) {}
  private at = (f: (r: StoredConditionalFormat) => void) => this.context.enqueue(() => f(this.record()));
  private loadedValue(): StoredConditionalFormat {
    if (!this.loadedRecord) throw officeError("PropertyNotLoaded", "Load the conditional format (e.g. collection.load(\"items/id\")) and sync before reading it.");
    return this.loadedRecord;
  }
  /** @internal Called by the collection's load at sync time. */
  markLoaded(record: StoredConditionalFormat): void {
    this.loadedRecord = { ...record };
  }
  get id(): string {
    return this.loadedValue().id ?? "";
  }
  get type(): string {
    return this.loadedValue().type;
  }
  /** The custom rule, or a null object for the other types (as Excel's customOrNullObject). */
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const r = this.loadedValue();
    return { isNullObject: r.type !== "Custom", rule: { formula: r.type === "Custom" ? r.formula : "" } };
  }
  readonly custom = (() => {
    const at = this.at;
    const loaded = () => this.loadedRecord;
    return {
      rule: {
        get formula(): string {
          const record = loaded();
          if (record) return record.formula;
          throw officeError("PropertyNotLoaded", "Load the rule before reading its formula.");
        },
        set formula(v: string) { at((r) => (r.formula = v)); },
      },
      format: {
        fill: {
          get color(): string { throw officeError("PropertyNotLoaded", "Load the format before reading it."); },
          set color(v: string) { at((r) => (r.fill = v)); },
        },
        font: {
          get color(): string { throw officeError("PropertyNotLoaded", "Load the format before reading it."); },
          set color(v: string) { at((r) => (r.fontColor = v)); },
          get bold(): boolean { throw officeError("PropertyNotLoaded", "Load the format before reading it."); },
          set bold(v: boolean) { at((r) => (r.bold = v)); },
        },
      },
    };
  })();
  delete(): void {
    this.context.enqueue(() => {
      const r = this.record();
      const sheet = sheetOfFormat(this.context, r);
      if (!sheet) throw officeError("ItemNotFound", "The conditional format no longer exists.");
      sheet.assertEditable(parseAddress(r.range), "format");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== r);
    });
  }
}

export class MemoryConditionalFormatCollection {
  private itemList?: MemoryConditionalFormat[];

  constructor(
    private readonly context: MemoryRequestContext,
    private readonly range: MemoryRange,
  ) {}
  add(type: "Custom"): MemoryConditionalFormat {
    let record: StoredConditionalFormat | undefined;
    this.context.enqueue(() => {
      const sheet = this.range.resolveSheet();
      sheet.assertEditable(this.range.resolveRect(), "format");
      record = { id: `{memory-cf-${nextConditionalFormatId++}}`, range: rangeAddress(this.range.resolveRect()), type, formula: "" };
      sheet.conditionalFormats.push(record);
    });
    return new MemoryConditionalFormat(() => {
      if (!record) throw officeError("GeneralException", "The conditional format was not created.");
      return record;
    }, this.context);
  }
  /** The conditional formats that intersect the range, as Excel's Range.conditionalFormats lists them. */
  private intersecting(): StoredConditionalFormat[] {
    const r = this.range.resolveRect();
    return this.range.resolveSheet().conditionalFormats.filter((c) => {
      const x = parseAddress(c.range);
      return !(x.bottom < r.top || x.top > r.bottom || x.right < r.left || x.left > r.right);
    });
  }
  /** load("items/id,items/type,items/customOrNullObject/rule/formula"): every item arrives with all of these loaded. */
  load(_spec?: string | string[]): this {
    this.context.enqueue(() => {
      this.itemList = this.intersecting().map((record) => {
        const item = new MemoryConditionalFormat(() => record, this.context);
        item.markLoaded(record);
        return item;
      });
    });
    return this;
  }
  get items(): MemoryConditionalFormat[] {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "Load the collection (load(\"items\")) and sync before reading items.");
    return this.itemList;
  }
  getCount(): { value: number } {
    const result = { loaded: false, count: 0 };
    this.context.enqueue(() => {
      const mine = rangeAddress(this.range.resolveRect());
      result.count = this.range.resolveSheet().conditionalFormats.filter((c) => c.range === mine).length;
      result.loaded = true;
    });
    return {
      get value(): number {
        if (!result.loaded) throw officeError("PropertyNotLoaded", "Call context.sync() before reading the value.");
        return result.count;
      },
    };
  }
  clearAll(): void {
    this.context.enqueue(() => {
      const sheet = this.range.resolveSheet();
      const r = this.range.resolveRect();
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => {
        const x = parseAddress(c.range);
        return x.bottom < r.top || x.top > r.bottom || x.right < r.left || x.left > r.right;
      });
    });
  }
}

export class MemoryRange extends ClientObject {
  constructor(
    context: MemoryRequestContext,
    private readonly sheetRef: SheetRef,
    private readonly rectOf: () => Rect,
  ) {
    super(context);
  }

  resolveSheet(): MemorySheet {
    return this.sheetRef.sheet();
  }
  resolveRect(): Rect {
    return this.rectOf();
  }

  readonly format: MemoryRangeFormat = new MemoryRangeFormat(this.context, this);
  protected override navigation() {
    return { format: this.format };
  }

  get dataValidation(): MemoryDataValidation {
    this.context.requires("1.8", "Range.dataValidation");
    return new MemoryDataValidation(this.context, this);
  }
  get conditionalFormats(): MemoryConditionalFormatCollection {
    this.context.requires("1.6", "Range.conditionalFormats");
    return new MemoryConditionalFormatCollection(this.context, this);
  }

  private valueAt(address: string): string | number | boolean {
    const c = this.resolveSheet().peek(address);
    if (!c) return "";
    if (c.formula && this.context.options.evaluate) return this.context.options.evaluate(this.resolveSheet().name, address, c.formula);
    return c.value;
  }

  protected scalars() {
    const rect = () => this.resolveRect();
    const sheet = () => this.resolveSheet();
    return {
      address: () => qualifiedAddress(sheet().name, rect()),
      values: () => read2D(rect(), (a) => this.valueAt(a)),
      formulas: () => read2D(rect(), (a) => sheet().peek(a)?.formula ?? this.valueAt(a)),
      numberFormat: () => read2D(rect(), (a) => sheet().peek(a)?.numberFormat ?? "General"),
      valueTypes: () =>
        read2D(rect(), (a) => {
          const v = this.valueAt(a);
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return ERROR_VALUES.has(v) ? "Error" : "String";
        }),
      text: () => read2D(rect(), (a) => String(this.valueAt(a))),
      rowIndex: () => rect().top - 1,
      columnIndex: () => rect().left - 1,
      rowCount: () => rect().bottom - rect().top + 1,
      columnCount: () => rect().right - rect().left + 1,
      cellCount: () => (rect().bottom - rect().top + 1) * (rect().right - rect().left + 1),
      columnHidden: () => {
        const r = rect();
        for (let c = r.left; c <= r.right; c++) if (!sheet().hiddenColumns.has(c)) return false;
        return true;
      },
    };
  }

  get address(): string { return this.loaded("address"); }
  get values(): unknown[][] { return this.loaded("values"); }
  set values(v: unknown[][]) { this.writeCells(v); }
  get formulas(): unknown[][] { return this.loaded("formulas"); }
  set formulas(v: unknown[][]) { this.writeCells(v); }
  get numberFormat(): unknown[][] { return this.loaded("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.change(() => {
      const sheet = this.resolveSheet();
      sheet.assertEditable(this.resolveRect(), "format");
      write2D(this.resolveRect(), v, (a, x) => {
        if (x !== null && x !== undefined) sheet.cell(a).numberFormat = String(x);
      });
    });
  }
  get valueTypes(): string[][] { return this.loaded("valueTypes"); }
  get text(): string[][] { return this.loaded("text"); }
  get rowIndex(): number { return this.loaded("rowIndex"); }
  get columnIndex(): number { return this.loaded("columnIndex"); }
  get rowCount(): number { return this.loaded("rowCount"); }
  get columnCount(): number { return this.loaded("columnCount"); }
  get columnHidden(): boolean { return this.loaded("columnHidden"); }
  set columnHidden(v: boolean) {
    this.context.requires("1.2", "Range.columnHidden");
    this.change(() => {
      const sheet = this.resolveSheet();
      const r = this.resolveRect();
      sheet.assertEditable(r, "columns");
      for (let c = r.left; c <= Math.min(r.right, 16384); c++) {
        if (v) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  private writeCells(v: unknown): void {
    this.context.carries(v);
    this.change(() => {
      const sheet = this.resolveSheet();
      sheet.assertEditable(this.resolveRect(), "contents");
      write2D(this.resolveRect(), v, (a, x) => enter(sheet.cell(a), x));
    });
  }

  merge(across = false): void {
    this.change(() => {
      const sheet = this.resolveSheet();
      const r = this.resolveRect();
      sheet.assertEditable(r, "structure");
      const parts = across ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i })) : [r];
      for (const p of parts) {
        if (p.top === p.bottom && p.left === p.right) continue;
        if (sheet.merges.some((m) => !(m.bottom < p.top || m.top > p.bottom || m.right < p.left || m.left > p.right))) {
          throw officeError("InvalidOperation", `Cannot merge ${rangeAddress(p)}: it overlaps a merged area.`);
        }
        // Excel keeps only the top-left value.
        forEachCell(p, (a, ri, ci) => {
          const c = sheet.peek(a);
          if (c && (ri > 0 || ci > 0)) {
            c.value = "";
            delete c.formula;
          }
        });
        sheet.merges.push({ ...p });
      }
    });
  }

  unmerge(): void {
    this.change(() => {
      const sheet = this.resolveSheet();
      const r = this.resolveRect();
      sheet.merges = sheet.merges.filter((m) => m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right);
    });
  }

  select(): void {
    this.change(() => {
      const sheet = this.resolveSheet();
      this.context.store.activeSheetId = sheet.id;
      this.context.store.selection = { sheetId: sheet.id, range: rangeAddress(this.resolveRect()) };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.change(() => {
      const sheet = this.resolveSheet();
      sheet.assertEditable(this.resolveRect(), applyTo === "Formats" ? "format" : "contents");
      forEachCell(this.resolveRect(), (a) => {
        const c = sheet.peek(a);
        if (!c) return;
        if (applyTo === "All") sheet.cells.delete(a);
        else if (applyTo === "Contents") {
          c.value = "";
          delete c.formula;
        } else {
          c.format = defaultFormat();
          c.numberFormat = "General";
        }
      });
    });
  }

  getCell(row: number, column: number): MemoryRange {
    return new MemoryRange(this.context, this.sheetRef, () => {
      const r = this.resolveRect();
      return { top: r.top + row, left: r.left + column, bottom: r.top + row, right: r.left + column };
    });
  }
  getOffsetRange(rowOffset: number, columnOffset: number): MemoryRange {
    return new MemoryRange(this.context, this.sheetRef, () => {
      const r = this.resolveRect();
      return { top: r.top + rowOffset, bottom: r.bottom + rowOffset, left: r.left + columnOffset, right: r.right + columnOffset };
    });
  }
  getResizedRange(deltaRows: number, deltaColumns: number): MemoryRange {
    return new MemoryRange(this.context, this.sheetRef, () => {
      const r = this.resolveRect();
      return { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaColumns };
    });
  }
}
