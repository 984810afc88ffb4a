import type { EditionId } from "../editions";
import type { TemplateLayout } from "./layout";

/**
 * The layout plan: everything a host needs to draw the standard workbook, as plain data. Two renderers (ExcelJS for
 * files, Office.js inside Excel) draw the same plan, so the workbook a clerk gets is the same whichever path made it.
 *
 * Addresses are A1 references inside their sheet; formulas are written without the leading 「=」 (renderers add it
 * where their API wants one). Colours are 6-digit RGB hex without 「#」.
 */

export type StyleId =
  | "title"
  | "subtitle"
  | "note"
  | "text"
  | "textBold"
  | "header"
  | "corner"
  | "caption"
  | "label"
  | "labelGroup"
  | "labelCenter"
  | "input.count"
  | "input.signedCount"
  | "input.amountWan"
  | "input.freeAmount"
  | "input.text"
  | "input.year"
  | "input.narrative"
  | "fixed"
  | "formula"
  | "formulaNumber"
  | "result"
  | "summary"
  | "checkHeader"
  | "checkSection"
  | "link"
  | "marker"
  | "problemSample"
  | "inputSample";

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; color?: string };
  /** Solid background colour. */
  fill?: string;
  /** Thin black borders on every edge. */
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  wrap?: boolean;
  indent?: number;
  /** Excel number format code; absent = General. 「@」 keeps what is typed as text (postcodes, phone numbers). */
  numberFormat?: string;
  /** Locked cells cannot be edited once the sheet is protected. Only input cells are unlocked. */
  locked: boolean;
}

export interface CellPlan {
  address: string;
  /** A literal: numbers stay numbers; strings are always written as text, never interpreted as formulas. */
  value?: string | number;
  /** A formula without the leading 「=」. */
  formula?: string;
  style: StyleId;
}

export type ValidationRule =
  | { type: "whole" | "decimal"; operator: "greaterThanOrEqual"; min: number }
  | { type: "whole" | "decimal"; operator: "between"; min: number; max: number }
  | { type: "textLength"; operator: "lessThanOrEqual"; max: number }
  | { type: "list"; items: readonly string[] };

export interface ValidationPlan {
  /** A range inside the sheet: 「D6:J30」. */
  range: string;
  rule: ValidationRule;
  allowBlank: boolean;
  /** Input message shown when the cell is selected (Excel limits: title ≤ 32, text ≤ 255 characters). */
  prompt: { title: string; text: string };
  /** Error alert (style 「停止」) when a value breaks the rule; absent = accept anything, just show the prompt. */
  error?: { title: string; text: string };
}

export interface ConditionalFormatPlan {
  range: string;
  /** Formula relative to the range's top-left cell, without 「=」; the format applies where it is true. */
  formula: string;
  style: { fill: string; fontColor: string; bold?: boolean };
}

export interface PrintPlan {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Fit all columns on one page width; as many pages tall as needed. */
  fitToWidth: true;
  /** Header rows repeated on every printed page (1-based, inclusive). */
  repeatRows?: { first: number; last: number };
  centerHorizontally: boolean;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number };
}

export interface SheetProtectionPlan {
  password?: string;
  /** What a clerk may still do on the protected sheet (everything else is not allowed). */
  allow: readonly ("selectLockedCells" | "selectUnlockedCells" | "formatColumns" | "formatRows")[];
}

export type SheetRole = "instructions" | "basicInfo" | "table" | "lastYear" | "checks" | "narrative" | "appendix";

export interface SheetPlan {
  name: string;
  role: SheetRole;
  tabColor?: string;
  /** Column widths in Excel character units, by 1-based column number. */
  columnWidths: Record<number, number>;
  /** Hidden columns (helpers of formulas), by 1-based column number: not shown, not printed. */
  hiddenColumns?: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  cells: CellPlan[];
  /** Merged ranges. The top-left cell carries the value and style; renderers give the whole area that style. */
  merges: string[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Rows above and columns left of the scrolling area. */
  freeze?: { rows: number; columns: number };
  print: PrintPlan;
  /** Protected sheets allow editing only unlocked cells. No password by default (see docs/template.md). */
  protection?: SheetProtectionPlan;
}

export interface TemplatePlan {
  edition: EditionId;
  templateVersion: number;
  /** Where everything is: the single map every reader and adapter uses. */
  layout: TemplateLayout;
  styles: Readonly<Record<StyleId, CellStyle>>;
  sheets: SheetPlan[];
  /** Workbook-scoped names pointing at cells. */
  definedNames: { name: string; sheet: string; address: string }[];
  properties: { title: string; subject: string; keywords: string; category: string; description: string; creator: string };
  /** The sheet shown when the workbook opens. */
  activeSheet: string;
}
