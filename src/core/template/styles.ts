import type { CellStyle, StyleId } from "./types";

/**
 * The template's look. Official tables are black-bordered grids; the only colour is what a clerk needs to act on:
 * pale yellow where to type, grey where the workbook calculates, red (conditional formats) where something is wrong.
 */

const TEMPLATE_FONT = "宋体";
const BODY = 11;

export const COLOURS = {
  input: "FFF2CC",
  formula: "F2F2F2",
  header: "F2F2F2",
  section: "DDEBF7",
  problemFill: "FFC7CE",
  problemText: "9C0006",
  okFill: "C6EFCE",
  okText: "006100",
  warnFill: "FFEB9C",
  warnText: "9C5700",
  note: "595959",
  link: "0563C1",
  tabTables: "5B9BD5",
  tabChecks: "C00000",
  tabInfo: "70AD47",
} as const;

const font = (size = BODY, extra: Omit<CellStyle["font"], "name" | "size"> = {}) => ({ name: TEMPLATE_FONT, size, ...extra });

const input = (numberFormat: string, horizontal: CellStyle["horizontal"] = "center"): CellStyle => ({
  font: font(),
  fill: COLOURS.input,
  border: true,
  horizontal,
  vertical: "middle",
  numberFormat,
  locked: false,
});

export const templateStyles: Readonly<Record<StyleId, CellStyle>> = {
  title: { font: font(16, { bold: true }), horizontal: "center", vertical: "middle", locked: true },
  subtitle: { font: font(12, { bold: true }), horizontal: "left", vertical: "middle", locked: true },
  note: { font: font(10, { color: COLOURS.note }), horizontal: "left", vertical: "middle", wrap: true, locked: true },
  text: { font: font(), horizontal: "left", vertical: "middle", wrap: true, locked: true },
  textBold: { font: font(BODY, { bold: true }), horizontal: "left", vertical: "middle", wrap: true, locked: true },
  header: { font: font(BODY, { bold: true }), border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  corner: { font: font(10), border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  caption: { font: font(BODY, { bold: true }), border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  label: { font: font(), border: true, horizontal: "left", vertical: "middle", wrap: true, indent: 1, locked: true },
  labelGroup: { font: font(), border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  labelCenter: { font: font(), border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  "input.count": input("0"),
  "input.signedCount": input("+0;-0;0"),
  "input.amountWan": input("General"),
  "input.freeAmount": input("@"),
  "input.text": { ...input("@", "left"), wrap: true },
  "input.year": input("0"),
  "input.narrative": { font: font(), horizontal: "left", vertical: "top", wrap: true, numberFormat: "@", locked: false },
  fixed: { font: font(), fill: COLOURS.formula, border: true, horizontal: "left", vertical: "middle", wrap: true, locked: true },
  formula: { font: font(), fill: COLOURS.formula, border: true, horizontal: "left", vertical: "middle", wrap: true, locked: true },
  formulaNumber: { font: font(), fill: COLOURS.formula, border: true, horizontal: "right", vertical: "middle", numberFormat: "General", locked: true },
  result: { font: font(12, { bold: true }), fill: COLOURS.formula, border: true, horizontal: "center", vertical: "middle", locked: true },
  summary: { font: font(14, { bold: true }), border: true, horizontal: "center", vertical: "middle", locked: true },
  checkHeader: { font: font(BODY, { bold: true }), fill: COLOURS.header, border: true, horizontal: "center", vertical: "middle", wrap: true, locked: true },
  checkSection: { font: font(BODY, { bold: true }), fill: COLOURS.section, border: true, horizontal: "left", vertical: "middle", wrap: true, locked: true },
  link: { font: font(10, { color: COLOURS.link }), border: true, horizontal: "center", vertical: "middle", locked: true },
  problemSample: { font: font(BODY, { color: COLOURS.problemText }), fill: COLOURS.problemFill, border: true, horizontal: "center", vertical: "middle", locked: true },
  inputSample: { font: font(), fill: COLOURS.input, border: true, horizontal: "center", vertical: "middle", locked: true },
  marker: { font: font(9, { color: COLOURS.note }), horizontal: "left", vertical: "middle", locked: true },
};
