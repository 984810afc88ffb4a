/**
 * The WPS 加载项 package (npm run package -- --wps): the add-in's folder for WPS 表格 made from a production build,
 * with its ribbon.xml, manifest.xml (JsPlugin, with the XXGK functions), functions.json and the add-in list WPS
 * reads (jsplugins.xml). Two forms (docs/deploy.md 第十节):
 *   online  (--base-url): the folder is served by an intranet web server; jsplugins.xml lists it as
 *           <jspluginonline name type url> (the form wpsjs's debug server writes for an add-in served over HTTP);
 *   offline (--offline): jsaddons/xxgk_<version>/ plus jsaddons/publish.xml (and the same list as jsplugins.xml),
 *           to copy into each user's jsaddons folder — what wpsjs's own offline installer does.
 * Nothing is left behind when a check fails: the page's ribbon callbacks must all resolve, every file the pages
 * and the manifest name must be there, the functions registered must be those functions.json describes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CUSTOM_FUNCTIONS_NAMESPACE } from "../core/blocks/namespace";
import { parseManifest } from "../deploy/manifestXml";
import { listFiles, packageVersion, PackageError, runWebpack, writeZip } from "../deploy/package";
import { wpsFunctionsJson } from "./functionsJson";
import type { OfficeFunctionsMetadata } from "./functionsJson";
import { loadAddinPage } from "./packageCheck";
import { RIBBON, ribbonCallbackNames, ribbonXml } from "./ribbon";

/** The add-in's name in WPS's lists (ASCII: wpsjs refuses other names for packages). */
export const ADDIN_NAME = "xxgk";

export interface WpsPackageOptions {
  root: string;
  /** Online: where the folder will be served (http or https). */
  baseUrl?: string;
  /** Offline: a jsaddons folder to copy onto each PC. */
  offline?: boolean;
  outDir?: string;
  version?: string;
  now?: Date;
  log?: (line: string) => void;
  /** How the production build is made into a folder (default: webpack; tests copy an existing build). */
  build?: (root: string, outDir: string) => Promise<void>;
}

export interface WpsPackageResult {
  /** The package folder (what the zip holds). */
  dir: string;
  /** The add-in's own folder (index.html, ribbon.xml…). */
  addinDir: string;
  /** The add-in list(s) written. */
  lists: string[];
  zipFile: string;
  mode: "online" | "offline";
  baseUrl?: string;
  version: string;
  files: Array<{ path: string; bytes: number }>;
  totalBytes: number;
  zipBytes: number;
  /** XXGK functions the page registered. */
  functions: string[];
  /** Ribbon callbacks checked. */
  callbacks: string[];
}

/** Checks an online address (http or https, a folder) and gives it a trailing slash. */
export function normalizeWpsBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new PackageError(`--base-url「${input}」不是完整的网址，应形如 https://intranet.example/xxgk-wps/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new PackageError(`--base-url 应以 http:// 或 https:// 开头：${input}`);
  if (url.search || url.hash || url.username || url.password) throw new PackageError(`--base-url 不能带查询参数、#锚点或用户名密码：${input}`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The add-in list: online, the served folder; offline, the folder's name inside jsaddons. */
export function jspluginsXml(entry: { mode: "online"; url: string } | { mode: "offline"; folder: string; version: string }): string {
  const line =
    entry.mode === "online"
      ? `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(entry.url)}"/>`
      : `  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlAttr(entry.folder)}" version="${xmlAttr(entry.version)}" enable="enable_dev" install="null" customDomain=""/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${line}\n</jsplugins>\n`;
}

/** manifest.xml of a WPS 加载项 (JsPlugin), as wpsjs's ET template has it, with the XXGK functions. */
export function jsPluginManifest(version: string): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<JsPlugin>`,
    `  <ApiVersion>1.0.0</ApiVersion>`,
    `  <Name>${ADDIN_NAME}</Name>`,
    `  <Description>政务公开年报 · 政府信息公开工作年度报告：插入标准模板、一键校验勾稽关系、根据表格生成报告正文（${xmlAttr(version)}）。</Description>`,
    `  <Functions>`,
    `    <Uri>/functions.json</Uri>`,
    `    <Namespace>${CUSTOM_FUNCTIONS_NAMESPACE}</Namespace>`,
    `  </Functions>`,
    `</JsPlugin>`,
    "",
  ].join("\n");
}

/** Built files → the add-in's files: which to take, under which name. */
const RENAMED: Record<string, string> = { "wps-index.html": "index.html", "wps-taskpane.html": "taskpane.html" };
/** Excel's own files, not part of the WPS add-in. */
const EXCEL_ONLY = new Set(["taskpane.html", "functions.js", "functions.json", "manifest.xml"]);

function prepareOutDir(outDir: string, root?: string): void {
  const resolved = path.resolve(outDir);
  const rootFromOut = root === undefined ? ".." : path.relative(resolved, path.resolve(root));
  if (rootFromOut === "" || (!rootFromOut.startsWith("..") && !path.isAbsolute(rootFromOut))) {
    throw new PackageError(`--out ${outDir} 是项目目录或其上级目录，会被清空：请换一个新目录`);
  }
  if (fs.existsSync(resolved)) {
    const entries = fs.readdirSync(resolved);
    if (entries.length > 0 && !entries.includes("ribbon.xml") && !entries.includes("jsaddons")) {
      throw new PackageError(`--out ${outDir} 已存在且不是以前生成的 WPS 安装包，为免误删其中的文件，请换一个新目录`);
    }
    fs.rmSync(resolved, { recursive: true, force: true });
  }
}

/** Files a page or the manifest refers to: script sources, the ribbon's picture, functions.json. */
function referencedFiles(addinDir: string): string[] {
  const refs = new Set<string>([RIBBON.image, "functions.json", "ribbon.xml", "manifest.xml", "index.html", "taskpane.html"]);
  for (const page of ["index.html", "taskpane.html"]) {
    const html = fs.existsSync(path.join(addinDir, page)) ? fs.readFileSync(path.join(addinDir, page), "utf8") : "";
    for (const m of html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)) refs.add(m[1]);
    if (/appsforoffice\.microsoft\.com/.test(html)) refs.add("(不应引用微软 office.js)");
  }
  return [...refs];
}

/** Turns a built folder into the WPS package. Throws PackageError (and removes the output) on any failure. */
export async function assembleWpsPackage(distDir: string, target: { outDir: string; baseUrl?: string; offline?: boolean; version: string; root?: string }): Promise<WpsPackageResult> {
  const mode = target.offline ? "offline" : "online";
  const baseUrl = mode === "online" ? normalizeWpsBaseUrl(target.baseUrl ?? "") : undefined;
  const dir = path.resolve(target.outDir);
  prepareOutDir(dir, target.root);
  const zipFile = `${dir}.zip`;
  fs.rmSync(zipFile, { force: true });
  const refuse = (message: string): never => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new PackageError(message);
  };

  const folder = `${ADDIN_NAME}_${target.version}`;
  const addinDir = mode === "online" ? dir : path.join(dir, "jsaddons", folder);
  fs.mkdirSync(addinDir, { recursive: true });
  for (const file of listFiles(distDir)) {
    const name = RENAMED[file.path] ?? file.path;
    if (!RENAMED[file.path] && (EXCEL_ONLY.has(file.path) || file.path.startsWith("office-js/"))) continue;
    fs.mkdirSync(path.dirname(path.join(addinDir, name)), { recursive: true });
    fs.copyFileSync(path.join(distDir, file.path), path.join(addinDir, name));
  }

  const officeMetadata = path.join(distDir, "functions.json");
  if (!fs.existsSync(officeMetadata)) refuse(`构建结果中没有 functions.json（${distDir}）：未生成安装包`);
  const functions = wpsFunctionsJson(JSON.parse(fs.readFileSync(officeMetadata, "utf8")) as OfficeFunctionsMetadata);
  const ribbon = ribbonXml();
  fs.writeFileSync(path.join(addinDir, "functions.json"), JSON.stringify(functions, null, 2) + "\n");
  fs.writeFileSync(path.join(addinDir, "ribbon.xml"), ribbon);
  fs.writeFileSync(path.join(addinDir, "manifest.xml"), jsPluginManifest(target.version));
  const lists = mode === "online" ? ["jsplugins.xml"] : ["jsaddons/publish.xml", "jsaddons/jsplugins.xml"];
  const list = mode === "online" ? jspluginsXml({ mode, url: baseUrl! }) : jspluginsXml({ mode, folder, version: target.version });
  for (const l of lists) fs.writeFileSync(path.join(dir, l), list);

  // Checks: well-formed XML, every referenced file present, the page's callbacks and functions.
  const problems: string[] = [];
  for (const [name, xml] of [["ribbon.xml", ribbon], ["manifest.xml", jsPluginManifest(target.version)], ["jsplugins.xml", list]] as const) {
    const parsed = parseManifest(xml);
    if (!parsed.ok) problems.push(`${name} 不是合格的 XML：${parsed.error}`);
  }
  if (!ribbon.startsWith("<customUI")) problems.push("ribbon.xml 应以 <customUI 开头");
  for (const ref of referencedFiles(addinDir)) if (!fs.existsSync(path.join(addinDir, ref))) problems.push(`缺少文件：${ref}`);
  const callbacks = ribbonCallbackNames(ribbon);
  let registered: string[] = [];
  try {
    const page = loadAddinPage(addinDir, baseUrl ?? `file:///jsaddons/${folder}/`);
    registered = page.registered;
    for (const name of callbacks) if (!page.hasFunction(name)) problems.push(`ribbon.xml 的回调「${name}」在加载项页面（index.html）中没有对应的函数`);
    for (const b of RIBBON.buttons) {
      const opened = page.press(RIBBON.callbacks.onAction, b.id);
      const file = opened?.split("#")[0].split("/").pop();
      if (!opened || !opened.includes(`#xxgk=${b.command}-`) || !file || !fs.existsSync(path.join(addinDir, file))) problems.push(`按钮「${b.label}」没有打开任务窗格（${opened ?? "无"}）`);
    }
  } catch (e) {
    problems.push(`加载项页面（index.html）无法加载：${(e as Error).message}`);
  }
  const described = functions.functions.map((f) => f.name).sort();
  if (JSON.stringify([...registered].sort()) !== JSON.stringify(described)) {
    problems.push(`页面注册的函数（${registered.join("、") || "无"}）与 functions.json（${described.join("、")}）不一致`);
  }
  if (problems.length > 0) refuse(`WPS 加载项检查未通过，未生成安装包：\n${problems.map((p) => `  ${p}`).join("\n")}`);

  const files = listFiles(dir);
  await writeZip(dir, files, zipFile);
  return {
    dir,
    addinDir,
    lists: lists.map((l) => path.join(dir, l)),
    zipFile,
    mode,
    baseUrl,
    version: target.version,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    zipBytes: fs.statSync(zipFile).size,
    functions: registered,
    callbacks,
  };
}

/** Builds (production) and assembles. */
export async function buildWpsPackage(options: WpsPackageOptions): Promise<WpsPackageResult> {
  const log = options.log ?? (() => undefined);
  if (!options.offline && !options.baseUrl) throw new PackageError("WPS 安装包需要 --base-url（内网网站上的地址）或 --offline（复制到每台电脑）");
  if (options.offline && options.baseUrl) throw new PackageError("--base-url 和 --offline 只能选一个");
  if (options.baseUrl) normalizeWpsBaseUrl(options.baseUrl);
  const release = (JSON.parse(fs.readFileSync(path.join(options.root, "package.json"), "utf8")) as { version: string }).version;
  const version = options.version ?? packageVersion(release, options.now ?? new Date());
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) throw new PackageError(`--version 应为四段数字 n.n.n.n，现为「${version}」`);
  const outDir = path.resolve(options.outDir ?? path.join(options.root, "build", "package", `xxgk-wps-${version}${options.offline ? "-offline" : ""}`));
  const buildDir = `${outDir}.build`;
  log("正在构建（生产模式，WPS 加载项）…");
  fs.rmSync(buildDir, { recursive: true, force: true });
  try {
    await (options.build ?? ((root, out) => runWebpack(root, out, false)))(options.root, buildDir);
    return await assembleWpsPackage(buildDir, { outDir, baseUrl: options.baseUrl, offline: options.offline, version, root: options.root });
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
}

export function formatWpsPackageSummary(result: WpsPackageResult): string {
  const size = (b: number) => (b < 1024 * 1024 ? `${(b / 1024).toFixed(1)} KB` : `${(b / 1024 / 1024).toFixed(1)} MB`);
  return [
    `WPS 加载项 / WPS add-in: ${result.dir}`,
    `  ${result.files.length} 个文件，共 ${size(result.totalBytes)}；ZIP: ${result.zipFile}（${size(result.zipBytes)}）`,
    result.mode === "online" ? `  部署地址 / base URL: ${result.baseUrl}` : `  离线 / offline: 把 jsaddons 文件夹中的内容复制到每位用户的 WPS jsaddons 目录`,
    `  加载项清单 / add-in list: ${result.lists.join("，")}`,
    `  功能区回调 / ribbon callbacks: ${result.callbacks.join(", ")}（均已在页面中找到）`,
    `  自定义函数 / functions: ${result.functions.map((f) => `${CUSTOM_FUNCTIONS_NAMESPACE}.${f}`).join(", ")}`,
    `  版本 / version: ${result.version}`,
    "下一步：按 docs/deploy.md 第十节配置 WPS（oem.ini 或 jsaddons 目录）。",
    "",
  ].join("\n");
}
