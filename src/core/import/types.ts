import type { EditionId, LevelId } from "../editions";
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
}

/** A problem found while importing; the model keeps it and validate() reports it (src/core/model/report.ts). */
export type { ImportProblem };

export interface ImportOptions {
  /** The report year when the document does not state it (or to override what it states). */
  reportYear?: number;
  /** Read the tables as this edition whatever their labels say. */
  edition?: EditionId;
  /** 层级, which a published report does not state. */
  level?: LevelId;
  /** Source file name, kept in report.source. */
  file?: string;
}

export type ImportResult = { ok: true; report: Report } | Refused;
