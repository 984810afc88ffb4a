import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");

let built: string | undefined;

/**
 * Build the add-in once per test file into test/output/dist-<jest worker> (never into dist/, which a running dev
 * server may watch) and return the folder. One folder per worker: test files running in parallel must not empty
 * each other's build.
 */
export function buildAddin(): string {
  if (built) return built;
  const out = path.join(ROOT, "test", "output", `dist-${process.env.JEST_WORKER_ID ?? process.pid}`);
  fs.rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: "pipe",
  });
  built = out;
  return out;
}
