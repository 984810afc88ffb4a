import { ruleCatalog } from "../../src/core";
import { ruleCases } from "./ruleCases";

/**
 * Every catalogued rule is produced by a planted input (test/core/ruleCases.ts) through a public entry point, with
 * the catalog's severity and a message with every placeholder filled — and the same input without the plant does not
 * produce it. A rule added to the catalog without a case fails here until one is written.
 */

const catalogued = ruleCatalog.map((r) => r.id);

test("every catalogued rule has a planted case in test/core/ruleCases.ts, and every case names a catalogued rule", () => {
  const missing = catalogued.filter((id) => !(id in ruleCases));
  const stale = Object.keys(ruleCases).filter((id) => !catalogued.includes(id));
  expect({ "rules without a case (add one to test/core/ruleCases.ts)": missing, "cases for no catalogued rule": stale }).toEqual({
    "rules without a case (add one to test/core/ruleCases.ts)": [],
    "cases for no catalogued rule": [],
  });
});

describe.each(ruleCatalog.filter((r) => r.id in ruleCases).map((r) => [r.id, r] as const))("%s", (id, rule) => {
  const { planted, findings } = ruleCases[id];

  test(`fires on: ${planted}`, async () => {
    const found = (await findings(true)).filter((f) => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe(rule.severity);
      // An unfilled {placeholder} means the finding was made without a value its message needs.
      expect(f.message).not.toMatch(/\{[^{}]+\}/);
      expect(f.message.trim()).not.toBe("");
    }
  });

  test("does not fire without the plant", async () => {
    expect((await findings(false)).filter((f) => f.rule === id)).toEqual([]);
  });
});
