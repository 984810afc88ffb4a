/**
 * The deployment package an IT office installs on its own intranet: a production build whose manifest points at the
 * office's web server, optionally with office.js served from the package itself, as a folder and a .zip. A package
 * whose manifest fails the offline check is never left behind.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { checkManifest } from "./manifest";
import { rewriteManifest } from "./manifestXml";

/** The folder, inside the package, that holds office.js when it is self-hosted (scripts/office-js.js agrees). */
export const OFFICE_JS_DIR = "office-js";

export class PackageError extends Error {}

/** Built files that belong to the WPS add-in only (src/wps/package.ts). */
export const WPS_ONLY_FILES = ["wps-index.html", "wps-taskpane.html", "wps-addin.js"];

export interface PackageOptions {
  /** The repository root (where webpack.config.js and manifest.xml are). */
  root: string;
  /** Where the add-in will be served from, e.g. https://intranet.example/xxgk/ */
  baseUrl: string;
  /** The package folder to create; the .zip is written next to it. Default: build/package/xxgk-addin-<version>. */
  outDir?: string;
  /** Serve office.js from the package instead of Microsoft's CDN. */
  selfHostOfficeJs?: boolean;
  /** The manifest version; default: package.json's version + a build number from the date (see packageVersion). */
  version?: string;
  /** Today, for the default version (tests pin it). */
  now?: Date;
  log?: (line: string) => void;
}

export interface PackageResult {
  dir: string;
  zipFile: string;
  baseUrl: string;
  version: string;
  files: Array<{ path: string; bytes: number }>;
  totalBytes: number;
  officeJsBytes: number;
  zipBytes: number;
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Checks the base URL the office typed and gives it a trailing slash. Throws PackageError with a Chinese message. */
export function normalizeBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new PackageError(`--base-url「${input}」不是完整的网址，应形如 https://intranet.example/xxgk/`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new PackageError(`--base-url 必须使用 https：Excel 只从 https 地址加载加载项（明文 http 只允许 localhost），现为 ${input}`);
  }
  if (url.search || url.hash || url.username || url.password) throw new PackageError(`--base-url 不能带查询参数、#锚点或用户名密码：${input}`);
  return url.href.endsWith("/") ? url.href : url.href + "/";
}

/**
 * The version a package gets unless one is given: package.json's major.minor.patch, then a fourth number made of
 * the year's last two digits and the day of the year (2025-05-20 → 25140). Office installs an update only when the
 * version grows: this grows every day without any state, stays below 65536 until 2065, and is always above the
 * development manifest's n.n.n.0. Two packages of one release made on the same day need --version.
 */
export function packageVersion(releaseVersion: string, now: Date): string {
  const release = /^(\d+)\.(\d+)\.(\d+)/.exec(releaseVersion);
  if (!release) throw new PackageError(`package.json 的 version「${releaseVersion}」不是 major.minor.patch`);
  // The local calendar day (a package made at 07:00 in Beijing belongs to that day, not to yesterday in UTC).
  const year = now.getFullYear();
  const dayOfYear = (Date.UTC(year, now.getMonth(), now.getDate()) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  const build = (year % 100) * 1000 + dayOfYear;
  return `${release[1]}.${release[2]}.${release[3]}.${build}`;
}

export function listFiles(dir: string, prefix = ""): Array<{ path: string; bytes: number }> {
  const files: Array<{ path: string; bytes: number }> = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else if (entry.isFile()) files.push({ path: relative, bytes: fs.statSync(path.join(dir, relative)).size });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** webpack empties its output folder: only an empty folder or an earlier package may be used. */
function prepareOutDir(outDir: string, root: string): void {
  const resolved = path.resolve(outDir);
  const rootFromOut = path.relative(resolved, path.resolve(root));
  if (rootFromOut === "" || (!rootFromOut.startsWith("..") && !path.isAbsolute(rootFromOut))) {
    throw new PackageError(`--out ${outDir} 是项目目录或其上级目录，会被清空：请换一个新目录`);
  }
  if (fs.existsSync(resolved)) {
    const entries = fs.readdirSync(resolved);
    if (entries.length > 0 && !entries.includes("manifest.xml")) {
      throw new PackageError(`--out ${outDir} 已存在且不是以前生成的安装包，为免误删其中的文件，请换一个新目录`);
    }
  }
}

export function runWebpack(root: string, outDir: string, selfHostOfficeJs: boolean): Promise<void> {
  const args = [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", outDir];
  if (selfHostOfficeJs) args.push("--env", "selfHostOfficeJs");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new PackageError(`构建失败 / webpack failed:\n${(stdout + stderr).slice(-4000)}`));
      else resolve();
    });
  });
}

export async function writeZip(dir: string, files: Array<{ path: string }>, zipFile: string): Promise<void> {
  const zip = new JSZip();
  // One top folder, so that unzipping never scatters files into the current folder.
  const top = zip.folder(path.basename(dir)) as JSZip;
  for (const file of files) top.file(file.path, fs.readFileSync(path.join(dir, file.path)));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
  fs.writeFileSync(zipFile, bytes);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Builds, rewrites the manifest, checks it against the built files, zips. Throws PackageError on any failure. */
export async function buildPackage(options: PackageOptions): Promise<PackageResult> {
  const log = options.log ?? (() => undefined);
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const release = (JSON.parse(fs.readFileSync(path.join(options.root, "package.json"), "utf8")) as { version: string }).version;
  const version = options.version ?? packageVersion(release, options.now ?? new Date());
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) throw new PackageError(`--version 应为四段数字 n.n.n.n，现为「${version}」`);
  const dir = path.resolve(options.outDir ?? path.join(options.root, "build", "package", `xxgk-addin-${version}`));
  prepareOutDir(dir, options.root);

  log(`正在构建（生产模式${options.selfHostOfficeJs ? "，office.js 随包提供" : "，office.js 来自微软 CDN"}）…`);
  await runWebpack(options.root, dir, Boolean(options.selfHostOfficeJs));
  return assemblePackage(dir, fs.readFileSync(path.join(options.root, "manifest.xml"), "utf8"), { baseUrl, version });
}

/**
 * Turns a built folder into a package: writes the deployment manifest (from the development one), checks it against
 * the files, zips the folder. When the manifest or the files are wrong, the folder is removed and nothing is zipped.
 */
export async function assemblePackage(dir: string, developmentManifest: string, target: { baseUrl: string; version: string }): Promise<PackageResult> {
  const zipFile = `${dir}.zip`;
  fs.rmSync(zipFile, { force: true });
  const refuse = (message: string): never => {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new PackageError(message);
  };
  let manifest = "";
  try {
    manifest = rewriteManifest(developmentManifest, target);
  } catch (e) {
    refuse(`清单无法改写，未生成安装包：${(e as Error).message}`);
  }
  fs.writeFileSync(path.join(dir, "manifest.xml"), manifest);
  // The WPS add-in's own pages are in the same build (npm run package -- --wps takes them); Excel needs none of them.
  for (const file of WPS_ONLY_FILES) fs.rmSync(path.join(dir, file), { force: true });
  const problems = checkManifest(manifest, { distDir: dir, baseUrl: target.baseUrl });
  if (problems.length > 0) refuse(`清单检查未通过，未生成安装包：\n${problems.map((p) => `  [${p.rule}] ${p.message}`).join("\n")}`);

  const files = listFiles(dir);
  await writeZip(dir, files, zipFile);
  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
  const officeJsBytes = files.filter((f) => f.path.startsWith(`${OFFICE_JS_DIR}/`)).reduce((sum, f) => sum + f.bytes, 0);
  return { dir, zipFile, baseUrl: target.baseUrl, version: target.version, files, totalBytes, officeJsBytes, zipBytes: fs.statSync(zipFile).size };
}

/** The lines `npm run package` prints when it is done. */
export function formatPackageSummary(result: PackageResult): string {
  const officeJs = result.officeJsBytes > 0 ? `，其中 office.js ${formatBytes(result.officeJsBytes)}` : "";
  return [
    `安装包 / package: ${result.dir}`,
    `  ${result.files.length} 个文件，共 ${formatBytes(result.totalBytes)}${officeJs}`,
    `  ZIP: ${result.zipFile}（${formatBytes(result.zipBytes)}）`,
    `  部署地址 / base URL: ${result.baseUrl}`,
    `  清单版本 / manifest version: ${result.version}`,
    `  清单 / manifest: ${path.join(result.dir, "manifest.xml")}`,
    "下一步：把文件夹内容放到上述地址的网站目录（或运行 xxgk serve），再按 docs/deploy.md 把 manifest.xml 放进共享文件夹目录。",
    "",
  ].join("\n");
}
