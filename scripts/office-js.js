// Serving office.js ourselves, for intranets that cannot reach Microsoft's CDN.
//
// office.js is a loader: it fetches the host-specific script (excel-win32-16.01.js, excel-web-16.00.js, …) and the
// locale strings (zh-cn/office_strings.js) from the folder it was itself loaded from. So we copy, from the
// @microsoft/office-js package, office.js plus everything Excel may ask for, and point the task pane page at our copy.
// Left out on purpose: the other Office applications' scripts, the .debug.js builds, the SSO helpers (webauth/, we
// do not sign in) and the telemetry libraries (telemetry/, ariatelemetry/: office.js works without them and we send
// no telemetry).
const fs = require("node:fs");
const path = require("node:path");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The folder, inside the built add-in, that holds our copy. */
const OFFICE_JS_DIR = "office-js";

function officeJsSourceDir() {
  return path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
}

/** True for the files Excel may load, given their path relative to the package's dist folder (with "/"). */
function isNeededByExcel(relative) {
  if (relative.endsWith(".debug.js")) return false;
  if (/^(office|custom-functions-runtime|o15apptofilemappingtable|es6-promise)\.js$/.test(relative)) return true;
  if (/^excel[a-z0-9.-]*\.js$/.test(relative)) return true; // excel-win32-16.01.js, excel-web-16.00.js, excelwebapp-15.js…
  return /^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/.test(relative); // every UI language Excel may run in
}

/** The office.js files to serve, relative to the package's dist folder. */
function officeJsFiles(sourceDir = officeJsSourceDir()) {
  const files = [];
  for (const entry of fs.readdirSync(sourceDir, { withFileTypes: true })) {
    if (entry.isFile()) files.push(entry.name);
    else if (entry.isDirectory()) for (const inner of fs.readdirSync(path.join(sourceDir, entry.name))) files.push(`${entry.name}/${inner}`);
  }
  return files.filter(isNeededByExcel).sort();
}

function copyPatterns() {
  const sourceDir = officeJsSourceDir();
  // Already minified by Microsoft: `minimized` keeps Terser off them (minifying 9 MB again takes minutes).
  return officeJsFiles(sourceDir).map((file) => ({ from: path.join(sourceDir, file), to: `${OFFICE_JS_DIR}/${file}`, info: { minimized: true } }));
}

/** Points every page's office.js script at our copy; fails the build when no page loaded office.js from the CDN. */
class SelfHostOfficeJsPlugin {
  apply(compiler) {
    const HtmlWebpackPlugin = require("html-webpack-plugin");
    const name = "SelfHostOfficeJsPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      let pages = 0;
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tap(name, (data) => {
        if (!data.html.includes(OFFICE_JS_CDN)) return data;
        pages += 1;
        const local = path.posix.relative(path.posix.dirname(data.outputName), `${OFFICE_JS_DIR}/office.js`);
        return { ...data, html: data.html.split(OFFICE_JS_CDN).join(local) };
      });
      compilation.hooks.afterProcessAssets.tap(name, () => {
        if (pages === 0) compilation.errors.push(new Error(`${name}: no page loads office.js from ${OFFICE_JS_CDN}; nothing to self-host`));
      });
    });
  }
}

module.exports = { OFFICE_JS_CDN, OFFICE_JS_DIR, isNeededByExcel, officeJsFiles, copyPatterns, SelfHostOfficeJsPlugin };
