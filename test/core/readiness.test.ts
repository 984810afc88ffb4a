import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan, narrativeReadiness, readinessWording } from "../../src/core";
import { runCli } from "../helpers/cli";
import { fixtureInput, toReport } from "../helpers/reports";
import { templateBuffer } from "../helpers/workbook";

/**
 * Before the text is written from the tables (core/readiness.ts, the rule of every host): empty tables refuse,
 * errors ask, clean tables generate. Here the rule itself and the command line that follows it; the task pane's
 * side is test/browser/clerk.test.ts.
 */

const huaian = () => ({ ...fixtureInput("huaian-2024"), narrative: undefined });

describe("narrativeReadiness", () => {
  test("clean tables: ready", () => {
    expect(narrativeReadiness(toReport(huaian()))).toMatchObject({ ready: true });
  });

  test("tables with errors: not ready, how many, generating stays the clerk's choice", () => {
    const input = huaian();
    input.rows["t4.cases"][4] = 350;
    input.rows["t3.newReceived"][6] = 3120;
    const r = narrativeReadiness(toReport(input));
    // 表四 行政复议 总计, and 表三 新收 总计 in its row and in its column: three errors.
    expect(r).toMatchObject({ ready: false, refuse: false, errors: 3 });
    expect(!r.ready && r.message).toBe("表格中有 3 处错误，正文会照表格现有的数字写出，错误也会写进正文。建议先改正表格再生成。");
  });

  test("a table left wholly empty: refused, naming the tables", () => {
    const input = huaian();
    input.rows["t4.cases"] = Array(15).fill("");
    expect(narrativeReadiness(toReport(input))).toMatchObject({ ready: false, refuse: true, emptyTables: ["表四"] });
    const blank = toReport({ meta: { agency: "某镇人民政府", reportYear: 2024 } });
    const r = narrativeReadiness(blank);
    expect(r).toMatchObject({ ready: false, refuse: true, emptyTables: ["表二", "表三", "表四"] });
    expect(!r.ready && r.message).toBe(readinessWording.empty(["表二", "表三", "表四"]));
    expect(!r.ready && r.message).toContain("表二、表三、表四还没有填写，不能生成正文");
  });

  test("the report's own text is not judged (it is what generating replaces)", () => {
    const input = fixtureInput("huaian-2024");
    const sections = (input.narrative as { sections: { body: string }[] }).sections;
    sections[0].body = `${sections[0].body}全年新收申请9999件。`;
    expect(narrativeReadiness(toReport(input))).toMatchObject({ ready: true });
  });
});

describe("xxgk narrative follows the same rule", () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-readiness-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("a freshly made template: nothing is printed, exit 1, the reason on stderr", async () => {
    const file = path.join(tmp, "empty.xlsx");
    fs.writeFileSync(file, await templateBuffer("2021", undefined, undefined, buildTemplatePlan({ edition: "2021", reportYear: 2024 })));
    const { code, out, err } = await runCli("narrative", file);
    expect([code, out]).toEqual([1, ""]);
    expect(err).toContain("表二、表三、表四还没有填写，不能生成正文");
    expect(err).not.toContain("未收到政府信息公开申请件");
  });

  test("tables with errors: the note says how many, and the text is generated", async () => {
    const input = huaian();
    input.rows["t4.cases"][4] = 350;
    const file = path.join(tmp, "errors.json");
    fs.writeFileSync(file, JSON.stringify(input));
    const { code, out, err } = await runCli("narrative", file);
    expect(code).toBe(0);
    expect(err).toBe("注意：表格中有 1 处错误，正文会照表格现有的数字写出，错误也会写进正文。建议先改正表格再生成。（运行 xxgk check 查看）\n");
    expect(out).toContain("被申请行政复议350件");
  });
});
