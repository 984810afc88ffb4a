import type { LoadSpec, RangeLike, WorksheetLike, WorksheetProtectionOptionsLike } from "../excel/api";
import { parseA1 } from "./address";
import type { EtRequestContext } from "./context";
import { bgrOf, hexOf, XL } from "./et";
import type { EtWorksheet } from "./et";
import { EtRangeProxy } from "./rangeProxy";

/**
 * Office.js's Worksheet over an ET Worksheet. Office.js options and enumerations become VBA's: protection options
 * are Protect's Allow… arguments, frozen panes are the window's SplitRow/SplitColumn/FreezePanes on the activated
 * sheet, the page layout is PageSetup (margins in points in both), a tab colour is a BGR integer.
 */
export class EtWorksheetProxy implements WorksheetLike {
  constructor(
    private readonly context: EtRequestContext,
    /** undefined once the batch has failed (the calls are skipped). */
    readonly sheet: EtWorksheet | undefined,
  ) {}

  private call<T>(f: (ws: EtWorksheet) => T): T | undefined {
    return this.context.run(() => f(this.sheet!));
  }

  get name(): string {
    return this.call((ws) => ws.Name) ?? "";
  }
  set name(v: string) {
    this.call((ws) => (ws.Name = v));
  }

  get position(): number {
    return (this.call((ws) => ws.Index) ?? 1) - 1;
  }
  set position(_v: number) {
    throw new Error("WPS 宿主不移动工作表。");
  }

  get visibility(): string {
    const v = this.call((ws) => ws.Visible);
    return v === XL.sheetVisible || v === true ? "Visible" : v === 2 ? "VeryHidden" : "Hidden";
  }
  set visibility(v: string) {
    this.call((ws) => (ws.Visible = v === "Visible" ? XL.sheetVisible : v === "VeryHidden" ? 2 : 0));
  }

  get tabColor(): string {
    const c = this.call((ws) => ws.Tab.Color);
    return typeof c === "number" ? hexOf(c) : "";
  }
  set tabColor(v: string) {
    this.call((ws) => (ws.Tab.Color = bgrOf(v)));
  }

  getRange(address = "A1"): RangeLike {
    return new EtRangeProxy(this.context, this.sheet, address);
  }

  getUsedRange(): RangeLike {
    return new EtRangeProxy(this.context, this.sheet, this.call((ws) => ws.UsedRange.Address(false, false)) ?? "A1");
  }

  activate(): void {
    this.call((ws) => ws.Activate());
  }

  /** ET asks the user to confirm a deletion unless alerts are off. */
  /** WPS asks before deleting a sheet unless DisplayAlerts is off; wpsHost.run turns it off for the whole batch. */
  delete(): void {
    this.call((ws) => ws.Delete());
  }

  get protection() {
    const call = <T>(f: (ws: EtWorksheet) => T) => this.call(f);
    return {
      get protected(): boolean {
        return call((ws) => ws.ProtectContents) ?? false;
      },
      get options(): WorksheetProtectionOptionsLike {
        return (
          call((ws) => {
            const p = ws.Protection;
            return {
              allowFormatCells: p.AllowFormattingCells,
              allowFormatColumns: p.AllowFormattingColumns,
              allowFormatRows: p.AllowFormattingRows,
              allowInsertRows: p.AllowInsertingRows,
              allowInsertColumns: p.AllowInsertingColumns,
              allowDeleteRows: p.AllowDeletingRows,
              allowDeleteColumns: p.AllowDeletingColumns,
              allowSort: p.AllowSorting,
              allowAutoFilter: p.AllowFiltering,
            };
          }) ?? {}
        );
      },
      protect(options: WorksheetProtectionOptionsLike = {}, password?: string): void {
        const o = options;
        call((ws) =>
          ws.Protect(
            password,
            true,
            true,
            true,
            false,
            Boolean(o.allowFormatCells),
            Boolean(o.allowFormatColumns),
            Boolean(o.allowFormatRows),
            Boolean(o.allowInsertColumns),
            Boolean(o.allowInsertRows),
            false,
            Boolean(o.allowDeleteColumns),
            Boolean(o.allowDeleteRows),
            Boolean(o.allowSort),
            Boolean(o.allowAutoFilter),
          ),
        );
      },
      unprotect(password?: string): void {
        call((ws) => (password === undefined ? ws.Unprotect() : ws.Unprotect(password)));
      },
      load(_spec?: LoadSpec): unknown {
        return this;
      },
    };
  }

  /** Frozen panes belong to the window: the sheet is activated, scrolled home, split and frozen. */
  private freeze(rows: number, columns: number): void {
    this.call((ws) => {
      ws.Activate();
      const w = this.context.app.ActiveWindow;
      w.FreezePanes = false;
      w.ScrollRow = 1;
      w.ScrollColumn = 1;
      w.SplitRow = rows;
      w.SplitColumn = columns;
      if (rows > 0 || columns > 0) w.FreezePanes = true;
    });
  }

  get freezePanes() {
    return {
      freezeRows: (count = 1) => this.freeze(count, 0),
      freezeColumns: (count = 1) => this.freeze(0, count),
      freezeAt: (frozen: RangeLike | string) => {
        const rect = parseA1(typeof frozen === "string" ? frozen : frozen.address.replace(/^.*!/, ""));
        if (rect) this.freeze(rect.bottom, rect.right);
      },
      unfreeze: () => this.freeze(0, 0),
    };
  }

  /** Office.js's autoFilter: VBA's Range.AutoFilter with no arguments (filter buttons on the range's first row). */
  get autoFilter() {
    return {
      apply: (range: RangeLike | string) =>
        this.call((ws) => (ws.Range(typeof range === "string" ? range : range.address.replace(/^.*!/, "")) as { AutoFilter?: () => unknown }).AutoFilter?.()),
      remove: () => this.call((ws) => ((ws as unknown as { AutoFilterMode?: boolean }).AutoFilterMode = false)),
    };
  }

  get pageLayout() {
    const call = <T>(f: (page: EtWorksheet["PageSetup"]) => T) => this.call((ws) => f(ws.PageSetup));
    return {
      get orientation(): string {
        return call((p) => p.Orientation) === XL.landscape ? "Landscape" : "Portrait";
      },
      set orientation(v: string) {
        call((p) => (p.Orientation = v === "Landscape" ? XL.landscape : XL.portrait));
      },
      get paperSize(): string {
        return call((p) => p.PaperSize) === XL.paperA4 ? "A4" : "Letter";
      },
      set paperSize(v: string) {
        if (v !== "A4") throw new Error(`WPS 宿主只设置 A4 纸：${v}`);
        call((p) => (p.PaperSize = XL.paperA4));
      },
      get centerHorizontally(): boolean {
        return Boolean(call((p) => p.CenterHorizontally));
      },
      set centerHorizontally(v: boolean) {
        call((p) => (p.CenterHorizontally = v));
      },
      get zoom() {
        return { scale: Number(call((p) => p.Zoom)) || undefined };
      },
      /** A scale, or fit to pages (Zoom False, then the pages wide and tall; False = as many as needed). */
      set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
        call((p) => {
          if (z.scale !== undefined) {
            p.Zoom = z.scale;
            return;
          }
          p.Zoom = false;
          p.FitToPagesWide = z.horizontalFitToPages ?? false;
          p.FitToPagesTall = z.verticalFitToPages ?? false;
        });
      },
      get leftMargin(): number { return call((p) => p.LeftMargin) ?? 0; },
      set leftMargin(v: number) { call((p) => (p.LeftMargin = v)); },
      get rightMargin(): number { return call((p) => p.RightMargin) ?? 0; },
      set rightMargin(v: number) { call((p) => (p.RightMargin = v)); },
      get topMargin(): number { return call((p) => p.TopMargin) ?? 0; },
      set topMargin(v: number) { call((p) => (p.TopMargin = v)); },
      get bottomMargin(): number { return call((p) => p.BottomMargin) ?? 0; },
      set bottomMargin(v: number) { call((p) => (p.BottomMargin = v)); },
      setPrintTitleRows(rows: RangeLike | string): void {
        call((p) => (p.PrintTitleRows = typeof rows === "string" ? rows : rows.address.replace(/^.*!/, "")));
      },
      load(_spec?: LoadSpec): unknown {
        return this;
      },
    };
  }

  load(_spec?: LoadSpec): this {
    return this;
  }
}
