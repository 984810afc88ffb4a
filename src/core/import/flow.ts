import type { DocumentBlock, TableGrid } from "./types";
import { foldWhiteSpace } from "./whitespace";

/**
 * Collects a document's running text and tables in order, for the HTML and .docx forms: text is gathered into
 * lines (white space folded as a browser would), a table becomes a grid.
 */
export class FlowBuilder {
  private readonly blocks: DocumentBlock[] = [];
  private line = "";

  text(s: string): void {
    this.line += s;
  }

  lineBreak(): void {
    const text = foldWhiteSpace(this.line);
    if (text) this.blocks.push({ kind: "text", text });
    this.line = "";
  }

  paragraph(text: string): void {
    this.lineBreak();
    this.text(text);
    this.lineBreak();
  }

  grid(grid: TableGrid): void {
    this.lineBreak();
    this.blocks.push(grid);
  }

  finish(): DocumentBlock[] {
    this.lineBreak();
    return this.blocks;
  }

  /** The lines collected so far, for the text of a table cell. */
  plainText(): string {
    return this.finish()
      .map((b) => (b.kind === "text" ? b.text : b.rows.map((r) => r.join(" ")).join("\n")))
      .join("\n");
  }
}

export interface SpanCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** Wider than any report table by far; caps what a hostile colspan="100000" can cost. */
const MAX_COLUMNS = 200;

/** Rows of cells with spans → a grid where a spanned cell's text fills every slot it covers (same cell id). */
export function spanGrid(rows: readonly (readonly SpanCell[])[]): TableGrid {
  const cells: string[][] = rows.map(() => []);
  const ids: number[][] = rows.map(() => []);
  let id = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (c < MAX_COLUMNS && cells[r][c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      const colspan = Math.min(cell.colspan, MAX_COLUMNS - c);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          cells[r + dr][c + dc] = cell.text;
          ids[r + dr][c + dc] = id;
        }
      }
      id++;
      c += colspan;
    }
  });
  // Holes (a row shorter than the rows above) are empty cells of their own.
  for (let r = 0; r < cells.length; r++) {
    for (let c = 0; c < cells[r].length; c++) {
      if (cells[r][c] === undefined) {
        cells[r][c] = "";
        ids[r][c] = id++;
      }
    }
  }
  return { kind: "grid", rows: cells, cellIds: ids };
}
