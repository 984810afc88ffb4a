#!/usr/bin/env node
// `npm start`: run the add-in for development.
// - Windows / macOS: office-addin-debugging sideloads manifest.xml into desktop Excel and starts the dev server.
// - Linux and every other platform (no desktop Excel): start the HTTPS dev server, then print the preview URL and the
//   exact steps to sideload into Excel on the web. office-addin-debugging would only print "Platform not supported".
// `npm start -- --self-host-office-js` (or XXGK_SELF_HOST_OFFICE_JS=1) serves office.js from the dev server instead
// of Microsoft's CDN, for networks that cannot reach the CDN (see webpack.config.js).
// `npm start -- --dry-run` prints what would run (and the steps) without starting anything.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const bin = (name, platform = process.platform) => path.join(root, "node_modules", ".bin", platform === "win32" ? `${name}.cmd` : name);

/** Sideloading into desktop Excel is what office-addin-debugging can do: Windows and macOS only. */
const sideloadsDesktop = (platform) => platform === "win32" || platform === "darwin";

/** What `npm start` runs on a platform. */
function startPlan(platform = process.platform, port = Number(process.env.XXGK_PORT || 3000)) {
  if (sideloadsDesktop(platform)) {
    return {
      command: bin("office-addin-debugging", platform),
      args: ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", String(port)],
      printsSteps: false,
    };
  }
  return { command: bin("webpack", platform), args: ["serve", "--mode", "development", "--port", String(port)], printsSteps: true };
}

/** The preview URL and the steps to sideload manifest.xml into Excel on the web (Linux). */
function instructions(port = Number(process.env.XXGK_PORT || 3000), selfHost = process.env.XXGK_SELF_HOST_OFFICE_JS === "1") {
  const manifest = path.join(root, "manifest.xml");
  const portNote = port === 3000 ? "" : `\n   注意：manifest.xml 中的地址是 https://localhost:3000/，改用端口 ${port} 时请同时修改 manifest.xml 中的端口。`;
  return `
────────────────────────────────────────────────────────────────────────
 政务公开年报加载项开发服务器已启动 / dev server running
 office.js：${selfHost ? "由本服务器提供（--self-host-office-js）" : "来自微软 CDN（内网不能访问时用 npm start -- --self-host-office-js）"}

 预览（浏览器，不需要 Excel）/ preview in a browser:
   https://localhost:${port}/taskpane.html
   首次打开请在浏览器中接受自签名证书（「高级」→「继续前往 localhost」）。页面显示「预览模式」，
   各按钮作用于内存中的示例工作簿。

 在 Excel 网页版中加载 / sideload into Excel on the web:
   1. 用同一个浏览器打开 https://localhost:${port}/taskpane.html 并接受证书（否则 Excel 打不开任务窗格）；
   2. 打开 Excel 网页版（https://www.office.com → Excel）中的任一工作簿；
   3. 「开始」选项卡 →「加载项」→「更多设置」→「上传我的加载项」
      (Home › Add-ins › More Settings › Upload My Add-in)；
   4. 选择本项目的 manifest.xml：${manifest}
   5. 「开始」选项卡右侧出现「年报校验」按钮，点它打开任务窗格；函数以 =XXGK. 开头。${portNote}

 Windows / macOS 桌面版 Excel：在那台电脑上运行 npm start 即自动加载。
 按 Ctrl+C 停止 / press Ctrl+C to stop.
────────────────────────────────────────────────────────────────────────
`;
}

function main() {
  const args = process.argv.slice(2);
  if (args.includes("--self-host-office-js")) process.env.XXGK_SELF_HOST_OFFICE_JS = "1";
  const port = Number(process.env.XXGK_PORT || 3000);
  const plan = startPlan(process.platform, port);
  if (args.includes("--dry-run")) {
    process.stdout.write(`${[plan.command, ...plan.args].join(" ")}\n`);
    if (plan.printsSteps) process.stdout.write(instructions(port));
    return;
  }
  const shell = process.platform === "win32";
  if (!plan.printsSteps) {
    const child = spawn(plan.command, plan.args, { cwd: root, stdio: "inherit", shell });
    child.on("exit", (code) => process.exit(code ?? 0));
    return;
  }
  const server = spawn(plan.command, plan.args, { cwd: root, stdio: ["inherit", "pipe", "inherit"], shell });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/.test(String(chunk))) {
      announced = true;
      process.stdout.write(instructions(port));
    }
  });
  server.on("error", (e) => {
    console.error(`无法启动开发服务器 / cannot start the dev server: ${e.message}`);
    process.exit(1);
  });
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}

if (require.main === module) main();

module.exports = { startPlan, instructions };
