import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { templateLayout } from "../../src/core";
import type { EditionId, Report } from "../../src/core";
import { disagreements, failingIdentities } from "../helpers/agreement";
import { convertAll, sofficeAvailable } from "../helpers/libreoffice";
import { randomCase } from "../helpers/random";
import { fixtureInput, toReport } from "../helpers/reports";
import { loadWorkbook, templateBuffer, workbookXml } from "../helpers/workbook";
import { HANG_GUARD_MS } from "../helpers/timeouts";

/**
 * The generated workbooks recalculated by LibreOffice — a real spreadsheet, as a clerk without the add-in (or WPS)
 * would see them. All cases go through ONE soffice call; every native 校验 row must agree with validate().
 */

interface Case {
  name: string;
  edition: EditionId;
  report: Report;
  lastYear?: Report;
  /** Identity failures expected (rule + anchor), read from the planted change. */
  failing?: string[];
}

function planted(): Case[] {
  const huaian = () => fixtureInput("huaian-2024");
  const yuyao = () => fixtureInput("yuyao-2020");
  const a = huaian();
  a.rows["t4.cases"][4] = 350;
  const b = huaian();
  b.rows["t3.total"][0] = 2933;
  const c = yuyao();
  c.rows["t3.newReceived"][6] = 1;
  c.rows["t3.disclosed"][2] = "/";
  const lastYear = toReport({ meta: { agency: "淮安市人民政府", reportYear: 2023, edition: "2021" }, rows: { "t3.carryForward": [34, 0, 0, 0, 0, 0, 34] }, cells: { "t2.regulations|inForce": 10, "t2.normativeDocuments|inForce": 90 } });
  return [
    { name: "huaian", edition: "2021", report: toReport(huaian()), failing: [] },
    { name: "yuyao", edition: "2019", report: toReport(yuyao()), failing: [] },
    { name: "huaian-review-total", edition: "2021", report: toReport(a), failing: ["t4.groupTotal t4.cases|review.total"] },
    {
      name: "huaian-total-natural",
      edition: "2021",
      report: toReport(b),
      failing: ["t3.applicantTotal t3.total|total", "t3.columnBalance t3.carryForward|naturalPerson", "t3.resultsTotal t3.total|naturalPerson"],
    },
    { name: "yuyao-new-total", edition: "2019", report: toReport(c), failing: ["t3.applicantTotal t3.newReceived|total", "t3.columnBalance t3.carryForward|total"] },
    { name: "huaian-last-year", edition: "2021", report: toReport(huaian()), lastYear },
  ];
}

const run = sofficeAvailable() ? describe : describe.skip;

run("workbooks recalculated by LibreOffice headless (one soffice call)", () => {
  let dir: string;
  const cases: Case[] = [...planted()];
  for (const edition of ["2019", "2021"] as const) {
    for (let seed = 1; seed <= 8; seed++) cases.push({ name: `random-${edition}-${seed}`, edition, ...randomCase(edition, 104729 * seed + Number(edition)) });
  }
  let outputs: string[];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-lo-"));
    const inputs: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.xlsx`);
      fs.writeFileSync(file, await templateBuffer(c.edition, c.report, c.lastYear));
      inputs.push(file);
    }
    outputs = convertAll(inputs, path.join(dir, "out"), "xlsx");
  }, HANG_GUARD_MS.libreOffice);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice wrote every file (soffice exits 0 even when it fails)", () => {
    for (const out of outputs) expect(fs.existsSync(out)).toBe(true);
  });

  test.each(cases.map((c, i) => [c.name, i] as const))("%s: every check row agrees with validate()", async (_name, i) => {
    const c = cases[i];
    const wb = await loadWorkbook(fs.readFileSync(outputs[i]));
    const get = (sheet: string, address: string) => {
      const cell = wb.getWorksheet(sheet)?.getCell(address);
      const v = cell?.value;
      return v && typeof v === "object" && "formula" in v ? cell?.result : v;
    };
    const layout = templateLayout(c.edition);
    expect(disagreements(layout, get, c.report, c.lastYear)).toEqual([]);
    if (c.failing) expect(failingIdentities(layout, get).sort()).toEqual([...c.failing].sort());
  });

  test("data validation (with its Chinese messages) and protection survive LibreOffice", async () => {
    const xml = await workbookXml(fs.readFileSync(outputs[0]));
    const t3 = xml.sheet("表三");
    expect(t3).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/);
    expect(t3).toContain("请填写0或正整数");
    expect(t3).toMatch(/<dataValidation [^>]*type="whole"/);
  });
});
