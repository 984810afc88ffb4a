import type { RangeLike } from "../api";
import { ClientObject } from "./context";
import type { MemoryRequestContext } from "./context";
import { officeError } from "./errors";
import { MemoryRange } from "./range";
import type { SheetRef } from "./range";
import { parseAddress, qualifiedAddress } from "./store";
import type { MemorySheet } from "./store";
import { MemoryWorksheet } from "./worksheet";

/** A sheet reference resolved at sync time by name (first use), then by identity: a rename keeps it valid. */
function byName(context: MemoryRequestContext, name: string): SheetRef {
  let id: string | undefined;
  return {
    sheet(): MemorySheet {
      const s = id ? context.store.sheetById(id) : context.store.sheet(name);
      if (!s) throw officeError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}.`);
      id = s.id;
      return s;
    },
  };
}

const byId = (context: MemoryRequestContext, id: string): SheetRef => ({
  sheet() {
    const s = context.store.sheetById(id);
    if (!s) throw officeError("ItemNotFound", "The worksheet no longer exists.");
    return s;
  },
});

type NullableWorksheet = MemoryWorksheet & { isNullObject: boolean };

export class MemoryWorksheetCollection extends ClientObject {
  private itemList?: MemoryWorksheet[];
  private itemProps: string[] = [];

  protected scalars() {
    return {};
  }

  get items(): MemoryWorksheet[] {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "Load the collection (e.g. worksheets.load(\"items/name\")) and sync before reading items.");
    return this.itemList;
  }

  /** worksheets.load("items/name"), load("name") or load() — items arrive with the named properties loaded. */
  override load(spec?: string | string[] | { select?: string }): this {
    const names = (typeof spec === "string" ? spec.split(",") : Array.isArray(spec) ? spec : spec?.select?.split(",") ?? [])
      .map((s) => s.trim().replace(/^items\/?/, ""))
      .filter(Boolean);
    this.itemProps = names.length ? names : ["id", "name", "position", "visibility"];
    this.context.enqueue(() => {
      this.itemList = this.context.store.sheets.map((s) => {
        const ws = new MemoryWorksheet(this.context, byId(this.context, s.id));
        const values: Record<string, unknown> = {};
        const all: Record<string, unknown> = { id: s.id, name: s.name, position: this.context.store.sheets.indexOf(s), visibility: s.visibility, tabColor: s.tabColor };
        for (const p of this.itemProps) if (p in all) values[p] = all[p];
        (ws as unknown as { preload(v: Record<string, unknown>): void }).preload(values);
        return ws;
      });
    });
    return this;
  }

  add(name?: string): MemoryWorksheet {
    let id: string | undefined;
    this.context.enqueue(() => {
      id = this.context.store.addSheet(name).id;
    });
    return new MemoryWorksheet(this.context, {
      sheet: () => {
        const s = id ? this.context.store.sheetById(id) : undefined;
        if (!s) throw officeError("ItemNotFound", `The worksheet ${name ?? ""} was not added.`);
        return s;
      },
    });
  }

  getItem(key: string): MemoryWorksheet {
    return new MemoryWorksheet(this.context, byName(this.context, key));
  }

  getItemOrNullObject(key: string): NullableWorksheet {
    this.context.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    const ws = new MemoryWorksheet(this.context, byName(this.context, key)) as NullableWorksheet;
    let state: boolean | undefined;
    this.context.enqueue(() => (state = this.context.store.sheet(key) === undefined));
    Object.defineProperty(ws, "isNullObject", {
      get() {
        if (state === undefined) throw officeError("PropertyNotLoaded", "Call context.sync() before reading isNullObject.");
        return state;
      },
    });
    return ws;
  }

  getActiveWorksheet(): MemoryWorksheet {
    return new MemoryWorksheet(this.context, {
      sheet: () => {
        const s = this.context.store.sheetById(this.context.store.activeSheetId ?? "") ?? this.context.store.sheets[0];
        if (!s) throw officeError("ItemNotFound", "There is no active worksheet.");
        return s;
      },
    });
  }
}

class MemoryNamedItem extends ClientObject {
  isNullObject = false;
  constructor(
    context: MemoryRequestContext,
    private readonly name_: string,
  ) {
    super(context);
  }
  protected scalars() {
    const item = () => this.context.store.names.find((n) => n.name.toLowerCase() === this.name_.toLowerCase());
    return { name: () => item()?.name ?? "", formula: () => item()?.formula ?? "", comment: () => item()?.comment ?? "" };
  }
  get name(): string { return this.loaded("name"); }
  get formula(): unknown { return this.loaded("formula"); }
  delete(): void {
    this.context.requires("1.4", "NamedItem.delete");
    this.change(() => {
      const before = this.context.store.names.length;
      this.context.store.names = this.context.store.names.filter((n) => n.name.toLowerCase() !== this.name_.toLowerCase());
      if (this.context.store.names.length === before) throw officeError("ItemNotFound", `The name ${this.name_} does not exist.`);
    });
  }
}

export class MemoryNamedItemCollection {
  private itemList?: { name: string }[];
  constructor(private readonly context: MemoryRequestContext) {}
  /** load("items/name"): the workbook's names. */
  load(_spec?: string | string[]): this {
    this.context.enqueue(() => (this.itemList = this.context.store.names.map((n) => ({ name: n.name }))));
    return this;
  }
  get items(): { name: string }[] {
    if (!this.itemList) throw officeError("PropertyNotLoaded", "Load the names (names.load(\"items/name\")) and sync before reading items.");
    return this.itemList;
  }
  getItem(name: string): MemoryNamedItem {
    return new MemoryNamedItem(this.context, name);
  }
  add(name: string, reference: RangeLike | string, comment = ""): MemoryNamedItem {
    this.context.requires("1.4", "NamedItemCollection.add");
    this.context.enqueue(() => {
      if (this.context.store.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError("ItemAlreadyExists", `The name ${name} already exists.`);
      const formula =
        typeof reference === "string"
          ? reference.startsWith("=") ? reference : `=${reference}`
          : `=${qualifiedAddress((reference as unknown as MemoryRange).resolveSheet().name, (reference as unknown as MemoryRange).resolveRect()).replace(/!(.*)$/, (_, a: string) => `!${absolute(a)}`)}`;
      this.context.store.names.push({ name, formula, comment });
    });
    return new MemoryNamedItem(this.context, name);
  }
  getItemOrNullObject(name: string): MemoryNamedItem {
    const item = new MemoryNamedItem(this.context, name);
    this.context.enqueue(() => (item.isNullObject = !this.context.store.names.some((n) => n.name.toLowerCase() === name.toLowerCase())));
    return item;
  }
}

function absolute(range: string): string {
  return range.split(":").map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")).join(":");
}

export class MemoryDocumentProperties extends ClientObject {
  private props = () => this.context.store.properties;
  protected scalars() {
    const p = this.props;
    return { title: () => p().title, subject: () => p().subject, keywords: () => p().keywords, category: () => p().category, comments: () => p().comments, author: () => p().author };
  }
  private put(key: "title" | "subject" | "keywords" | "category" | "comments" | "author", v: string): void {
    this.change(() => (this.props()[key] = v));
  }
  get title(): string { return this.loaded("title"); }
  set title(v: string) { this.put("title", v); }
  get subject(): string { return this.loaded("subject"); }
  set subject(v: string) { this.put("subject", v); }
  get keywords(): string { return this.loaded("keywords"); }
  set keywords(v: string) { this.put("keywords", v); }
  get category(): string { return this.loaded("category"); }
  set category(v: string) { this.put("category", v); }
  get comments(): string { return this.loaded("comments"); }
  set comments(v: string) { this.put("comments", v); }
  get author(): string { return this.loaded("author"); }
  set author(v: string) { this.put("author", v); }
  readonly custom = {
    add: (key: string, value: unknown) => this.change(() => this.props().custom.set(key, value)),
  };
}

export class MemoryWorkbook {
  readonly worksheets: MemoryWorksheetCollection;
  readonly names: MemoryNamedItemCollection;
  constructor(private readonly context: MemoryRequestContext) {
    this.worksheets = new MemoryWorksheetCollection(context);
    this.names = new MemoryNamedItemCollection(context);
  }
  get properties(): MemoryDocumentProperties {
    this.context.requires("1.7", "Workbook.properties");
    return new MemoryDocumentProperties(this.context);
  }
  getSelectedRange(): MemoryRange {
    const store = this.context.store;
    return new MemoryRange(this.context, byId(this.context, store.selection?.sheetId ?? store.activeSheetId ?? ""), () => parseAddress(store.selection?.range ?? "A1"));
  }
}
