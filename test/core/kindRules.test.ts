import { editionIndex, kindRules, validate, valueKinds } from "../../src/core";
import type { EditionId, KindRule, ValueKind } from "../../src/core";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * validate()'s cell checks follow the per-kind rules in editions/types.ts (kindRules), the same data the template's
 * data validation and red formats are drawn from: change a kind's rule there and both follow. The literal findings for
 * today's rules are pinned in golden.test.ts; here the expectation is read off kindRules, so a rule changed in one
 * place only (the data, or a re-stated copy in the checker) fails.
 */

/** One real cell of each kind, in a fixture of the edition that has it. */
const cellOfKind: Record<ValueKind, { fixture: "huaian-2024" | "yuyao-2020"; edition: EditionId; row: string; column: number }> = {
  count: { fixture: "huaian-2024", edition: "2021", row: "t3.withheld.stateSecret", column: 0 },
  amountWan: { fixture: "huaian-2024", edition: "2021", row: "t2.fees", column: 0 },
  signedCount: { fixture: "yuyao-2020", edition: "2019", row: "t2.licensing", column: 1 },
  freeAmount: { fixture: "yuyao-2020", edition: "2019", row: "t2.procurement", column: 1 },
};

/** The cell rules a value written into a cell of `rule`'s kind should raise, read off the rule. */
function expectedRules(rule: KindRule, written: { value: number; unit?: string }): string[] {
  const found: string[] = [];
  if (!rule.number) {
    if (!written.unit) found.push("cell.unitMissing");
    else if (!rule.units?.includes(written.unit)) found.push("cell.unit");
  } else if (written.unit) {
    found.push(rule.unit && written.unit !== rule.unit ? "cell.wrongUnit" : "cell.unit");
  }
  if (written.value < 0 && !rule.negative) found.push("cell.negative");
  if (!Number.isInteger(written.value) && rule.integer) found.push("cell.notInteger");
  return found;
}

const samples: { raw: string; value: number; unit?: string }[] = [
  { raw: "-2", value: -2 },
  { raw: "2.5", value: 2.5 },
  { raw: "-0.5", value: -0.5 },
  { raw: "3件", value: 3, unit: "件" },
  { raw: "3元", value: 3, unit: "元" },
  { raw: "3万元", value: 3, unit: "万元" },
  { raw: "1.5万元", value: 1.5, unit: "万元" },
];

function cellRulesFor(kind: ValueKind, raw: string): string[] {
  const at = cellOfKind[kind];
  const input = fixtureInput(at.fixture);
  input.rows[at.row][at.column] = raw;
  const key = editionIndex(at.edition).cells.find((c) => c.row.key === at.row && c.columnIndex === at.column)?.key;
  expect(editionIndex(at.edition).cell(key!)?.kind).toBe(kind);
  return validate(toReport(input))
    .filter((f) => f.rule.startsWith("cell.") && f.location.key === key)
    .map((f) => f.rule);
}

describe("validate()'s cell checks are driven by kindRules", () => {
  test("every kind has a sample cell", () => {
    expect(Object.keys(cellOfKind).sort()).toEqual([...valueKinds].sort());
  });

  test.each(valueKinds.flatMap((kind) => samples.map((s) => [kind, s.raw, s] as const)))("%s cell 「%s」", (kind, raw, sample) => {
    expect(cellRulesFor(kind, raw)).toEqual(expectedRules(kindRules[kind], sample));
  });

  test("a kind's rule changed in the data changes what validate() reports (no second copy of the rule)", () => {
    const rules = kindRules as Record<ValueKind, KindRule>;
    const saved = { count: rules.count, amountWan: rules.amountWan, freeAmount: rules.freeAmount };
    try {
      rules.count = { ...saved.count, negative: true, integer: false };
      rules.amountWan = { ...saved.amountWan, unit: "元" };
      rules.freeAmount = { ...saved.freeAmount, units: ["元"] };
      expect(cellRulesFor("count", "-2.5")).toEqual([]);
      expect(cellRulesFor("amountWan", "3万元")).toEqual(["cell.wrongUnit"]);
      expect(cellRulesFor("amountWan", "3元")).toEqual(["cell.unit"]);
      expect(cellRulesFor("freeAmount", "3万元")).toEqual(["cell.unit"]);
    } finally {
      Object.assign(rules, saved);
    }
    expect(cellRulesFor("count", "-2.5")).toEqual(["cell.negative", "cell.notInteger"]);
  });
});
