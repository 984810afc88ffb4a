import { closeLetterSpacing, isLetterSpaced } from "../../src/core/import/letterSpacing";
import { PAGE_MARKER } from "../../src/core/text";

const spaced = (s: string) => s.replace(/([\u4e00-\u9fa5，。、（）])(?=[\u4e00-\u9fa5，。、（）])/g, "$1 ");

const PARAGRAPH = "本年度，我局认真贯彻落实政府信息公开条例，主动公开各类信息，依申请公开工作规范有序，复议诉讼情况如下表所示。";

describe("letter-spaced Chinese (a PDF converter that placed each character alone)", () => {
  test("a letter-spaced document is closed up: headings and labels become words again, cells stay apart", () => {
    const text = [spaced("一、总体情况"), spaced(PARAGRAPH), spaced("规章") + "  0  0  0", spaced("（七）总计") + " 12 3 0"].join("\n");
    expect(isLetterSpaced(text)).toBe(true);
    expect(closeLetterSpacing(text).split("\n")).toEqual(["一、总体情况", PARAGRAPH, "规章  0  0  0", "（七）总计 12 3 0"]);
  });

  test("a document with a few words set apart is left as written", () => {
    const text = [`${spaced("总体情况")}`, PARAGRAPH, PARAGRAPH, `签 名 ${PARAGRAPH}`].join("\n");
    expect(isLetterSpaced(text)).toBe(false);
    expect(closeLetterSpacing(text)).toBe(text);
  });

  test("a short letter-spaced line alone is not enough to rewrite a document", () => {
    expect(isLetterSpaced(spaced("政府信息公开"))).toBe(false);
  });
});

test("page markers in full-width digits are page markers", () => {
  for (const line of ["- ４ -", "－１２－", "第３页 共７页"]) expect([line, PAGE_MARKER.test(line)]).toEqual([line, true]);
  expect(PAGE_MARKER.test("- ４ - 规章")).toBe(false);
});
