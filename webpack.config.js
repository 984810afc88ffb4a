// Builds the add-in: the task pane page and the custom functions share one runtime (see manifest.xml).
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const officeJs = require("./scripts/office-js");

const DEV_PORT = Number(process.env.XXGK_PORT || 3000);

// The batch worker (src/taskpane/batch/worker.ts) is built in its own layer, where ExcelJS is bundled from its sources
// rather than its prebuilt browser file: that file's process.nextTick is a setTimeout(0), which browsers clamp to 4 ms,
// and a workbook spent ~75 ms waiting; from the sources the worker also skips the 校验 sheet as the command line does
// (src/xlsx/loadWorkbook.ts). The Node modules ExcelJS's sources use come from their browser packages; its two
// Node globals are set in the worker only (src/taskpane/batch/nodeGlobals.ts).
const WORKER_LAYER = "batch-worker";
const exceljsLib = (file) => path.join(path.dirname(require.resolve("exceljs/package.json")), "lib", file);
// pdfjs for the batch worker's PDFs: the command line's build (legacy), already minified, with its character maps and
// fonts, served from the add-in's own folder and loaded by the worker only when a batch holds a PDF.
const pdfjsDir = path.dirname(require.resolve("pdfjs-dist/package.json"));
const PDFJS_FILES = [
  { from: path.join(pdfjsDir, "legacy", "build", "pdf.min.mjs"), to: "pdfjs/pdf.min.mjs", info: { minimized: true } },
  { from: path.join(pdfjsDir, "legacy", "build", "pdf.worker.min.mjs"), to: "pdfjs/pdf.worker.min.mjs", info: { minimized: true } },
  { from: path.join(pdfjsDir, "cmaps"), to: "pdfjs/cmaps" },
  { from: path.join(pdfjsDir, "standard_fonts"), to: "pdfjs/standard_fonts" },
];
const WORKER_RESOLVE = {
  alias: { exceljs$: exceljsLib("exceljs.bare.js"), [exceljsLib("csv/csv.js")]: false },
  fallback: { stream: require.resolve("readable-stream"), events: require.resolve("events/"), buffer: require.resolve("buffer/"), util: false, fs: false, crypto: false, path: false },
};

// Serve office.js from the add-in itself instead of Microsoft's CDN (intranets that cannot reach the CDN):
// `webpack --env selfHostOfficeJs`, or XXGK_SELF_HOST_OFFICE_JS=1 for npm start / the dev server.
module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const selfHostOfficeJs = Boolean(env.selfHostOfficeJs) || process.env.XXGK_SELF_HOST_OFFICE_JS === "1";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      // The WPS 加载项's page (ribbon callbacks, XXGK functions): wps-addin.js in wps-index.html (index.html in the WPS package).
      "wps-addin": "./src/wps/addin/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    experiments: { layers: true },
    module: {
      rules: [
        { test: /[\\/]src[\\/]taskpane[\\/]batch[\\/]worker\.ts$/, layer: WORKER_LAYER, resolve: WORKER_RESOLVE },
        { issuerLayer: WORKER_LAYER, resolve: WORKER_RESOLVE },
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
      ],
    },
    plugins: [
      // The workbook reader's zip check inflates with Node's zlib; the pane's bundle gets the browser variant.
      new webpack.NormalModuleReplacementPlugin(/^\.\/zipInflate$/, "./zipInflate.browser"),
      // …and opens workbooks with ExcelJS's browser build, which has no reader class to skip sheets with (the batch
      // worker has ExcelJS's sources, and the reader class: see WORKER_LAYER).
      new webpack.NormalModuleReplacementPlugin(/^\.\/loadWorkbook$/, (resource) => {
        if (resource.contextInfo?.issuerLayer !== WORKER_LAYER) resource.request = "./loadWorkbook.browser";
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the page that hosts the task pane also registers the custom functions.
        chunks: ["functions", "taskpane"],
      }),
      // The same pane for WPS 表格 (npm run package -- --wps): no office.js (WPS has its own object model, and an
      // intranet PC would wait on Microsoft's CDN), no Office custom functions (the WPS page registers them).
      new HtmlWebpackPlugin({ filename: "wps-taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], wps: true }),
      new HtmlWebpackPlugin({ filename: "wps-index.html", template: "./src/wps/addin/index.html", chunks: ["wps-addin"], scriptLoading: "blocking", inject: "head" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/help/help.html", to: "help.html" },
          ...PDFJS_FILES,
          ...(selfHostOfficeJs ? officeJs.copyPatterns() : []),
        ],
      }),
      ...(selfHostOfficeJs ? [new officeJs.SelfHostOfficeJsPlugin()] : []),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      // A self-signed certificate made by webpack-dev-server: works offline and without root (see README).
      server: process.env.XXGK_CERT ? { type: "https", options: { cert: process.env.XXGK_CERT, key: process.env.XXGK_KEY } } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: false,
      // Generated output (logs, test screenshots) must not trigger rebuilds.
      watchFiles: [],
    },
  };
};
