import { cellAddress, columnLetter, parseRange, rectCells } from "../../core/template/address";
import { isHighlightFormula } from "../../excel/highlightMark";
import type { MemoryExcel, MemorySheet } from "../../excel/memory";
import { h, replace } from "../dom";
import type { Pane } from "../ui/pane";

/**
 * The preview's stand-in for Excel's grid: the active sheet of the in-memory workbook drawn as a table (values as
 * text, fills, merges, the add-in's highlights, the selection), sheet tabs, and the yellow input cells editable —
 * Enter or double-click, type, Enter — through the same Office.js calls a clerk's typing would make. Formulas are
 * stored, not calculated, in this workbook: formula cells show 「（公式）」.
 */

const MAX_ROWS = 150;
const MAX_COLUMNS = 16;
const px = (points: number) => Math.round((points * 4) / 3);

export function workbookView(container: HTMLElement, excel: MemoryExcel, pane: Pane): { refresh(): void } {
  const store = excel.store;
  let editing = false;

  const activeSheet = (): MemorySheet | undefined => store.sheetById(store.activeSheetId ?? "") ?? store.sheets[0];

  const act = async (batch: Parameters<MemoryExcel["run"]>[0]) => {
    await excel.run(batch);
    refresh();
  };

  const commit = async (sheet: string, address: string, text: string) => {
    try {
      await act(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.values = [[text]];
        range.select();
      });
      pane.status(`已在「${sheet}」${address} 填入「${text}」。`);
    } catch (e) {
      pane.status(`不能修改「${sheet}」${address}：${String((e as Error).message)}`, "error");
      refresh();
    }
  };

  const edit = (td: HTMLTableCellElement, sheet: string, address: string, current: string) => {
    if (editing) return;
    editing = true;
    const input = h("input", { class: "cell-editor", attrs: { type: "text", "aria-label": `编辑 ${sheet} ${address}` } });
    input.value = current;
    let finished = false;
    const finish = (save: boolean) => {
      if (finished) return;
      finished = true;
      editing = false;
      if (save && input.value !== current) void commit(sheet, address, input.value);
      else refresh();
    };
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") finish(true);
      else if (e.key === "Escape") finish(false);
      e.stopPropagation();
    });
    input.addEventListener("blur", () => finish(true));
    replace(td, input);
    input.focus();
    input.select();
  };

  const refresh = () => {
    if (editing) return;
    const sheet = activeSheet();
    const tabs = h(
      "div",
      { class: "sheet-tabs", attrs: { role: "tablist", "aria-label": "工作表" } },
      ...store.sheets.map((s) =>
        h(
          "button",
          {
            class: s === sheet ? "sheet-tab active" : "sheet-tab",
            attrs: { type: "button", role: "tab", "aria-selected": s === sheet ? "true" : "false" },
            on: { click: () => void act(async (c) => c.workbook.worksheets.getItem(s.name).activate()) },
          },
          s.name,
        ),
      ),
    );
    if (!sheet) {
      replace(container, tabs);
      return;
    }
    const used = sheet.usedRect() ?? { top: 1, left: 1, bottom: 1, right: 1 };
    const rows = Math.min(used.bottom, MAX_ROWS);
    const columns = Math.min(Math.max(used.right, 1), MAX_COLUMNS);

    // Merged areas: the top-left cell spans, the others are not drawn.
    const span = new Map<string, { rows: number; columns: number }>();
    const covered = new Set<string>();
    for (const m of sheet.merges) {
      span.set(cellAddress(m.top, m.left), { rows: m.bottom - m.top + 1, columns: m.right - m.left + 1 });
      for (const p of rectCells(m)) if (p.row !== m.top || p.col !== m.left) covered.add(cellAddress(p.row, p.col));
    }
    // The add-in's highlights (the template's own conditional formats are formulas this workbook does not calculate).
    const highlight = new Map<string, string>();
    for (const cf of sheet.conditionalFormats) {
      if (!isHighlightFormula(cf.formula)) continue;
      const severity = cf.formula.includes(":error") ? "error" : "warning";
      for (const p of rectCells(parseRange(cf.range))) {
        const a = cellAddress(p.row, p.col);
        if (highlight.get(a) !== "error") highlight.set(a, severity);
      }
    }
    const selection = store.selection?.sheetId === sheet.id ? new Set(rectCells(parseRange(store.selection.range)).map((p) => cellAddress(p.row, p.col))) : new Set<string>();

    const header = h("tr", {}, h("th", { class: "corner" }), ...Array.from({ length: columns }, (_, i) => h("th", { class: "col-head", attrs: { style: `width:${px(sheet.columnWidths.get(i + 1) ?? 48)}px` } }, columnLetter(i + 1))));
    const body: HTMLTableRowElement[] = [];
    let selected: HTMLElement | undefined;
    for (let r = 1; r <= rows; r++) {
      const tr = h("tr", {}, h("th", { class: "row-head" }, r));
      for (let c = 1; c <= columns; c++) {
        const address = cellAddress(r, c);
        if (covered.has(address)) continue;
        const cell = sheet.peek(address);
        const s = span.get(address);
        const text = cell?.formula ? "（公式）" : cell ? String(cell.value) : "";
        const editable = cell?.format.locked === false || (!sheet.protection.protected && !cell?.formula);
        const styles: string[] = [];
        if (cell?.format.fill) styles.push(`background:${cell.format.fill.startsWith("#") ? cell.format.fill : `#${cell.format.fill}`}`);
        if (cell?.format.font.bold) styles.push("font-weight:600");
        if (cell?.format.horizontalAlignment === "Center") styles.push("text-align:center");
        if (cell?.format.horizontalAlignment === "Right" || typeof cell?.value === "number") styles.push("text-align:right");
        const classes = ["cell"];
        if (cell?.formula) classes.push("formula");
        if (highlight.has(address)) classes.push(`hl-${highlight.get(address)}`);
        if (selection.has(address)) classes.push("selected");
        if (editable) classes.push("editable");
        const td = h(
          "td",
          {
            class: classes.join(" "),
            attrs: {
              rowspan: s && s.rows > 1 ? s.rows : undefined,
              colspan: s && s.columns > 1 ? Math.min(s.columns, columns - c + 1) : undefined,
              style: styles.join(";") || undefined,
              tabindex: editable ? 0 : undefined,
              title: cell?.formula ?? undefined,
              "data-address": address,
            },
          },
          text,
        );
        if (editable) {
          const current = cell && !cell.formula ? String(cell.value) : "";
          td.addEventListener("dblclick", () => edit(td, sheet.name, address, current));
          td.addEventListener("keydown", (e) => {
            if (e.key === "Enter" || e.key === "F2") {
              e.preventDefault();
              edit(td, sheet.name, address, current);
            }
          });
        }
        if (selection.has(address) && !selected) selected = td;
        tr.appendChild(td);
      }
      body.push(tr);
    }
    const table = h("table", { class: "grid", attrs: { "aria-label": `工作表「${sheet.name}」` } }, h("thead", {}, header), h("tbody", {}, ...body));
    const scroller = h("div", { class: "grid-scroll" }, table);
    replace(
      container,
      h("div", { class: "view-title" }, "示例工作簿（内存中）", h("span", { class: "hint" }, " 黄色单元格可填写：双击或按 Enter 编辑，再按 Enter 确认。")),
      tabs,
      scroller,
    );
    selected?.scrollIntoView({ block: "center", inline: "center" });
  };

  refresh();
  return { refresh };
}
