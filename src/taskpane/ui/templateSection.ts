import { editionForYear, editionIds, editions, levels } from "../../core/editions";
import type { EditionId, LevelId } from "../../core/editions";
import { templateLayout } from "../../core/template/layout";
import { busy, h, replace } from "../dom";
import { askInline } from "./confirm";
import type { Pane } from "./pane";

/** 模板: report year (→ edition and its 文号), level, agency → 插入模板. Never over existing sheets without asking. */

const FIRST_YEAR = Math.min(...editionIds.map((id) => editions[id].firstYear));

/** The sheets 插入模板 adds, in the order the template plan draws them. */
function templateSheetNames(edition: EditionId): string[] {
  const { sheets } = templateLayout(edition);
  return [sheets.instructions, sheets.basicInfo, ...Object.values(sheets.tables), sheets.lastYear, sheets.checks, sheets.narrative];
}

export function templateSection(pane: Pane): { element: HTMLElement; open(open: boolean): void; suggestYear(year: number): void } {
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const year = h("select", { id: "tpl-year" }, ...years.map((y) => h("option", { attrs: { value: y, selected: y === thisYear - 1 } }, `${y}年度`)));
  const edition = h("p", { class: "hint", id: "tpl-edition", attrs: { "aria-live": "polite" } });
  const level = h(
    "select",
    { id: "tpl-level" },
    h("option", { attrs: { value: "" } }, "（请选择）"),
    ...levels.map((l) => h("option", { attrs: { value: l.id } }, l.label)),
  );
  const agency = h("input", { id: "tpl-agency", attrs: { type: "text", autocomplete: "organization", placeholder: "如：某某市某某局", maxlength: 100 } });
  const insert = h("button", { class: "button primary", attrs: { type: "button" } }, "插入模板");
  const confirm = h("div", { class: "confirm-area", attrs: { hidden: true } });
  const result = h("div", { class: "result", attrs: { role: "status" } });

  // Every edition's template has the same sheets; name them from the edition the year list starts on.
  const sheetsHint = `在当前工作簿中插入标准填报模板（${templateSheetNames(editionForYear(thisYear - 1) ?? editionIds[editionIds.length - 1]).join("、")}）。`;

  const showEdition = () => {
    const id = editionForYear(Number(year.value));
    replace(edition, id ? `使用${editions[id].name}（${editions[id].documentNumber}《${editions[id].formatTitle}》）` : "");
  };
  // The year the clerk picked is kept; until then it follows the workbook's 基本信息 (else last year, the default).
  let picked = false;
  year.addEventListener("change", () => {
    picked = true;
    showEdition();
  });
  showEdition();
  const suggestYear = (y: number) => {
    if (picked || !years.includes(y) || year.value === String(y)) return;
    year.value = String(y);
    showEdition();
  };

  const run = async (replaceExisting: boolean): Promise<void> => {
    const id = editionForYear(Number(year.value));
    if (!id) return;
    pane.status(replaceExisting ? "正在替换模板…" : "正在插入模板…");
    const options = { edition: id, reportYear: Number(year.value), agency: agency.value.trim() || undefined, level: (level.value || undefined) as LevelId | undefined };
    const outcome = await pane.adapter.insertTemplate(options, replaceExisting);
    pane.changed();
    if (outcome.ok) {
      replace(
        result,
        h("p", { class: "ok" }, `已插入${editions[id].name}模板（${options.reportYear}年度）。请在各表的黄色单元格填写，填好后点「一键校验」。`),
        outcome.warnings.length ? h("ul", { class: "notes" }, ...outcome.warnings.map((w) => h("li", {}, w))) : null,
      );
      pane.status("模板已插入。", "success");
      return;
    }
    if (outcome.needsConfirmation && !replaceExisting) {
      replace(result);
      pane.status("需要确认：工作簿中已有模板的工作表。");
      const answer = await askInline(confirm, `${outcome.reason}替换将删除这些工作表中已填写的全部内容。`, "替换这些工作表");
      if (answer === "yes") return run(true);
      if (answer === "withdrawn") {
        // Another action is under way: say so here, leave the status line and the focus to it.
        replace(result, h("p", { class: "note" }, "已撤回「替换这些工作表」的询问：未插入模板，工作簿没有改动。"));
        return;
      }
      pane.status("未插入模板，工作簿没有改动。");
      insert.focus();
      return;
    }
    replace(result, h("p", { class: "error" }, outcome.reason));
    pane.status("未能插入模板。", "error");
  };
  insert.addEventListener("click", () => void busy(insert, result, () => run(false)));

  // Open until the workbook is known to hold the template (the pane closes it then): a workbook without one, or one
  // the pane cannot read, shows 插入模板 without the clerk opening anything, however long Excel takes to answer.
  const details = h(
    "details",
    { class: "section", id: "section-template", attrs: { open: true } },
    h("summary", {}, h("h2", {}, "模板")),
    h(
      "div",
      { class: "section-body" },
      h("p", { class: "hint" }, sheetsHint),
      h("label", { class: "field" }, h("span", {}, "报告年度"), year),
      edition,
      h("label", { class: "field" }, h("span", {}, "层级"), level),
      h("label", { class: "field" }, h("span", {}, "机关名称"), agency),
      h("div", { class: "actions" }, insert),
      confirm,
      result,
    ),
  );
  return { element: details, open: (open) => (details.open = open), suggestYear };
}
