import type { ColumnDef, GroupDef, TableDef } from "./types";

/** 表四 — the same in both editions: one row of 15 cells (report-format.md §5). */

const columnGroups: readonly GroupDef[] = [
  { key: "review", label: "行政复议" },
  { key: "litigation", label: "行政诉讼" },
  { key: "direct", label: "未经复议直接起诉", parent: "litigation" },
  { key: "afterReview", label: "复议后起诉", parent: "litigation" },
];

const outcomes = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
] as const;

const columns: readonly ColumnDef[] = ["review", "direct", "afterReview"].flatMap((group) =>
  outcomes.map((o) => ({ key: `${group}.${o.key}`, label: o.label, group, kind: "count" as const })),
);

export const table4: TableDef = {
  id: "t4",
  name: "表四",
  heading: "四、政府信息公开行政复议、行政诉讼情况",
  blocks: [
    {
      key: "t4",
      columns,
      columnGroups,
      // The official table has no row label: its single row is the whole table.
      rows: [{ key: "t4.cases", label: "" }],
    },
  ],
};
