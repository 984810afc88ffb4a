#!/usr/bin/env node
// Look at the generated Word report: build .docx for reports (default: the two fixtures) with the compiled CLI,
// convert them to PDF with LibreOffice in ONE call (private profile, so a running LibreOffice is not disturbed),
// and render every page to PNG with pdftoppm.
//
//   npm run build:cli && node scripts/render-narrative.js [report.json ...]
//   → test/output/narrative/<name>.docx, <name>.pdf, <name>-<page>.png
//
// soffice exits 0 even when it fails: the script checks that every PDF exists.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const out = path.join(root, "test", "output", "narrative");
const reports = process.argv.slice(2);
const inputs = reports.length
  ? reports
  : ["huaian-2024.json", "yuyao-2020.json"].map((f) => path.join(root, "test", "fixtures", "reports", f));

fs.mkdirSync(out, { recursive: true });
const docxFiles = inputs.map((file) => {
  const target = path.join(out, `${path.basename(file, path.extname(file))}.docx`);
  execFileSync(process.execPath, [path.join(root, "bin", "xxgk.js"), "narrative", file, "--docx", target], { stdio: "inherit" });
  return target;
});

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "xxgk-lo-"));
try {
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, ...docxFiles],
    { stdio: "inherit" },
  );
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}

for (const docx of docxFiles) {
  const pdf = docx.replace(/\.docx$/, ".pdf");
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not write ${pdf}`);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, pdf.replace(/\.pdf$/, "")]);
  const pages = fs.readdirSync(out).filter((f) => f.startsWith(path.basename(pdf, ".pdf")) && f.endsWith(".png"));
  process.stdout.write(`${path.relative(root, pdf)}: ${pages.length} page(s)\n`);
}
