import type { LevelId } from "../editions";
import { readChineseNumber } from "../text/chineseNumerals";
import { asciiDigits, INVISIBLE_CHARACTERS } from "../text/characters";

/**
 * What a published report says about itself, read from wherever it says it: the title (「淮安市人民政府\n2024年政府信息
 * 公开工作年度报告」, or a breadcrumb 「首页 > … > 2021 > …年度报告」), the first sentences (「现将2020年政府信息公开工作
 * 报告如下」「特向社会公布螺洋街道2021年度…」), the statistics period (「统计期限自2024年1月1日起」), the signature and
 * date at the end, a page's 「发布日期」, the file name as a last resort. Page chrome (「标题：」「当前位置：」「Page 9 -」
 * 「#」) is not part of a name. Nothing is guessed beyond what the text states.
 */

/** A line that names the report: 「…政府信息公开…报告」, also garbled (「政府信息公开 工作告年度报」), or 「政务公开…年度报告」. */
const TITLE = /政府信息公开.{0,12}(?:报告|年报|报)|政务公开工作.{0,6}年度报告/;
const AGENCY_END = /(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|局|厅|委|院|署|会|中心|镇|乡|街道|办事处|集团|公司|所|站|队|处|部|区|县|旗|盟|分局)$/;
/** A year as titles write it: 「2024年」「2024 年度」, or bare before 「政府信息公开」/「年度」 (「2022政府信息公开…」). */
const YEAR = /((?:19|20)\d{2})\s*(?:年|(?=政府信息公开|年度))/;

const CHINESE_DIGITS: Readonly<Record<string, string>> = { 〇: "0", 零: "0", "○": "0", Ｏ: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

/** 「二〇二三年」 (a year in Chinese numerals, as formal documents write it) → 「2023年」. */
function arabicYears(text: string): string {
  return text.replace(/([一二])([〇零○Ｏ])([〇零○Ｏ一二三四五六七八九])([〇零○Ｏ一二三四五六七八九])(?=年)/g, (m) => [...m].map((c) => CHINESE_DIGITS[c]).join(""));
}

/** Text as the patterns here read it: no white space (a PDF's 「2024 年」) or invisible characters, years in ASCII digits. */
const compact = (s: string) => arabicYears(asciiDigits(s.replace(INVISIBLE_OR_SPACE, "")));
/** White space and invisible characters, removed in one pass. */
const INVISIBLE_OR_SPACE = new RegExp(`[\\s${INVISIBLE_CHARACTERS}]+`, "g");

export interface TitleFound {
  /** Index of the first title line in `lines`. */
  start: number;
  /** Index after the last title line. */
  end: number;
  text: string;
}

/**
 * A line as a name or title, without what a page or converter puts around it: a breadcrumb's path (its last step is
 * the page), 「标题：」, 「当前位置：」, markdown 「#」, a flipbook's 「Page 9 -」, table borders.
 */
export function withoutChrome(line: string): string {
  let t = asciiDigits(line).trim().replace(/^[|｜\s]+|[|｜\s]+$/g, "");
  if (/[>»›]/.test(t)) t = t.split(/\s*[>»›]\s*/).filter(Boolean).at(-1) ?? "";
  return t
    .replace(/^#+\s*/, "")
    .replace(/^(?:Page|P\.?)\s*\d+\s*[-—–:：]?\s*/i, "")
    .replace(/^(?:标\s*题|题\s*目|名\s*称|当前位置|文章标题)\s*[:：|｜\t]\s*/, "")
    .replace(/^[|｜\s]+|[|｜\s]+$/g, "")
    .trim();
}

/** The report's title among the first lines of a document (after any page chrome a web page puts before it). */
export function findTitle(lines: readonly string[], searchLines = 80): TitleFound | undefined {
  const limit = Math.min(lines.length, searchLines);
  for (let i = 0; i < limit; i++) {
    const line = compact(withoutChrome(lines[i]));
    if (!line || line.length > 80 || !TITLE.test(line) || /[。；，：:]$/.test(line)) continue;
    // A title that names neither agency nor year (a breadcrumb's 「政府信息公开年度报告」) is not the report's own.
    if (agencyOf(line) === "" && yearOf(line) === undefined && !hasAgency(compact(withoutChrome(lines[i - 1] ?? "")))) continue;
    let start = i;
    // 「淮安市人民政府」 on the line above 「2024年政府信息公开工作年度报告」.
    while (start > 0 && start > i - 2 && !hasAgency(compact(lines.slice(start, i + 1).map(withoutChrome).join("")))) {
      const above = compact(withoutChrome(lines[start - 1]));
      if (!above || above.length > 30 || !AGENCY_END.test(above)) break;
      start--;
    }
    return { start, end: i + 1, text: lines.slice(start, i + 1).map(withoutChrome).filter(Boolean).join("\n") };
  }
  return undefined;
}

function hasAgency(title: string): boolean {
  return agencyOf(title) !== "";
}

/** A name as an agency: what is left when nothing but a name is left (no sentence, no digits). */
function asAgency(text: string): string {
  // 「【年度报告】」 tags, quotes and 《》 around the title, 「…关于2023年…」 are not the name.
  const t = text
    .replace(/^[【[][^】\]]{0,12}[】\]]/, "")
    .replace(/^[《「“"]+/, "")
    .replace(/^(?:关于|现将|本|我)/, "")
    .replace(/关于$/, "")
    .replace(/[（(【[《「“]$/, "");
  if (t.length < 2 || t.length > 40 || /[，。；：、！？,.;:!?\d]/.test(t) || !AGENCY_END.test(t)) return "";
  return t;
}

/** 「淮安市人民政府2024年政府信息公开工作年度报告」 or 「2024年度淮安市人民政府政府信息公开…」 → 淮安市人民政府. */
export function agencyOf(title: string): string {
  const t = compact(title.split("\n").map(withoutChrome).join(""));
  const at = t.search(TITLE);
  const head = at >= 0 ? t.slice(0, at) : t;
  const year = YEAR.exec(head);
  const agency = year ? head.slice(0, year.index) || head.slice(year.index + year[0].length).replace(/^度/, "") : head;
  return asAgency(agency);
}

export function yearOf(text: string): number | undefined {
  const m = YEAR.exec(compact(text));
  return m ? Number(m[1]) : undefined;
}

/** 「统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止」, also garbled 「20231月1日」 → 2024, 2023. */
export function periodYearOf(text: string): number | undefined {
  // 「二〇二三年一月一日」「十二月三十一日」: the period's first and last day as formal documents write them.
  const t = compact(text).replace(/一月一日/g, "1月1日").replace(/十二月三十一日/g, "12月31日");
  const stated = /统计(?:数据的?)?(?:期限|时限|时间|区间|周期|截止时间)[^。]{0,12}?((?:19|20)\d{2})年?1月1日/.exec(t);
  if (stated) return Number(stated[1]);
  const range = /((?:19|20)\d{2})年?1月1日(?:起)?(?:至|到|—|-|－)(?:(?:19|20)\d{2}年?)?12月31日/.exec(t);
  if (range) return Number(range[1]);
  // 「统计期限为2023年度」: the whole year.
  const wholeYear = /统计(?:数据的?)?(?:期限|时限|时间|区间|周期)(?:为|是)?((?:19|20)\d{2})(?:年度|全年|年)(?![\d月])/.exec(t);
  return wholeYear ? Number(wholeYear[1]) : undefined;
}

/** Where a year or an agency was read from, from the surest to the weakest. */
export type MetaSource = "title" | "breadcrumb" | "opening" | "period" | "signature" | "published" | "contact" | "fileName";

export const META_SOURCE_NAMES: Readonly<Record<MetaSource, string>> = {
  title: "标题",
  breadcrumb: "网页路径",
  opening: "正文开头",
  period: "统计期限",
  signature: "落款日期",
  published: "网页的发布日期",
  contact: "联系方式",
  fileName: "文件名",
};

export interface Stated<T> {
  value: T;
  from: MetaSource;
}

export interface StatedMeta {
  title?: TitleFound;
  year?: Stated<number>;
  /** Another year the text states for the report (the title and the statistics period disagree). */
  otherYear?: Stated<number>;
  agency?: Stated<string>;
  level?: LevelId;
}

/** Sentences of the opening that name the report: 「现将2020年政府信息公开工作报告如下」「编制我单位2021年…年度报告」. */
const OPENING_YEAR = /((?:19|20)\d{2})年度?[^。；，,]{0,30}?政府信息公开(?:工作)?(?:年度)?(?:报告|年报|情况|工作)/g;

/** Names a first sentence gives the report: 「现公开孝感市人民政府办公室2020年…」「特向社会公布螺洋街道2021年度…」. */
const OPENING_AGENCY: readonly RegExp[] = [
  /(?:现公开|特向社会公布|现发布|现公布|公布|现将|结合|编制|发布)《?([^，。；、《》（）()]{2,30}?)(?:19|20)\d{2}年度?(?:的)?政府信息公开/,
  /(?:公布|编制|发布)《?(?:19|20)\d{2}年度?([^，。；、《》（）()]{2,30}?)政府信息公开/,
  /结合(?:(?:19|20)\d{2}年度?)?([^，。；、《》（）()]{2,30}?)(?:19|20)?\d{0,2}年?度?政府信息公开工作(?:实际|情况)/,
  /^([^，。；、《》（）()]{2,30}?)编制(?:了)?(?:19|20)\d{2}年/,
  /^(?:19|20)\d{2}年(?:度|以来|全年)?[，,]([^，。；、《》（）()]{2,30}?)(?:坚持|认真|严格|深入|紧紧|全面|持续|进一步|积极|按照|围绕|始终|在|以|高度|扎实|着力|立足|聚焦|切实|紧扣|不断|依法)/,
  // Who made the report, last (a government's report is often made by its 办公室): 「本报告由某某局根据《条例》…编制」,
  // 「依据…规定，某某局编制本报告」, 「某某局根据《条例》要求，编制…」.
  /本报告(?:是)?(?:根据[^。]{0,60}?)?[，,]?由([^，。；、《》（）()]{2,30}?)(?:根据|依据|按照|依照|编制|负责|制作|发布)/,
  /(?:规定|要求|精神)[，,]([^，。；、《》（）()]{2,30}?)编制(?:了)?(?:本报告|本年度报告|(?:19|20)\d{2}年)/,
  /(?:^|\n)([^，。；、《》（）()\n]{2,30}?)(?:根据|依据|按照|依照)《/,
];

/** 「2020年，上海市人民政府办公厅坚持…」: the first sentence of 总体情况 names the year and, often, the agency. */
const LEADING_YEAR = /^((?:19|20)\d{2})年(?:度|以来|全年)?[，,]/;

/** 「我局」「本单位」「市政府办公厅」「区行政审批服务局」: the report speaking of itself, not a name. */
const ABBREVIATED = /^(?:我|本|全|该|各|市|县|区|省|州|盟|镇|乡)/;

/**
 * The preamble (the lines before 「一、总体情况」) and the first sentence after it: where a report states what it is.
 * Later text quotes other years (「发布2019年度政府信息公开年报」 in a 2020 report).
 */
function openingOf(head: readonly string[]): { preamble: string; firstSentence: string } {
  const lines = head.map((l) => compact(withoutChrome(l)));
  let first = lines.findIndex((l) => /^(?:[一1][、.．]|（一）)/.test(l) && l.length <= 24);
  if (first < 0) first = Math.min(lines.length, 12);
  const preamble = lines.slice(0, first).join("\n").slice(0, 3000);
  const body = lines.slice(first + 1).join("");
  const end = body.search(/[。；;]/);
  return { preamble, firstSentence: body.slice(0, end < 0 ? 200 : end + 1) };
}

/** Lines at the end that sign the report: the agency, then the date (「2024年1月31日」). */
function signature(lines: readonly string[]): { agency?: string; year?: number } {
  const tail = lines.map((l) => compact(withoutChrome(l))).filter(Boolean).slice(-6);
  let agency: string | undefined;
  let year: number | undefined;
  for (let i = tail.length - 1; i >= 0; i--) {
    // 「2024年1月20日」「2024-01-20」, or as formal documents date them, 「二〇二四年一月二十日」「…元月…」.
    const date = /^((?:19|20)\d{2})(?:年|[-/.])(\d{1,2}|[元一二三四五六七八九十]{1,3})(?:月|[-/.])(?:\d{1,2}|[一二三四五六七八九十]{1,3})日?$/.exec(tail[i]);
    if (!date) continue;
    const month = /^\d+$/.test(date[2]) ? Number(date[2]) : date[2] === "元" ? 1 : readChineseNumber(date[2])?.value;
    // Reports are published early in the year after the one they report.
    if (month !== undefined && month <= 6) year = Number(date[1]) - 1;
    agency = asAgency(tail[i - 1] ?? "") || undefined;
    break;
  }
  return { agency, year };
}

/** A page's own date line (「发布日期：2021-01-19」「时间:2024-01-31」) → the year reported, when early in the year. */
function publishedYear(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    const m = /(?:发布|成文|发文|更新)?(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2})[-/.年](\d{1,2})/.exec(line);
    if (m && Number(m[2]) <= 6) return Number(m[1]) - 1;
  }
  return undefined;
}

function fileNameYear(file: string | undefined): number | undefined {
  const name = (file ?? "").split(/[\\/]/).at(-1) ?? "";
  const years = [...new Set(name.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
  return years.length === 1 ? Number(years[0]) : undefined;
}

/** Years a breadcrumb names as a step (「首页 > … > 2021 > …」). */
function breadcrumbYear(line: string): number | undefined {
  if (!/[>»›]/.test(line)) return undefined;
  for (const step of line.split(/[>»›]/)) {
    const m = /^\s*((?:19|20)\d{2})\s*年?\s*$/.exec(step.replace(/[|｜]/g, ""));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** 「请与兴安盟生态环境局办公室联系」 → 兴安盟生态环境局: the office named for questions, without its inner unit. */
function contactAgency(text: string): string | undefined {
  const m = /(?:请与|请联系|联系单位[:：]?)([^，。；：:（(、]{2,40}?)(?:联系|[（(，。；]|$)/.exec(compact(text));
  if (!m) return undefined;
  let name = m[1];
  const inner = /(?:办公室|综合科|党政综合部|党政办|党政办公室|综合办公室|政务公开办公室|政务公开办|信息公开办|综合股|办公室综合科)$/.exec(name);
  if (inner && AGENCY_END.test(name.slice(0, inner.index))) name = name.slice(0, inner.index);
  return asAgency(name) || undefined;
}

/**
 * Year and agency from everything the document states, each from its surest source: title, breadcrumb, opening
 * sentences, statistics period, signature, the page's date, the contact office, the file name.
 */
export function statedMeta(lines: readonly string[], options: { documentTitle?: string; file?: string } = {}): StatedMeta {
  const head = lines.slice(0, 80);
  const title = findTitle(lines) ?? (options.documentTitle ? findTitle([options.documentTitle]) : undefined);
  const years: Stated<number>[] = [];
  const agencies: Stated<string>[] = [];
  if (title) {
    const y = yearOf(title.text);
    if (y !== undefined) years.push({ value: y, from: "title" });
    const a = agencyOf(title.text);
    if (a) agencies.push({ value: a, from: "title" });
  }
  for (const line of head) {
    const y = breadcrumbYear(line);
    if (y !== undefined) {
      years.push({ value: y, from: "breadcrumb" });
      break;
    }
  }
  const { preamble, firstSentence } = openingOf(head);
  const opening = `${preamble}\n${firstSentence}`;
  // A subtitle line under the title: 「（2023年度）」.
  const subtitle = /(?:^|\n)[（(]((?:19|20)\d{2})年度?[）)](?:\n|$)/.exec(preamble);
  if (subtitle) years.push({ value: Number(subtitle[1]), from: "title" });
  // A year inside a cited document's title (《关于做好2019年度…的通知》) is weaker than the report's own words.
  const openingYears = [...opening.matchAll(OPENING_YEAR)].sort((a, b) => Number(insideBookTitle(opening, a.index)) - Number(insideBookTitle(opening, b.index)));
  if (openingYears.length > 0) years.push({ value: Number(openingYears[0][1]), from: "opening" });
  const leading = LEADING_YEAR.exec(firstSentence);
  if (leading) years.push({ value: Number(leading[1]), from: "opening" });
  const openingAgency = [preamble, firstSentence]
    .flatMap((text) => OPENING_AGENCY.map((re) => re.exec(text)?.[1] ?? ""))
    .find((name) => asAgency(name) !== "" && !ABBREVIATED.test(name));
  if (openingAgency) agencies.push({ value: asAgency(openingAgency), from: "opening" });
  const period = periodYearOf(head.join("\n"));
  if (period !== undefined) years.push({ value: period, from: "period" });
  const signed = signature(lines);
  if (signed.year !== undefined) years.push({ value: signed.year, from: "signature" });
  if (signed.agency) agencies.push({ value: signed.agency, from: "signature" });
  const published = publishedYear(head.slice(0, 15));
  if (published !== undefined) years.push({ value: published, from: "published" });
  const contact = contactAgency(head.join(""));
  if (contact) agencies.push({ value: contact, from: "contact" });
  const named = fileNameYear(options.file);
  if (named !== undefined) years.push({ value: named, from: "fileName" });

  const year = years[0];
  // The title or opening against the statistics period: a copied-forward report states two years.
  const otherYear = years.find((y) => y.value !== year?.value && (y.from === "title" || y.from === "opening" || y.from === "period"));
  const agency = agencies[0];
  const level = (agency && levelOfAgency(agency.value)) ?? levelOfText(head.join(""));
  return { title, year, otherYear: year && (year.from === "title" || year.from === "opening" || year.from === "period") ? otherYear : undefined, agency, level };
}

function insideBookTitle(text: string, at: number): boolean {
  return text.lastIndexOf("《", at) > text.lastIndexOf("》", at);
}

export interface Contact {
  office?: string;
  address?: string;
  postcode?: string;
  phone?: string;
  email?: string;
}

/** The contact sentence of the preamble. Spaces a PDF puts around digits are dropped: addresses have none. */
export function contactOf(text: string): Contact | undefined {
  const t = compact(text);
  const at = t.search(/如对本?报告有(?:任何)?疑问|联系(?:方式|地址)?[（(:：]/);
  if (at < 0) return undefined;
  const s = t.slice(at, at + 400);
  const pick = (re: RegExp) => re.exec(s)?.[1];
  const contact: Contact = {
    office: pick(/请与(.{2,40}?)联系/),
    address: pick(/(?:通讯|联系)?地址[:：]([^，,；;）)]+)/),
    postcode: pick(/邮(?:政)?编(?:码)?[:：](\d{6})/),
    phone: pick(/(?:联系|咨询)?电话[:：]([\d\-－—()（）]{6,}\d)/),
    email: pick(/(?:电子邮箱|电子信箱|邮箱|E-?mail|电子邮件)[:：]([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i),
  };
  const present = Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) as Contact;
  return Object.keys(present).length > 0 ? present : undefined;
}

/**
 * Only levels a name states beyond doubt: a 镇 or 乡, a 街道, a province's (or a municipality's) government, a
 * 县 or 区 government. A city's level needs a gazetteer (淮安市 is a prefecture, 余姚市 a county-level city).
 */
export function levelOfAgency(agency: string): LevelId | undefined {
  if (/(?:镇|乡)(?:人民政府)?$/.test(agency)) return "township";
  if (/街道(?:办事处)?(?:工作委员会)?$/.test(agency)) return "subdistrict";
  if (/^[^市县区]{2,8}(?:省|自治区)人民政府(?:办公厅)?$/.test(agency) || /^(?:北京|天津|上海|重庆)市人民政府(?:办公厅)?$/.test(agency)) {
    return "provincialGovernment";
  }
  if (/(?:县|区|旗)(?:人民政府(?:办公室)?)?$/.test(agency) && !/(?:开发区|新区|园区|实验区|保税区|示范区|高新区)$/.test(agency.replace(/人民政府(?:办公室)?$/, ""))) {
    return "countyGovernment";
  }
  return undefined;
}

/** 「我镇」「我乡」「本街道」: a report that speaks as a township or subdistrict says so in its own words. */
function levelOfText(text: string): LevelId | undefined {
  const t = compact(text);
  if (/(?:我|本|全)(?:镇|乡)(?![政长区])/.test(t)) return "township";
  if (/(?:我|本|全)街道/.test(t)) return "subdistrict";
  return undefined;
}
