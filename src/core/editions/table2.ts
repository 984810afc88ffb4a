import type { BlockDef, TableDef } from "./types";

/**
 * 表二 主动公开政府信息情况. The two editions differ completely in columns (report-format.md §3): never compare
 * 表二 across the 2020→2021 change. Row keys name the same kind of document in both editions.
 */

const rowHeader = "信息内容";
const heading = "二、主动公开政府信息情况";

export const table2Edition2021: TableDef = {
  id: "t2",
  name: "表二",
  heading,
  blocks: [
    {
      key: "t2.item1",
      caption: "第二十条第（一）项",
      rowHeader,
      columns: [
        { key: "issued", label: "本年制发件数", kind: "count" },
        { key: "repealed", label: "本年废止件数", kind: "count" },
        { key: "inForce", label: "现行有效件数", kind: "count" },
      ],
      rows: [
        { key: "t2.regulations", label: "规章" },
        { key: "t2.normativeDocuments", label: "行政规范性文件" },
      ],
    },
    {
      key: "t2.item5",
      caption: "第二十条第（五）项",
      rowHeader,
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [{ key: "t2.licensing", label: "行政许可" }],
    },
    {
      key: "t2.item6",
      caption: "第二十条第（六）项",
      rowHeader,
      columns: [{ key: "decisions", label: "本年处理决定数量", kind: "count" }],
      rows: [
        { key: "t2.penalty", label: "行政处罚" },
        { key: "t2.enforcement", label: "行政强制" },
      ],
    },
    {
      key: "t2.item8",
      caption: "第二十条第（八）项",
      rowHeader,
      columns: [{ key: "feeAmount", label: "本年收费金额（单位：万元）", kind: "amountWan" }],
      rows: [{ key: "t2.fees", label: "行政事业性收费" }],
    },
  ],
};

const itemColumns2019: BlockDef["columns"] = [
  { key: "previousItems", label: "上一年项目数量", kind: "count" },
  { key: "change", label: "本年增/减", kind: "signedCount" },
  { key: "decisions", label: "处理决定数量", kind: "count" },
];

export const table2Edition2019: TableDef = {
  id: "t2",
  name: "表二",
  heading,
  blocks: [
    {
      key: "t2.item1",
      caption: "第二十条第（一）项",
      rowHeader,
      columns: [
        { key: "made", label: "本年新制作数量", kind: "count" },
        { key: "published", label: "本年新公开数量", kind: "count" },
        { key: "totalPublished", label: "对外公开总数量", kind: "count" },
      ],
      rows: [
        { key: "t2.regulations", label: "规章" },
        { key: "t2.normativeDocuments", label: "规范性文件" },
      ],
    },
    {
      key: "t2.item5",
      caption: "第二十条第（五）项",
      rowHeader,
      columns: itemColumns2019,
      rows: [
        { key: "t2.licensing", label: "行政许可" },
        { key: "t2.otherServices", label: "其他对外管理服务事项" },
      ],
    },
    {
      key: "t2.item6",
      caption: "第二十条第（六）项",
      rowHeader,
      columns: itemColumns2019,
      rows: [
        { key: "t2.penalty", label: "行政处罚" },
        { key: "t2.enforcement", label: "行政强制" },
      ],
    },
    {
      key: "t2.item8",
      caption: "第二十条第（八）项",
      rowHeader,
      columns: itemColumns2019.slice(0, 2),
      rows: [{ key: "t2.fees", label: "行政事业性收费" }],
    },
    {
      key: "t2.item9",
      caption: "第二十条第（九）项",
      rowHeader,
      columns: [
        { key: "procurementItems", label: "采购项目数量", kind: "count" },
        { key: "procurementAmount", label: "采购总金额", kind: "freeAmount" },
      ],
      rows: [{ key: "t2.procurement", label: "政府集中采购" }],
    },
  ],
};
