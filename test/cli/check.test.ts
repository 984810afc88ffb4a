import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../helpers/cli";
import { FIXTURES, fixtureInput } from "../helpers/reports";

const HUAIAN = path.join(FIXTURES, "huaian-2024.json");
const YUYAO = path.join(FIXTURES, "yuyao-2020.json");

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-check-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeJson(name: string, data: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data));
  return file;
}

describe("xxgk check", () => {
  test("a consistent report: exit 0 and a ✓ line", async () => {
    const { code, out } = await runCli("check", HUAIAN);
    expect(code).toBe(0);
    expect(out).toContain("淮安市人民政府 2024年 2021格式");
    expect(out).toContain("✓ 全部勾稽关系成立");
  });

  test("warnings only still exit 0", async () => {
    const { code, out } = await runCli("check", YUYAO);
    expect(code).toBe(0);
    // 3 label variants + 7 structure warnings on its text (test/core/golden.test.ts lists them).
    expect(out).toContain("共 0 处错误，10 处提醒");
  });

  test("errors found: exit 1, each finding printed with its rule", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t4.cases"][4] = 350;
    const { code, out } = await runCli("check", writeJson("bad.json", input));
    expect(code).toBe(1);
    expect(out).toContain("✗ 错误 表四「行政复议」：总计为350，结果维持、结果纠正、其他结果、尚未审结之和为351，相差1。  (t4.groupTotal)");
  });

  test("--json prints exactly the public contract shape", async () => {
    const input = fixtureInput("huaian-2024");
    input.rows["t3.newReceived"][6] = 3120;
    const bad = writeJson("bad2.json", input);
    const { code, out } = await runCli("check", "--json", HUAIAN, bad);
    expect(code).toBe(1);
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(["files"]);
    for (const file of parsed.files) {
      expect(Object.keys(file)).toEqual(["file", "edition", "year", "agency", "findings"]);
      for (const f of file.findings) expect(Object.keys(f)).toEqual(["rule", "severity", "message", "location", "expected", "actual"]);
    }
    expect(parsed.files[0]).toEqual({ file: HUAIAN, edition: "2021", year: 2024, agency: "淮安市人民政府", findings: [] });
    // The text still says 3119: it now contradicts the table too (the narrative finding comes after the table's).
    expect(parsed.files[1].findings.map((f: { rule: string }) => f.rule)).toEqual(["t3.columnBalance", "t3.applicantTotal", "identity.slip", "narrative.figureMismatch"]);
    expect(parsed.files[1].findings[1]).toMatchObject({
      severity: "error",
      location: { table: "表三", row: "一、本年新收政府信息公开申请数量", key: "t3.newReceived|total" },
      expected: 3119,
      actual: 3120,
    });
  });

  test("an unreadable file: exit 2 with a Chinese + English reason, and the other files are still checked", async () => {
    const broken = writeJson("broken.json", "{ not json");
    const notReport = writeJson("not-report.json", { hello: 1 });
    const { code, out } = await runCli("check", broken, path.join(tmp, "missing.json"), notReport, HUAIAN);
    expect(code).toBe(2);
    expect(out).toMatch(/broken\.json\n {2}✗ 无法检查 \/ cannot check: 不是有效的JSON文件 \/ not valid JSON/);
    expect(out).toMatch(/missing\.json\n {2}✗ 无法检查 \/ cannot check: 文件不存在 \/ cannot read file/);
    expect(out).toMatch(/not-report\.json\n {2}✗ 无法检查 \/ cannot check: 报告数据格式不对（meta）/);
    expect(out).toContain("✓ 全部勾稽关系成立");
  });

  test("an unreadable file in --json is one file.unreadable finding", async () => {
    const { code, out } = await runCli("check", "--json", path.join(tmp, "missing.json"));
    expect(code).toBe(2);
    // The message is the refusal in both languages on one line, as --json has always carried it.
    expect(JSON.parse(out).files[0]).toMatchObject({
      edition: null,
      findings: [{ rule: "file.unreadable", severity: "error", message: expect.stringMatching(/^文件不存在 \/ cannot read file: ENOENT/) }],
    });
  });

  test("--last-year enables the cross-year rules", async () => {
    const last = fixtureInput("huaian-2024");
    last.meta.reportYear = 2023;
    last.rows["t3.carryForward"] = [30, 0, 0, 0, 0, 0, 30];
    const { code, out } = await runCli("check", "--last-year", writeJson("last.json", last), HUAIAN);
    expect(code).toBe(1);
    expect(out).toContain("表三「自然人」列：本年「二、上年结转」为34，2023年报告「四、结转下年度继续办理」为30，相差4。");
  });

  test("--edition requires an edition", async () => {
    expect((await runCli("check", "--edition", "2019", HUAIAN)).code).toBe(1);
    expect((await runCli("check", "--edition", "2021", HUAIAN)).code).toBe(0);
    const wrong = await runCli("check", "--edition", "2020", HUAIAN);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--edition 只能是 2019 或 2021");
  });

  test("a report without an edition gets the one its year requires", async () => {
    const input = fixtureInput("huaian-2024");
    delete input.meta.edition;
    const { code, out } = await runCli("check", writeJson("noedition.json", input));
    expect(code).toBe(0);
    expect(out).toContain("2021格式");
  });
});

describe("the installed command (bin/xxgk.js, as `npx xxgk` runs it)", () => {
  const bin = path.join(__dirname, "..", "..", "bin", "xxgk.js");

  test("prints findings and exits with the status", () => {
    expect(execFileSync("node", [bin, "check", HUAIAN], { encoding: "utf8" })).toContain("✓ 全部勾稽关系成立");
    const result = spawnSync("node", [bin, "check", path.join(tmp, "nope.json")], { encoding: "utf8" });
    expect(result.status).toBe(2);
  });

  test("--help lists the check command in Chinese", () => {
    expect(execFileSync("node", [bin, "--help"], { encoding: "utf8" })).toContain("检查报告的勾稽关系");
  });
});
