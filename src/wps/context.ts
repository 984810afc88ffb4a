import type { LoadSpec, RangeLike, RequestContextLike, WorkbookLike, WorksheetCollectionLike, WorksheetLike } from "../excel/api";
import { XL } from "./et";
import type { EtApplication, EtDocumentProperties, EtNames, EtWorkbook, EtWorksheet } from "./et";
import { worded, WpsHostError } from "./errors";
import { EtRangeProxy } from "./rangeProxy";
import { EtWorksheetProxy } from "./worksheetProxy";

/**
 * The Office.js request context the adapter, the template renderer and the highlights are written against
 * (src/excel/api.ts), over WPS 表格's object model. ET is synchronous: every call runs at once. Office.js fails a
 * batch at its first failing operation and reports it at context.sync(); so does this context — after a call has
 * failed, the rest of the batch is skipped and the next sync() rejects with that failure. That keeps the adapter's
 * recovery paths (a renamed tab, a protected sheet refusing the highlights) the same in both hosts. Errors: ./errors.ts.
 */

export class EtRequestContext implements RequestContextLike {
  readonly workbook: EtWorkbookProxy;
  private failure: WpsHostError | undefined;

  constructor(readonly app: EtApplication) {
    this.workbook = new EtWorkbookProxy(this);
  }

  /** Runs one ET call now, unless an earlier call of this batch failed. */
  run<T>(call: () => T): T | undefined {
    if (this.failure) return undefined;
    try {
      return call();
    } catch (e) {
      this.failure = worded(e);
      return undefined;
    }
  }

  /** Fails the batch with a coded error (the first failure wins). */
  fail(error: WpsHostError): void {
    this.failure ??= error;
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  async sync(): Promise<void> {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
  }

  /** The open workbook; a batch without one fails. */
  book(): EtWorkbook | undefined {
    return this.run(() => {
      const book = this.app.ActiveWorkbook;
      if (!book) throw new WpsHostError("Worded", "WPS 表格中没有打开的工作簿：请先新建或打开一个工作簿，再点按钮。");
      return book;
    });
  }

  /** Sheets by position (1-based), read by name: Sheets.Item(name) throws differently across WPS versions. */
  sheets(): EtWorksheet[] {
    const book = this.book();
    return (
      this.run(() => {
        const list: EtWorksheet[] = [];
        const sheets = book!.Worksheets;
        for (let i = 1; i <= sheets.Count; i++) list.push(sheets.Item(i) as EtWorksheet);
        return list;
      }) ?? []
    );
  }

  /** The sheet of that name (any case, as Excel matches tab names), or undefined. */
  findSheet(name: string): EtWorksheet | undefined {
    const want = name.toLowerCase();
    return this.sheets().find((ws) => this.run(() => ws.Name.toLowerCase() === want));
  }
}

class EtWorksheetsProxy implements WorksheetCollectionLike {
  private loaded: EtWorksheetProxy[] | undefined;

  constructor(private readonly context: EtRequestContext) {}

  get items(): EtWorksheetProxy[] {
    return this.loaded ?? this.context.sheets().map((ws) => new EtWorksheetProxy(this.context, ws));
  }

  load(_spec?: LoadSpec): this {
    this.loaded = this.context.sheets().map((ws) => new EtWorksheetProxy(this.context, ws));
    return this;
  }

  getItem(key: string): EtWorksheetProxy {
    const ws = this.context.failed ? undefined : this.context.findSheet(key);
    if (!ws && !this.context.failed) this.context.fail(new WpsHostError("ItemNotFound", `WPS 表格中没有「${key}」工作表。`));
    return new EtWorksheetProxy(this.context, ws);
  }

  getItemOrNullObject(key: string): EtWorksheetProxy & { isNullObject: boolean } {
    const ws = this.context.findSheet(key);
    return Object.assign(new EtWorksheetProxy(this.context, ws), { isNullObject: ws === undefined });
  }

  /** Office.js adds at the end; ET's Add without After puts the sheet before the active one. */
  add(name?: string): EtWorksheetProxy {
    const book = this.context.book();
    const ws = this.context.run(() => {
      const sheets = book!.Worksheets;
      const added = sheets.Add(undefined, sheets.Item(sheets.Count)) as EtWorksheet;
      if (name !== undefined) added.Name = name;
      return added;
    });
    return new EtWorksheetProxy(this.context, ws);
  }

  getActiveWorksheet(): EtWorksheetProxy {
    return new EtWorksheetProxy(this.context, this.context.run(() => this.context.app.ActiveSheet as EtWorksheet));
  }
}

/** Workbook-scoped names. */
class EtNamesProxy {
  constructor(private readonly context: EtRequestContext) {}

  private names(): EtNames | undefined {
    const book = this.context.book();
    return this.context.run(() => book!.Names);
  }

  get items(): { name: string }[] {
    const names = this.names();
    return (
      this.context.run(() => {
        const list: { name: string }[] = [];
        for (let i = 1; i <= names!.Count; i++) list.push({ name: names!.Item(i).Name });
        return list;
      }) ?? []
    );
  }

  load(_spec?: LoadSpec): this {
    return this;
  }

  getItem(name: string): { delete(): void } {
    return { delete: () => void this.context.run(() => this.names()!.Item(name).Delete()) };
  }

  add(name: string, reference: RangeLike | string): unknown {
    return this.context.run(() => this.names()!.Add(name, typeof reference === "string" ? reference : `=${reference.address}`));
  }

  getItemOrNullObject(name: string) {
    const item = this.items.find((n) => n.name.toLowerCase() === name.toLowerCase());
    return { isNullObject: !item, name: item?.name ?? "", formula: "", load: () => undefined };
  }
}

/** Document properties: the built-in ones by their English names, as in VBA. */
class EtPropertiesProxy {
  constructor(private readonly context: EtRequestContext) {}

  private set(name: string, value: string): void {
    const book = this.context.book();
    this.context.run(() => ((book!.BuiltinDocumentProperties as EtDocumentProperties).Item(name).Value = value));
  }

  set title(v: string) { this.set("Title", v); }
  set subject(v: string) { this.set("Subject", v); }
  set keywords(v: string) { this.set("Keywords", v); }
  set category(v: string) { this.set("Category", v); }
  set comments(v: string) { this.set("Comments", v); }
  set author(v: string) { this.set("Author", v); }
  // Write-only here: nothing in the add-in reads them back.
  get title(): string { return ""; }
  get subject(): string { return ""; }
  get keywords(): string { return ""; }
  get category(): string { return ""; }
  get comments(): string { return ""; }
  get author(): string { return ""; }

  get custom() {
    return {
      add: (key: string, value: unknown) =>
        this.context.run(() => (this.context.app.ActiveWorkbook!.CustomDocumentProperties as EtDocumentProperties).Add(key, false, XL.propertyString, String(value))),
    };
  }

  load(_spec?: LoadSpec): this {
    return this;
  }
}

export class EtWorkbookProxy implements WorkbookLike {
  readonly worksheets: EtWorksheetsProxy;
  readonly names: EtNamesProxy;
  readonly properties: EtPropertiesProxy;

  constructor(private readonly context: EtRequestContext) {
    this.worksheets = new EtWorksheetsProxy(context);
    this.names = new EtNamesProxy(context);
    this.properties = new EtPropertiesProxy(context);
  }

  getSelectedRange(): RangeLike {
    const range = this.context.run(() => this.context.app.Selection as import("./et").EtRange);
    const ws = this.context.run(() => range!.Worksheet);
    const address = this.context.run(() => range!.Address(false, false)) ?? "A1";
    return new EtRangeProxy(this.context, ws, address);
  }
}

export type { WorksheetLike };
