import * as fs from "node:fs";
import * as path from "node:path";
import { formatShare, splitSections } from "../../src/core";

const SHARED = path.join(__dirname, "..", "fixtures", "published");
const fixture = (name: string) => fs.readFileSync(path.join(SHARED, name), "utf8");

describe("formatShare: the one way a share is printed", () => {
  test.each([
    [966, 1453, "66.48%"], // report-format.md §7 example
    [67, 1453, "4.61%"],
    [81, 1453, "5.57%"],
    [182, 1453, "12.53%"],
    [61, 1453, "4.20%"],
    [96, 1453, "6.61%"],
    [1, 8, "12.50%"],
    [1, 3, "33.33%"],
    [2, 3, "66.67%"],
    [0, 5, "0.00%"],
    [5, 5, "100.00%"],
  ])("%i / %i → %s", (count, base, expected) => {
    expect(formatShare(count, base)).toBe(expected);
  });

  test("half up on the exact value, one decimal", () => {
    expect(formatShare(1, 16, 1)).toBe("6.3%"); // 6.25 → 6.3
    expect(formatShare(1, 40, 0)).toBe("3%"); // 2.5 → 3
  });

  test("no share of nothing", () => {
    expect(formatShare(0, 0)).toBeUndefined();
  });
});

describe("splitSections on the real reports", () => {
  test("淮安 2024 (PDF text): six standard sections; table rows 「一、本年新收…」 are not headings", () => {
    const split = splitSections(fixture("huaian-shizhengfu-2024.txt").replace(/^- \d+ -$/gm, ""));
    expect(split.title).toBe("淮安市人民政府\n2024 年政府信息公开工作年度报告");
    expect(split.preamble.startsWith("本报告由淮安市人民政府办公室根据《中华人民共和国政府")).toBe(true);
    expect(split.sections.map((s) => [s.heading, s.standard])).toEqual([
      ["一、总体情况", "overview"],
      ["二、主动公开政府信息情况", "proactive"],
      ["三、收到和处理政府信息公开申请情况", "requests"],
      ["四、政府信息公开行政复议、行政诉讼情况", "reviewLitigation"],
      ["五、存在的主要问题及改进情况", "problems"],
      ["六、其他需要报告的事项", "other"],
    ]);
    expect(split.sections[2].body).toContain("四、结转下年度继续办理 103 0 0 0 0 0 103");
    expect(split.sections[5].body).toBe("2024 年，市政府严格落实《政府信息公开信息处理费管理\n办法》，全年收取政府信息公开信息处理费 3940 元。");
  });

  test("余姚 2020 (web text): seven sections, renumbered, with extra and missing standard ones", () => {
    const split = splitSections(fixture("yuyao-yingjiju-2020.txt"));
    expect(split.title).toBe("余姚市应急管理局\n2020年政府信息公开工作年度报告");
    expect(split.sections.map((s) => [s.heading, s.standard])).toEqual([
      ["一、总体情况", "overview"],
      ["二、主要工作措施", undefined],
      ["三、主动公开政府信息情况", "proactive"],
      ["四、收到和处理政府信息公开申请情况", "requests"],
      ["五、政府信息公开行政复议、行政诉讼情况", "reviewLitigation"],
      ["六、存在问题", undefined],
      ["七、今后主要工作思路", undefined],
    ]);
    // The table's own 「四、转结下年度继续办理」 stays inside section 四.
    expect(split.sections[3].body).toContain("四、转结下年度继续办理");
  });
});
