#!/usr/bin/env node
// `npm run package -- --base-url https://intranet.example/xxgk/ [--self-host-office-js] [--out DIR] [--version x.y.z.w]`
// The deployment package for an intranet (docs/deploy.md). The work is done by src/deploy/package.ts, compiled to
// build/node by `npm run build:cli`, which the npm script runs first.
// `npm run package -- --wps (--base-url http(s)://intranet.example/xxgk-wps/ | --offline) [--out DIR] [--version …]`
// The WPS 表格 add-in instead (src/wps/package.ts; docs/deploy.md 第十节).
const path = require("node:path");
const { Command } = require("commander");

const root = path.join(__dirname, "..");
const node = path.join(root, "build", "node");
const { buildPackage, formatPackageSummary, PackageError } = require(path.join(node, "deploy", "package.js"));

const program = new Command("npm run package --")
  .description("生成内网部署安装包 / build the intranet deployment package")
  .option("--base-url <url>", "加载项在内网网站上的地址，如 https://intranet.example/xxgk/")
  .option("--self-host-office-js", "office.js 随包提供，不访问微软 CDN / serve office.js from the package")
  .option("--wps", "生成 WPS 表格加载项 / build the WPS add-in")
  .option("--offline", "WPS：生成复制到每台电脑 jsaddons 目录的离线包 / WPS: a folder to copy onto each PC")
  .option("--out <dir>", "输出目录（默认 build/package/xxgk-addin-<版本> 或 xxgk-wps-<版本>）")
  .option("--version <x.y.z.w>", "清单版本（默认 package.json 版本 + 日期编号）")
  .parse(process.argv);

const options = program.opts();
const log = (line) => process.stdout.write(`${line}\n`);

function run() {
  if (options.wps) {
    if (options.selfHostOfficeJs) throw new PackageError("--self-host-office-js 只用于 Excel 加载项：WPS 加载项不加载 office.js");
    const { buildWpsPackage, formatWpsPackageSummary } = require(path.join(node, "wps", "package.js"));
    return buildWpsPackage({ root, baseUrl: options.baseUrl, offline: Boolean(options.offline), outDir: options.out, version: options.version, log }).then(formatWpsPackageSummary);
  }
  if (options.offline) throw new PackageError("--offline 只用于 WPS 加载项（与 --wps 一起使用）");
  if (!options.baseUrl) throw new PackageError("缺少 --base-url：加载项在内网网站上的地址，如 https://intranet.example/xxgk/");
  return buildPackage({ root, baseUrl: options.baseUrl, outDir: options.out, selfHostOfficeJs: Boolean(options.selfHostOfficeJs), version: options.version, log }).then(formatPackageSummary);
}

Promise.resolve()
  .then(run)
  .then(
    (summary) => process.stdout.write(summary),
    (e) => {
      process.stderr.write(e instanceof PackageError ? `${e.message}\n` : `内部错误 / internal error: ${e.stack || e}\n`);
      process.exitCode = e instanceof PackageError ? 1 : 3;
    },
  );
