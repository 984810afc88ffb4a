// The planted bugs `npm run mutate` tries (scripts/mutate.js), one at a time, each against the tests that should catch
// it. Each is data: the file, the exact text to find (it must occur exactly once), its replacement, the test files to
// run. When the code changes and a `find` is no longer there, the script reports the mutation as "not applicable —
// update the list": rewrite `find`/`replace` for the new code (same bug), or drop the entry if the check is gone.
//
// Add one when a test is written for a rule or tolerance: the smallest change that breaks what the test promises.

module.exports = [
  // — identities: exact sums —
  {
    id: "sums-tolerate-fractions",
    why: "identities must compare to the last fraction (a 0.5 off sum is off)",
    file: "src/core/rules/expand.ts",
    find: "return { left, right, difference, holds: difference === 0, unknownLeft: 0, unknownRight: 0 };",
    replace: "return { left, right, difference, holds: difference < 1, unknownLeft: 0, unknownRight: 0 };",
    tests: ["test/core/boundaries.test.ts", "test/core/golden.test.ts"],
  },
  {
    id: "sums-tolerate-one",
    why: "a sum off by one is the commonest slip the checker exists for",
    file: "src/core/rules/expand.ts",
    find: "return { left, right, difference, holds: difference === 0, unknownLeft: 0, unknownRight: 0 };",
    replace: "return { left, right, difference, holds: difference <= 1, unknownLeft: 0, unknownRight: 0 };",
    tests: ["test/core/property.test.ts", "test/core/boundaries.test.ts"],
  },
  {
    id: "t4-instance-dropped",
    why: "every identity instance is checked (表四 复议后起诉)",
    file: "src/core/rules/identities.ts",
    find: '      { name: "复议后起诉", left: ["afterReview.total"], right: { under: "afterReview", except: ["afterReview.total"] } },\n',
    replace: "",
    tests: ["test/core/golden.test.ts", "test/core/property.test.ts"],
  },
  // — cells —
  {
    id: "negative-count-accepted",
    why: "a negative count is an error",
    file: "src/core/validate/cells.ts",
    find: 'if (r.value < 0 && !rule.negative) add("cell.negative", undefined, r.value);',
    replace: 'if (r.value < -1 && !rule.negative) add("cell.negative", undefined, r.value);',
    tests: ["test/core/boundaries.test.ts", "test/core/golden.test.ts"],
  },
  // — editions and years —
  {
    id: "edition-last-year-excluded",
    why: "2020 is the last year of the 2019格式",
    file: "src/core/editions/editions.ts",
    find: "return year >= e.firstYear && (e.lastYear === undefined || year <= e.lastYear);",
    replace: "return year >= e.firstYear && (e.lastYear === undefined || year < e.lastYear);",
    tests: ["test/core/boundaries.test.ts"],
  },
  {
    id: "carry-over-from-2019",
    why: "上年结转 is checked from the 2020 report on: the 2018 report had no 表三",
    file: "src/core/rules/crossYear.ts",
    find: "firstReportYear: 2020,",
    replace: "firstReportYear: 2019,",
    tests: ["test/core/boundaries.test.ts"],
  },
  {
    id: "same-year-as-last-year",
    why: "last year's report must be exactly the year before",
    file: "src/core/validate/crossYear.ts",
    find: "if (lastYear.meta.reportYear !== year - 1) {",
    replace: "if (lastYear.meta.reportYear < year - 1) {",
    tests: ["test/core/boundaries.test.ts"],
  },
  {
    id: "superseded-format-in-its-last-year",
    why: "a 2020 report may cite the 2019格式; a 2021 one may not",
    file: "src/core/narrative/check.ts",
    find: "if (old.lastYear === undefined || old.lastYear >= year) continue;",
    replace: "if (old.lastYear === undefined || old.lastYear > year) continue;",
    tests: ["test/core/boundaries.test.ts", "test/narrative/checker.test.ts"],
  },
  // — the text against the tables —
  {
    id: "share-one-unit-off",
    why: "issue 19: 44.67% stated for 44.66% must be an error",
    file: "src/core/narrative/checkFigures.ts",
    find: "if (stated === shareScaled(count, baseValue, s.percent.decimals)) return;",
    replace: "if (Math.abs(stated - shareScaled(count, baseValue, s.percent.decimals)) <= 1) return;",
    tests: ["test/narrative/checker.test.ts", "test/narrative/property.test.ts", "test/narrative/tolerances.test.ts"],
  },
  {
    id: "share-truncation-an-error",
    why: "a share cut off at the decimals written (44.65% for 44.6557%) is honest: a warning, not an error",
    file: "src/core/narrative/checkFigures.ts",
    find: "if (stated === truncatedShare(count, baseValue, s.percent.decimals)) {",
    replace: "if (stated === truncatedShare(count, baseValue, s.percent.decimals) && false) {",
    tests: ["test/narrative/checker.test.ts", "test/narrative/tolerances.test.ts"],
  },
  {
    id: "change-one-unit-off",
    why: "「较上年增长6.20%」 for 6.1855…% is wrong (changes: rounded or cut off, nothing else)",
    file: "src/core/narrative/checkFigures.ts",
    find: "return stated === shareScaled(count, base, percent.decimals) || stated === truncatedShare(count, base, percent.decimals);",
    replace: "return Math.abs(stated - shareScaled(count, base, percent.decimals)) <= 1 || stated === truncatedShare(count, base, percent.decimals);",
    tests: ["test/narrative/generate.test.ts", "test/narrative/tolerances.test.ts"],
  },
  {
    id: "amount-one-unit-off",
    why: "0.41万元 stated for 3950元 is wrong",
    file: "src/core/narrative/checkFigures.ts",
    find: "return stated === Math.floor(scaled + 0.5 + 1e-9) || stated === Math.floor(scaled + 1e-9);",
    replace: "return Math.abs(stated - Math.floor(scaled + 0.5 + 1e-9)) <= 1 || stated === Math.floor(scaled + 1e-9);",
    tests: ["test/narrative/checker.test.ts", "test/narrative/tolerances.test.ts"],
  },
  {
    id: "change-direction-ignored",
    why: "「下降6.2%」 for a rise of 6.2% is wrong",
    file: "src/core/narrative/checkFigures.ts",
    find: "agrees = s.direction === direction && agreesWithShare(",
    replace: "agrees = agreesWithShare(",
    tests: ["test/narrative/generate.test.ts", "test/narrative/tolerances.test.ts"],
  },
  {
    id: "all-upheld-ignores-pending",
    why: "「均获维持」 while cases are 尚未审结 contradicts 表四",
    file: "src/core/narrative/checkFigures.ts",
    find: 'const contradicts = s.claim === "allUpheld" ? total > 0 && upheld !== total : corrected > 0;',
    replace: 'const contradicts = s.claim === "allUpheld" ? total > 0 && upheld + pending !== total : corrected > 0;',
    tests: ["test/narrative/checker.test.ts"],
  },
  {
    id: "duplication-at-the-limit",
    why: "duplication warns above 50%, not at 50%",
    file: "src/core/narrative/check.ts",
    find: "if (d.share <= DUPLICATION_LIMIT) return [];",
    replace: "if (d.share < DUPLICATION_LIMIT) return [];",
    tests: ["test/narrative/duplication.test.ts", "test/narrative/tolerances.test.ts"],
  },
  // — importing published reports —
  {
    id: "row-duplicate-dropped",
    why: "issue 19: a row found twice with different numbers is reported (import.rowDuplicate)",
    file: "src/core/import/place.ts",
    find: 'placed.rowProblems.push({ table: table.id, problem: { rule: "import.rowDuplicate"',
    replace: 'void ({ table: table.id, problem: { rule: "import.rowDuplicate"',
    tests: ["test/core/ruleCoverage.test.ts", "test/import/malformed.test.ts"],
  },
  {
    id: "import-cap-off-by-one",
    why: "a text of exactly the cap is read; one character more is refused",
    file: "src/core/import/limits.ts",
    find: "return size > limit ? { ok: false, ...tooBig(size, limit) } : undefined;",
    replace: "return size >= limit ? { ok: false, ...tooBig(size, limit) } : undefined;",
    tests: ["test/import/malformed.test.ts"],
  },
  // — workbooks: work bounds —
  {
    id: "zip-part-inflated-past-its-claim",
    why: "each zip part is inflated with its stated size as the ceiling (a zip bomb stops there)",
    file: "src/xlsx/limits.ts",
    find: "inflateRawCapped(buffer.subarray(start, start + part.compressed), part.uncompressed + 1);",
    replace: "inflateRawCapped(buffer.subarray(start, start + part.compressed), 256 * 1024 * 1024);",
    tests: ["test/safety/workbookBounds.test.ts"],
  },
  {
    id: "workbook-file-cap-off-by-one",
    why: "a workbook of exactly maxFileBytes is not refused for its size",
    file: "src/xlsx/read.ts",
    find: "if (buffer.length > WORKBOOK_LIMITS.maxFileBytes) {",
    replace: "if (buffer.length >= WORKBOOK_LIMITS.maxFileBytes) {",
    tests: ["test/safety/workbookBounds.test.ts"],
  },
  // — the rule catalog itself —
  {
    id: "rule-without-a-case",
    why: "a rule added to the catalog without a planted case must fail the coverage test",
    file: "src/core/rules/workbookRules.ts",
    find: "] as const satisfies readonly RuleDef[];",
    replace: '  { id: "cell.mutantRule", severity: "warning", title: "mutant", basis: "mutation check", message: "mutant" },\n] as const satisfies readonly RuleDef[];',
    tests: ["test/core/ruleCoverage.test.ts"],
  },
];
