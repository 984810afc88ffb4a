#!/usr/bin/env node
// `npm start`: run the add-in for development.
// - Windows / macOS: office-addin-debugging sideloads manifest.xml into desktop Excel and starts the dev server.
// - Linux (no desktop Excel): start the HTTPS dev server, then print the preview URL and how to sideload into
//   Excel on the web. office-addin-debugging would only print "Platform not supported" there.
// `npm start -- --self-host-office-js` (or XXGK_SELF_HOST_OFFICE_JS=1) serves office.js from the dev server instead
// of Microsoft's CDN, for networks that cannot reach the CDN (see webpack.config.js).
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const port = Number(process.env.XXGK_PORT || 3000);
if (process.argv.includes("--self-host-office-js")) process.env.XXGK_SELF_HOST_OFFICE_JS = "1";
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32", ...options });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (process.platform === "win32" || process.platform === "darwin") {
  run(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", String(port)]);
} else {
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: ["inherit", "pipe", "inherit"] });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/.test(String(chunk))) {
      announced = true;
      process.stdout.write(instructions());
    }
  });
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}

function instructions() {
  return `
────────────────────────────────────────────────────────────────────────
 政务公开年报加载项开发服务器已启动 / dev server running

 预览（浏览器，不需要 Excel）/ preview in a browser:
   https://localhost:${port}/taskpane.html
   首次打开请在浏览器中接受自签名证书（「高级」→「继续前往」）。

 在 Excel 网页版中加载 / sideload into Excel on the web:
   1. 用浏览器打开 https://localhost:${port}/taskpane.html 并接受证书；
   2. 打开 Excel 网页版（https://www.office.com）中的任一工作簿；
   3. 「开始」→「加载项」→「更多设置」/「我的加载项」→「上传我的加载项」
      (Home › Add-ins › More Settings › Upload My Add-in)；
   4. 选择本项目的 manifest.xml：${path.join(root, "manifest.xml")}
   5. 「开始」选项卡出现「年报校验」按钮；函数以 =XXGK. 开头。

 Windows / macOS 桌面版 Excel：在那台电脑上运行 npm start 即自动加载。
 按 Ctrl+C 停止 / press Ctrl+C to stop.
────────────────────────────────────────────────────────────────────────
`;
}
