import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../helpers/cli";
import { FORMS, PUBLISHED } from "./helpers";

/**
 * Cross-year checks (report-format.md §6 rules 6–8) with last year's report in a published form, as a supervising
 * office has it. The 2023 page is made up from the 2024 page: its 「四、结转下年度继续办理」 is set to 30 (自然人) and
 * 30 (总计), and its 现行有效件数 to 10 and 84 so that 表二 chains exactly into 2024 (10+1−0=11, 84+8−26=66).
 */

const page2024 = fs.readFileSync(path.join(FORMS, "huaian-2024.html"), "utf8");
const THIS_YEAR = path.join(PUBLISHED, "huaian-shizhengfu-2024.txt");

/** Replace `from` by `to` inside the table row whose label is `label`. */
function setInRow(html: string, label: string, from: string, to: string): string {
  const start = html.indexOf(`>${label}</td>`);
  const end = html.indexOf("</tr>", start);
  return html.slice(0, start) + html.slice(start, end).split(`>${from}<`).join(`>${to}<`) + html.slice(end);
}

function page2023({ chained = true } = {}): string {
  let html = page2024.split("2024年政府信息公开工作年度报告").join("2023年政府信息公开工作年度报告");
  html = setInRow(html, "四、结转下年度继续办理", "103", "30");
  if (chained) html = setInRow(setInRow(html, "规章", "11", "10"), "行政规范性文件", "66", "84");
  return html;
}

let tmp: string;
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-crossyear-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
};

async function crossYearFindings(lastYear: string, thisYear: string) {
  const { code, out, err } = await runCli("check", "--json", "--last-year", lastYear, thisYear);
  expect(err).toBe("");
  const findings: { rule: string; message: string }[] = JSON.parse(out).files[0].findings;
  return { code, findings: findings.filter((f) => /^(crossYear|import)\./.test(f.rule)) };
}

describe("--last-year with published forms", () => {
  test("2024 text against a 2023 web page: the carry-over mismatch is found per column", async () => {
    const { code, findings } = await crossYearFindings(write("淮安2023.html", page2023()), THIS_YEAR);
    expect(code).toBe(1);
    expect(findings.map((f) => f.message)).toEqual([
      "表三「自然人」列：本年「二、上年结转」为34，2023年报告「四、结转下年度继续办理」为30，相差4。",
      "表三「总计」列：本年「二、上年结转」为34，2023年报告「四、结转下年度继续办理」为30，相差4。",
    ]);
  });

  test("rule 8 across forms: the 2023 page's text reused in the 2024 PDF text is measured as duplicated", async () => {
    const { out } = await runCli("check", "--json", "--last-year", write("淮安2023-text.html", page2023()), THIS_YEAR);
    const duplication = JSON.parse(out).files[0].findings.filter((f: { rule: string }) => f.rule === "narrative.duplication");
    expect(duplication).toHaveLength(1);
    expect(duplication[0].message).toContain("正文与2023年报告重复100.0%");
  });

  test("within the 2021格式 表二 is chained: 现行有效件数 that do not follow are warned", async () => {
    const { findings } = await crossYearFindings(write("淮安2023-unchained.html", page2023({ chained: false })), THIS_YEAR);
    expect(findings.map((f) => f.rule)).toEqual(["crossYear.carryOver", "crossYear.carryOver", "crossYear.inForceChain", "crossYear.inForceChain"]);
  });

  test("2020 → 2021 never chains 表二 (the columns mean different things); 表三 still carries over", async () => {
    const page2021 = page2024.split("2024年政府信息公开工作年度报告").join("2021年政府信息公开工作年度报告");
    const { findings } = await crossYearFindings(path.join(FORMS, "yuyao-2020.html"), write("2021.html", page2021));
    // The page was retitled 2021 but its statistics period still says 2024: the importer says so (import.yearConflict).
    expect(findings.map((f) => f.rule)).toEqual(["import.yearConflict", "crossYear.carryOver", "crossYear.carryOver"]);
  });

  test("last year's 表三 could not be read: no comparison against zeros, and the reason", async () => {
    const start = page2023().indexOf("<table", page2023().indexOf("三、收到和处理政府信息公开申请情况"));
    const html = page2023();
    const without = html.slice(0, start) + html.slice(html.indexOf("</table>", start) + 8);
    const { findings } = await crossYearFindings(write("淮安2023-no-t3.html", without), THIS_YEAR);
    expect(findings.map((f) => f.message)).toEqual(["上年（2023年）报告中表三「四、结转下年度继续办理」未能读出，未核对本年「上年结转」；请对照上年报告原文核对。"]);
  });

  test("last year as .docx and as PDF text work the same way", async () => {
    // The forms of the 2024 report stand in for last year's against a 2025 report made from the transcription.
    const input = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "fixtures", "reports", "huaian-2024.json"), "utf8"));
    input.meta.reportYear = 2025;
    input.rows["t3.carriedOver"] = [100, 0, 0, 0, 0, 0, 100];
    // Nothing made or repealed in 2025: 表二 chains exactly.
    input.rows["t2.regulations"] = [0, 0, 11];
    input.rows["t2.normativeDocuments"] = [0, 0, 66];
    const thisYear = write("2025.json", JSON.stringify(input));
    for (const form of ["huaian-2024.docx", "huaian-2024.pdf.txt"]) {
      const { findings } = await crossYearFindings(path.join(FORMS, form), thisYear);
      expect(findings.map((f) => f.message)).toEqual([
        "表三「自然人」列：本年「二、上年结转」为100，2024年报告「四、结转下年度继续办理」为103，相差3。",
        "表三「总计」列：本年「二、上年结转」为100，2024年报告「四、结转下年度继续办理」为103，相差3。",
      ]);
    }
  });
});
