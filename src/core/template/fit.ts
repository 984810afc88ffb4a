import { parseRange } from "./address";
import type { CellStyle, SheetPlan, StyleId } from "./types";

/**
 * Sizing text without a renderer. Excel never grows a row for wrapped text in merged cells, and LibreOffice and WPS
 * disagree about autofit, so the plan states every row height, estimated from the text and the column widths.
 */

/** Width of a text in Excel column units at 11 pt: CJK and full-width characters count double. */
export function textUnits(text: string, fontSize = 11): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    units += code > 0x2e80 || (code >= 0x2010 && code <= 0x201f) ? 2 : 1.1;
  }
  return (units * fontSize) / 11;
}

/** Lines a text needs in a box `width` units wide (explicit line breaks respected). */
function linesNeeded(text: string, width: number, fontSize = 11): number {
  const usable = Math.max(1, width - 1.5);
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line, fontSize) / usable)), 0);
}

const DEFAULT_WIDTH = 9;
const lineHeight = (fontSize: number) => fontSize * 1.45;

/** The height (points) a cell's text needs in a box `width` units wide, in a style (wrapped or one line). */
export function textHeight(text: string, width: number, style: CellStyle): number {
  const lines = style.wrap ? linesNeeded(text, width - (style.indent ?? 0) * 1.5, style.font.size) : 1;
  return lines * lineHeight(style.font.size) + 5;
}

/**
 * Sets every row height that holds text: the tallest need of its cells, where a merged cell spanning several rows
 * spreads its need over them. Rows keep any larger height already set.
 */
export function fitRowHeights(sheet: SheetPlan, styles: Readonly<Record<StyleId, CellStyle>>, minHeight = 18): void {
  const width = (col: number) => sheet.columnWidths[col] ?? DEFAULT_WIDTH;
  const merges = new Map(sheet.merges.map((m) => [m.split(":")[0], parseRange(m)]));
  const needs: { top: number; bottom: number; height: number }[] = [];
  for (const cell of sheet.cells) {
    const text = cell.value === undefined ? "" : String(cell.value);
    const style = styles[cell.style];
    const rect = merges.get(cell.address) ?? parseRange(cell.address);
    let w = 0;
    for (let c = rect.left; c <= rect.right; c++) w += width(c);
    needs.push({ top: rect.top, bottom: rect.bottom, height: textHeight(text, w, style) });
  }
  const heights = new Map<number, number>();
  for (const n of needs) {
    if (n.top === n.bottom) heights.set(n.top, Math.max(heights.get(n.top) ?? minHeight, n.height));
  }
  for (const n of needs) {
    if (n.top === n.bottom) continue;
    let have = 0;
    for (let r = n.top; r <= n.bottom; r++) have += heights.get(r) ?? minHeight;
    if (have >= n.height) continue;
    const extra = (n.height - have) / (n.bottom - n.top + 1);
    for (let r = n.top; r <= n.bottom; r++) heights.set(r, (heights.get(r) ?? minHeight) + extra);
  }
  for (const [row, h] of heights) sheet.rowHeights[row] = Math.max(sheet.rowHeights[row] ?? 0, Math.ceil(h * 4) / 4);
}

/**
 * Portrait or landscape by the printed area's shape: clearly wider than tall (表四, one row of fifteen columns)
 * prints landscape; a long table (表三) portrait, where fitting to one page wide shrinks it least.
 */
export function bestOrientation(sheet: SheetPlan): "portrait" | "landscape" {
  let width = 0;
  for (const w of Object.values(sheet.columnWidths)) width += w * 5.6; // points per character unit (7 px at 96 dpi)
  let height = 0;
  for (const h of Object.values(sheet.rowHeights)) height += h;
  return width > height * 1.1 ? "landscape" : "portrait";
}
