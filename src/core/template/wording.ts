import { editions, editionYears } from "../editions";
import type { EditionId, ValueKind } from "../editions";
import { RESULT } from "./checks";

/**
 * Every sentence the template shows a clerk, in one place: plain Chinese that says what to type and where.
 * Table labels are NOT here — they come verbatim from the edition data.
 */

/** Input message and error alert of a number cell, by what it holds (Excel: title ≤ 32, text ≤ 255 characters). */
export const kindWording: Readonly<Record<ValueKind, { prompt: { title: string; text: string }; error?: { title: string; text: string } }>> = {
  count: {
    prompt: { title: "填写件数", text: "请填写0或正整数。没有发生的填0，不要留空，不要填「/」「-」「无」。" },
    error: { title: "只能填0或正整数", text: "本格是件数，只能填0或正整数（不能有小数、负数或文字）。没有发生的请填0。" },
  },
  signedCount: {
    prompt: { title: "填写本年增/减", text: "比上一年增加的填正数（如 3），减少的填负数（如 -3），没有变化的填0。" },
    error: { title: "只能填整数", text: "本格只能填整数：增加填正数，减少填负数（如 -3），没有变化的填0。" },
  },
  amountWan: {
    prompt: { title: "单位：万元", text: "填写金额数字，单位为万元，可以有小数（如 96171.6）。没有收费的填0。不要写「万元」「元」等文字。" },
    error: { title: "请填写金额数字", text: "本格只能填0或正数，单位为万元，可以有小数。不要写文字或单位。" },
  },
  freeAmount: {
    prompt: { title: "填写金额并写明单位", text: "请填写金额并写明单位，如「251000元」或「366.47万元」。没有发生的填0。" },
  },
};

export const metaWording = {
  agency: { label: "机关名称", hint: "填写全称，如「××市××局」「××镇人民政府」。" },
  level: { label: "层级", hint: "从下拉列表中选择。用于判断能否制定规章等。" },
  reportYear: { label: "报告年度", hint: "填写报告所属年度（统计期为该年1月1日至12月31日），如 2024。" },
  edition: { label: "报告格式", hint: "由模板确定，不能修改。需要另一种格式时请重新生成模板。" },
  "contact.office": { label: "联系机构", hint: "对报告有疑问时的联系机构，如「××局办公室」。" },
  "contact.address": { label: "地址", hint: "" },
  "contact.postcode": { label: "邮政编码", hint: "" },
  "contact.phone": { label: "联系电话", hint: "如 0517-83605210。" },
  "contact.email": { label: "电子邮箱", hint: "" },
  url: { label: "发布网址", hint: "报告发布的网页地址（发布后填写）。" },
  informationFeeYuan: {
    label: "本年收取信息处理费（元）",
    hint: "按《政府信息公开信息处理费管理办法》收取的金额，单位为元；未收取的填0。报告第六部分要写明。",
  },
} as const;

export const metaPrompts = {
  level: { title: "选择层级", text: "请从下拉列表中选择本机关的层级。" },
  levelError: { title: "请从列表中选择", text: "层级只能从下拉列表中选择。" },
  reportYear: { title: "填写报告年度", text: "填写四位数的年度，如 2024。" },
  reportYearError: (edition: EditionId) => ({
    title: "年度与报告格式不符",
    text: `本模板适用于${editionYears(edition)}的报告。${editions[edition].lastYear ? "其他年度请重新生成对应格式的模板。" : "更早的年度请使用2019格式的模板。"}`,
  }),
  text: { title: "填写文字", text: "照实填写。" },
  fee: { title: "单位：元", text: "填写金额数字，单位为元；未收取的填0。" },
  feeError: { title: "请填写金额数字", text: "只能填0或正数（单位：元），不要写文字。" },
} as const;

/** The 校验 sheet's one-cell verdict. The green/red formats on that cell compare against `allHold`, so it is written once. */
export const verdictWording = {
  allHold: "全部勾稽关系成立",
  /** Around the number of ✗ results: 「共3处不一致」. */
  problems: { before: "共", after: "处不一致" },
  /** Around the number of ! results: 「另有2处提醒」. */
  reminders: { before: "另有", after: "处提醒" },
} as const;

export const sheetTexts = {
  tableNote:
    "请在黄色单元格内填写数字；没有发生的填0，不要留空或填「/」「-」「无」。合计、总计也由您计算后填写，「校验」表会自动核对。不要插入或删除行、列，不要修改栏目名称。",
  basicInfoTitle: "基本信息",
  basicInfoHeader: ["项目", "填写内容", "说明"],
  lastYearTitle: "上年数据（用于跨年度核对，可以不填）",
  lastYearNote:
    "如有上年度报告，请照抄上年报告中的以下数字；不填则不做跨年度核对。本年表三「二、上年结转政府信息公开申请数量」应等于上年的「四、结转下年度继续办理」。",
  lastYearYearLabel: "上年报告年度",
  checksTitle: "校验（本表全部使用 Excel / WPS 自带公式，不需要安装加载项）",
  checksVerdictLabel: "校验结论",
  checksNote:
    `结果：${RESULT.ok} 成立；${RESULT.error} 不一致，必须改正；${RESULT.warning} 提醒，请核实；${RESULT.notApplicable} 不适用（如未填上年数据）；${RESULT.incomplete} 有未填写或填了文字的格，暂不能判断（空白不按0计算，「/」「-」「无」按0计算）。点击「定位」跳到要检查的单元格；一格填错时，它所在的行和列会相差同一个数，「可能填错」列指出这一格，点击即跳到该格。最右边「加载项核对」列使用加载项的函数，未安装加载项时显示「（需加载项）」，不影响左边各列的校验。`,
  /** 加载项核对 where the add-in is not loaded (instead of #NAME?). */
  addinMissing: "（需加载项）",
  narrativeTitle: "报告正文",
  narrativeNote:
    "每段写在A列的一个单元格里：第一格写标题，然后是开头一段，再依次写「一、总体情况」等各部分的标题和段落（标题单独占一格）。可由加载项「生成正文」写入，也可以从Word逐段粘贴。",
  markerLabel: "模板标识（请勿修改）",
} as const;

/** 填报说明: numbered steps. {edition-specific} lines are added by the sheet builder. */
export const instructionSteps: readonly string[] = [
  "在「基本信息」表填写机关名称、层级、报告年度和联系方式。",
  "在「表二」「表三」「表四」的黄色单元格填写数字。没有发生的填0，不要留空，不要填「/」「-」「无」。",
  "件数只能填整数。选中单元格时会显示填写提示；填错时会弹出提示，按提示改正即可。",
  "表格中的合计、总计也由您计算后填写；「校验」表会自动核对各项勾稽关系。",
  "不要插入、删除行或列，不要修改栏目名称，否则汇总时无法读取。表格之外的说明可写在「报告正文」表。",
  "如有上年度报告，可把上年表三「四、结转下年度继续办理」一行等数字抄入「上年数据」表，以核对跨年度衔接。",
  `打开「校验」表：「校验结论」显示「${verdictWording.allHold}」才算填好；结果为 ${RESULT.error} 的行，点击「定位」找到单元格改正。`,
  "报告正文写在「报告正文」表（每段一格），也可由加载项根据表格数字生成。",
];

/** The rest of 填报说明: headings, the rule list's labels, the colour key and the protection note. */
export const instructionTexts = {
  editionLabel: "报告格式",
  yearsLabel: "适用年度",
  stepsHeading: "一、填写步骤",
  /** Edition-specific steps, after the columns of that kind named verbatim (「表二「本年增/减」」：…). */
  kindSteps: {
    signedCount: "增加的填正数，减少的填负数（如 -3），没有变化的填0。",
    amountWan: "以万元为单位，只填数字，可以有小数。",
    freeAmount: "请在数字后写明单位，如「251000元」或「366.47万元」。",
  },
  rulesHeading: "二、勾稽关系（「校验」表自动核对，每一项都应成立）",
  ruleLabel: (n: number) => `规则${n}`,
  reminderLabel: "提醒",
  needsLastYear: "（需填「上年数据」）",
  inForceChainNote: "（需填「上年数据」；文件到期失效时可能不一致，请核实）",
  rulesNote: { label: "说明", text: "空白、「/」「-」「无」和文字在校验中按0计算；请一律填写数字，没有发生的填0。" },
  coloursHeading: "三、颜色说明",
  colours: {
    input: { label: "黄色", text: "由您填写的单元格。" },
    fixed: { label: "灰色", text: "自动计算或固定的内容，不能修改。" },
    problem: { label: "红色", text: "有问题的单元格（合计对不上、填了文字、负数或小数）会自动变成红色。" },
  },
  protectionHeading: "四、保护",
  protection:
    "各表已设置保护（没有密码），只能在黄色单元格中填写，以免误改栏目名称和公式。如确需修改，可在「审阅」选项卡点击「撤消工作表保护」。主管部门可设置密码，见使用说明。",
} as const;
