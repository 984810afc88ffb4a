import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { refused } from "../../src/core";
import { aggregateLoaded, belongsToBatch, BATCH_EXTENSIONS, checkLoaded, comparePaths, extensionOf, lastYearByAgency } from "../../src/core/batch";
import type { LoadResult } from "../../src/core/batch";
import { expandInputs } from "../../src/cli/batch/files";
import { supportedExtensions } from "../../src/cli/readers";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The batch's host-free part (src/core/batch): the files a batch takes and their order are the command line's
 * (a folder listed on disk) and the task pane's (a folder picked in the browser) alike; last year's returns matched
 * by agency; the per-file check; the sum's refusals.
 */

const huaian = (change?: (input: ReturnType<typeof fixtureInput>) => void) => {
  const input = fixtureInput("huaian-2024");
  delete input.narrative;
  change?.(input);
  return toReport(input);
};
const ok = (report = huaian()): LoadResult => ({ ok: true, report });

describe("which files, in what order", () => {
  test("extensions as Node's path.extname gives them", () => {
    for (const name of ["a.xlsx", "报表.XLSX", "dir.v2/报告", ".hidden", "a.", "x/y/z.tar.json", "无扩展名", "c:\\报表\\a.Docx"]) {
      expect({ name, ext: extensionOf(name) }).toEqual({ name, ext: path.win32.extname(name).toLowerCase() });
    }
  });

  test("the pane's extensions are the command line's readers'", () => {
    expect(BATCH_EXTENSIONS).toEqual(supportedExtensions());
  });

  test("a picked folder keeps what `xxgk check FOLDER` lists, in the same order", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-order-"));
    const names = [
      "收回的报表/乙局.xlsx", "收回的报表/甲局.json", "收回的报表/10-某局.html", "收回的报表/9-某局.txt", "收回的报表/A局.docx",
      "收回的报表/乡镇/一镇.xlsx", "收回的报表/乡镇/二镇.pdf", "收回的报表/乡镇a.json", "收回的报表/~$乙局.xlsx", "收回的报表/.隐藏.json",
      "收回的报表/.git/x.json", "收回的报表/说明.doc", "收回的报表/b.JSON",
    ];
    for (const n of names) {
      fs.mkdirSync(path.dirname(path.join(root, n)), { recursive: true });
      fs.writeFileSync(path.join(root, n), "");
    }
    const listed = (await expandInputs([path.join(root, "收回的报表")], supportedExtensions())).map((f) => path.relative(root, f));
    fs.rmSync(root, { recursive: true, force: true });
    // A browser gives a folder's files in no particular order, named by their path under the picked folder.
    const picked = [...names].reverse().filter((n) => belongsToBatch(n, BATCH_EXTENSIONS)).sort(comparePaths);
    expect(picked).toEqual(listed);
    expect(listed).toHaveLength(9);
  });
});

describe("last year's returns, by agency", () => {
  test("each agency's own report; unreadable, nameless and duplicate files listed as problems", () => {
    const loaded = [
      { file: "上年/a.json", result: ok(huaian((i) => (i.meta.agency = "淮安市人民政府 "))) },
      { file: "上年/b.json", result: refused("不是有效的JSON文件", "not valid JSON") as LoadResult },
      { file: "上年/c.json", result: ok(huaian((i) => (i.meta.agency = ""))) },
      { file: "上年/d.json", result: ok(huaian()) },
    ];
    const source = lastYearByAgency(loaded, "上年");
    expect(source.ok && Object.keys(source.source.byAgency!)).toEqual(["淮安市人民政府"]);
    expect(source.ok && source.problems).toEqual([
      { file: "上年/b.json", reason: "不是有效的JSON文件", en: "not valid JSON" },
      { file: "上年/c.json", reason: "未填机关名称，无法与本年报告对应", en: "no agency name" },
      { file: "上年/d.json", reason: "「淮安市人民政府」有多份上年报告，只用第一份", en: "duplicate agency" },
    ]);
    expect(lastYearByAgency([loaded[1]], "上年")).toEqual({ ok: false, reason: "文件夹中没有可读的上年报告", en: "no readable report in 上年" });
  });

  test("the agency's last year is used over the workbook's own 上年数据; another agency's is not", () => {
    const last = huaian((i) => {
      i.meta.reportYear = 2023;
      i.rows["t3.carryForward"] = [35, 0, 0, 0, 0, 0, 35]; // 结转下年度 35; this year's 上年结转 is 34
    });
    const context = { lastYear: { byAgency: { 淮安市人民政府: last } } };
    const rules = (loaded: LoadResult) => checkLoaded("a.xlsx", loaded, context).findings.map((f) => f.rule).filter((r) => r.startsWith("crossYear.carryOver"));
    expect(rules(ok())).toEqual(["crossYear.carryOver", "crossYear.carryOver"]);
    expect(rules({ ok: true, report: huaian(), lastYear: huaian((i) => (i.meta.reportYear = 2023)) })).toHaveLength(2);
    expect(rules(ok(huaian((i) => (i.meta.agency = "某县人民政府"))))).toEqual([]);
  });
});

describe("汇总相加's refusals", () => {
  test("one unreadable file refuses the sum, naming it; mixed editions are refused", () => {
    const unreadable = aggregateLoaded([{ file: "a.json", result: ok() }, { file: "b.xlsx", result: refused("文件已损坏", "damaged") }], "全市");
    expect(unreadable).toMatchObject({ ok: false, reason: "以下文件无法读取，未汇总（请修正或移出后重试）：\n  b.xlsx：文件已损坏 / damaged" });
    const yuyao = toReport(fixtureInput("yuyao-2020"));
    expect(aggregateLoaded([{ file: "a.json", result: ok() }, { file: "y.json", result: ok(yuyao) }], "全市")).toMatchObject({ ok: false, reason: expect.stringMatching(/^不同格式的报告不能汇总/) });
  });

  test("the sum comes with its plan: the standard workbook of its edition and 汇总来源 listing each report", () => {
    const total = aggregateLoaded([{ file: "a.json", result: ok() }, { file: "b.json", result: ok(huaian((i) => (i.meta.agency = "某县"))) }], "全市");
    expect(total.ok).toBe(true);
    if (!total.ok) return;
    expect(total.plan.edition).toBe("2021");
    expect(total.plan.sheets.map((s) => s.name).slice(-1)).toEqual(["汇总来源"]);
    expect(total.contributors.map((c) => [c.agency, c.file])).toEqual([["淮安市人民政府", "a.json"], ["某县", "b.json"]]);
    expect(total.report.cells["t3.newReceived|naturalPerson"].value).toBe(6002);
  });
});
