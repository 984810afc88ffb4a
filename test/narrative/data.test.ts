import { editionIndex, editions, generateNarrative, narrativeSentences, narrativeToText, phraseBooks, readStatements, ruleById } from "../../src/core";
import type { EditionId, ReportInput } from "../../src/core";
import { narrativeRules } from "../../src/core/rules/narrativeRules";
import { fixtureInput, toReport } from "../helpers/reports";

/** The narrative data (phrases, vocabulary, rules) agrees with the edition data it refers to. */

describe.each(["2019", "2021"] as const)("%s格式", (edition: EditionId) => {
  const index = editionIndex(edition);
  const t3 = index.table("t3").blocks[0];

  test("every numbered row of 表三 （三）–（六） is named by the checker's vocabulary (its label, numbering stripped)", () => {
    const numbered = t3.rows.filter((r) => /^\d\./.test(r.label) && r.key !== "t3.other.other");
    expect(numbered.length).toBe(edition === "2021" ? 18 : 16);
    for (const row of numbered) {
      const sentence = `其中${row.label.replace(/^\d\./, "")}5件。`;
      const input: ReportInput = { meta: { agency: "测试", reportYear: editions[edition].firstYear, edition }, cells: { [`${row.key}|total`]: 5 }, narrative: { sections: [] } };
      const report = toReport(input);
      const statements = readStatements(report, [{ section: "一、总体情况", sentence }]);
      expect(statements.map((s) => (s.kind === "value" ? s.figure.id : s.kind))).toEqual([row.key]);
    }
  });

  test("every cell named in the phrase book's templates is a cell of the edition", () => {
    const templates = JSON.stringify(phraseBooks[edition]);
    const named = [...templates.matchAll(/\{(t\d\.[^{}|]+\|[^{}]+)\}/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const key of named) expect(index.cell(key)).toBeDefined();
  });
});

test("every narrative rule is in the catalog with a severity", () => {
  for (const rule of narrativeRules) expect(ruleById(rule.id).severity).toMatch(/^(error|warning)$/);
});

test("generated text leaves no placeholder unfilled", () => {
  for (const name of ["huaian-2024", "yuyao-2020"] as const) {
    const text = narrativeToText(generateNarrative(toReport(fixtureInput(name))));
    expect(text).not.toMatch(/[{}]/);
  }
});

test("narrativeSentences keeps a sub-heading line apart from the paragraph under it", () => {
  const sentences = narrativeSentences({ sections: [{ heading: "一、总体情况", body: "（一）主动公开情况\n2024年，我市制发规章1件。" }] }).map((s) => s.sentence);
  expect(sentences).toEqual(["（一）主动公开情况", "2024年，我市制发规章1件。"]);
});
