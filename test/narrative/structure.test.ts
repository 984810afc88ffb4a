import { checkStructure, sectionHeadings, splitSections, standardSectionOf } from "../../src/core";
import type { Finding } from "../../src/core";
import { SIX_HEADINGS } from "../helpers/reports";

/**
 * One notion of 「which standard section is this heading」: the structure check recognises a heading exactly when
 * standardSectionOf (and so splitSections) does, and only falls back to its keywords for headings they do not know.
 * A table over every heading of sectionHeadings and its variants, each spelled the ways real reports spell it.
 */

const body = "正文。";

/** The six standard sections, with the one at `position` headed `heading`. */
function structureWith(position: number, heading: string): Finding[] {
  const sections = SIX_HEADINGS.map((h, i) => ({ heading: i === position ? heading : h, body }));
  return checkStructure({ sections });
}

/** Spellings of one heading that all name the same section; `numbered`: written with the format's numeral. */
function spellings(heading: string): { text: string; numbered: boolean }[] {
  const m = /^([一二三四五六])、(.*)$/.exec(heading)!;
  const [, numeral, words] = m;
  return [
    { text: heading, numbered: true },
    { text: `${numeral}．${words}`, numbered: true }, // full-width full stop
    { text: `${numeral}.${words}`, numbered: true },
    { text: `${numeral}，${words}`, numbered: true },
    { text: `${numeral} 、 ${words} `, numbered: true },
    { text: `${numeral}、${words.slice(0, 2)} ${words.slice(2)}`, numbered: true }, // a stray space inside, as PDFs give
    { text: `七、${words}`, numbered: false },
    { text: words, numbered: false },
  ];
}

const table = sectionHeadings.flatMap((section, position) =>
  [section.heading, ...section.variants].flatMap((written) =>
    spellings(written).map((spelled) => ({ key: section.key, position, standard: section.heading, written, ...spelled })),
  ),
);

describe("the structure check and standardSectionOf agree on every heading both accept", () => {
  test("the table covers every standard heading and variant", () => {
    expect(new Set(table.map((r) => r.written)).size).toBe(sectionHeadings.reduce((n, s) => n + 1 + s.variants.length, 0));
  });

  test.each(table.map((r) => [r.text, r] as const))("「%s」", (_text, row) => {
    expect(standardSectionOf(row.text)).toBe(row.key);

    const findings = structureWith(row.position, row.text);
    // Recognised as the same section: nothing missing, nothing extra, nothing out of order.
    expect(findings.filter((f) => f.rule !== "structure.headingVariant")).toEqual([]);
    const reasons = [
      ...(row.numbered ? [] : [`格式规定这是第${row.standard[0]}部分，应编号为「${row.standard[0]}、」`]),
      ...(row.written === row.standard ? [] : ["标题文字不同"]),
    ];
    expect(findings.map((f) => f.message)).toEqual(
      reasons.length ? [`章节标题「${row.text.trim()}」与格式规定的「${row.standard}」不一致（${reasons.join("；")}）。`] : [],
    );
  });

  test("splitSections takes every spelling as a heading and names the same section", () => {
    let headingsTaken = 0;
    for (const row of table) {
      const lines = SIX_HEADINGS.map((h, i) => (i === row.position ? row.text : h)).flatMap((h) => [h, body]);
      const split = splitSections(lines.join("\n"));
      const taken = split.sections.find((s) => s.heading === row.text.trim());
      if (!taken) continue;
      headingsTaken++;
      expect([row.text, taken.standard]).toEqual([row.text, row.key]);
    }
    // Sections are recognised by their words wherever they stand: renumbered (「七、」), unnumbered, 「一，」 (issue 15).
    expect(headingsTaken).toBe(table.length);
  });

  test("the keyword fallback only answers for headings standardSectionOf does not know", () => {
    // 余姚's 「六、存在问题」: not a known variant, found as the problems section by its words, numbered wrongly.
    expect(standardSectionOf("六、存在问题")).toBeUndefined();
    expect(structureWith(4, "六、存在问题").map((f) => f.message)).toEqual([
      "章节标题「六、存在问题」与格式规定的「五、存在的主要问题及改进情况」不一致（格式规定这是第五部分，应编号为「五、」；标题文字不同）。",
    ]);
    // Words naming two sections are no section: an extra one, and the standard one missing.
    expect(structureWith(3, "四、主动公开和依申请公开情况").map((f) => f.rule)).toEqual(["structure.sectionExtra", "structure.sectionMissing"]);
  });
});

describe("sections by their words, wherever they stand (issue 15)", () => {
  const text = (headings: string[]) => headings.flatMap((h) => [h, body]).join("\n");

  test("a missing heading affects only its own section", () => {
    const headings = SIX_HEADINGS.filter((h) => !h.startsWith("二"));
    const split = splitSections(text(headings));
    expect(split.sections.map((s) => s.standard)).toEqual(["overview", "requests", "reviewLitigation", "problems", "other"]);
    expect(checkStructure({ sections: split.sections }).map((f) => f.rule)).toEqual(["structure.sectionMissing"]);
  });

  test("renumbered after a missing one: found by their words, each said once", () => {
    const headings = ["一、总体情况", "二、收到和处理政府信息公开申请情况", "三、政府信息公开行政复议、行政诉讼情况", "四、存在的主要问题及改进情况", "五、其他需要报告的事项"];
    const split = splitSections(text(headings));
    expect(split.sections.map((s) => s.standard)).toEqual(["overview", "requests", "reviewLitigation", "problems", "other"]);
    const rules = checkStructure({ sections: split.sections }).map((f) => f.rule);
    expect(rules.filter((r) => r === "structure.sectionMissing")).toHaveLength(1);
  });

  test("markdown 「## 」 headings, unnumbered headings, headings inside a flattened line", async () => {
    const { importText } = await import("../../src/core/import");
    const markdown = ["# 某某局2024年政府信息公开工作年度报告", ...SIX_HEADINGS.flatMap((h) => [`## ${h}`, body])].join("\n");
    const md = importText(markdown);
    expect(md.ok && md.report.narrative?.sections.map((s) => s.heading)).toEqual(SIX_HEADINGS);
    const unnumbered = splitSections(text(SIX_HEADINGS.map((h) => h.slice(2))));
    expect(unnumbered.sections.map((s) => s.standard)).toEqual(["overview", "proactive", "requests", "reviewLitigation", "problems", "other"]);
    const flattened = splitSections(`本报告由六个部分组成。 一、总体情况 2024年，本局认真落实条例。 二、主动公开政府信息情况`);
    expect(flattened.sections.map((s) => [s.heading, s.body])).toEqual([
      ["一、总体情况", "2024年，本局认真落实条例。"],
      ["二、主动公开政府信息情况", ""],
    ]);
  });

  test.each([
    ["一、工作概述", 0],
    ["一、概述", 0],
    ["五、存在的不足及改进措施", 4],
  ])("other words real reports use: %s is its section, said as other words", (heading, position) => {
    expect(structureWith(position, heading).map((f) => f.rule)).toEqual(["structure.headingVariant"]);
  });

  test("a heading the file cut short (「五、存在的主」) is still its section", () => {
    expect(splitSections(text([...SIX_HEADINGS.slice(0, 4), "五、存在的主"])).sections.map((s) => s.standard)).toEqual([
      "overview",
      "proactive",
      "requests",
      "reviewLitigation",
      undefined,
    ]);
    expect(checkStructure({ sections: splitSections(text([...SIX_HEADINGS.slice(0, 4), "五、存在的主"])).sections }).map((f) => f.rule)).toEqual([
      "structure.headingVariant",
      "structure.sectionMissing",
    ]);
    // Where the file is known to stop there (import.documentCut), the heading is the format's cut short and 六 was
    // never in the file: nothing to say.
    const cutSections = [...SIX_HEADINGS.slice(0, 4).map((heading) => ({ heading, body })), { heading: "五、存在的主", body: "" }];
    expect(checkStructure({ sections: cutSections }, { end: "problems" })).toEqual([]);
  });
});
