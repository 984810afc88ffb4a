import type { RangeLike, WorksheetProtectionOptionsLike } from "../api";
import { ClientObject } from "./context";
import type { MemoryRequestContext } from "./context";
import { officeError } from "./errors";
import { MemoryRange } from "./range";
import type { SheetRef } from "./range";
import { parseAddress, rangeAddress } from "./store";
import type { MemorySheet } from "./store";

const WHOLE_SHEET = { top: 1, left: 1, bottom: 1048576, right: 16384 };

class WorksheetPart extends ClientObject {
  constructor(
    context: MemoryRequestContext,
    protected readonly ref: SheetRef,
  ) {
    super(context);
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
}

export class MemoryWorksheetProtection extends WorksheetPart {
  protected override scalars() {
    return { protected: () => this.ref.sheet().protection.protected, options: () => this.ref.sheet().protection.options };
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): WorksheetProtectionOptionsLike {
    return this.loaded("options");
  }
  protect(options: WorksheetProtectionOptionsLike = {}, password?: string): void {
    this.change(() => {
      const s = this.ref.sheet();
      if (s.protection.protected) throw officeError("InvalidOperation", `${s.name} is already protected.`);
      s.protection = { protected: true, options: { ...options }, ...(password ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this.change(() => {
      const s = this.ref.sheet();
      if (s.protection.password && s.protection.password !== password) throw officeError("InvalidArgument", "The password is incorrect.");
      s.protection = { protected: false, options: {} };
    });
  }
}

export class MemoryFreezePanes extends WorksheetPart {
  private set(rows: number, columns: number): void {
    this.change(() => (this.ref.sheet().freeze = { rows, columns }));
  }
  freezeAt(frozenRange: RangeLike | string): void {
    this.change(() => {
      const r = typeof frozenRange === "string" ? parseAddress(frozenRange) : (frozenRange as unknown as MemoryRange).resolveRect();
      this.ref.sheet().freeze = { rows: r.bottom, columns: r.right };
    });
  }
  freezeRows(count = 1): void {
    this.set(count, 0);
  }
  freezeColumns(count = 1): void {
    this.set(0, count);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}

export class MemoryAutoFilter extends WorksheetPart {
  apply(range: RangeLike | string): void {
    this.change(() => {
      const r = typeof range === "string" ? parseAddress(range) : (range as unknown as MemoryRange).resolveRect();
      this.ref.sheet().autoFilter = rangeAddress(r);
    });
  }
  remove(): void {
    this.change(() => (this.ref.sheet().autoFilter = ""));
  }
}

export class MemoryPageLayout extends WorksheetPart {
  private layout = () => this.ref.sheet().pageLayout;
  protected override scalars() {
    const l = this.layout;
    return {
      orientation: () => l().orientation,
      paperSize: () => l().paperSize,
      centerHorizontally: () => l().centerHorizontally,
      zoom: () => l().zoom,
      leftMargin: () => l().leftMargin,
      rightMargin: () => l().rightMargin,
      topMargin: () => l().topMargin,
      bottomMargin: () => l().bottomMargin,
    };
  }
  private put<K extends keyof MemorySheet["pageLayout"]>(key: K, value: MemorySheet["pageLayout"][K]): void {
    this.change(() => (this.layout()[key] = value));
  }
  get orientation(): string { return this.loaded("orientation"); }
  set orientation(v: string) { this.put("orientation", v); }
  get paperSize(): string { return this.loaded("paperSize"); }
  set paperSize(v: string) { this.put("paperSize", v); }
  get centerHorizontally(): boolean { return this.loaded("centerHorizontally"); }
  set centerHorizontally(v: boolean) { this.put("centerHorizontally", v); }
  get zoom(): MemorySheet["pageLayout"]["zoom"] { return this.loaded("zoom"); }
  set zoom(v: MemorySheet["pageLayout"]["zoom"]) { this.put("zoom", { ...v }); }
  get leftMargin(): number { return this.loaded("leftMargin"); }
  set leftMargin(v: number) { this.put("leftMargin", v); }
  get rightMargin(): number { return this.loaded("rightMargin"); }
  set rightMargin(v: number) { this.put("rightMargin", v); }
  get topMargin(): number { return this.loaded("topMargin"); }
  set topMargin(v: number) { this.put("topMargin", v); }
  get bottomMargin(): number { return this.loaded("bottomMargin"); }
  set bottomMargin(v: number) { this.put("bottomMargin", v); }
  setPrintTitleRows(printTitleRows: RangeLike | string): void {
    this.change(() => {
      const text = typeof printTitleRows === "string" ? printTitleRows : (printTitleRows as unknown as MemoryRange).resolveRect();
      const r = typeof text === "string" ? parseAddress(text) : text;
      this.layout().printTitleRows = `$${r.top}:$${r.bottom}`;
    });
  }
}

export class MemoryWorksheet extends ClientObject {
  constructor(
    context: MemoryRequestContext,
    private readonly ref: SheetRef,
  ) {
    super(context);
  }
  /** The stored sheet (only inside an operation, i.e. at sync time). */
  resolveSheet(): MemorySheet {
    return this.ref.sheet();
  }

  readonly protection = new MemoryWorksheetProtection(this.context, this.ref);

  get freezePanes(): MemoryFreezePanes {
    this.context.requires("1.7", "Worksheet.freezePanes");
    return new MemoryFreezePanes(this.context, this.ref);
  }
  get autoFilter(): MemoryAutoFilter {
    this.context.requires("1.9", "Worksheet.autoFilter");
    return new MemoryAutoFilter(this.context, this.ref);
  }
  get pageLayout(): MemoryPageLayout {
    this.context.requires("1.9", "Worksheet.pageLayout");
    return new MemoryPageLayout(this.context, this.ref);
  }

  protected override navigation() {
    return { protection: this.protection };
  }
  protected scalars() {
    const s = () => this.ref.sheet();
    return {
      id: () => s().id,
      name: () => s().name,
      position: () => this.context.store.sheets.indexOf(s()),
      visibility: () => s().visibility,
      tabColor: () => s().tabColor,
    };
  }

  get id(): string { return this.loaded("id"); }
  get name(): string { return this.loaded("name"); }
  set name(v: string) {
    this.change(() => {
      const other = this.context.store.sheet(v);
      if (other && other !== this.ref.sheet()) throw officeError("ItemAlreadyExists", `A worksheet named ${v} already exists.`);
      this.ref.sheet().name = v;
    });
  }
  get position(): number { return this.loaded("position"); }
  set position(v: number) {
    this.change(() => {
      const store = this.context.store;
      const s = this.ref.sheet();
      store.sheets = store.sheets.filter((x) => x !== s);
      store.sheets.splice(Math.max(0, Math.min(v, store.sheets.length)), 0, s);
    });
  }
  get visibility(): string { return this.loaded("visibility"); }
  set visibility(v: string) { this.change(() => (this.ref.sheet().visibility = v)); }
  get tabColor(): string {
    this.context.requires("1.7", "Worksheet.tabColor");
    return this.loaded("tabColor");
  }
  set tabColor(v: string) {
    this.context.requires("1.7", "Worksheet.tabColor");
    this.change(() => (this.ref.sheet().tabColor = v));
  }

  getRange(address?: string): MemoryRange {
    const rect = address === undefined ? WHOLE_SHEET : parseAddress(address);
    return new MemoryRange(this.context, this.ref, () => rect);
  }
  getUsedRange(valuesOnly = false): MemoryRange {
    return new MemoryRange(this.context, this.ref, () => this.ref.sheet().usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  activate(): void {
    this.change(() => (this.context.store.activeSheetId = this.ref.sheet().id));
  }
  delete(): void {
    this.change(() => this.context.store.removeSheet(this.ref.sheet()));
  }
}
