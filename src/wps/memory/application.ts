import type {
  EtApplication,
  EtDocumentProperties,
  EtDocumentProperty,
  EtName,
  EtNames,
  EtWindow,
  EtWorkbook,
  WpsAddonRoot,
  WpsCustomFunctionMetadata,
  WpsPluginStorage,
  WpsTaskPane,
} from "../et";
import { XL } from "../et";
import { MemoryEtRange } from "./range";
import { MemoryEtSheets, MemoryEtWorksheet } from "./sheet";
import { EtBookData, EtError } from "./store";
import type { EtSheetData, EtTaskPaneData } from "./store";

/**
 * The in-memory WPS 表格 Application: what a WPS 加载项 page sees as `window.Application` — the ET object model over
 * one workbook (EtBookData), plus the add-in side (task panes, PluginStorage, AddCustomFunction). No Node
 * dependencies: the browser tests bundle it as the page's `window.Application`.
 */

function names(book: EtBookData): EtNames {
  const nameObject = (entry: { name: string; refersTo: string }): EtName => ({
    get Name() { return entry.name; },
    set Name(v: string) { entry.name = v; },
    get RefersTo() { return entry.refersTo; },
    set RefersTo(v: unknown) { entry.refersTo = String(v); },
    Delete: () => void (book.names = book.names.filter((n) => n !== entry)),
  });
  return {
    get Count() {
      return book.names.length;
    },
    Item(index: number | string) {
      const entry = typeof index === "number" ? book.names[index - 1] : book.names.find((n) => n.name.toLowerCase() === String(index).toLowerCase());
      if (!entry) throw new EtError(`没有名称：${index}`);
      return nameObject(entry);
    },
    Add(name?: string, refersTo?: unknown) {
      if (!name || !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) throw new EtError(`名称无效：${name}`);
      if (typeof refersTo !== "string" || !refersTo.startsWith("=")) throw new EtError(`引用位置应以「=」开头：${refersTo}`);
      book.names = book.names.filter((n) => n.name.toLowerCase() !== name.toLowerCase());
      const entry = { name, refersTo };
      book.names.push(entry);
      return nameObject(entry);
    },
  };
}

/** Kso.DocumentProperties over a map; `builtin` ones exist already and cannot be added. */
function properties(map: Map<string, unknown>, builtin: boolean): EtDocumentProperties {
  const property = (name: string): EtDocumentProperty => ({
    Name: name,
    get Value() { return map.get(name); },
    set Value(v: unknown) { map.set(name, v); },
    Delete() {
      if (builtin) throw new EtError("内置文档属性不能删除。");
      map.delete(name);
    },
  });
  return {
    get Count() {
      return map.size;
    },
    Item(index: number | string) {
      const name = typeof index === "number" ? [...map.keys()][index - 1] : [...map.keys()].find((k) => k.toLowerCase() === String(index).toLowerCase());
      if (name === undefined) throw new EtError(`没有文档属性：${index}`);
      return property(name);
    },
    Add(name: string, linkToContent: boolean, type?: number, value?: unknown) {
      if (builtin) throw new EtError("不能添加内置文档属性。");
      if (linkToContent) throw new EtError("本模型不支持链接到内容的属性。");
      if ([...map.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new EtError(`已有名为「${name}」的自定义属性。`);
      if (type === XL.propertyString && String(value).length > 255) throw new EtError("文字属性不能超过 255 个字符。");
      map.set(name, value);
      return property(name);
    },
  };
}

export class MemoryEtApplication implements EtApplication, WpsAddonRoot {
  DisplayAlerts = true;
  ScreenUpdating = true;
  /** Set by a ribbon's OnAddinLoad, as the WPS template does. */
  ribbonUI?: unknown;
  readonly taskPanes: EtTaskPaneData[] = [];
  readonly functions = new Map<string, { callback: (...args: never[]) => unknown; metadata?: WpsCustomFunctionMetadata }>();
  private readonly storage = new Map<string, unknown>();
  private readonly sheetObjects = new WeakMap<EtSheetData, MemoryEtWorksheet>();
  private readonly host = Object.defineProperties(
    { sheetObject: (data: EtSheetData) => this.sheetObject(data), displayAlerts: () => this.DisplayAlerts },
    { book: { get: () => this.book } },
  ) as { book: EtBookData; sheetObject(data: EtSheetData): MemoryEtWorksheet; displayAlerts(): boolean };

  /** `book: null` plays WPS with no workbook open. */
  constructor(public book: EtBookData = EtBookData.withOneSheet(), private readonly open = true) {}

  sheetObject(data: EtSheetData): MemoryEtWorksheet {
    let ws = this.sheetObjects.get(data);
    if (!ws) this.sheetObjects.set(data, (ws = new MemoryEtWorksheet(this.host, data)));
    return ws;
  }

  get ActiveWorkbook(): EtWorkbook | null {
    if (!this.open) return null;
    const book = this.book;
    const sheets = new MemoryEtSheets(this.host);
    return {
      Name: "工作簿1",
      Sheets: sheets,
      Worksheets: sheets,
      Names: names(book),
      BuiltinDocumentProperties: properties(book.builtinProperties, true),
      CustomDocumentProperties: properties(book.customProperties, false),
    };
  }

  get ActiveSheet(): unknown {
    return this.open ? this.sheetObject(this.book.activeSheet()) : null;
  }

  get Selection(): unknown {
    const sheet = this.book.activeSheet();
    return new MemoryEtRange(this.host, sheet, sheet.selection);
  }

  get ActiveWindow(): EtWindow {
    const view = () => this.book.activeSheet().view;
    const sheet = () => this.book.activeSheet();
    return {
      get FreezePanes() { return view().freezePanes; },
      set FreezePanes(v: boolean) {
        const s = sheet();
        // Without a split, freezing happens at the active cell, as in ET.
        if (v && s.view.splitRow === 0 && s.view.splitColumn === 0) {
          s.view.splitRow = s.selection.top - s.view.scrollRow;
          s.view.splitColumn = s.selection.left - s.view.scrollColumn;
        }
        s.view.freezePanes = Boolean(v);
      },
      get SplitRow() { return view().splitRow; },
      set SplitRow(v: number) { view().splitRow = Number(v); },
      get SplitColumn() { return view().splitColumn; },
      set SplitColumn(v: number) { view().splitColumn = Number(v); },
      get ScrollRow() { return view().scrollRow; },
      set ScrollRow(v: number) { view().scrollRow = Number(v); },
      get ScrollColumn() { return view().scrollColumn; },
      set ScrollColumn(v: number) { view().scrollColumn = Number(v); },
    };
  }

  // --- the add-in side ---

  get PluginStorage(): WpsPluginStorage {
    const storage = this.storage;
    return {
      setItem: (key, value) => void storage.set(key, value),
      getItem: (key) => (storage.has(key) ? storage.get(key) : null),
      removeItem: (key) => void storage.delete(key),
    };
  }

  CreateTaskPane(url: string): WpsTaskPane {
    const data: EtTaskPaneData = { ID: this.taskPanes.length + 1, url, Visible: false, DockPosition: 2, Width: 0, navigations: [url] };
    this.taskPanes.push(data);
    return this.GetTaskPane(data.ID);
  }

  GetTaskPane(id: number): WpsTaskPane {
    const data = this.taskPanes.find((p) => p.ID === Number(id));
    if (!data) throw new EtError(`没有任务窗格：${id}`);
    return {
      get ID() { return data.ID; },
      get Visible() { return data.Visible; },
      set Visible(v: boolean) { data.Visible = Boolean(v); },
      get DockPosition() { return data.DockPosition; },
      set DockPosition(v: number) { data.DockPosition = v; },
      get Width() { return data.Width; },
      set Width(v: number) { data.Width = v; },
      Navigate(url: string) {
        data.url = url;
        data.navigations.push(url);
      },
    };
  }

  AddCustomFunction = (namespace: string, name: string, callback: (...args: never[]) => unknown, metadata?: WpsCustomFunctionMetadata): void => {
    this.functions.set(`${namespace}.${name}`.toUpperCase(), { callback, metadata });
  };

  /** A test calling `=NS.NAME(…)` as a cell would: range arguments arrive as their Value2 (rows of values). */
  callFunction(qualifiedName: string, ...args: unknown[]): unknown {
    const f = this.functions.get(qualifiedName.toUpperCase());
    if (!f) throw new EtError(`#NAME?（${qualifiedName}）`);
    return (f.callback as (...a: unknown[]) => unknown)(...args);
  }
}

export function createMemoryEt(options: { book?: EtBookData; noWorkbook?: boolean } = {}): MemoryEtApplication {
  return new MemoryEtApplication(options.book ?? EtBookData.withOneSheet(), !options.noWorkbook);
}
