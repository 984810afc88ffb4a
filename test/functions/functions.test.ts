import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { columnName, editionIndex, formatShare, requestsSentence, reviewLitigationSentence, validate } from "../../src/core";
import type { EditionId, Finding } from "../../src/core";
import { buildAddin } from "../helpers/build";
import { callFunction, loadRegisteredFunctions } from "../helpers/functions";
import type { CellResult, Registered } from "../helpers/functions";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The custom functions as Excel runs them: the production bundle is built, loaded with a fake `CustomFunctions`
 * global, and each function is called through the handler the bundle associated. Every answer is compared with
 * validate() on the same numbers (the fixtures, one planted error per identity, random tables), and the
 * planted-error answers are also spelled out as read from the fixture's numbers.
 */

let registered: Registered;
let metadataIds: string[];
beforeAll(() => {
  const dist = buildAddin();
  registered = loadRegisteredFunctions(dist);
  metadataIds = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);
}, 180000);

const call = (id: string, ...args: unknown[]): CellResult => callFunction(registered, id, ...args);

type Input = ReturnType<typeof fixtureInput>;
const t3Rows = (edition: EditionId) => editionIndex(edition).table("t3").blocks[0].rows.map((r) => r.key);
/** The table's numbers as Excel passes a selected range: rows of cell values in table order. */
const t3Block = (input: Input, edition: EditionId) => t3Rows(edition).map((key) => [...input.rows[key]]);
const t4Block = (input: Input) => [[...input.rows["t4.cases"]]];

/** The fixtures as a function sees them: numbers only (their labels and text are not in a selected range). */
const numbersOnly = (input: Input) => {
  delete input.sourceLabels;
  delete input.narrative;
  return input;
};
const huaian = () => numbersOnly(fixtureInput("huaian-2024"));
const yuyao = () => numbersOnly(fixtureInput("yuyao-2020"));

/** What validate() says about one table, as the check functions must show it. */
function validateAsCell(input: unknown, tableName: string): CellResult {
  const findings = validate(toReport(input)).filter((f) => f.location.table === tableName);
  const text = findings.filter((f) => f.rule === "cell.notNumber");
  if (text.length > 0) {
    return { error: "#VALUE!", message: text[0].message + (text.length > 1 ? `另有${text.length - 1}个单元格也不是数字。` : "") };
  }
  if (findings.length === 0) return { value: [["✓ 勾稽关系全部成立"]] };
  return { value: findings.map((f) => [(f.severity === "error" ? "错误：" : "提醒：") + f.message]) };
}

/** left − right of each failing instance of a per-column rule, by column label (validate reports actual = left). */
function differencesByColumn(findings: Finding[], rule: string, columns: readonly string[]): number[] {
  return columns.map((label) => {
    const f = findings.find((x) => x.rule === rule && x.location.column === label);
    return f ? (f.actual as number) - (f.expected as number) : 0;
  });
}

const t3ColumnLabels = (edition: EditionId) => {
  const block = editionIndex(edition).table("t3").blocks[0];
  return block.columns.map((c) => columnName(block, c));
};

describe("registration through CustomFunctions.associate", () => {
  test("the bundle associates exactly the functions in functions.json, each once", () => {
    expect([...registered.calls].sort()).toEqual([...metadataIds].sort());
    expect(new Set(registered.calls).size).toBe(registered.calls.length);
    expect(metadataIds.sort()).toEqual(["BALANCE", "CARRYOVER", "EDITION", "SHARE", "SUMCHECK", "T3CHECK", "T3SENTENCE", "T4CHECK", "T4SENTENCE"]);
  });

  test("EDITION still answers", () => {
    expect(call("EDITION", 2024)).toEqual({ value: "2021格式（国办公开办函〔2021〕30号）" });
    expect(call("EDITION", 2020)).toEqual({ value: "2019格式（国办公开办函〔2019〕60号）" });
    expect(call("EDITION", 2018)).toEqual({ error: "#VALUE!", message: "报告年度应为2019年或以后" });
  });
});

describe("T3CHECK and T4CHECK on the real reports", () => {
  test("淮安 2024 (2021格式, 25×7): all identities hold, with or without the edition argument", () => {
    const block = t3Block(huaian(), "2021");
    expect(call("T3CHECK", block)).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T3CHECK", block, 2024)).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T3CHECK", block, "2021格式")).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T4CHECK", t4Block(huaian()))).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T3CHECK", block)).toEqual(validateAsCell(huaian(), "表三"));
  });

  test("余姚 2020 (2019格式, 23×7, numbers typed as text): all hold; the edition is told by the shape", () => {
    const block = t3Block(yuyao(), "2019");
    expect(block).toHaveLength(23);
    expect(call("T3CHECK", block)).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T3CHECK", block, 2020)).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
    expect(call("T4CHECK", t4Block(yuyao()))).toEqual(validateAsCell(yuyao(), "表四"));
  });

  test("a 2019格式 block checked as 2021格式 (or the other way) says what to select", () => {
    expect(call("T3CHECK", t3Block(yuyao(), "2019"), 2024)).toEqual({
      error: "#VALUE!",
      message: "请选择表三的数字区域（2021格式25行×7列，不含栏目名称），所选区域为23行×7列。",
    });
    expect(call("T3CHECK", t3Block(huaian(), "2021"), 2019)).toEqual({
      error: "#VALUE!",
      message: "请选择表三的数字区域（2019格式23行×7列，不含栏目名称），所选区域为25行×7列。",
    });
  });
});

describe("planted errors: one per identity, spelled out and equal to validate()", () => {
  const plant = (edit: (input: Input) => void) => {
    const input = huaian();
    edit(input);
    return input;
  };
  const check3 = (input: Input) => {
    const result = call("T3CHECK", t3Block(input, "2021"));
    expect(result).toEqual(validateAsCell(input, "表三"));
    return result;
  };

  test("t3.columnBalance: 新收 raised by 4 in 自然人 and 总计", () => {
    const input = plant((i) => {
      i.rows["t3.newReceived"][0] = 3005;
      i.rows["t3.newReceived"][6] = 3123;
    });
    expect(check3(input)).toEqual({
      value: [
        ["错误：表三「自然人」列：第一项+第二项=3039，第三项（七）总计+第四项=3035，相差4。"],
        ["错误：表三「总计」列：第一项+第二项=3157，第三项（七）总计+第四项=3153，相差4。"],
      ],
    });
    expect(call("BALANCE", t3Block(input, "2021"))).toEqual({ value: [[4, 0, 0, 0, 0, 0, 4]] });
    expect(call("BALANCE", t3Block(input, "2021").map((row) => [row[0]]))).toEqual({ value: [[4]] });
  });

  test("t3.resultsTotal: （七）总计 one more and 结转下年度 one less, in 自然人 and 总计", () => {
    const input = plant((i) => {
      i.rows["t3.total"][0] = 2933;
      i.rows["t3.total"][6] = 3051;
      i.rows["t3.carryForward"][0] = 102;
      i.rows["t3.carryForward"][6] = 102;
    });
    expect(check3(input)).toEqual({
      value: [
        ["错误：表三「自然人」列：（七）总计为2933，（一）至（六）各项之和为2932，相差1。"],
        ["错误：表三「总计」列：（七）总计为3051，（一）至（六）各项之和为3050，相差1。"],
      ],
    });
    expect(call("BALANCE", t3Block(input, "2021"))).toEqual({ value: [[0, 0, 0, 0, 0, 0, 0]] });
    // SUMCHECK over the 总计 column: （七）总计 against the result rows (（一） … （六）3).
    const block = t3Block(input, "2021");
    const results = block.slice(2, 23).map((row) => [row[6]]);
    expect(call("SUMCHECK", block[23][6], results)).toEqual({ value: 1 });
  });

  test("t3.applicantTotal: one application moved from （二） to （一） in 自然人 only", () => {
    const input = plant((i) => {
      i.rows["t3.disclosed"][0] = 1289;
      i.rows["t3.partlyDisclosed"][0] = 446;
    });
    expect(check3(input)).toEqual({
      value: [
        ["错误：表三「（一）予以公开」行：总计为1362，自然人与五类法人或其他组织之和为1363，相差1。"],
        ["错误：表三「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」行：总计为454，自然人与五类法人或其他组织之和为453，相差1。"],
      ],
    });
    const block = t3Block(input, "2021");
    expect(call("SUMCHECK", block[2][6], [block[2].slice(0, 6)])).toEqual({ value: -1 });
  });

  test("t4.groupTotal: 行政复议 结果维持 72 → 73", () => {
    const input = plant((i) => (i.rows["t4.cases"][0] = 73));
    const result = call("T4CHECK", t4Block(input));
    expect(result).toEqual({ value: [["错误：表四「行政复议」：总计为351，结果维持、结果纠正、其他结果、尚未审结之和为352，相差1。"]] });
    expect(result).toEqual(validateAsCell(input, "表四"));
    expect(call("SUMCHECK", 351, [[73, 64, 178, 37]])).toEqual({ value: -1 });
  });

  test("cell hygiene: 「/」 is a reminder (counted as 0), text is #VALUE! naming the cell", () => {
    const slash = plant((i) => (i.rows["t3.notProcessed.publications"][0] = "/"));
    expect(check3(slash)).toEqual({
      value: [["提醒：表三「（五）不予处理 3.要求提供公开出版物」行「自然人」列填的是「/」，已按0计算；没有发生的请填0。"]],
    });
    const text = plant((i) => (i.rows["t3.disclosed"][1] = "abc"));
    expect(check3(text)).toEqual({
      error: "#VALUE!",
      message: "表三「（一）予以公开」行「商业企业」列填的是「abc」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
    const two = plant((i) => {
      i.rows["t3.disclosed"][1] = "abc";
      i.rows["t3.total"][6] = "见附件";
    });
    expect(check3(two)).toEqual({
      error: "#VALUE!",
      message: "表三「（一）予以公开」行「商业企业」列填的是「abc」，不是数字，无法核对；请填写数字，没有发生的填0。另有1个单元格也不是数字。",
    });
  });
});

describe("what to select: wrong shapes, missing arguments, bad edition", () => {
  const T3_SHAPES = "2021格式25行×7列、2019格式23行×7列";
  test("T3CHECK", () => {
    const block = t3Block(huaian(), "2021");
    expect(call("T3CHECK", block.slice(1))).toEqual({ error: "#VALUE!", message: `请选择表三的数字区域（${T3_SHAPES}，不含栏目名称），所选区域为24行×7列。` });
    expect(call("T3CHECK", block.map((row) => row.slice(0, 6)))).toEqual({ error: "#VALUE!", message: `请选择表三的数字区域（${T3_SHAPES}，不含栏目名称），所选区域为25行×6列。` });
    expect(call("T3CHECK", null)).toEqual({ error: "#VALUE!", message: `请选择表三的数字区域（${T3_SHAPES}，不含栏目名称）。` });
    expect(call("T3CHECK", 5)).toEqual({ error: "#VALUE!", message: `请选择表三的数字区域（${T3_SHAPES}，不含栏目名称）。` });
    const bad = { error: "#VALUE!", message: "报告格式请填2019或2021，也可填报告年度（如2024）；不填则按所选区域的行数判断。" };
    expect(call("T3CHECK", block, "新格式")).toEqual(bad);
    expect(call("T3CHECK", block, 2018)).toEqual(bad);
    expect(call("T3CHECK", block, true)).toEqual(bad);
    // A blank cell given as the edition arrives as 0: detect from the shape.
    expect(call("T3CHECK", block, 0)).toEqual({ value: [["✓ 勾稽关系全部成立"]] });
  });

  test("T4CHECK", () => {
    expect(call("T4CHECK", [huaian().rows["t4.cases"].slice(0, 14)])).toEqual({
      error: "#VALUE!",
      message: "请选择表四的数字区域（1行×15列，不含栏目名称），所选区域为1行×14列。",
    });
  });

  test("BALANCE", () => {
    const block = t3Block(huaian(), "2021");
    expect(call("BALANCE", block.slice(0, 24))).toEqual({
      error: "#VALUE!",
      message:
        "请选择表三中完整的一列或几列数字（2021格式25行、2019格式23行，从「一、本年新收政府信息公开申请数量」到「四、结转下年度继续办理」，不含栏目名称），所选区域为24行×7列。",
    });
    const narrow = block.map((row) => [row[0], row[1]]);
    narrow[1][1] = "见说明";
    expect(call("BALANCE", narrow)).toEqual({
      error: "#VALUE!",
      message: "表三「二、上年结转政府信息公开申请数量」行（所选区域第2列）填的是「见说明」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
  });

  test("SUMCHECK", () => {
    expect(call("SUMCHECK", 10, [[1, 2], [3, "４"]])).toEqual({ value: 0 });
    expect(call("SUMCHECK", "十", [[10]])).toEqual({
      error: "#VALUE!",
      message: "「总数」填的是「十」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
    expect(call("SUMCHECK", 10, [[1, 2], [3, "四"]])).toEqual({
      error: "#VALUE!",
      message: "「各项」区域第2行第2列填的是「四」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
    expect(call("SUMCHECK", 10, null)).toEqual({ error: "#VALUE!", message: "请选择要相加的各项（一个单元格区域）。" });
  });

  test("CARRYOVER", () => {
    const row = [[34, 0, 0, 0, 0, 0, 34]];
    expect(call("CARRYOVER", row, [[34, 0, 0, 0, 0]])).toEqual({
      error: "#VALUE!",
      message:
        "请选择本年表三「二、上年结转政府信息公开申请数量」行和上年表三「四、结转下年度继续办理」行的数字（各1行×7列，或两处相同的几列，不含栏目名称），所选区域为1行×7列和1行×5列。",
    });
    expect(call("CARRYOVER", row, [[34, 0, 0, "无", 0, 0, ""]])).toEqual({ value: [[0, 0, 0, 0, 0, 0, 34]] });
    expect(call("CARRYOVER", [[34, 0, 0, 0, 0, 0, true]], row)).toEqual({
      error: "#VALUE!",
      message: "本年表三「二、上年结转政府信息公开申请数量」行「总计」列填的是「TRUE」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
  });

  test("SHARE", () => {
    expect(call("SHARE", 1, 0)).toEqual({ error: "#DIV/0!" });
    expect(call("SHARE", 1, 3, 7)).toEqual({ error: "#VALUE!", message: "小数位数请填0到6之间的整数。" });
    expect(call("SHARE", 1, 3, 1.5)).toEqual({ error: "#VALUE!", message: "小数位数请填0到6之间的整数。" });
    expect(call("SHARE", "一", 3)).toEqual({ error: "#VALUE!", message: "「件数」填的是「一」，不是数字，无法核对；请填写数字，没有发生的填0。" });
  });
});

describe("SHARE prints exactly what the narrative prints (formatShare)", () => {
  test("the shares of a real sentence (report-format.md §7, base 1453)", () => {
    const shares = [966, 67, 81, 182, 61, 96].map((n) => call("SHARE", n, 1453));
    expect(shares).toEqual(["66.48%", "4.61%", "5.57%", "12.53%", "4.20%", "6.61%"].map((value) => ({ value })));
    expect(call("SHARE", 1, 8)).toEqual({ value: "12.50%" });
    expect(call("SHARE", 1, 8, 1)).toEqual({ value: "12.5%" });
    expect(call("SHARE", 1, 3, 0)).toEqual({ value: "33%" });
  });

  test("random counts and bases", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.option(fc.integer({ min: 0, max: 6 })), (count, base, decimals) => {
        expect(call("SHARE", count, base, decimals)).toEqual({ value: formatShare(count, base, decimals ?? 2) });
      }),
      { numRuns: 300 },
    );
  });
});

describe("T3SENTENCE and T4SENTENCE write what the narrative generator writes", () => {
  test("淮安 2024: the figures as read from the tables, and the generator's very sentence", () => {
    const input = huaian();
    const t3 = call("T3SENTENCE", t3Block(input, "2021"), 2024, "淮安市人民政府");
    expect(t3).toEqual({ value: requestsSentence(toReport(input)) });
    const text = (t3 as { value: string }).value;
    // 新收 3119, 上年结转 34, 办结 3050, 结转 103; 予以公开 1362 of 3050 = 44.66%; 不予公开 2+31+5+6+8+12+9+105 = 178 = 5.84%.
    for (const fragment of ["2024年", "我市", "3119件", "34件", "3050件", "103件", "予以公开1362件，占44.66%", "不予公开178件，占5.84%"]) {
      expect(text).toContain(fragment);
    }
    const t4 = call("T4SENTENCE", t4Block(input), 2024, "淮安市人民政府");
    expect(t4).toEqual({ value: reviewLitigationSentence(toReport(input)) });
    // 行政诉讼 = 直接起诉 26 + 复议后起诉 20 = 46: 维持 13+12, 纠正 4+1, 其他 8+1, 尚未审结 1+6.
    expect((t4 as { value: string }).value).toContain("行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件");
  });

  test("余姚 2020 (2019格式): the generator's sentences for an agency with no applications and no cases", () => {
    const input = yuyao();
    expect(call("T3SENTENCE", t3Block(input, "2019"), 2020, "余姚市应急管理局")).toEqual({ value: requestsSentence(toReport(input)) });
    expect(call("T4SENTENCE", t4Block(input), "2020年", "余姚市应急管理局")).toEqual({ value: reviewLitigationSentence(toReport(input)) });
  });

  test("the year decides the edition; a missing year, a block of the other edition and text in a cell say what to fix", () => {
    const block = t3Block(huaian(), "2021");
    const noYear = { error: "#VALUE!", message: "请填写报告年度（2019年及以后，如2024）：正文的措辞和报告格式由年度决定。" };
    expect(call("T3SENTENCE", block, null)).toEqual(noYear);
    expect(call("T3SENTENCE", block, 0)).toEqual(noYear);
    expect(call("T4SENTENCE", t4Block(huaian()), 2018)).toEqual(noYear);
    expect(call("T3SENTENCE", block, 2020)).toEqual({
      error: "#VALUE!",
      message: "请选择表三的数字区域（2019格式23行×7列，不含栏目名称），所选区域为25行×7列。",
    });
    block[0][0] = "三千";
    expect(call("T3SENTENCE", block, 2024)).toEqual({
      error: "#VALUE!",
      message: "表三「一、本年新收政府信息公开申请数量」行「自然人」列填的是「三千」，不是数字，无法核对；请填写数字，没有发生的填0。",
    });
  });
});

describe("CARRYOVER agrees with validate()'s cross-year rule", () => {
  test("淮安 2024 against a 2023 report whose 结转下年度 differs in two columns", () => {
    const thisYear = huaian();
    const lastYear = huaian();
    lastYear.meta.reportYear = 2023;
    lastYear.rows["t3.carryForward"] = [30, 1, 0, 0, 0, 0, 31];
    const findings = validate(toReport(thisYear), { lastYear: toReport(lastYear) });
    const expected = differencesByColumn(findings, "crossYear.carryOver", t3ColumnLabels("2021"));
    expect(expected).toEqual([4, -1, 0, 0, 0, 0, 3]);
    expect(call("CARRYOVER", [thisYear.rows["t3.carriedOver"]], [lastYear.rows["t3.carryForward"]])).toEqual({ value: [expected] });
  });
});

describe("random tables: every function agrees with validate()", () => {
  const count = fc.nat({ max: 30 });
  /** What a clerk may leave in a cell besides a plain number. */
  const oddCell = fc.constantFrom<unknown>("/", "-", "无", "", null, "１２", "3件", "1,234", "+5", " 7 ", "abc", "见附件", -2, 2.5);
  const cell = fc.oneof({ weight: 30, arbitrary: count as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: oddCell });

  /** A consistent 表三 (results drawn, totals and 新收 derived) with a few cells then overwritten at random. */
  const table3 = (edition: EditionId) => {
    const rows = t3Rows(edition);
    const results = rows.filter((k) => !["t3.newReceived", "t3.carriedOver", "t3.total", "t3.carryForward"].includes(k));
    return fc
      .record({
        results: fc.array(fc.array(count, { minLength: results.length, maxLength: results.length }), { minLength: 6, maxLength: 6 }),
        carried: fc.array(fc.tuple(count, count), { minLength: 6, maxLength: 6 }),
        edits: fc.array(fc.tuple(fc.nat(rows.length - 1), fc.nat(6), cell), { maxLength: 3 }),
      })
      .map(({ results: drawn, carried, edits }) => {
        const grid: Record<string, unknown[]> = Object.fromEntries(rows.map((k) => [k, new Array(7).fill(0)]));
        for (let c = 0; c < 6; c++) {
          let total = 0;
          results.forEach((k, r) => {
            grid[k][c] = drawn[c][r];
            total += drawn[c][r];
          });
          grid["t3.total"][c] = total;
          grid["t3.carryForward"][c] = carried[c][0];
          grid["t3.carriedOver"][c] = Math.min(carried[c][1], total + carried[c][0]);
          grid["t3.newReceived"][c] = total + carried[c][0] - (grid["t3.carriedOver"][c] as number);
        }
        for (const k of rows) grid[k][6] = (grid[k].slice(0, 6) as number[]).reduce((s, v) => s + v, 0);
        for (const [r, c, value] of edits) grid[rows[r]][c] = value;
        return grid;
      });
  };

  const asInput = (edition: EditionId, rows: Record<string, unknown[]>) => ({
    meta: { agency: "测试局", reportYear: edition === "2019" ? 2020 : 2024, edition },
    rows,
  });

  test.each(["2021", "2019"] as const)("T3CHECK and BALANCE, %s格式", (edition) => {
    fc.assert(
      fc.property(table3(edition), (rows) => {
        const input = asInput(edition, rows);
        const block = t3Rows(edition).map((k) => rows[k]);
        const expected = validateAsCell(input, "表三");
        expect(call("T3CHECK", block)).toEqual(expected);
        // A blank is unknown: BALANCE and SUMCHECK judge one identity on its own cells (tested below), while validate()
        // also infers the blanks the other identities force — the two compare on tables without blanks.
        const blanks = Object.values(rows).some((r) => r.some((v) => v === "" || v === null));
        if ("error" in expected) {
          expect(call("BALANCE", block)).toMatchObject({ error: "#VALUE!" });
        } else if (!blanks) {
          const findings = validate(toReport(input));
          expect(call("BALANCE", block)).toEqual({ value: [differencesByColumn(findings, "t3.columnBalance", t3ColumnLabels(edition))] });
          // SUMCHECK on each column: （七）总计 − Σ result rows = the t3.resultsTotal difference.
          const labels = t3ColumnLabels(edition);
          const totals = differencesByColumn(findings, "t3.resultsTotal", labels);
          const rowKeys = t3Rows(edition);
          const resultRows = rowKeys.slice(2, rowKeys.indexOf("t3.total"));
          labels.forEach((_, c) => {
            expect(call("SUMCHECK", rows["t3.total"][c], resultRows.map((k) => [rows[k][c]]))).toEqual({ value: totals[c] });
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  test.each(["2021", "2019"] as const)("T3SENTENCE, %s格式", (edition) => {
    fc.assert(
      fc.property(table3(edition), fc.constantFrom("某某市人民政府", "某某县应急管理局", "", "某某镇人民政府"), (rows, agency) => {
        const input = { ...asInput(edition, rows), meta: { agency, reportYear: edition === "2019" ? 2020 : 2024, edition } };
        const block = t3Rows(edition).map((k) => rows[k]);
        const result = call("T3SENTENCE", block, input.meta.reportYear, agency);
        const text = validate(toReport(input)).filter((f) => f.rule === "cell.notNumber");
        if (text.length > 0) expect(result).toMatchObject({ error: "#VALUE!", message: expect.stringContaining(text[0].message) });
        else expect(result).toEqual({ value: requestsSentence(toReport(input)) });
      }),
      { numRuns: 60 },
    );
  });

  test("T4CHECK", () => {
    fc.assert(
      fc.property(fc.array(fc.array(count, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }), fc.array(fc.tuple(fc.nat(14), cell), { maxLength: 2 }), (groups, edits) => {
        const row: unknown[] = groups.flatMap((g) => [...g, g.reduce((s, v) => s + v, 0)]);
        for (const [c, value] of edits) row[c] = value;
        expect(call("T4CHECK", [row])).toEqual(validateAsCell(asInput("2021", { "t4.cases": row }), "表四"));
      }),
      { numRuns: 200 },
    );
  });

  test("CARRYOVER", () => {
    const row = fc.array(count, { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(row, row, (carriedOver, carryForward) => {
        const findings = validate(toReport(asInput("2021", { "t3.carriedOver": carriedOver })), {
          lastYear: toReport({ meta: { agency: "测试局", reportYear: 2023 }, rows: { "t3.carryForward": carryForward } }),
        });
        const expected = differencesByColumn(findings, "crossYear.carryOver", t3ColumnLabels("2021"));
        expect(call("CARRYOVER", [carriedOver], [carryForward])).toEqual({ value: [expected] });
      }),
      { numRuns: 150 },
    );
  });
});

describe("blanks are unknown, not 0, in BALANCE and SUMCHECK", () => {
  const zeros = (edition: EditionId) => t3Rows(edition).map(() => new Array(7).fill(0) as unknown[]);

  test("a difference its blanks could still mend: no number, a message that says why", () => {
    const block = zeros("2021");
    block[0][0] = 5; // 一、本年新收 自然人 5 …
    block[24][0] = ""; // … 四、结转下年度 left blank: 一+二 = 5, 七+四 = 0 + blank
    expect(call("BALANCE", block.map((r) => [r[0]]))).toEqual({
      error: "#VALUE!",
      message: "表三所选的列有未填写的格：空白不按0计算，这一差额要等填完才能计算；没有发生的请填0。",
    });
    expect(call("SUMCHECK", "", [[1, 2]])).toEqual({
      error: "#VALUE!",
      message: "「总数」或各项有未填写的格：空白不按0计算，这一差额要等填完才能计算；没有发生的请填0。",
    });
  });

  test("a difference no value of the blanks can mend: the difference of the filled cells", () => {
    const block = zeros("2021");
    block[23][0] = 7; // （七）总计 自然人 7 with 一、二 both 0 and 四 blank: 七+四 ≥ 7 > 0 = 一+二
    block[24][0] = "";
    expect(call("BALANCE", block.map((r) => [r[0]]))).toEqual({ value: [[-7]] });
    expect(call("SUMCHECK", 3, [[1, 5, ""]])).toEqual({ value: -3 });
  });
});
