import { editions } from "../../core/editions";
import { extensionsOf, FILE_IMPORT_FORMS } from "../../core/import/forms";
import { busy, h, replace } from "../dom";
import { lastYearRefusalLine, loadLastYearFile, loadLastYearText } from "../lastYearLoad";
import type { LastYearLoad } from "../lastYearLoad";
import { lastYear, restoreLastYear, setLastYear } from "../session";
import type { Pane } from "./pane";

/**
 * 上年报告: last year's published report (paste its text, or open an HTML, text or .docx file) or last year's workbook
 * (.xlsx), read by the importers — loaded only when used (../lastYearLoad.ts). Enables the cross-year checks and
 * 「较上年」 in the text. Kept for the session; nothing is sent anywhere.
 */

export function lastYearSection(pane: Pane): { element: HTMLElement } {
  const fileInput = h("input", { id: "last-year-file", attrs: { type: "file", accept: [...extensionsOf(FILE_IMPORT_FORMS), ".xlsx"].join(",") } });
  const paste = h("textarea", { id: "last-year-text", attrs: { rows: 5, placeholder: "或把上年报告的全文（含表格）粘贴到这里", "aria-label": "上年报告的文字" } });
  const readPaste = h("button", { class: "button", attrs: { type: "button" } }, "读取粘贴的文字");
  const clear = h("button", { class: "button subtle", attrs: { type: "button" } }, "清除");
  const state = h("div", { class: "result", attrs: { role: "status" } });

  const show = () => {
    const current = lastYear();
    if (!current) {
      replace(state, h("p", { class: "hint" }, "尚未提供上年报告。"));
      clear.hidden = true;
      return;
    }
    const m = current.report.meta;
    replace(state, h("p", { class: "ok" }, `已读取：${m.agency || "（未写明机关）"} ${m.reportYear}年度报告（${editions[m.edition].name}），来自${current.source}。下次校验和生成正文时使用。`));
    clear.hidden = false;
  };

  const accept = (loaded: LastYearLoad, source: string) => {
    if (!loaded.ok) {
      replace(state, h("p", { class: "error" }, lastYearRefusalLine(source, loaded.reason)));
      pane.status("未能读取上年报告。", "error");
      return;
    }
    setLastYear({ report: loaded.report, source });
    show();
    if (loaded.problems) state.appendChild(h("p", { class: "note" }, `有 ${loaded.problems} 处内容未能读取（如缺少某张表），校验时会列出。`));
    pane.status("上年报告已读取。", "success");
  };

  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    pane.status(`正在读取「${file.name}」…`);
    void loadLastYearFile(file)
      .then((loaded) => accept(loaded, `「${file.name}」`))
      .catch((e: unknown) => accept({ ok: false, reason: String((e as Error)?.message ?? e) }, `「${file.name}」`))
      .finally(() => (fileInput.value = ""));
  });
  readPaste.addEventListener("click", () =>
    void busy(readPaste, state, async () => {
      if (!paste.value.trim()) {
        replace(state, h("p", { class: "error" }, "请先粘贴上年报告的文字。"));
        paste.focus();
        return;
      }
      accept(await loadLastYearText(paste.value), "粘贴的文字");
    }),
  );
  clear.addEventListener("click", () => {
    setLastYear(undefined);
    show();
    pane.status("已清除上年报告。");
  });
  show();
  void restoreLastYear().then(show);

  const element = h(
    "details",
    { class: "section", id: "section-last-year" },
    h("summary", {}, h("h2", {}, "上年报告")),
    h(
      "div",
      { class: "section-body" },
      h("p", { class: "hint" }, "提供上年的报告后，校验会核对本年「上年结转」与上年「结转下年度继续办理」，生成正文会写出「较上年」的变化。可打开网页（.html）、文本（.txt）、Word（.docx）或上年的填报模板（.xlsx）。"),
      h("label", { class: "field" }, h("span", {}, "打开文件"), fileInput),
      paste,
      h("div", { class: "actions" }, readPaste, clear),
      state,
    ),
  );
  return { element };
}
