import type { EditionId, LevelId, TableId } from "../editions";
import type { ImportProblem, Report } from "../model/report";
import type { Refused } from "../refusal";

/**
 * What every input form (HTML, text, PDF text, .docx) turns a published report into: running text and tables, in
 * document order. One shared recogniser (recognise.ts) reads the tables; the text becomes the narrative.
 */

/** The forms a published report comes in. */
export type ImportForm = "html" | "text" | "pdfText" | "docx";

/**
 * A table as rows of cell texts, rowspans and colspans expanded (a spanned cell's text is repeated in every slot it
 * covers, so each row carries its group labels). `cellIds[r][c]` names the source cell of a slot: slots with the
 * same id are one cell (a value spanning three columns is one value, not three).
 */
export interface TableGrid {
  kind: "grid";
  rows: string[][];
  cellIds?: number[][];
  /**
   * Rows come from running text (PDF text): a row is [label text, …values] and its label may carry fragments of
   * group labels and headers in front, so labels are matched by their ending.
   */
  linear?: boolean;
  /** The text the grid was made from, put back into the narrative when the grid is not one of the report's tables. */
  text?: string;
  /** Per row, what running text said about it that a grid of strings cannot (textTables.ts). */
  flags?: (RowFlags | undefined)[];
}

export interface RowFlags {
  /** The row's values are one run of digits glued to its label: its cells' separators were lost. */
  glued?: boolean;
  /** A row label with no value after it (a table published blank); `table` says whose row it is. */
  labelOnly?: boolean;
  table?: TableId;
  /** The row a label written otherwise names (the expected next row, textTables.ts). */
  rowKey?: string;
}

/** A paragraph (or line) of running text. */
export interface TextBlock {
  kind: "text";
  text: string;
}

export type DocumentBlock = TextBlock | TableGrid;

export interface SourceDocument {
  form: ImportForm;
  blocks: DocumentBlock[];
  /** The document's own title (HTML <title>), used only when the text names no report. */
  documentTitle?: string;
  /** It was written in Traditional characters and is read in Simplified ones (script.ts). */
  traditional?: boolean;
}

/** A problem found while importing; the model keeps it and validate() reports it (src/core/model/report.ts). */
export type { ImportProblem };

export interface ImportOptions {
  /**
   * The report year, agency and level for a document that does not state them. What the document states wins; a
   * finding says when one of these was used, or when the document said otherwise.
   */
  reportYear?: number;
  agency?: string;
  level?: LevelId;
  /** Read the tables as this edition whatever their labels say. */
  edition?: EditionId;
  /** Source file name, kept in report.source (and the year of last resort: 「…_2023.txt」). */
  file?: string;
}

export type ImportResult = { ok: true; report: Report } | Refused;
