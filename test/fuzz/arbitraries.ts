import fc from "fast-check";
import { editionIds, editionIndex, editions, levelIds, ruleCatalog, sectionHeadings } from "../../src/core";

/**
 * Inputs for the fuzz tests: what clerks, other tools and attackers put into the things we read. Built from the
 * edition data (real keys, labels and headings mixed with random ones), so random inputs reach deep code.
 */

/** Runs per property: small in `npm test` (the whole fuzz suite stays within ~30 s); XXGK_FUZZ_SCALE=20 for a long hunt. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * Number(process.env.XXGK_FUZZ_SCALE ?? 1)));
}

/** Fixed seeds keep `npm test` reproducible; XXGK_FUZZ_SEED explores others (fast-check prints the failing seed). */
export function seed(offset: number): number {
  return Number(process.env.XXGK_FUZZ_SEED ?? 20250101) + offset;
}

const allKeys = [...new Set(editionIds.flatMap((id) => editionIndex(id).cells.map((c) => c.key)))];
const allRowKeys = [...new Set(editionIds.flatMap((id) => editions[id].tables.flatMap((t) => t.blocks.flatMap((b) => b.rows.map((r) => r.key)))))];
const allColumnKeys = [...new Set(editionIds.flatMap((id) => editions[id].tables.flatMap((t) => t.blocks.flatMap((b) => b.columns.map((c) => `${b.key}/${c.key}`)))))];
const allLabels = [...new Set(editionIds.flatMap((id) => editions[id].tables.flatMap((t) => t.blocks.flatMap((b) => [...b.rows.map((r) => r.label), ...b.columns.map((c) => c.label)]))))];
const importRuleIds = ruleCatalog.filter((r) => r.id.startsWith("import.")).map((r) => r.id);

/** Text as found in number cells: digits in every disguise, placeholders, units, formulas, junk, huge numbers. */
export const cellText = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.constantFrom("", " ", "/", "\\", "-", "--", "—", "无", "空", "N/A", "０", "１２", "－３", "+3", "-0", "1,234", "12,34", "3.5", ".5", "5.", "1e5", "0x10", "251000元", "366.47203万元", "3件", "约30", "见附件", "=SUM(A1:A3)", "@cmd", "１２万元", "9".repeat(20), "9".repeat(400), "\u2212" + "7", "NaN", "Infinity", "1\n2", "\t5\t", "①", "¹²"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);

/** A cell as a report JSON may give it. */
const cellInput = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 5000 }) },
  { weight: 3, arbitrary: cellText },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ raw: fc.option(cellText, { nil: undefined }), value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined }) }, { requiredKeys: [] }) },
);

/** What a clear message never shows: a value that was missing or could not be formatted. */
export const GARBLED = /undefined|NaN|\[object |Infinity/;

/** Free text (names, headings, paragraphs). Never itself looks like a garbled value, so messages can be checked for those. */
const someText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 })).filter((s) => !GARBLED.test(s));

/** Narrative text: sentences a report writes (numbers, shares, claims) mixed with random text. */
const sentence = fc.oneof(
  someText,
  fc.tuple(fc.constantFrom("本年新收政府信息公开申请", "予以公开", "行政复议", "行政诉讼", "主动公开规章", "结转下年度继续办理", "收取信息处理费", "较上年增长", "占比"), fc.oneof(fc.nat({ max: 99999 }), fc.double({ min: 0, max: 100, noNaN: true })), fc.constantFrom("件", "%", "元", "万元", "件，", "")).map(([a, n, u]) => `${a}${n}${u}`),
  fc.constantFrom("均获维持。", "未收取信息处理费。", "依据《政府信息公开工作年度报告格式》（国办公开办函〔2019〕60号）", "【请填写：】", "无。", "一、总体情况", "（一）主动公开"),
);
const paragraph = fc.array(sentence, { maxLength: 8 }).map((s) => s.join(""));

export const narrative = fc.record(
  {
    title: someText,
    preamble: paragraph,
    sections: fc.array(
      fc.record({ heading: fc.oneof(fc.constantFrom(...sectionHeadings.map((s) => s.heading)), someText), body: fc.array(paragraph, { maxLength: 4 }).map((p) => p.join("\n")) }),
      { maxLength: 8 },
    ),
  },
  { requiredKeys: ["sections"] },
);

/**
 * A report as JSON from anywhere: real and unknown keys, rows of any length, any year the schema allows with or
 * without an edition, levels, labels, cell addresses, import problems, narratives. Not every one is schema-valid:
 * the schema decides, and whatever it accepts, validate() must take.
 */
export const reportInput = fc.record(
  {
    meta: fc.record(
      {
        agency: someText,
        level: fc.constantFrom(...levelIds),
        reportYear: fc.oneof(fc.integer({ min: 2019, max: 2030 }), fc.integer({ min: 2000, max: 2200 })),
        edition: fc.constantFrom("2019", "2021"),
        contact: fc.record({ office: someText, phone: someText, email: someText }, { requiredKeys: [] }),
        url: someText,
        informationFeeYuan: fc.oneof(fc.nat({ max: 100000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
      },
      { requiredKeys: ["reportYear"] },
    ),
    cells: fc.dictionary(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allKeys) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), cellInput, { maxKeys: 80 }),
    rows: fc.dictionary(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...allRowKeys) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), fc.array(cellInput, { maxLength: 20 }), { maxKeys: 20 }),
    sourceLabels: fc.dictionary(fc.constantFrom(...allRowKeys, ...allColumnKeys), fc.oneof(fc.constantFrom(...allLabels), someText), { maxKeys: 10 }),
    cellRefs: fc.dictionary(fc.constantFrom(...allKeys), fc.record({ sheet: someText, address: fc.oneof(fc.constantFrom("A1", "C7", "XFD1048576"), someText) }), { maxKeys: 10 }),
    narrative,
    importProblems: fc.array(
      fc.record(
        {
          rule: fc.constantFrom(...importRuleIds),
          values: fc.dictionary(fc.constantFrom("table", "row", "raw", "label", "count", "read", "total", "edition", "found", "first", "second", "expected", "actual", "heading"), fc.oneof(someText, fc.integer())),
          keys: fc.array(fc.constantFrom(...allKeys), { maxLength: 8 }),
          location: fc.record({ table: someText, row: someText }, { requiredKeys: [] }),
          expected: fc.oneof(fc.integer(), someText),
          actual: fc.oneof(fc.integer(), someText),
        },
        { requiredKeys: ["rule"] },
      ),
      { maxLength: 4 },
    ),
  },
  { requiredKeys: ["meta"] },
);
