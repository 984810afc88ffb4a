import type { TableId } from "./types";

/**
 * The six sections of a report (report-format.md §2) with heading variants seen in real reports. Importers accept
 * the variants; the narrative structure check may warn about them. `table`: the statistical table a section holds.
 */
export const sectionHeadings = [
  { number: "一", key: "overview", heading: "一、总体情况", variants: [] as string[] },
  {
    number: "二",
    key: "proactive",
    table: "t2",
    heading: "二、主动公开政府信息情况",
    variants: ["二、行政机关主动公开政府信息情况"],
  },
  { number: "三", key: "requests", table: "t3", heading: "三、收到和处理政府信息公开申请情况", variants: [] as string[] },
  {
    number: "四",
    key: "reviewLitigation",
    table: "t4",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    variants: ["四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
  },
  {
    number: "五",
    key: "problems",
    heading: "五、存在的主要问题及改进情况",
    variants: ["五、政府信息公开工作存在的主要问题及改进情况", "五、存在问题及改进情况"],
  },
  { number: "六", key: "other", heading: "六、其他需要报告的事项", variants: [] as string[] },
] as const;

type SectionEntry = (typeof sectionHeadings)[number];

function sectionOf(key: string | undefined): SectionEntry | undefined {
  return sectionHeadings.find((s) => s.key === key);
}

/** The format's heading of a section (「六、其他需要报告的事项」 for "other"). */
export function sectionHeading(key: SectionEntry["key"]): string {
  return (sectionOf(key) as SectionEntry).heading;
}

/** The table a section holds (「二、主动公开…」 holds 表二); none for the prose-only sections or an unknown key. */
export function tableOfSection(key: string | undefined): TableId | undefined {
  const section = sectionOf(key);
  return section && "table" in section ? section.table : undefined;
}
