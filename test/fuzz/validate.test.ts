import fc from "fast-check";
import { generateNarrative, narrativeToText, parseReport, validate } from "../../src/core";
import { reportInput, runs, seed } from "./arbitraries";
import { CALL_GUARD_MS, expectClearFindings, timed } from "./check";

/**
 * validate() never throws on a report the schema accepts — any raw texts, years, editions, levels, labels, cell
 * addresses, import problems and narratives — with or without last year's report and a required edition; and the
 * narrative is generated from any such report. Findings always have plain messages.
 */

test("validate() and narrative generation on random schema-valid reports", () => {
  let accepted = 0;
  fc.assert(
    fc.property(reportInput, fc.option(reportInput, { nil: undefined }), fc.option(fc.constantFrom("2019" as const, "2021" as const), { nil: undefined }), (input, lastInput, expectedEdition) => {
      const parsed = parseReport(input);
      if (!parsed.success) return;
      accepted++;
      const last = lastInput === undefined ? undefined : parseReport(lastInput);
      const lastYear = last?.success ? last.data : undefined;
      const findings = timed(CALL_GUARD_MS, () => validate(parsed.data, { lastYear, expectedEdition }), "validate");
      expectClearFindings(findings);
      timed(CALL_GUARD_MS, () => narrativeToText(generateNarrative(parsed.data, { lastYear })), "generateNarrative");
    }),
    { numRuns: runs(300), seed: seed(1) },
  );
  // The generator must reach validate(): most of its reports are schema-valid.
  expect(accepted).toBeGreaterThan(runs(300) * 0.8);
});
