#!/usr/bin/env node
// `npm run package -- --base-url https://intranet.example/xxgk/ [--self-host-office-js] [--out DIR] [--version x.y.z.w]`
// The deployment package for an intranet (docs/deploy.md). The work is done by src/deploy/package.ts, compiled to
// build/node by `npm run build:cli`, which the npm script runs first.
const path = require("node:path");
const { Command } = require("commander");

const root = path.join(__dirname, "..");
const { buildPackage, formatPackageSummary, PackageError } = require(path.join(root, "build", "node", "deploy", "package.js"));

const program = new Command("npm run package --")
  .description("生成内网部署安装包 / build the intranet deployment package")
  .requiredOption("--base-url <url>", "加载项在内网网站上的地址，如 https://intranet.example/xxgk/")
  .option("--self-host-office-js", "office.js 随包提供，不访问微软 CDN / serve office.js from the package")
  .option("--out <dir>", "输出目录（默认 build/package/xxgk-addin-<版本>）")
  .option("--version <x.y.z.w>", "清单版本（默认 package.json 版本 + 日期编号）")
  .parse(process.argv);

const options = program.opts();
buildPackage({
  root,
  baseUrl: options.baseUrl,
  outDir: options.out,
  selfHostOfficeJs: Boolean(options.selfHostOfficeJs),
  version: options.version,
  log: (line) => process.stdout.write(`${line}\n`),
}).then(
  (result) => process.stdout.write(formatPackageSummary(result)),
  (e) => {
    process.stderr.write(e instanceof PackageError ? `${e.message}\n` : `内部错误 / internal error: ${e.stack || e}\n`);
    process.exitCode = e instanceof PackageError ? 1 : 3;
  },
);
