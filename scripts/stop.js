#!/usr/bin/env node
// `npm stop`: on Windows/macOS unregister the sideloaded add-in; on Linux the dev server stops with Ctrl+C.
const { spawnSync } = require("node:child_process");
const path = require("node:path");
if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(__dirname, "..", "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const r = spawnSync(bin, ["stop", "manifest.xml"], { stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 0);
} else {
  console.log("Linux 上开发服务器随 npm start 的 Ctrl+C 停止 / on Linux, stop the dev server with Ctrl+C in the npm start terminal.");
}
