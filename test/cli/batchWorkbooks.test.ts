import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildTemplatePlan } from "../../src/core";
import { writeTemplateWorkbook } from "../../src/xlsx";
import { runCli } from "../helpers/cli";
import { fixtureInput, toReport } from "../helpers/reports";

/**
 * The supervising office's real case: a folder of returned standard workbooks, errors planted in known files, one
 * corrupt workbook. The batch (in worker threads) finds exactly the planted errors, with cell addresses.
 */

let dir: string;
const planted = new Map<string, { rule: string; cell?: string }[]>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-batch-xlsx-"));
  const plan = buildTemplatePlan({ edition: "2021", reportYear: 2024 });
  for (let i = 1; i <= 10; i++) {
    const input = fixtureInput("huaian-2024");
    delete input.narrative;
    input.meta.agency = `样本市第${i}局`;
    let expected: { rule: string; cell?: string }[] = [];
    if (i === 3) {
      input.rows["t4.cases"][4] = 350;
      expected = [{ rule: "t4.groupTotal" }];
    } else if (i === 6) {
      input.rows["t3.disclosed"][0] = "/";
      expected = [
        { rule: "cell.placeholder" },
        { rule: "t3.resultsTotal" },
        { rule: "t3.applicantTotal" },
        // 「/」 is read as 0: its row and its column both differ by 1288 and cross at it.
        { rule: "identity.slip" },
      ];
    } else if (i === 9) {
      input.rows["t3.withheld.stateSecret"][1] = "";
      expected = [{ rule: "cell.blankInferred" }];
    }
    const file = path.join(dir, `${String(i).padStart(2, "0")}.xlsx`);
    fs.writeFileSync(file, await writeTemplateWorkbook(plan, { report: toReport(input) }));
    planted.set(file, expected);
  }
  const corrupt = fs.readFileSync(path.join(dir, "01.xlsx")).subarray(0, 5000);
  fs.writeFileSync(path.join(dir, "05-损坏.xlsx"), corrupt);
}, 60000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a folder of standard workbooks: exactly the planted findings, with cells; the corrupt one reported, the rest checked", async () => {
  const { code, out } = await runCli("check", dir, "--json", "--jobs", "2");
  expect(code).toBe(2);
  const files: { file: string; findings: { rule: string; location: { sheet?: string; cell?: string } }[] }[] = JSON.parse(out).files;
  expect(files).toHaveLength(11);
  const corrupt = files.find((f) => f.file.endsWith("05-损坏.xlsx"))!;
  expect(corrupt.findings.map((f) => f.rule)).toEqual(["file.unreadable"]);
  for (const f of files.filter((x) => x !== corrupt)) {
    expect(f.findings.map((x) => x.rule)).toEqual(planted.get(f.file)!.map((p) => p.rule));
    // Findings from a workbook point at a sheet and a cell.
    for (const finding of f.findings) expect(finding.location.sheet && finding.location.cell).toBeTruthy();
  }
  const blank = files.find((f) => f.file.endsWith("09.xlsx"))!.findings[0];
  expect(blank.location.sheet).toBe("表三");
});
