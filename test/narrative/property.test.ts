import fc from "fast-check";
import { checkNarrative, draftToNarrative, editionForYear, generateNarrative, levelIds, narrativeSentences, readStatements, validate } from "../../src/core";
import type { EditionId, Report } from "../../src/core";
import { consistentReport } from "../helpers/randomReports";
import { toReport } from "../helpers/reports";

/**
 * Property tests (bounded): for random consistent reports — both editions, any level, fees given or not, last year
 * known or not, many-zeros tables — the checker finds nothing in the generator's own text but the prompts left for
 * the clerk (and, when 基本信息 gives no fee in the 2021格式, that the fee is not stated). And the checker is not
 * vacuous: any figure or share of the generated text changed is caught.
 */

const agencies = ["淮安市人民政府", "余姚市应急管理局", "某某镇人民政府", "某某街道办事处", "某某市发展和改革委员会", ""];

function scenario(edition: EditionId) {
  const years = edition === "2019" ? fc.constantFrom(2019, 2020) : fc.integer({ min: 2021, max: 2030 });
  const tables = (e: EditionId) => fc.oneof(consistentReport(e), consistentReport(e, { max: 2 }));
  return years.chain((year) => {
    const lastEdition = editionForYear(year - 1) ?? edition;
    return fc.record({
      year: fc.constant(year),
      input: tables(edition),
      last: fc.option(tables(lastEdition), { nil: undefined }),
      agency: fc.constantFrom(...agencies),
      level: fc.constantFrom(...levelIds),
      fee: fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100000 })), { nil: undefined }),
    });
  });
}

type Scenario = ReturnType<typeof scenario> extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const report = toReport({ ...s.input, meta: { ...s.input.meta, reportYear: s.year, agency: s.agency, level: s.level, informationFeeYuan: s.fee } });
  const lastYear = s.last ? toReport({ ...s.last, meta: { ...s.last.meta, reportYear: s.year - 1 } }) : undefined;
  const narrative = draftToNarrative(generateNarrative(report, { lastYear }));
  return { report: { ...report, narrative } as Report, lastYear };
}

describe.each(["2019", "2021"] as const)("%s格式", (edition) => {
  test("the checker finds nothing in the generator's own text (prompts aside)", () => {
    fc.assert(
      fc.property(scenario(edition), (s) => {
        const { report, lastYear } = build(s);
        const findings = checkNarrative(report, { lastYear });
        const unexpected = findings.filter(
          (f) => f.rule !== "narrative.promptLeft" && !(f.rule === "narrative.feeNotReported" && s.fee === undefined && edition === "2021"),
        );
        expect(unexpected).toEqual([]);
        // Through validate() too: tables and text together give no error.
        expect(validate(report).filter((f) => f.severity === "error")).toEqual([]);
        // Never the ambiguous 「受理」, never an unfilled placeholder.
        expect(report.narrative?.sections.some((x) => x.body.includes("受理") || /[{}]/.test(x.body))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  test("any figure or share of the generated text, changed, is caught as an error", () => {
    fc.assert(
      fc.property(scenario(edition), fc.nat(), (s, pick) => {
        const { report, lastYear } = build(s);
        const statements = readStatements(report, narrativeSentences(report.narrative!)).filter((x) => x.kind === "value" || x.kind === "share");
        if (statements.length === 0) return;
        const target = statements[pick % statements.length];
        let from: string;
        let to: string;
        if (target.kind === "value") {
          from = target.text;
          to = target.text.replace(target.written.text, target.written.text.replace(/^\d+/, (d) => String(Number(d) + 1)));
        } else if (target.kind === "share") {
          from = target.text;
          const { value, decimals, text } = target.percent;
          to = target.text.replace(text, `${(value + 5 / 10 ** decimals).toFixed(decimals)}%`);
        } else return;
        const section = report.narrative!.sections.find((x) => x.body.includes(from));
        if (!section) throw new Error(`「${from}」 not found in the generated text`);
        section.body = section.body.replace(from, to);
        const errors = checkNarrative(report, { lastYear }).filter((f) => f.severity === "error");
        expect(errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
