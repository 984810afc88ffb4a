import { readCellText, spreadsheetNumberText } from "../../src/core";
import { cellText } from "../../src/core/blocks/grid";

describe("readCellText: what a clerk typed into a number cell", () => {
  test.each([
    ["12", { state: "number", value: 12 }],
    [" 0 ", { state: "number", value: 0 }],
    ["+3", { state: "number", value: 3 }],
    ["-180", { state: "number", value: -180 }],
    ["96171.6", { state: "number", value: 96171.6 }],
  ])("plain number %p", (raw, expected) => {
    expect(readCellText(raw)).toMatchObject({ ...expected, fullWidth: false, thousandsSeparator: false, unit: undefined });
  });

  test.each(["", "   ", null, undefined])("blank %p", (raw) => {
    expect(readCellText(raw)).toMatchObject({ state: "blank", value: null });
  });

  test.each(["/", "／", "-", "－", "—", "——", "无", "\\"])("placeholder %p means nothing was filled", (raw) => {
    expect(readCellText(raw)).toMatchObject({ state: "placeholder", value: null });
  });

  test("full-width digits are read and flagged", () => {
    expect(readCellText("１２")).toMatchObject({ state: "number", value: 12, fullWidth: true });
    expect(readCellText("－３")).toMatchObject({ state: "number", value: -3, fullWidth: true });
  });

  test("thousands separators are read and flagged", () => {
    expect(readCellText("3,985,758")).toMatchObject({ state: "number", value: 3985758, thousandsSeparator: true });
    expect(readCellText("12,34")).toMatchObject({ state: "text", value: null });
  });

  test("units inside cells: 「251000元」「366.47203万元」「3件」", () => {
    expect(readCellText("251000元")).toMatchObject({ value: 251000, unit: "元" });
    expect(readCellText("366.47203万元")).toMatchObject({ value: 366.47203, unit: "万元" });
    expect(readCellText("3件")).toMatchObject({ value: 3, unit: "件" });
  });

  test("text is not a number", () => {
    expect(readCellText("见附件")).toMatchObject({ state: "text", value: null });
    expect(readCellText("约30")).toMatchObject({ state: "text", value: null });
    expect(readCellText("元")).toMatchObject({ state: "text", value: null });
  });

  test("digits too many to be a number (Infinity) are text, so no sum over them reads NaN", () => {
    expect(readCellText("9".repeat(400))).toMatchObject({ state: "text", value: null });
    expect(readCellText("9".repeat(15))).toMatchObject({ state: "number", value: 999999999999999 });
    expect(readCellText(`${"9".repeat(400)}.5`)).toMatchObject({ state: "text", value: null });
  });
});

describe("spreadsheetNumberText: a cell's number as Excel shows it", () => {
  test.each([
    [0.1 * 3 * 10, "3"], // binary noise of a formula result is not a decimal
    [0.1 + 0.2, "0.3"],
    [1e-7, "0.0000001"], // never 「1e-7」, which would read as text
    [366.47, "366.47"],
    [-3, "-3"],
    [251000, "251000"],
    [999999999999999, "999999999999999"], // 15 digits: shown as typed
    [1234567890123456, "1234567890123460"], // 16 digits: Excel keeps 15 significant digits
    [-0, "0"],
    [Infinity, ""],
  ])("%p → %p", (n, text) => expect(spreadsheetNumberText(n)).toBe(text));

  test("the custom functions' cells read it the same way (a count computed as =0.1*3*10 is the whole number 3)", () => {
    expect(cellText(0.1 * 3 * 10)).toBe("3");
    expect(readCellText(cellText(0.1 * 3 * 10))).toMatchObject({ state: "number", value: 3 });
  });
});

test("a number cell of more than 15 digits (beyond what Excel keeps; sums over it would overflow) is text", () => {
  expect(readCellText("123456789012345")).toMatchObject({ state: "number", value: 123456789012345 });
  expect(readCellText("1234567890123456")).toMatchObject({ state: "text", value: null });
  expect(readCellText(cellText(1.797693134862315e302))).toMatchObject({ state: "text", value: null });
});
