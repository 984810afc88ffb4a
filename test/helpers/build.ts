import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Stats } from "webpack";
import { HANG_GUARD_MS } from "./timeouts";

export const ROOT = path.join(__dirname, "..", "..");

let built: string | undefined;

/** Everything the add-in build reads, by size and modification time. */
const BUILD_INPUTS = ["src", "assets", "scripts", "webpack.config.js", "manifest.xml", "tsconfig.json", "package-lock.json"];

function inputStamp(): string {
  const parts: string[] = [];
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    else parts.push(`${path.relative(ROOT, p)}:${stat.size}:${stat.mtimeMs}`);
  };
  for (const input of BUILD_INPUTS) visit(path.join(ROOT, input));
  // Reused only within one test run (jest's workers share their parent), never across runs.
  return `${process.env.JEST_WORKER_ID ? process.ppid : process.pid}\n${parts.join("\n")}`;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock directory shared by jest's worker processes (mkdir is atomic); a lock older than the build's hang guard is stale. */
function withLock<T>(lock: string, run: () => T): T {
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const stat = fs.statSync(lock, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > HANG_GUARD_MS.addinBuild) fs.rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    return run();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Build the add-in into test/output/dist (never into dist/, which a running dev server may watch) and return the
 * folder. Test files run in parallel workers: the first builds, the others wait for it and reuse the result.
 */
export function buildAddin(): string {
  if (built) return built;
  const out = path.join(ROOT, "test", "output", "dist");
  const stampFile = path.join(ROOT, "test", "output", "dist.stamp");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  withLock(`${out}.lock`, () => {
    const stamp = inputStamp();
    if (fs.existsSync(out) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp) return;
    fs.rmSync(stampFile, { force: true });
    fs.rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: "pipe",
    });
    fs.writeFileSync(stampFile, stamp);
  });
  built = out;
  return out;
}

/**
 * One TypeScript entry bundled for the web by webpack (development mode, no Node built-ins: webpack 5 bundles none,
 * so code that needs one fails here) into `outDir`/`fileName`; returns the bundle's text. Stubs and the importers
 * that tests run in a browser page or in a context with browser globals only.
 */
export async function bundleForWeb(entry: string, outDir: string, fileName: string): Promise<string> {
  // Loaded here, not at the top: most tests import this file for ROOT alone.
  const { default: webpack } = await import("webpack");
  const stats = await new Promise<Stats>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry,
        output: { path: outDir, filename: fileName },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } } }] },
        performance: { hints: false },
      },
      (err, result) => (err || !result ? reject(err) : resolve(result)),
    ),
  );
  const errors = stats.toJson({ errors: true }).errors ?? [];
  if (errors.length) throw new Error(`${path.basename(entry)}: ${errors.map((e) => e.message).join("\n")}`);
  return fs.readFileSync(path.join(outDir, fileName), "utf8");
}
