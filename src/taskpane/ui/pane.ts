import type { Report } from "../../core/model/report";
import type { WorkbookAdapter } from "../../excel/adapter";
import type { ExcelHost } from "../../excel/host";

/** What every section of the pane shares. */
export interface Pane {
  adapter: WorkbookAdapter;
  host: ExcelHost;
  /** The line under the title: what the pane is doing or just did (a polite live region). */
  status(text: string, tone?: "info" | "success" | "error"): void;
  /** The workbook read: agency, year and edition in the header. */
  showReport(report: Report | undefined): void;
  /** Something changed the workbook (the preview redraws its view). */
  changed(): void;
  /** 一键校验, run from another section (生成正文's 「先去改正」): the findings listed and brought into view. */
  validate?(): Promise<void>;
}
