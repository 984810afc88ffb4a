import { bgrOf, hexOf, XL } from "../../src/wps/et";
import type { EtDocumentProperties, EtWorksheet } from "../../src/wps/et";
import { createMemoryEt, EtBookData, EtSheetData } from "../../src/wps/memory";

/**
 * The in-memory ET model follows the documented VBA-shaped semantics the WPS host relies on. Expected values are
 * those of VBA's object model (Microsoft's Excel VBA reference, which ET's declarations mirror member for member).
 */

function twoSheets() {
  const book = EtBookData.withOneSheet("表一");
  book.sheets.push(new EtSheetData("表二"));
  const app = createMemoryEt({ book });
  const sheets = app.ActiveWorkbook!.Sheets;
  return { app, book, sheets, first: sheets.Item(1) as EtWorksheet, second: sheets.Item(2) as EtWorksheet };
}

describe("collections and sheets", () => {
  test("Sheets.Item is 1-based, takes a name in any case, and throws when there is none", () => {
    const { sheets } = twoSheets();
    expect((sheets.Item(1) as EtWorksheet).Name).toBe("表一");
    expect((sheets.Item("表二") as EtWorksheet).Index).toBe(2);
    expect(sheets.Count).toBe(2);
    expect(() => sheets.Item(0)).toThrow(/下标越界/);
    expect(() => sheets.Item(3)).toThrow(/下标越界/);
    expect(() => sheets.Item("表三")).toThrow(/下标越界/);
    const book = EtBookData.withOneSheet("Data");
    expect((createMemoryEt({ book }).ActiveWorkbook!.Sheets.Item("data") as EtWorksheet).Name).toBe("Data");
  });

  test("Sheets.Add goes before the active sheet (or after the one given) and becomes active", () => {
    const { app, sheets, first, second } = twoSheets();
    second.Activate();
    sheets.Add();
    expect([1, 2, 3].map((i) => (sheets.Item(i) as EtWorksheet).Name)).toEqual(["表一", "Sheet3", "表二"]);
    expect((app.ActiveSheet as EtWorksheet).Name).toBe("Sheet3");
    const last = sheets.Add(undefined, sheets.Item(sheets.Count)) as EtWorksheet;
    expect(last.Index).toBe(4);
    expect(() => (last.Name = "表一")).toThrow(/已有名为/);
    expect(() => (last.Name = "a/b")).toThrow(/名称无效/);
    expect(first.Index).toBe(1);
  });

  test("deleting a sheet needs DisplayAlerts off (nobody can answer the prompt) and keeps one visible sheet", () => {
    const { app, first, second } = twoSheets();
    expect(() => second.Delete()).toThrow(/需要用户确认/);
    app.DisplayAlerts = false;
    second.Delete();
    expect(() => first.Delete()).toThrow(/至少要有一张/);
  });
});

describe("Range values", () => {
  test("one cell is a scalar, several are rows of values, an empty cell is undefined (Empty)", () => {
    const { first } = twoSheets();
    first.Range("A1").Value2 = 5;
    expect(first.Range("A1").Value2).toBe(5);
    expect(first.Range("A1:B2").Value2).toEqual([
      [5, undefined],
      [undefined, undefined],
    ]);
    expect(first.Range("$A$1:$B$1").Value2).toEqual([[5, undefined]]);
  });

  test("text is entered as typed: formulas, the apostrophe, numbers, booleans; 「@」 keeps text", () => {
    const { first, book } = twoSheets();
    first.Range("A1:E1").Value2 = [["=SUM(B1:C1)", "'0123", "12", "TRUE", "三"]];
    const cell = (a: string) => book.sheets[0].peek(a);
    expect(cell("A1")).toMatchObject({ formula: "=SUM(B1:C1)" });
    expect(cell("B1")?.value).toBe("0123");
    expect(cell("C1")?.value).toBe(12);
    expect(cell("D1")?.value).toBe(true);
    expect(cell("E1")?.value).toBe("三");
    first.Range("F1").NumberFormat = "@";
    first.Range("F1").Value2 = "12";
    expect(first.Range("F1").Value2).toBe("12");
    expect(first.Range("A1:C1").Formula).toEqual([["=SUM(B1:C1)", "0123", "12"]]);
    expect(first.Range("A1").HasFormula).toBe(true);
    expect(first.Range("A1:B1").HasFormula).toBeNull();
    first.Range("C1").Value2 = "";
    expect(first.Range("C1").Value2).toBeUndefined();
  });

  test("an array must have the range's size", () => {
    const { first } = twoSheets();
    expect(() => (first.Range("A1:B2").Value2 = [[1, 2]])).toThrow(/大小不符/);
    first.Range("A1:B2").Value2 = 7;
    expect(first.Range("A1:B2").Value2).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  test("A1 references: absolute, whole columns and rows; Address answers absolute by default", () => {
    const { first } = twoSheets();
    expect(first.Range("b3:a1").Address()).toBe("$A$1:$B$3");
    expect(first.Range("C:C").Address(false, false)).toBe("C1:C1048576");
    expect(first.Range("2:3").Row).toBe(2);
    expect(first.Range("D4").Column).toBe(4);
    expect(() => first.Range("表三!A1")).toThrow(/无效的单元格引用/);
  });

  test("a merged area keeps the top-left value; the covered cells read empty", () => {
    const { first } = twoSheets();
    first.Range("A1:B1").Value2 = [["上", "下"]];
    first.Range("A1:B1").Merge();
    expect(first.Range("A1:B1").Value2).toEqual([["上", undefined]]);
    expect(first.Range("B1").MergeCells).toBe(true);
    expect(first.Range("B1:C1").MergeCells).toBeNull();
  });
});

describe("formats", () => {
  test("colours are BGR integers; no fill reads as white", () => {
    expect(bgrOf("#FFC7CE")).toBe(0xcec7ff);
    expect(hexOf(0xcec7ff)).toBe("#FFC7CE");
    const { first } = twoSheets();
    expect(first.Range("A1").Interior.Color).toBe(0xffffff);
    first.Range("A1:B1").Interior.Color = bgrOf("#FFF2CC");
    expect(hexOf(first.Range("B1").Interior.Color as number)).toBe("#FFF2CC");
    first.Range("B1").Interior.ColorIndex = XL.none;
    expect(first.Range("A1:B1").Interior.Color).toBeNull();
  });

  test("a property of cells that differ reads null", () => {
    const { first } = twoSheets();
    first.Range("A1").NumberFormat = "0.00";
    expect(first.Range("A1:A2").NumberFormat).toBeNull();
    first.Range("A1:A2").Font.Bold = true;
    expect(first.Range("A1:A2").Font.Bold).toBe(true);
  });

  test("borders: an edge marks the outer cells, an inside edge every inner boundary", () => {
    const { first, book } = twoSheets();
    first.Range("A1:B2").Borders.Item(XL.border.insideVertical).LineStyle = XL.continuous;
    expect(book.sheets[0].peek("A1")?.borders.right?.lineStyle).toBe(XL.continuous);
    expect(book.sheets[0].peek("B1")?.borders.left?.lineStyle).toBe(XL.continuous);
    expect(book.sheets[0].peek("B1")?.borders.right).toBeUndefined();
  });
});

describe("selection, validation, conditional formats", () => {
  test("Select needs the range's sheet to be active", () => {
    const { app, first, second } = twoSheets();
    expect(() => second.Range("C3").Select()).toThrow(/激活/);
    second.Activate();
    second.Range("C3").Select();
    expect((app.Selection as { Address(): string }).Address()).toBe("$C$3");
    expect(first.Index).toBe(1);
  });

  test("validation: Add on a range that has one fails; Delete first", () => {
    const { first } = twoSheets();
    const v = first.Range("A1:A3").Validation;
    v.Add(XL.validate.wholeNumber, XL.alert.stop, XL.operator.greaterEqual, "0");
    expect(() => first.Range("A2").Validation.Add(XL.validate.decimal)).toThrow(/已有数据有效性/);
    expect(first.Range("A3").Validation.Formula1).toBe("0");
    expect(() => (v.InputTitle = "标".repeat(33))).toThrow(/32/);
    first.Range("A1:A3").Validation.Delete();
    expect(() => first.Range("A1").Validation.Type).toThrow(/没有数据有效性/);
  });

  test("FormatConditions: 1-based, relative references read from the active cell, Delete removes one", () => {
    const { first } = twoSheets();
    first.Activate();
    first.Range("B2").Select();
    const fc = first.Range("C3:D4").FormatConditions.Add(XL.expression, undefined, "=C3>0") as { Interior: { Color: unknown }; Delete(): void };
    fc.Interior.Color = bgrOf("#FFC7CE");
    expect(first.Range("D4").FormatConditions.Count).toBe(1);
    expect(first.Range("A1").FormatConditions.Count).toBe(0);
    const item = first.Range("A1:Z9").FormatConditions.Item(1) as { Formula1: string; AppliesTo: { Address(): string } };
    expect(item.Formula1).toBe("=C3>0");
    expect(item.AppliesTo.Address()).toBe("$C$3:$D$4");
    const { anchor } = twoSheetsAnchor(first);
    expect(anchor).toEqual({ row: 2, col: 2 });
    expect(() => first.Range("A1").FormatConditions.Item(1)).toThrow(/下标越界/);
    fc.Delete();
    expect(first.Range("C3").FormatConditions.Count).toBe(0);
  });

  test("a protected sheet refuses locked cells, formats, conditional formats; a password guards Unprotect", () => {
    const { first } = twoSheets();
    first.Range("B2").Locked = false;
    first.Protect("pw", true, true, true, false, false, true);
    first.Range("B2").Value2 = 3;
    expect(() => (first.Range("A1").Value2 = 3)).toThrow(/受保护/);
    expect(() => (first.Range("B2").Font.Bold = true)).toThrow(/受保护/);
    expect(() => first.Range("B2").FormatConditions.Add(XL.expression, undefined, "=TRUE")).toThrow(/受保护/);
    first.Range("A:A").ColumnWidth = 20; // AllowFormattingColumns
    expect(first.Protection.AllowFormattingColumns).toBe(true);
    expect(() => first.Unprotect()).toThrow(/密码不正确/);
    first.Unprotect("pw");
    expect(first.ProtectContents).toBe(false);
  });
});

describe("workbook", () => {
  test("custom document properties: Add, Item by name, no duplicates; built-in ones cannot be added", () => {
    const app = createMemoryEt();
    const custom = app.ActiveWorkbook!.CustomDocumentProperties as EtDocumentProperties;
    custom.Add("xxgk.a", false, XL.propertyString, "1");
    expect(custom.Item("XXGK.A").Value).toBe("1");
    expect(() => custom.Add("xxgk.a", false, XL.propertyString, "2")).toThrow(/已有/);
    expect(() => custom.Item("none")).toThrow(/没有文档属性/);
    const builtin = app.ActiveWorkbook!.BuiltinDocumentProperties as EtDocumentProperties;
    builtin.Item("Title").Value = "标题";
    expect(() => builtin.Add("Title", false)).toThrow(/不能添加/);
  });

  test("no workbook open: ActiveWorkbook is null", () => {
    expect(createMemoryEt({ noWorkbook: true }).ActiveWorkbook).toBeNull();
  });

  test("FreezePanes without a split freezes at the active cell", () => {
    const app = createMemoryEt();
    const ws = app.ActiveSheet as EtWorksheet;
    ws.Range("C4").Select();
    app.ActiveWindow.FreezePanes = true;
    expect([app.ActiveWindow.SplitRow, app.ActiveWindow.SplitColumn]).toEqual([3, 2]);
  });
});

function twoSheetsAnchor(ws: EtWorksheet) {
  const data = (ws as unknown as { data: EtSheetData }).data;
  return { anchor: data.conditions[0].anchor };
}
