// Renders 表三 of each edition's standard workbook to PNG so a person can see the layout:
// plan → .xlsx (ExcelJS) → PDF (LibreOffice headless, one call) → PNG (pdftoppm) → docs/images/.
// Run: npm run build:cli && node scripts/screenshot-template.js [--empty]
// Needs soffice (libreoffice-calc) and pdftoppm (poppler-utils), as .ci/run installs them.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const BUILD = path.join(ROOT, "build", "node");
if (!fs.existsSync(path.join(BUILD, "xlsx", "index.js"))) {
  console.error("先运行 npm run build:cli / run `npm run build:cli` first");
  process.exit(2);
}
const { buildTemplatePlan, parseReport } = require(path.join(BUILD, "core"));
const { writeTemplateWorkbook } = require(path.join(BUILD, "xlsx"));

const SHEET = "表三";
const EXAMPLES = [
  { edition: "2021", fixture: "huaian-2024" },
  { edition: "2019", fixture: "yuyao-2020" },
];
const empty = process.argv.includes("--empty");
const outDir = path.join(ROOT, "docs", "images");

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-screenshot-"));
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  const files = [];
  for (const { edition, fixture } of EXAMPLES) {
    const plan = buildTemplatePlan({ edition });
    // Only the sheet to show, so the PDF's first page is that table.
    const one = { ...plan, sheets: plan.sheets.filter((s) => s.name === SHEET), activeSheet: SHEET };
    const parsed = parseReport(JSON.parse(fs.readFileSync(path.join(ROOT, "test", "fixtures", "reports", `${fixture}.json`), "utf8")));
    if (!parsed.success) throw new Error(`fixture ${fixture}: ${parsed.error.message}`);
    const file = path.join(work, `template-${edition}-table3.xlsx`);
    fs.writeFileSync(file, await writeTemplateWorkbook(one, empty ? {} : { report: parsed.data }));
    files.push(file);
  }
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, ...files], { stdio: "pipe" });
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const pdf = file.replace(/\.xlsx$/, ".pdf");
    // soffice exits 0 even when a conversion fails: check the output exists.
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
    const stem = path.join(outDir, path.basename(file, ".xlsx"));
    execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", pdf, stem]);
    if (!fs.existsSync(`${stem}.png`)) throw new Error(`pdftoppm did not write ${stem}.png`);
    console.log(path.relative(ROOT, `${stem}.png`));
  }
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
