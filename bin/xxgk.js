#!/usr/bin/env node
// The command line is compiled from src/cli by `npm run build:cli` (run automatically by `npm install`).
const path = require("node:path");
const entry = path.join(__dirname, "..", "build", "node", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("main.js")) {
    process.stderr.write("xxgk 尚未编译：请先运行 npm install 或 npm run build:cli / xxgk is not built yet: run `npm run build:cli`\n");
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`内部错误 / internal error: ${(e && e.stack) || e}\n`); process.exitCode = 3; },
);
