import { editionForYear, editions } from "../core/editions";
import "./taskpane.css";

/** Task pane entry. Outside Office (office.js reports no host) it runs in preview mode. */
function show(text: string): void {
  const status = document.getElementById("status");
  if (status) status.textContent = text;
}

function start(host: Office.HostType | null): void {
  const year = new Date().getFullYear() - 1;
  const id = editionForYear(year);
  const edition = id ? editions[id].name : "";
  show(host ? `已连接 Excel。${year}年度报告使用${edition}。` : `预览模式（未在 Excel 中运行）。${year}年度报告使用${edition}。`);
}

if (typeof Office !== "undefined") {
  Office.onReady((info) => start(info.host));
} else {
  start(null);
}
