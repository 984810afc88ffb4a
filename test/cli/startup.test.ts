import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fixtureInput } from "../helpers/reports";
import { HANG_GUARD_MS } from "../helpers/timeouts";

/**
 * The compiled CLI (what users run) loads heavy libraries only when a command needs them: `xxgk --help` and checking
 * JSON never load ExcelJS, the HTML/XML parsers, docx or the certificate library. A batch's main thread pays start-up
 * once, but every worker thread pays it again, so this is batch speed as much as start-up.
 */

const root = path.join(__dirname, "..", "..");
const HEAVY = ["exceljs", "parse5", "htmlparser2", "docx", "selfsigned", "pdfjs-dist", "jszip"];

/** Runs the CLI in a fresh Node process and returns the packages it loaded. */
function packagesLoaded(...argv: string[]): string[] {
  const script = `
    const main = require(${JSON.stringify(path.join(root, "build", "node", "cli", "main.js"))});
    main.run(${JSON.stringify(argv)}, { out() {}, err() {}, isTTY: false }).then(() => {
      const names = new Set(Object.keys(require.cache).map((f) => (/node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f) || [])[1]).filter(Boolean));
      process.stdout.write(JSON.stringify([...names]));
    });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: HANG_GUARD_MS.cliProcess }));
}

describe("start-up: heavy libraries load on first use", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-startup-"));
    fs.writeFileSync(path.join(dir, "report.json"), JSON.stringify(fixtureInput("huaian-2024")));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("xxgk --help loads none of them", () => {
    const loaded = packagesLoaded("--help");
    expect(loaded).toContain("commander");
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  test("checking a JSON report loads none of them; checking a workbook loads ExcelJS", () => {
    expect(packagesLoaded("check", path.join(dir, "report.json")).filter((p) => HEAVY.includes(p))).toEqual([]);
    execFileSync(process.execPath, [path.join(root, "bin", "xxgk.js"), "template", "--edition", "2021", "--year", "2024", "-o", path.join(dir, "t.xlsx")], { timeout: HANG_GUARD_MS.cliProcess });
    expect(packagesLoaded("check", path.join(dir, "t.xlsx"))).toContain("exceljs");
  });
});
