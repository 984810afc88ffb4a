import { XL } from "../et";
import type { EtPageSetup, EtProtection, EtRange, EtSheets, EtWorksheet } from "../et";
import { MemoryEtRange } from "./range";
import type { MemoryEtHost } from "./range";
import { EtError, EtSheetData, parseA1, unprotected } from "./store";

/**
 * Worksheet and Sheets of the in-memory ET model. As in ET: Sheets.Item takes a 1-based index or a name (any case)
 * and throws when there is none; Sheets.Add puts the new sheet before the active one unless told Before/After, and
 * activates it; a sheet name is at most 31 characters without \ / ? * [ ] :, unique in any case; deleting a sheet
 * asks the user to confirm unless Application.DisplayAlerts is false (here: refused, since nobody can answer);
 * Unprotect with a wrong or missing password fails.
 */

const BAD_NAME = /[\\/?*[\]:]/;

export class MemoryEtWorksheet implements EtWorksheet {
  constructor(
    private readonly host: MemoryEtHost & { displayAlerts(): boolean },
    readonly data: EtSheetData,
  ) {}

  private index(): number {
    const i = this.host.book.sheets.indexOf(this.data);
    if (i < 0) throw new EtError("工作表已被删除。");
    return i;
  }

  get Name(): string {
    return this.data.name;
  }
  set Name(name: string) {
    const n = String(name);
    if (n.length === 0 || n.length > 31 || BAD_NAME.test(n) || n.startsWith("'") || n.endsWith("'")) throw new EtError(`工作表名称无效：${n}`);
    const other = this.host.book.sheet(n);
    if (other && other !== this.data) throw new EtError(`已有名为「${n}」的工作表。`);
    this.data.name = n;
  }

  get Index(): number {
    return this.index() + 1;
  }

  get Visible(): unknown {
    return this.data.visible;
  }
  set Visible(v: unknown) {
    this.data.visible = Number(v);
  }

  get Tab() {
    const data = this.data;
    return {
      get Color(): unknown {
        return data.tabColor ?? false;
      },
      set Color(v: unknown) {
        data.tabColor = Number(v);
      },
    };
  }

  get PageSetup(): EtPageSetup {
    const p = this.data.pageSetup;
    const page = {} as EtPageSetup;
    const keys: [keyof EtPageSetup, keyof typeof p][] = [
      ["PaperSize", "paperSize"],
      ["Orientation", "orientation"],
      ["Zoom", "zoom"],
      ["FitToPagesWide", "fitToPagesWide"],
      ["FitToPagesTall", "fitToPagesTall"],
      ["CenterHorizontally", "centerHorizontally"],
      ["LeftMargin", "leftMargin"],
      ["RightMargin", "rightMargin"],
      ["TopMargin", "topMargin"],
      ["BottomMargin", "bottomMargin"],
      ["PrintTitleRows", "printTitleRows"],
    ];
    for (const [name, key] of keys) {
      Object.defineProperty(page, name, {
        get: () => p[key],
        set: (v: unknown) => {
          if (name === "Zoom" && v !== false && (typeof v !== "number" || v < 10 || v > 400)) throw new EtError(`缩放比例应为 10–400 或 False：${v}`);
          if (name === "PrintTitleRows" && v !== "" && !/^\$?\d+:\$?\d+$/.test(String(v))) throw new EtError(`打印标题行无效：${v}`);
          (p as Record<string, unknown>)[key] = v;
        },
        enumerable: true,
      });
    }
    return page;
  }

  get ProtectContents(): boolean {
    return this.data.protection.contents;
  }

  get Protection(): EtProtection {
    const a = this.data.protection.allow;
    return {
      AllowFormattingCells: a.formattingCells,
      AllowFormattingColumns: a.formattingColumns,
      AllowFormattingRows: a.formattingRows,
      AllowInsertingColumns: a.insertingColumns,
      AllowInsertingRows: a.insertingRows,
      AllowDeletingColumns: a.deletingColumns,
      AllowDeletingRows: a.deletingRows,
      AllowSorting: a.sorting,
      AllowFiltering: a.filtering,
    };
  }

  get UsedRange(): EtRange {
    return new MemoryEtRange(this.host, this.data, this.data.usedRect() ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }

  get Cells(): EtRange {
    return this.Range("A1:XFD1048576");
  }

  Range(cell1: unknown, cell2?: unknown): EtRange {
    if (cell2 !== undefined) throw new EtError("本模型的 Range 只接受一个 A1 引用。");
    this.index();
    return new MemoryEtRange(this.host, this.data, parseA1(String(cell1)));
  }

  Activate(): void {
    this.host.book.active = this.index();
  }

  Delete(): void {
    const book = this.host.book;
    if (this.host.displayAlerts()) throw new EtError("删除工作表需要用户确认（Application.DisplayAlerts 为 True）。");
    if (book.sheets.filter((s) => s.visible === XL.sheetVisible && s !== this.data).length === 0) throw new EtError("工作簿至少要有一张可见的工作表。");
    const i = this.index();
    const active = book.activeSheet();
    book.sheets.splice(i, 1);
    book.active = active === this.data ? Math.min(i, book.sheets.length - 1) : book.sheets.indexOf(active);
  }

  Protect(
    password?: string,
    _drawingObjects?: boolean,
    contents = true,
    _scenarios?: unknown,
    _userInterfaceOnly?: boolean,
    allowFormattingCells = false,
    allowFormattingColumns = false,
    allowFormattingRows = false,
    allowInsertingColumns = false,
    allowInsertingRows = false,
    _allowInsertingHyperlinks = false,
    allowDeletingColumns = false,
    allowDeletingRows = false,
    allowSorting = false,
    allowFiltering = false,
  ): void {
    if (this.data.protection.contents && this.data.protection.password !== undefined && this.data.protection.password !== (password ?? "")) {
      throw new EtError("工作表已用其他密码保护。");
    }
    this.data.protection = {
      contents: Boolean(contents),
      password: password === undefined || password === "" ? undefined : password,
      allow: {
        formattingCells: allowFormattingCells,
        formattingColumns: allowFormattingColumns,
        formattingRows: allowFormattingRows,
        insertingColumns: allowInsertingColumns,
        insertingRows: allowInsertingRows,
        deletingColumns: allowDeletingColumns,
        deletingRows: allowDeletingRows,
        sorting: allowSorting,
        filtering: allowFiltering,
      },
    };
  }

  Unprotect(password?: string): void {
    const p = this.data.protection;
    if (p.contents && p.password !== undefined && p.password !== password) throw new EtError("密码不正确，不能撤消工作表保护。");
    this.data.protection = unprotected();
  }
}

export class MemoryEtSheets implements EtSheets {
  constructor(private readonly host: MemoryEtHost) {}

  get Count(): number {
    return this.host.book.sheets.length;
  }

  Item(index: number | string): MemoryEtWorksheet {
    const book = this.host.book;
    const data = typeof index === "number" ? book.sheets[index - 1] : book.sheet(String(index));
    if (!data) throw new EtError(`下标越界：Sheets(${JSON.stringify(index)})`);
    return this.host.sheetObject(data);
  }

  Add(before?: unknown, after?: unknown, count = 1): MemoryEtWorksheet {
    const book = this.host.book;
    const position = (ref: unknown) => {
      if (!(ref instanceof MemoryEtWorksheet)) throw new EtError("Before/After 应为工作表对象。");
      return book.sheets.indexOf(ref.data);
    };
    let at = before !== undefined ? position(before) : after !== undefined ? position(after) + 1 : book.active;
    let added: EtSheetData | undefined;
    for (let i = 0; i < count; i++) {
      let n = book.sheets.length + 1;
      while (book.sheet(`Sheet${n}`)) n++;
      added = new EtSheetData(`Sheet${n}`);
      book.sheets.splice(at++, 0, added);
    }
    book.active = book.sheets.indexOf(added!);
    return this.host.sheetObject(added!);
  }
}
