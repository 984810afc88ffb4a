import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

/**
 * The task pane as the benchmarks load it: built by webpack in production mode (as `npm run build` makes it) into a
 * folder of bench/output, served from 127.0.0.1, its office.js a stub that reports no host — so the pane starts in
 * its preview mode, the same code a clerk's pane runs, without Excel.
 */

const ROOT = path.join(__dirname, "..", "..");

export const OFFICE_STUB = "window.Office = { onReady(cb) { const info = { host: null, platform: null }; setTimeout(() => cb && cb(info), 0); return Promise.resolve(info); } };";

export function buildPane(dist: string): void {
  fs.rmSync(dist, { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dist], { cwd: ROOT, stdio: "pipe" });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css", ".png": "image/png" };

/** Serves `dir` as it is (no compression, no caching headers: the files, and only them). */
export async function servePane(dir: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/taskpane.html`, close: () => server.close() };
}
