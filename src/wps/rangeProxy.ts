import type {
  BorderIndexName,
  ConditionalFormatCollectionLike,
  ConditionalFormatLike,
  DataValidationLike,
  DataValidationRuleLike,
  LoadSpec,
  RangeBorderLike,
  RangeFormatLike,
  RangeLike,
} from "../excel/api";
import { cellAddress, rangeAddress } from "../core/template/address";
import type { Rect } from "../core/template/address";
import { parseA1 } from "./address";
import { WpsHostError } from "./errors";
import type { EtRequestContext } from "./context";
import { bgrOf, hexOf, XL } from "./et";
import type { EtFormatCondition, EtRange, EtWorksheet } from "./et";

/**
 * Office.js's Range over an ET Range. Reads are whole-range Value2 / Formula reads (one each per load), normalised
 * to Office.js's shape: always rows of cells, "" for an empty cell, a valueType per cell. Writes go through Value2
 * (values) and Formula (formulas) in one assignment per range. Formats, validation and conditional formats map
 * Office.js's names and enumerations to VBA's (see ./et.ts for the values).
 */

const VALUE_PROPERTIES = new Set(["values", "valueTypes", "text"]);

function loadNames(spec?: LoadSpec): string[] {
  if (spec === undefined) return ["values", "formulas"];
  return (Array.isArray(spec) ? spec : spec.split(",")).map((s) => s.trim().split("/")[0]);
}

/** A cell as ET gave it → Office.js's valueType. ET's error values are not distinguished (docs/wps.md). */
function valueType(v: unknown): string {
  if (v === undefined || v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string") return "String";
  return "Error";
}

/** Points (Office.js) ↔ characters (VBA's ColumnWidth): the inverse of templateRenderer's columnWidthPoints. */
export const charactersOf = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
export const pointsOf = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

const LINE_STYLES: Record<string, number> = { Continuous: XL.continuous, None: XL.none, Dash: -4115, Dot: -4118, Double: -4119 };
const WEIGHTS: Record<string, number> = { Hairline: 1, Thin: XL.thin, Medium: -4138, Thick: 4 };
const H_ALIGN: Record<string, number> = { General: XL.hAlign.general, Left: XL.hAlign.left, Center: XL.hAlign.center, Right: XL.hAlign.right };
const V_ALIGN: Record<string, number> = { Top: XL.vAlign.top, Center: XL.vAlign.center, Bottom: XL.vAlign.bottom };
const BORDER_INDEX: Record<BorderIndexName, number> = {
  EdgeTop: XL.border.edgeTop,
  EdgeBottom: XL.border.edgeBottom,
  EdgeLeft: XL.border.edgeLeft,
  EdgeRight: XL.border.edgeRight,
  InsideVertical: XL.border.insideVertical,
  InsideHorizontal: XL.border.insideHorizontal,
};
const nameOf = (map: Record<string, number>, value: unknown, fallback: string) => Object.keys(map).find((k) => map[k] === value) ?? fallback;

/** A formula's relative references: ET reads them from the active cell, Office.js from the range's top-left. */
export function hasCellReference(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_(])/.test(formula.replace(/"[^"]*"/g, '""'));
}

export class EtRangeProxy implements RangeLike {
  private readonly rect: Rect;
  private range: EtRange | undefined;
  private cache: { value2?: unknown[][]; formula?: unknown[][] } = {};

  constructor(
    readonly context: EtRequestContext,
    readonly sheet: EtWorksheet | undefined,
    reference: string,
  ) {
    const rect = parseA1(reference.replace(/^.*!/, ""));
    if (!rect) context.fail(new WpsHostError("InvalidArgument", `无效的单元格引用：${reference}`));
    this.rect = rect ?? { top: 1, left: 1, bottom: 1, right: 1 };
  }

  /** The ET range, made once (one call), inside the batch. */
  et(): EtRange | undefined {
    this.range ??= this.context.run(() => this.sheet!.Range(rangeAddress(this.rect)));
    return this.range;
  }

  call<T>(f: (range: EtRange) => T): T | undefined {
    const range = this.et();
    return this.context.run(() => f(range!));
  }

  private get rows(): number {
    return this.rect.bottom - this.rect.top + 1;
  }
  private get columns(): number {
    return this.rect.right - this.rect.left + 1;
  }

  /** ET's answer as rows of cells: one cell is a scalar; a one-dimensional array is taken as the one row or column. */
  private grid(raw: unknown): unknown[][] {
    if (!Array.isArray(raw)) return [[raw]];
    if (raw.length > 0 && !Array.isArray(raw[0])) return this.rows === 1 ? [raw] : raw.map((v) => [v]);
    return raw as unknown[][];
  }

  private raw(): unknown[][] {
    return (this.cache.value2 ??= this.grid(this.call((r) => r.Value2)));
  }

  load(spec?: LoadSpec): this {
    const names = loadNames(spec);
    if (names.some((n) => VALUE_PROPERTIES.has(n))) this.cache.value2 = this.grid(this.call((r) => r.Value2));
    if (names.includes("formulas")) this.cache.formula = this.grid(this.call((r) => r.Formula));
    return this;
  }

  get values(): unknown[][] {
    return this.raw().map((row) => row.map((v) => (v === undefined || v === null ? "" : v)));
  }
  set values(input: unknown[][]) {
    this.write(input, (r, v) => (r.Value2 = v));
  }

  get valueTypes(): string[][] {
    return this.raw().map((row) => row.map(valueType));
  }

  get text(): string[][] {
    return this.raw().map((row) => row.map((v) => (v === undefined || v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))));
  }

  get formulas(): unknown[][] {
    return (this.cache.formula ??= this.grid(this.call((r) => r.Formula))).map((row) => row.map((v) => (v === undefined || v === null ? "" : v)));
  }
  set formulas(input: unknown[][]) {
    this.write(input, (r, v) => {
      try {
        r.Formula = v;
      } catch (e) {
        // et-jsapi-declare types Formula as a string: a WPS that refuses an array gets the cells one by one.
        if (!Array.isArray(v)) throw e;
        (v as unknown[][]).forEach((row, i) =>
          row.forEach((cell, j) => {
            if (cell !== "" && cell !== null && cell !== undefined) this.sheet!.Range(cellAddress(this.rect.top + i, this.rect.left + j)).Formula = cell;
          }),
        );
      }
    });
  }

  /** One assignment for the whole range (a single cell gets the scalar). */
  private write(input: unknown, assign: (range: EtRange, value: unknown) => void): void {
    delete this.cache.value2;
    delete this.cache.formula;
    const value = Array.isArray(input) && this.rows === 1 && this.columns === 1 ? (input as unknown[][])[0]?.[0] : input;
    this.call((r) => assign(r, value));
  }

  get numberFormat(): unknown[][] {
    const f = this.call((r) => r.NumberFormat);
    return Array.from({ length: this.rows }, () => Array.from({ length: this.columns }, () => (typeof f === "string" ? f : "General")));
  }
  /** VBA sets one format per range: the commonest for the whole range, then each run of another format in a row. */
  set numberFormat(input: unknown[][]) {
    const grid = Array.isArray(input) ? input.map((row) => row.map(String)) : [[String(input)]];
    const counts = new Map<string, number>();
    for (const f of grid.flat()) counts.set(f, (counts.get(f) ?? 0) + 1);
    const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "General";
    this.call((r) => (r.NumberFormat = commonest));
    if (!Array.isArray(input)) return;
    grid.forEach((row, r) => {
      for (let c = 0; c < row.length; ) {
        let end = c;
        while (end + 1 < row.length && row[end + 1] === row[c]) end++;
        if (row[c] !== commonest) {
          const address = rangeAddress({ top: this.rect.top + r, left: this.rect.left + c, bottom: this.rect.top + r, right: this.rect.left + end });
          this.context.run(() => (this.sheet!.Range(address).NumberFormat = row[c]));
        }
        c = end + 1;
      }
    });
  }

  get address(): string {
    return `${this.call((r) => r.Worksheet.Name) ?? ""}!${rangeAddress(this.rect)}`;
  }
  get rowIndex(): number {
    return this.rect.top - 1;
  }
  get columnIndex(): number {
    return this.rect.left - 1;
  }
  get rowCount(): number {
    return this.rows;
  }
  get columnCount(): number {
    return this.columns;
  }

  get format(): RangeFormatLike {
    const call = <T>(f: (r: EtRange) => T) => this.call(f);
    const rows = this.rows;
    const columns = this.columns;
    const border = (edge: BorderIndexName): RangeBorderLike => {
      // A range of one row has no inside horizontal edge (nor one column an inside vertical one): nothing to set.
      const absent = (edge === "InsideHorizontal" && rows === 1) || (edge === "InsideVertical" && columns === 1);
      const on = <T>(f: (b: ReturnType<EtRange["Borders"]["Item"]>) => T) => (absent ? undefined : call((r) => f(r.Borders.Item(BORDER_INDEX[edge]))));
      return {
        get style() { return nameOf(LINE_STYLES, on((b) => b.LineStyle), "None"); },
        set style(v: string) { on((b) => (b.LineStyle = LINE_STYLES[v] ?? XL.continuous)); },
        get weight() { return nameOf(WEIGHTS, on((b) => b.Weight), "Thin"); },
        set weight(v: string) { on((b) => (b.Weight = WEIGHTS[v] ?? XL.thin)); },
        get color() { const c = on((b) => b.Color); return typeof c === "number" ? hexOf(c) : "#000000"; },
        set color(v: string) { on((b) => (b.Color = bgrOf(v))); },
        load: () => undefined,
      };
    };
    return {
      fill: {
        get color() { const c = call((r) => r.Interior.Color); return typeof c === "number" ? hexOf(c) : ""; },
        set color(v: string) { call((r) => (r.Interior.Color = bgrOf(v))); },
        clear: () => void call((r) => (r.Interior.ColorIndex = XL.none)),
        load: () => undefined,
      },
      font: {
        get name() { return String(call((r) => r.Font.Name) ?? ""); },
        set name(v: string) { call((r) => (r.Font.Name = v)); },
        get size() { return Number(call((r) => r.Font.Size) ?? 0); },
        set size(v: number) { call((r) => (r.Font.Size = v)); },
        get bold() { return Boolean(call((r) => r.Font.Bold)); },
        set bold(v: boolean) { call((r) => (r.Font.Bold = v)); },
        get italic() { return Boolean(call((r) => r.Font.Italic)); },
        set italic(v: boolean) { call((r) => (r.Font.Italic = v)); },
        get color() { const c = call((r) => r.Font.Color); return typeof c === "number" ? hexOf(c) : ""; },
        set color(v: string) { call((r) => (r.Font.Color = bgrOf(v))); },
        load: () => undefined,
      },
      borders: { getItem: border },
      protection: {
        get locked() { return Boolean(call((r) => r.Locked)); },
        set locked(v: boolean) { call((r) => (r.Locked = v)); },
        load: () => undefined,
      },
      get horizontalAlignment() { return nameOf(H_ALIGN, call((r) => r.HorizontalAlignment), "General"); },
      set horizontalAlignment(v: string) { call((r) => (r.HorizontalAlignment = H_ALIGN[v] ?? XL.hAlign.general)); },
      get verticalAlignment() { return nameOf(V_ALIGN, call((r) => r.VerticalAlignment), "Bottom"); },
      set verticalAlignment(v: string) { call((r) => (r.VerticalAlignment = V_ALIGN[v] ?? XL.vAlign.bottom)); },
      get wrapText() { return Boolean(call((r) => r.WrapText)); },
      set wrapText(v: boolean) { call((r) => (r.WrapText = v)); },
      get indentLevel() { return Number(call((r) => r.IndentLevel) ?? 0); },
      set indentLevel(v: number) { call((r) => (r.IndentLevel = v)); },
      get columnWidth() { return pointsOf(Number(call((r) => r.ColumnWidth) ?? 0)); },
      set columnWidth(points: number) { call((r) => (r.ColumnWidth = charactersOf(points))); },
      get rowHeight() { return Number(call((r) => r.RowHeight) ?? 0); },
      set rowHeight(v: number) { call((r) => (r.RowHeight = v)); },
      load: () => undefined,
    };
  }

  get dataValidation(): DataValidationLike {
    return new EtValidationProxy(this);
  }

  get conditionalFormats(): ConditionalFormatCollectionLike {
    return new EtConditionalFormatsProxy(this, this.rect);
  }

  get columnHidden(): boolean {
    return Boolean(this.call((r) => r.Hidden));
  }
  set columnHidden(v: boolean) {
    this.call((r) => (r.Hidden = v));
  }

  merge(across = false): void {
    this.call((r) => r.Merge(across));
  }
  unmerge(): void {
    this.call((r) => r.UnMerge());
  }
  select(): void {
    this.call((r) => r.Select());
  }
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    if (applyTo === "Contents") this.write("", (r, v) => (r.Value2 = v));
    else if (applyTo === "All") this.call((r) => r.Clear());
    else this.context.fail(new WpsHostError("Worded", "WPS 宿主不单独清除格式。"));
  }

  private at(top: number, left: number, rows: number, columns: number): RangeLike {
    const address = rangeAddress({ top, left, bottom: top + rows - 1, right: left + columns - 1 });
    return new EtRangeProxy(this.context, this.sheet, address);
  }
  getCell(row: number, column: number): RangeLike {
    return this.at(this.rect.top + row, this.rect.left + column, 1, 1);
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeLike {
    return this.at(this.rect.top + rowOffset, this.rect.left + columnOffset, this.rows, this.columns);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike {
    return this.at(this.rect.top, this.rect.left, this.rows + deltaRows, this.columns + deltaColumns);
  }

  /** Where the range starts (for anchoring relative references). */
  topLeft(): string {
    return cellAddress(this.rect.top, this.rect.left);
  }
}

/**
 * Office.js's data validation over ET's Validation: a rule is Delete() then Add(Type, AlertStyle, Operator, Formula1,
 * Formula2) — ET refuses Add where a rule exists; prompts and alerts are the Input…/Error… properties.
 */
class EtValidationProxy implements DataValidationLike {
  private added: [number, number, number, string, string] | undefined;

  constructor(private readonly range: EtRangeProxy) {}

  private call<T>(f: (v: EtRange["Validation"]) => T): T | undefined {
    return this.range.call((r) => f(r.Validation));
  }

  get rule(): DataValidationRuleLike {
    return {};
  }
  set rule(rule: DataValidationRuleLike) {
    const basic = (b: { formula1: unknown; formula2?: unknown; operator: string }, type: number): [number, number, number, string, string] => [
      type,
      XL.alert.stop,
      b.operator === "Between" ? XL.operator.between : b.operator === "LessThanOrEqualTo" ? XL.operator.lessEqual : XL.operator.greaterEqual,
      String(b.formula1),
      b.formula2 === undefined ? "" : String(b.formula2),
    ];
    const args = rule.wholeNumber
      ? basic(rule.wholeNumber, XL.validate.wholeNumber)
      : rule.decimal
        ? basic(rule.decimal, XL.validate.decimal)
        : rule.textLength
          ? basic(rule.textLength, XL.validate.textLength)
          : rule.list
            ? ([XL.validate.list, XL.alert.stop, XL.operator.between, String(rule.list.source), ""] as [number, number, number, string, string])
            : undefined;
    if (!args) {
      this.range.context.fail(new WpsHostError("Worded", "WPS 宿主不支持这种数据有效性。"));
      return;
    }
    this.added = args;
    this.call((v) => {
      v.Delete();
      if (args[4] === "") v.Add(args[0], args[1], args[2], args[3]);
      else v.Add(...args);
    });
  }

  get ignoreBlanks(): boolean {
    return Boolean(this.call((v) => v.IgnoreBlank));
  }
  set ignoreBlanks(b: boolean) {
    this.call((v) => (v.IgnoreBlank = b));
  }

  get prompt() {
    return { showPrompt: Boolean(this.call((v) => v.ShowInput)), title: String(this.call((v) => v.InputTitle) ?? ""), message: String(this.call((v) => v.InputMessage) ?? "") };
  }
  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    this.call((v) => {
      v.ShowInput = p.showPrompt;
      v.InputTitle = p.title;
      v.InputMessage = p.message;
    });
  }

  get errorAlert() {
    return { showAlert: Boolean(this.call((v) => v.ShowError)), style: "Stop", title: String(this.call((v) => v.ErrorTitle) ?? ""), message: String(this.call((v) => v.ErrorMessage) ?? "") };
  }
  set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) {
    const style = a.style === "Warning" ? XL.alert.warning : a.style === "Information" ? XL.alert.information : XL.alert.stop;
    const added = this.added;
    this.call((v) => {
      // The alert style is an argument of Add: changing it is Modify with the rule again.
      if (a.showAlert && added && style !== added[1]) v.Modify(added[0], style, added[2], added[3], added[4] || undefined);
      v.ShowError = a.showAlert;
      v.ErrorTitle = a.title;
      v.ErrorMessage = a.message;
    });
  }

  clear(): void {
    this.call((v) => v.Delete());
  }

  load(_spec?: LoadSpec): this {
    return this;
  }
}

/** A condition read from ET, found again by where it applies and its formula when it is deleted. */
function readCondition(range: EtRangeProxy, condition: EtFormatCondition, index: number): ConditionalFormatLike {
  const type = condition.Type;
  const formula = String(condition.Formula1 ?? "");
  const appliesTo = condition.AppliesTo.Address(false, false);
  return {
    id: `${appliesTo}#${index}`,
    type: type === XL.expression ? "Custom" : "Other",
    customOrNullObject: { isNullObject: type !== XL.expression, rule: { formula } },
    get custom(): never {
      throw new WpsHostError("Worded", "只读的条件格式。");
    },
    delete() {
      range.context.run(() => {
        const conditions = range.sheet!.Range(appliesTo).FormatConditions;
        for (let i = 1; i <= conditions.Count; i++) {
          const c = conditions.Item(i) as EtFormatCondition;
          if (String(c.Formula1 ?? "") === formula && c.AppliesTo.Address(false, false) === appliesTo) return c.Delete();
        }
      });
    },
  };
}

/** A condition the add-in adds: created in ET when its formula is set (Add needs it); colours follow. */
function addedCondition(range: EtRangeProxy): ConditionalFormatLike {
  let condition: EtFormatCondition | undefined;
  let formula = "";
  const pending: { fill?: string; font?: string; bold?: boolean } = {};
  const apply = () => {
    if (!condition) return;
    const c = condition;
    range.context.run(() => {
      if (pending.fill !== undefined) c.Interior.Color = bgrOf(pending.fill);
      if (pending.font !== undefined) c.Font.Color = bgrOf(pending.font);
      if (pending.bold !== undefined) c.Font.Bold = pending.bold;
    });
  };
  const create = (f: string) => {
    formula = f;
    range.context.run(() => {
      if (hasCellReference(f)) {
        // Relative references are read from the active cell in ET: make it the range's top-left, as Office.js reads them.
        range.sheet!.Activate();
        range.sheet!.Range(range.topLeft()).Select();
      }
    });
    condition = range.call((r) => r.FormatConditions.Add(XL.expression, undefined, f) as EtFormatCondition);
    apply();
  };
  const format = {
    fill: {
      get color() { return pending.fill ?? ""; },
      set color(v: string) { pending.fill = v; apply(); },
    },
    font: {
      get color() { return pending.font ?? ""; },
      set color(v: string) { pending.font = v; apply(); },
      get bold() { return pending.bold ?? false; },
      set bold(v: boolean) { pending.bold = v; apply(); },
    },
  };
  return {
    id: "",
    type: "Custom",
    customOrNullObject: { isNullObject: false, rule: { formula } },
    custom: {
      rule: {
        get formula() { return formula; },
        set formula(f: string) { create(f); },
      },
      format,
    },
    delete: () => void range.context.run(() => condition?.Delete()),
  };
}

class EtConditionalFormatsProxy implements ConditionalFormatCollectionLike {
  private loaded: ConditionalFormatLike[] = [];

  constructor(
    private readonly range: EtRangeProxy,
    readonly rect: Rect,
  ) {}

  get items(): ConditionalFormatLike[] {
    return this.loaded;
  }

  /** Every condition over the range: Count, then Item(1…Count). */
  load(_spec?: LoadSpec): this {
    this.loaded =
      this.range.call((r) => {
        const conditions = r.FormatConditions;
        const list: ConditionalFormatLike[] = [];
        for (let i = 1; i <= conditions.Count; i++) list.push(readCondition(this.range, conditions.Item(i) as EtFormatCondition, i));
        return list;
      }) ?? [];
    return this;
  }

  add(_type: "Custom"): ConditionalFormatLike {
    return addedCondition(this.range);
  }

  getCount() {
    return { value: this.range.call((r) => r.FormatConditions.Count) ?? 0 };
  }

  clearAll(): void {
    this.range.call((r) => r.FormatConditions.Delete());
  }
}
