import { identityRules } from "./identities";
import { importRules } from "./importRules";
import { narrativeRules } from "./narrativeRules";
import { slipRules } from "./slips";
import type { RuleDef } from "./types";
import { workbookRules } from "./workbookRules";

/**
 * Every other rule that needs only the tables (and, for cross-year rules, last year's tables). The logic lives in
 * src/core/validate, one small checker per family; ids, severities and wording live here.
 *
 * Message placeholders: {where} names a cell (table, row, column, address); {raw} is the text as typed.
 */
const rules = [
  // — cell hygiene (§6 「Cell hygiene」 and rule 5) —
  {
    id: "cell.blank",
    severity: "warning",
    title: "单元格未填写",
    basis: "§6 cell hygiene: a blank is unknown, not 0; reported once per block",
    message: "{where}未填写{count}。空白不按0计算：与之相关的勾稽关系只按已填的数字核对；没有发生的请填0。",
  },
  {
    id: "cell.blankInferred",
    severity: "warning",
    title: "单元格未填写，已按勾稽关系推算",
    basis: "§6 cell hygiene: a blank total whose parts are filled is inferred, and the value used downstream",
    message: "{where}未填写{count}，已按{how}计算为{values}；请补填。",
  },
  {
    id: "cell.placeholder",
    severity: "warning",
    title: "单元格填了「/」「-」「无」等",
    basis: "§6 cell hygiene; reported once per block",
    message: "{where}填的是「{raw}」{count}，已按0计算；没有发生的请填0。",
  },
  {
    id: "cell.fullWidth",
    severity: "warning",
    title: "全角数字",
    basis: "§6 cell hygiene",
    message: "{where}「{raw}」是全角数字，已按{value}读取；请改为半角数字。",
  },
  {
    id: "cell.thousandsSeparator",
    severity: "warning",
    title: "含千位分隔符",
    basis: "§6 cell hygiene",
    message: "{where}「{raw}」含千位分隔符，已按{value}读取；请只填数字。",
  },
  {
    id: "cell.unit",
    severity: "warning",
    title: "数字后写了单位",
    basis: "§6 cell hygiene",
    message: "{where}「{raw}」写了单位「{unit}」，已按{value}读取；本栏请只填数字。",
  },
  {
    id: "cell.wrongUnit",
    severity: "warning",
    title: "金额单位不是万元",
    basis: "§3 本年收费金额（单位：万元）",
    message: "{where}「{raw}」以「{unit}」为单位，本栏单位为万元；请换算为万元后只填数字。",
  },
  {
    id: "cell.unitMissing",
    severity: "warning",
    title: "金额未写单位",
    basis: "§3 2019格式 采购总金额 has no fixed unit",
    message: "{where}「{raw}」没有写明单位，请写明「元」或「万元」。",
  },
  {
    id: "cell.notNumber",
    severity: "error",
    title: "不是数字",
    basis: "§6 rule 5",
    message: "{where}填的是「{raw}」，不是数字，无法核对；请填写数字，没有发生的填0。",
  },
  {
    id: "cell.negative",
    severity: "error",
    title: "负数",
    basis: "§6 rule 5",
    message: "{where}为{value}，不能为负数。",
  },
  {
    id: "cell.notInteger",
    severity: "error",
    title: "件数不是整数",
    basis: "§6 rule 5",
    message: "{where}为{value}，件数应为整数。",
  },
  // — whole tables —
  {
    id: "table.empty",
    severity: "error",
    title: "整表未填写",
    basis: "§6 「A whole table left empty is an error」",
    message: "{table}整表未填写；没有发生的请逐格填0，不要留空或删除表格。",
  },
  // — edition and labels (§6 rule 11, §1) —
  {
    id: "edition.yearMismatch",
    severity: "error",
    title: "报告格式与年度不符",
    basis: "§1 editions by report year",
    message: "报告年度为{year}年，应使用{expected}，本报告使用的是{actual}。",
  },
  {
    id: "edition.unexpected",
    severity: "error",
    title: "不是要求的报告格式",
    basis: "command line --edition",
    message: "本次要求使用{expected}，本报告为{actual}。",
  },
  {
    id: "label.otherEdition",
    severity: "warning",
    title: "使用了另一格式的栏目名称",
    basis: "§6 rule 11 (old 2019 labels in a 2021+ table)",
    message: "{table}「{found}」是{otherEdition}的栏目名称，{edition}应为「{label}」。",
  },
  {
    id: "label.variant",
    severity: "warning",
    title: "栏目名称与标准格式不一致",
    basis: "§4 label variants",
    message: "{table}「{found}」与标准栏目名称「{label}」不一致，请按标准格式填写。",
  },
  // — metadata and input —
  {
    id: "file.unreadable",
    severity: "error",
    title: "文件无法读取",
    basis: "command line: a file that cannot be read is reported, and the other files are still checked",
    message: "{reason}",
  },
  {
    id: "meta.agencyMissing",
    severity: "warning",
    title: "未填写机关名称",
    basis: "template 基本信息",
    message: "未填写机关名称。",
  },
  {
    id: "input.unknownKey",
    severity: "warning",
    title: "数据中有不属于本格式的项目",
    basis: "report model",
    message: "数据中的「{key}」不是{edition}的栏目，已忽略。",
  },
  {
    id: "input.rowLength",
    severity: "error",
    title: "一行的数字个数不对",
    basis: "report model",
    message: "{table}「{row}」行应有{expected}个数，实际有{actual}个，可能错位。",
  },
  // — plausibility (§6 rule 9) —
  {
    id: "t2.regulationsLevel",
    severity: "warning",
    title: "本层级一般不制定规章",
    basis: "§6 rule 9",
    message: "表二「规章」行有数据（{values}），但{level}一般无权制定规章；请核实是否应填在「{normativeLabel}」行。",
  },
  // — cross-year (§6 rules 6–7; run when last year's report is given) —
  {
    id: "crossYear.carryOver",
    severity: "error",
    // The same applications are counted at both ends: the format directly implies the identity (§6 error definition).
    title: "上年结转与上年报告的结转下年度不一致",
    basis: "§6 rule 6",
    message: "表三「{column}」列：本年「二、上年结转」为{actual}，{lastYear}年报告「四、结转下年度继续办理」为{expected}，相差{diff}。",
  },
  {
    id: "crossYear.inForceChain",
    severity: "warning",
    title: "现行有效件数与上年不衔接",
    basis: "§6 rule 7 (soft: documents lapse)",
    message:
      "表二「{row}」现行有效件数为{actual}，按上年{previous}+本年制发{issued}−本年废止{repealed}应为{expected}，相差{diff}；文件到期失效时可能合理，请核实。",
  },
  {
    id: "crossYear.notPreviousYear",
    severity: "warning",
    title: "上年报告年度不对",
    basis: "§6 rules 6–7",
    message: "作为上年报告提供的是{lastYear}年的报告，不是{expectedYear}年的，未做跨年度核对。",
  },
] as const satisfies readonly RuleDef[];

/** All rules, identities (and the slip they locate) first, then table rules, then rules on the text, then import problems. */
export const ruleCatalog: readonly RuleDef[] = [...identityRules, ...slipRules, ...rules, ...workbookRules, ...narrativeRules, ...importRules];

const byId = new Map(ruleCatalog.map((r) => [r.id, r]));

/** Findings about cells left blank, each naming a block of them (its cells in location.keys): listed apart by the pane. */
export const BLANK_RULES: readonly string[] = ["cell.blank", "cell.blankInferred"];

export function ruleById(id: string): RuleDef {
  const rule = byId.get(id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

export type MessageValues = Readonly<Record<string, string | number | undefined>>;

/**
 * Fill `{name}` placeholders (names may be cell keys: `{t2.licensing|decisions}`); unknown names are left visible so a
 * missing value is noticed, not hidden.
 */
export function formatMessage(template: string, values: MessageValues): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}
