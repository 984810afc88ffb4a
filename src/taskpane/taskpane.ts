import { editions } from "../core/editions";
import type { Report } from "../core/model/report";
import { WorkbookAdapter } from "../excel/adapter";
import type { ExcelHost } from "../excel/host";
import { officeHost } from "../excel/host";
import type { EtApplication } from "../wps/et";
import { wpsApplication } from "../wps/detect";
import { h, replace } from "./dom";
import { batchSection } from "./ui/batchSection";
import { lastYearSection } from "./ui/lastYearSection";
import { narrativeSection } from "./ui/narrativeSection";
import type { Pane } from "./ui/pane";
import { templateSection } from "./ui/templateSection";
import { validateSection } from "./ui/validateSection";
import "./taskpane.css";

/**
 * Task pane entry. The pane is drawn at once, its controls disabled until the host is known: in Excel
 * (Office.onReady reports Excel) it works on the open workbook through office.js; in WPS 表格 (the page has WPS's
 * `Application`) through WPS's object model (src/wps, its own chunk); elsewhere (office.js reports no host, or did
 * not load at all) it runs in preview mode against a built-in sample workbook held in memory, so every button can
 * be tried in a plain browser.
 */

const byId = (id: string) => document.getElementById(id) as HTMLElement;

function setStatus(text: string, tone: "info" | "success" | "error" = "info"): void {
  const status = byId("status");
  status.className = `status ${tone}`;
  status.textContent = text;
}

let onChange: () => void = () => undefined;
const pane = {
  status: setStatus,
  showReport(report: Report | undefined) {
    replace(byId("workbook-info"), report ? `${report.meta.agency || "（未填机关名称）"} · ${report.meta.reportYear}年度 · ${editions[report.meta.edition].name}` : "");
    if (report) template.suggestYear(report.meta.reportYear);
  },
  changed: () => onChange(),
} as Pane;

const template = templateSection(pane);
const validation = validateSection(pane);
const narrative = narrativeSection(pane);
pane.validate = async () => {
  (validation.element as HTMLDetailsElement).open = true;
  await validation.run();
  validation.element.scrollIntoView({ block: "start" });
};
// A disabled fieldset disables every control inside it until the host is connected.
const controls = h("fieldset", { class: "controls", attrs: { disabled: true } }, template.element, validation.element, narrative.element, lastYearSection(pane).element, batchSection(pane).element);
replace(byId("app"), controls);
performance.mark("xxgk-first-render");

function connect(host: ExcelHost, changed?: () => void): void {
  pane.host = host;
  pane.adapter = new WorkbookAdapter(host);
  if (changed) onChange = changed;
  narrative.connected(host);
  replace(byId("limitations"), ...pane.adapter.limitations().map((text) => h("p", { class: "note" }, text)));
  controls.disabled = false;
  byId("app").setAttribute("aria-busy", "false");
  setStatus(host.kind === "preview" ? "预览模式：按钮作用于示例工作簿。" : host.kind === "wps" ? "已连接 WPS 表格。" : "已连接 Excel。");

  // What is in the workbook decides which section opens first.
  void pane.adapter.readReport().then((read) => {
    if (read.ok) {
      pane.showReport(read.report);
      template.open(false);
    } else if (read.noTemplate) {
      template.open(true);
      setStatus("当前工作簿还没有年报模板：请先在「模板」中插入。");
    } else {
      setStatus(read.reason, "error");
    }
    performance.mark("xxgk-ready");
    document.documentElement.dataset.ready = "true";
  });
}

async function startPreview(reason: string): Promise<void> {
  byId("preview-banner").hidden = false;
  document.body.classList.add("preview");
  byId("preview-reason").textContent = reason;
  try {
    const { createPreview } = await import(/* webpackChunkName: "preview" */ "./preview/preview");
    const preview = await createPreview();
    connect(preview.host, () => preview.refresh());
    preview.mount(byId("preview-view"), pane);
  } catch (e) {
    setStatus(`预览模式无法启动：${String((e as Error)?.message ?? e)}`, "error");
  }
}

async function startWps(app: EtApplication): Promise<void> {
  try {
    const { wpsHost, followRibbon } = await import(/* webpackChunkName: "wps-host" */ "../wps/pane");
    connect(wpsHost(app));
    followRibbon();
  } catch (e) {
    setStatus(`未能连接 WPS 表格：${String((e as Error)?.message ?? e)}`, "error");
  }
}

function boot(): void {
  const wps = wpsApplication();
  if (wps) {
    void startWps(wps);
    return;
  }
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    void startPreview("没有加载 office.js（离线，或网络不能访问微软的服务器）。");
    return;
  }
  void Office.onReady((info) => {
    if (String(info.host) === "Excel" && typeof Excel !== "undefined") connect(officeHost(String(info.platform)));
    else if (!info.host) void startPreview("未在 Excel 中运行。");
    else setStatus("本加载项只能在 Excel 中使用。", "error");
  });
}

boot();
