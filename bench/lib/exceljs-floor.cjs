// The floor of a batch check: read every .xlsx in a folder with ExcelJS alone (one thread), as a plain Node process
// started the way `node bin/xxgk.js check FOLDER` is, with the load options the reader uses (build/node, compiled by
// `npm run bench`). Usage: node bench/lib/exceljs-floor.cjs FOLDER [--default-options]
const fs = require("node:fs");
const path = require("node:path");
const ExcelJS = require("exceljs");
const { EXCELJS_READ_OPTIONS } = require("../../build/node/xlsx/limits.js");

async function main() {
  const folder = process.argv[2];
  const options = process.argv.includes("--default-options") ? undefined : EXCELJS_READ_OPTIONS;
  const files = fs.readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort();
  let sheets = 0;
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(folder, file)), options);
    sheets += wb.worksheets.length;
  }
  process.stdout.write(`${files.length} files, ${sheets} sheets\n`);
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
