import type { NarrativeDraft } from "../../core/narrative/generate";
import { readinessWording } from "../../core/readiness";
import { copyDraft, draftText, tableElement } from "../clipboard";
import { busy, h, replace } from "../dom";
import { download, DOCX_TYPE, safeFileName } from "../download";
import { lastYear } from "../session";
import { askInline } from "./confirm";
import type { ExcelHost } from "../../excel/host";
import type { Pane } from "./pane";

/**
 * 生成正文: the text generated from the tables, written to 报告正文 (asking before it would replace a clerk's own
 * text); 复制到剪贴板 and 下载 Word read the sheet back, so the clerk's edits are what is copied or saved.
 */

export function narrativeSection(pane: Pane): { element: HTMLElement; connected(host: ExcelHost): void } {
  const generate = h("button", { class: "button primary", attrs: { type: "button" } }, "生成正文");
  const copy = h("button", { class: "button", attrs: { type: "button" } }, "复制到剪贴板");
  const docx = h("button", { class: "button", attrs: { type: "button" } }, "下载 Word（.docx）");
  const confirm = h("div", { class: "confirm-area", attrs: { hidden: true } });
  const result = h("div", { class: "result", attrs: { role: "status" } });
  const preview = h("div", { class: "text-preview", attrs: { tabindex: 0, "aria-label": "正文预览" } });
  const previewBox = h("details", { class: "preview-box", attrs: { hidden: true } }, h("summary", {}, "查看正文"), preview);
  const fallback = h("div", { class: "copy-fallback", attrs: { hidden: true } });

  // Drawn from the draft's own structure: its sections, sub-headings, paragraphs and tables.
  const showPreview = (draft: NarrativeDraft) => {
    replace(
      preview,
      ...draft.title.map((line) => h("p", { class: "title" }, line)),
      draft.preamble ? h("p", {}, draft.preamble) : null,
      ...draft.sections.flatMap((section) => [
        h("p", { class: "heading" }, section.heading),
        ...section.blocks.map((block) =>
          // A table scrolls inside its own box: the pane stays 350 px wide and the labels keep a readable width.
          block.kind === "table"
            ? h("div", { class: "table-scroll", attrs: { tabindex: 0, role: "region", "aria-label": "统计表（可左右滚动）" } }, tableElement(block.grid))
            : h("p", { class: block.kind === "subheading" ? "subheading" : undefined }, block.text),
        ),
      ]),
    );
    previewBox.hidden = false;
  };

  const run = async (replaceText: boolean, anyway = false): Promise<void> => {
    pane.status("正在生成正文…");
    const outcome = await pane.adapter.generate({ lastYear: lastYear()?.report, replace: replaceText, anyway });
    pane.changed();
    if (outcome.ok) {
      replace(
        result,
        h("p", { class: "ok" }, `已写入「${outcome.address.split("!")[0]}」工作表 ${outcome.address.split("!")[1]}（共 ${outcome.rows.length} 段）。「【请填写：…】」处请补充或删除后再发布。`),
        ...outcome.notes.map((n) => h("p", { class: "note" }, n)),
      );
      pane.status("正文已生成。", "success");
      // The draft of the rows just written: no second read of the workbook.
      showPreview(outcome.draft);
      return;
    }
    // The tables have errors (the same rule as the command line's, core/readiness.ts): the clerk decides.
    if (outcome.tableErrors !== undefined && !anyway) {
      replace(result);
      pane.status(`需要确认：表格中有 ${outcome.tableErrors} 处错误。`);
      const answer = await askInline(confirm, outcome.reason, readinessWording.anyway, readinessWording.fix);
      if (answer === "yes") return run(replaceText, true);
      if (answer === "withdrawn") return;
      replace(result, h("p", { class: "note" }, "未生成正文，「报告正文」没有改动。错误已列在「一键校验」中，改正后再生成。"));
      await pane.validate?.();
      return;
    }
    if (outcome.needsConfirmation && !replaceText) {
      replace(result);
      pane.status("需要确认：「报告正文」中已有文字。");
      const answer = await askInline(confirm, outcome.reason, "替换为新生成的正文");
      if (answer === "yes") return run(true, anyway);
      if (answer === "withdrawn") return;
      pane.status("未生成正文，「报告正文」没有改动。");
      generate.focus();
      return;
    }
    replace(result, h("p", { class: "error" }, outcome.reason));
    pane.status("未能生成正文。", "error");
  };

  generate.addEventListener("click", () => void busy(generate, result, () => run(false)));

  copy.addEventListener("click", () =>
    void busy(copy, result, async () => {
      const text = await pane.adapter.readText();
      if (!text.ok) {
        replace(result, h("p", { class: "error" }, text.reason));
        return;
      }
      showPreview(text.draft);
      const how = await copyDraft(text.draft);
      if (how === "failed") {
        // Last resort: the text selected, for Ctrl+C.
        const area = h("textarea", { class: "copy-text", attrs: { readonly: true, rows: 8, "aria-label": "正文全文" } });
        area.value = draftText(text.draft);
        replace(fallback, h("p", { class: "note" }, "当前环境不允许加载项写入剪贴板。下面已选中全文，请按 Ctrl+C 复制。"), area);
        fallback.hidden = false;
        area.focus();
        area.select();
        replace(result);
        return;
      }
      fallback.hidden = true;
      replace(result, h("p", { class: "ok" }, how === "rich" ? "已复制全文（含表格），可直接粘贴到 Word 或 WPS。" : "已复制全文（纯文字，表格为制表符分隔）。"));
      pane.status("已复制到剪贴板。", "success");
    }),
  );

  docx.addEventListener("click", () =>
    void busy(docx, result, async () => {
      const text = await pane.adapter.readText();
      if (!text.ok) {
        replace(result, h("p", { class: "error" }, text.reason));
        return;
      }
      pane.status("正在生成 Word 文件…");
      const { narrativeDocx } = await import(/* webpackChunkName: "docx" */ "../../docx/narrativeDocx");
      const bytes = await narrativeDocx(text.draft);
      const meta = text.report.meta;
      const name = safeFileName(`${meta.agency || "本机关"}${meta.reportYear}年政府信息公开工作年度报告.docx`);
      download(bytes, name, DOCX_TYPE);
      replace(result, h("p", { class: "ok" }, `已下载「${name}」（${Math.round(bytes.length / 1024)} KB）。`));
      pane.status("Word 文件已生成。", "success");
    }),
  );

  // Desktop webviews swallow downloads: there the button gives way to where the text is.
  const noDownload = h(
    "p",
    { class: "note", attrs: { hidden: true } },
    "当前 Excel 不能从加载项下载文件：正文在「报告正文」工作表中，可「复制到剪贴板」后粘贴到 Word；也可在 Excel 网页版中下载 Word 文件。",
  );
  const connected = (host: ExcelHost) => {
    docx.hidden = !host.canDownload;
    noDownload.hidden = host.canDownload;
    if (host.kind === "wps") noDownload.textContent = "WPS 表格中不能从加载项下载文件：正文在「报告正文」工作表中，可「复制到剪贴板」后粘贴到 WPS 文字或 Word。";
  };
  const element = h(
    "details",
    { class: "section", id: "section-narrative", attrs: { open: true } },
    h("summary", {}, h("h2", {}, "生成正文")),
    h(
      "div",
      { class: "section-body" },
      h("p", { class: "hint" }, "按表格数字写出报告正文（前言、总体情况、信息处理费等），写入「报告正文」工作表，每段一格。"),
      h("div", { class: "actions" }, generate, copy, docx),
      noDownload,
      confirm,
      result,
      fallback,
      previewBox,
    ),
  );
  return { element, connected };
}
