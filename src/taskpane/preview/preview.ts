import { templateLayout } from "../../core/template/layout";
import { buildTemplatePlan } from "../../core/template/plan";
import { createMemoryExcel } from "../../excel/memory";
import { memoryHost } from "../../excel/memoryHost";
import { renderTemplatePlan } from "../../excel/templateRenderer";
import { reportValues, typeValues } from "../../excel/typeValues";
import type { Pane } from "../ui/pane";
import { sampleReport } from "./sample";
import { workbookView } from "./workbookView";

/**
 * Preview mode: the same in-memory Excel the tests use, with the template inserted by the same renderer and the
 * sample typed in as a clerk would. Loaded only outside Office (its own chunk).
 */
export async function createPreview() {
  const excel = createMemoryExcel();
  const sample = sampleReport();
  const plan = buildTemplatePlan({ edition: sample.meta.edition, reportYear: sample.meta.reportYear, agency: sample.meta.agency, level: sample.meta.level });
  await excel.run((context) => renderTemplatePlan(context, plan, { isSetSupported: excel.isSetSupported }));
  const layout = templateLayout(sample.meta.edition);
  await excel.run((context) => typeValues(context, reportValues(layout, sample)));
  // Open on 表三, where the sample's problems are.
  await excel.run(async (context) => context.workbook.worksheets.getItem(layout.sheets.tables.t3).activate());
  excel.counter.syncs = 0;
  const host = memoryHost(excel, { kind: "preview", canDownload: true, platform: "preview" });
  let view: { refresh(): void } | undefined;
  return {
    host,
    excel,
    refresh: () => view?.refresh(),
    mount(container: HTMLElement, pane: Pane) {
      view = workbookView(container, excel, pane);
    },
  };
}
