/**
 * Administrative level of the reporting agency (层级). Used by plausibility rules (规章 may only be made by some
 * levels, report-format.md §6 rule 9) and offered as a drop-down in the template.
 */
export const levels = [
  { id: "stateCouncilDepartment", label: "国务院部门", mayMakeRegulations: true },
  { id: "provincialGovernment", label: "省级人民政府（含办公厅）", mayMakeRegulations: true },
  { id: "provincialDepartment", label: "省级政府部门", mayMakeRegulations: false },
  { id: "prefecturalGovernment", label: "设区的市/自治州人民政府（含办公室）", mayMakeRegulations: true },
  { id: "prefecturalDepartment", label: "市级政府部门", mayMakeRegulations: false },
  { id: "countyGovernment", label: "县级人民政府（含办公室）", mayMakeRegulations: false },
  { id: "countyDepartment", label: "县级政府部门", mayMakeRegulations: false },
  { id: "township", label: "乡镇人民政府", mayMakeRegulations: false },
  { id: "subdistrict", label: "街道办事处", mayMakeRegulations: false },
  { id: "other", label: "其他", mayMakeRegulations: undefined },
] as const;

export type LevelId = (typeof levels)[number]["id"];
export const levelIds = levels.map((l) => l.id) as [LevelId, ...LevelId[]];

export function levelById(id: string | undefined) {
  return levels.find((l) => l.id === id);
}

/** Accepts the id or the Chinese label (as typed in a workbook's 基本信息 sheet). */
export function levelFromText(text: string | undefined): LevelId | undefined {
  if (!text) return undefined;
  const t = text.trim();
  return levels.find((l) => l.id === t || l.label === t || l.label.startsWith(t))?.id;
}
