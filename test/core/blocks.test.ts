import { cellText, checkTableBlock, editionArgument, gridSize, reportFromBlock } from "../../src/core";
import { numberIn } from "../../src/core/blocks";

/** The block adapters' own decisions (the functions' agreement with validate() is in test/functions). */

describe("cellText: what a spreadsheet value becomes in the report model", () => {
  test.each([
    [12, "12"],
    [2.5, "2.5"],
    [1e-7, "0.0000001"],
    [1e21, "1000000000000000000000"],
    [-3, "-3"],
    [true, "TRUE"],
    [false, "FALSE"],
    [null, ""],
    [undefined, ""],
    ["１２", "１２"],
    [{ type: "Double", basicValue: 7 }, "7"],
    [{ type: "Error", basicValue: "#DIV/0!" }, "#DIV/0!"],
  ])("%p → %p", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("numberIn reads like validate(): blanks and placeholders are 0, text fails naming the cell", () => {
  test.each([
    [7, 7],
    ["7", 7],
    ["１２", 12],
    ["3件", 3],
    ["/", 0],
    ["", 0],
    [null, 0],
    [{ type: "Double", basicValue: 4 }, 4],
  ])("%p → %p", (value, number) => {
    expect(numberIn(value, "某格")).toEqual({ ok: true, value: number });
  });

  test("text", () => {
    expect(numberIn("若干", "某格")).toEqual({ ok: false, message: "某格填的是「若干」，不是数字，无法核对；请填写数字，没有发生的填0。" });
  });
});

describe("editionArgument: an edition or a report year; empty means detect", () => {
  test.each([
    [null, undefined],
    [0, undefined],
    ["", undefined],
    [2019, "2019"],
    [2020, "2019"],
    [2021, "2021"],
    [2024, "2021"],
    ["2021格式", "2021"],
    ["２０２０年", "2019"],
  ])("%p → %p", (value, edition) => {
    expect(editionArgument(value)).toEqual({ ok: true, value: edition });
  });

  test.each([[2018], ["新"], [2021.5], [true]])("%p is refused", (value) => {
    expect(editionArgument(value)).toMatchObject({ ok: false });
  });
});

test("gridSize accepts only non-empty rectangles", () => {
  expect(gridSize([[1, 2], [3, 4], [5, 6]])).toEqual({ rows: 3, columns: 2 });
  expect(gridSize([[1, 2], [3]])).toBeUndefined();
  expect(gridSize([])).toBeUndefined();
  expect(gridSize([[]])).toBeUndefined();
  expect(gridSize(5)).toBeUndefined();
  expect(gridSize(null)).toBeUndefined();
});

test("reportFromBlock places cells by the edition data's row and column positions", () => {
  const grid = Array.from({ length: 25 }, (_, r) => Array.from({ length: 7 }, (_, c) => r * 10 + c));
  const report = reportFromBlock("t3", grid, "2021");
  expect(report.cells["t3.newReceived|naturalPerson"]).toEqual({ raw: "0", value: 0 });
  expect(report.cells["t3.carriedOver|commercial"]).toEqual({ raw: "11", value: 11 });
  expect(report.cells["t3.carryForward|total"]).toEqual({ raw: "246", value: 246 });
  expect(Object.keys(report.cells)).toHaveLength(175);
});

test("checkTableBlock reports only the table passed (the other tables are absent, not errors)", () => {
  const zeros = Array.from({ length: 23 }, () => new Array(7).fill(0));
  expect(checkTableBlock("t3", zeros)).toEqual({ ok: true, value: [] });
});
