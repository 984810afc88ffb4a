import { HyperFormula } from "hyperformula";
import { columnLetter, parseCell, toRects } from "../../src/core";
import { loadWorkbook } from "./workbook";

/**
 * A generated workbook recalculated in HyperFormula (GPL: tests only). Cells are taken from the file as written —
 * formulas with 「=」, text with a leading apostrophe so HyperFormula keeps it text (「12」 typed as text stays text).
 */
export interface Recalculated {
  get(sheet: string, address: string): unknown;
  /** Replaces input cells and recalculates once. */
  set(cells: readonly { sheet: string; address: string; value: string | number | null }[]): void;
}

const content = (value: string | number | null | undefined) => (typeof value === "string" ? `'${value}` : value ?? null);

export async function recalculate(buffer: Buffer): Promise<Recalculated> {
  const wb = await loadWorkbook(buffer);
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: (string | number | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value;
        let x: string | number | null = null;
        if (v && typeof v === "object" && "formula" in v) x = `=${v.formula}`;
        else if (typeof v === "number" || typeof v === "string") x = content(v);
        else if (v !== null && v !== undefined) throw new Error(`unexpected cell ${ws.name}!${cell.address}: ${JSON.stringify(v)}`);
        (rows[r - 1] ??= [])[c - 1] = x;
      });
    });
    sheets[ws.name] = Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", useArrayArithmetic: true });
  const at = (sheet: string, address: string) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    const p = parseCell(address);
    return { sheet: id, row: p.row - 1, col: p.col - 1 };
  };
  return {
    get: (sheet, address) => hf.getCellValue(at(sheet, address)),
    set(cells) {
      // One call per rectangle of cells: HyperFormula's cost is per call, not per cell.
      const bySheet = new Map<string, Map<string, string | number | null>>();
      for (const c of cells) {
        const m = bySheet.get(c.sheet) ?? new Map();
        m.set(c.address, content(c.value));
        bySheet.set(c.sheet, m);
      }
      hf.batch(() => {
        for (const [sheet, values] of bySheet) {
          for (const rect of toRects([...values.keys()].map(parseCell))) {
            const block: (string | number | null)[][] = [];
            for (let r = rect.top; r <= rect.bottom; r++) {
              const line: (string | number | null)[] = [];
              for (let c = rect.left; c <= rect.right; c++) line.push(values.get(`${columnLetter(c)}${r}`) ?? null);
              block.push(line);
            }
            hf.setCellContents(at(sheet, `${columnLetter(rect.left)}${rect.top}`), block);
          }
        }
      });
    },
  };
}
