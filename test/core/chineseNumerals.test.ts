import { findChineseNumerals, readChineseNumber } from "../../src/core";

/** The Chinese numeral reader: strict, so that what it cannot read for sure it does not read. Values by hand. */

describe("readChineseNumber: well-formed numbers in the written style", () => {
  test.each([
    ["〇", 0],
    ["零", 0],
    ["一", 1],
    ["两", 2],
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["一十二", 12],
    ["二十", 20],
    ["二十一", 21],
    ["一百", 100],
    ["两百", 200],
    ["一百零五", 105],
    ["一百一十", 110],
    ["一百一十九", 119],
    ["三千零五十", 3050],
    ["一千零一", 1001],
    ["一千零一十", 1010],
    ["三千一百一十九", 3119],
    ["九千九百九十九", 9999],
    ["两千", 2000],
    ["一万", 10000],
    ["两万", 20000],
    ["十万", 100000],
    ["一万五千", 15000],
    ["一万零五百", 10500],
    ["一万零五", 10005],
    ["十二万三千四百五十六", 123456],
    ["三亿", 300000000],
    ["一亿零五百万", 105000000],
  ])("%s → %d", (text, value) => {
    expect(readChineseNumber(text)).toEqual({ value, decimals: 0 });
  });

  test.each([
    ["三点五", 3.5, 1],
    ["四十四点六六", 44.66, 2],
    ["九万六千一百七十一点六", 96171.6, 1],
    ["零点五", 0.5, 1],
  ])("decimals: %s → %d (%i decimals)", (text, value, decimals) => {
    expect(readChineseNumber(text)).toEqual({ value, decimals });
  });
});

describe("readChineseNumber: what is not a number in the written style is not read", () => {
  test.each([
    ["十四五", "a plan's name (十四五规划), not 145 or 45"],
    ["十三五", "a plan's name"],
    ["二百五", "speech for 250: written 二百五十"],
    ["一百五", "speech for 150"],
    ["两千三", "speech for 2300"],
    ["一万五", "speech for 15000"],
    ["一百十", "written 一百一十"],
    ["一千五十", "a skipped place needs 零: 一千零五十"],
    ["一百零五十", "零 marks a skipped place; none is skipped"],
    ["两十", "two tens is 二十"],
    ["一百零两", "两 is not a units digit"],
    ["一百零", "a trailing 零"],
    ["零五", "a leading 零"],
    ["百", "a place without a digit"],
    ["万", "a place without a digit"],
    ["千万", "an adverb (千万不要)"],
    ["二〇二四", "a year written digit by digit"],
    ["一二三", "digits without places"],
    ["点五", "no integer part"],
    ["三点", "no decimals"],
    ["", "nothing"],
  ])("%s: not read (%s)", (text) => {
    expect(readChineseNumber(text)).toBeUndefined();
  });
});

describe("findChineseNumerals: runs in a text, with estimates and digit strings told apart", () => {
  test("each run with its offsets and reading", () => {
    const runs = findChineseNumerals("二〇二四年收到两三件，十几件，几十件，一百零五件，十四五");
    expect(runs.map((r) => [r.text, r.start, r.reading?.value, r.approximate, r.digitString])).toEqual([
      ["二〇二四", 0, undefined, false, true],
      ["两三", 7, undefined, true, false],
      ["十几", 11, undefined, true, false],
      ["几十", 15, undefined, true, false],
      ["一百零五", 19, 105, false, false],
      ["十四五", 25, undefined, false, false],
    ]);
  });

  test("neighbouring digits are an estimate (七八件); other digit pairs are a digit string (三五)", () => {
    expect(findChineseNumerals("七八").map((r) => [r.approximate, r.digitString])).toEqual([[true, false]]);
    expect(findChineseNumerals("三五").map((r) => [r.approximate, r.digitString])).toEqual([[false, true]]);
  });

  test("decimals belong to the run only when digits follow 点 (「重点」「一点」 end the run)", () => {
    expect(findChineseNumerals("三点五万元").map((r) => [r.text, r.reading?.value])).toEqual([["三点五万", undefined]]);
    expect(findChineseNumerals("三点工作").map((r) => r.text)).toEqual(["三"]);
  });
});
