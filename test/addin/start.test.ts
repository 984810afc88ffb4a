import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "../helpers/build";

/**
 * `npm start`: desktop Excel is sideloaded by office-addin-debugging on Windows and macOS only; everywhere else the
 * HTTPS dev server starts and the preview URL and the exact steps for Excel on the web are printed — never
 * office-addin-debugging's "Platform not supported".
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const start = require(path.join(ROOT, "scripts", "start.js")) as {
  startPlan(platform: string, port?: number): { command: string; args: string[]; printsSteps: boolean };
  instructions(port?: number, selfHost?: boolean): string;
};

test.each(["linux", "freebsd"])("%s: the dev server, and the steps printed", (platform) => {
  const plan = start.startPlan(platform, 3000);
  expect(path.basename(plan.command)).toBe("webpack");
  expect(plan.args).toEqual(["serve", "--mode", "development", "--port", "3000"]);
  expect(plan.printsSteps).toBe(true);
});

test.each([
  ["win32", "office-addin-debugging.cmd"],
  ["darwin", "office-addin-debugging"],
])("%s: sideloads into desktop Excel", (platform, command) => {
  const plan = start.startPlan(platform, 3000);
  expect(path.basename(plan.command)).toBe(command);
  expect(plan.args.slice(0, 3)).toEqual(["start", "manifest.xml", "desktop"]);
});

test("the steps name the preview URL, the menu path and this manifest", () => {
  const text = start.instructions(3000, false);
  expect(text).toContain("https://localhost:3000/taskpane.html");
  expect(text).toContain("「开始」选项卡 →「加载项」→「更多设置」→「上传我的加载项」");
  expect(text).toContain(path.join(ROOT, "manifest.xml"));
  expect(text).toContain("来自微软 CDN");
  const other = start.instructions(3443, true);
  for (const part of ["https://localhost:3443/taskpane.html", "由本服务器提供", "改用端口 3443"]) expect(other).toContain(part);
});

test("`npm start -- --dry-run` on this machine prints the plan and, on Linux, the steps", () => {
  const out = execFileSync(process.execPath, [path.join(ROOT, "scripts", "start.js"), "--dry-run"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, XXGK_PORT: "3999" } });
  expect(out).not.toContain("Platform not supported");
  if (process.platform === "linux") expect(out).toContain("https://localhost:3999/taskpane.html");
});

test("the README says how to stop `npm start` on every platform, as `npm stop` does", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const stopping = readme.slice(readme.indexOf("停止："), readme.indexOf("\n\n", readme.indexOf("停止：")));
  for (const part of ["Windows", "macOS", "`npm stop`", "Linux", "Ctrl+C"]) expect(stopping).toContain(part);
  const onLinux = execFileSync(process.execPath, [path.join(ROOT, "scripts", "stop.js")], { cwd: ROOT, encoding: "utf8" });
  if (process.platform === "linux") expect(onLinux).toContain("Ctrl+C");
});
