import type { LevelId } from "../editions";

/**
 * What a published report says about itself: its title (「淮安市人民政府\n2024年政府信息公开工作年度报告」) names the
 * agency and the year; the preamble gives the statistics period and the contact (「请与…联系（地址：…，邮编：…，
 * 电话：…）」). Read from the text only; nothing is guessed from elsewhere.
 */

const TITLE = /政府信息公开.{0,8}报告/;
const AGENCY_END = /(?:人民政府|政府|办公室|办公厅|委员会|管理委员会|管委会|局|厅|委|院|署|会|中心|镇|乡|街道|办事处|集团|公司|所|站|队|处|部)$/;
const YEAR = /((?:19|20)\d{2})\s*年/;

const compact = (s: string) => s.replace(/\s+/g, "");

export interface TitleFound {
  /** Index of the first title line in `lines`. */
  start: number;
  /** Index after the last title line. */
  end: number;
  text: string;
}

/** The report's title among the first lines of a document (after any page chrome a web page puts before it). */
export function findTitle(lines: readonly string[], searchLines = 80): TitleFound | undefined {
  const limit = Math.min(lines.length, searchLines);
  for (let i = 0; i < limit; i++) {
    const line = compact(lines[i]);
    if (!line || line.length > 80 || !TITLE.test(line) || /[。；，]$/.test(line)) continue;
    let start = i;
    // 「淮安市人民政府」 on the line above 「2024年政府信息公开工作年度报告」.
    while (start > 0 && start > i - 2 && !hasAgency(compact(lines.slice(start, i + 1).join("")))) {
      const above = compact(lines[start - 1]);
      if (!above || above.length > 30 || !AGENCY_END.test(above)) break;
      start--;
    }
    return { start, end: i + 1, text: lines.slice(start, i + 1).map((l) => l.trim()).filter(Boolean).join("\n") };
  }
  return undefined;
}

function hasAgency(title: string): boolean {
  return agencyOf(title) !== "";
}

/** 「淮安市人民政府2024年政府信息公开工作年度报告」 or 「2024年度淮安市人民政府政府信息公开…」 → 淮安市人民政府. */
export function agencyOf(title: string): string {
  const t = compact(title);
  const at = t.search(TITLE);
  const head = at >= 0 ? t.slice(0, at) : t;
  const year = YEAR.exec(head);
  const agency = year ? head.slice(0, year.index) || head.slice(year.index + year[0].length).replace(/^度/, "") : head;
  return agency.replace(/^关于/, "").replace(/[（(【[]$/, "");
}

export function yearOf(text: string): number | undefined {
  const m = YEAR.exec(compact(text));
  return m ? Number(m[1]) : undefined;
}

/** 「统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止」 → 2024. */
export function periodYearOf(text: string): number | undefined {
  const m = /统计(?:期限|时限|时间)[^。]{0,6}?((?:19|20)\d{2})年1月1日/.exec(compact(text));
  return m ? Number(m[1]) : undefined;
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

/** Only levels an agency's name states beyond doubt (a 镇 or a 街道); a city's level needs a gazetteer. */
export function levelOfAgency(agency: string): LevelId | undefined {
  if (/(?:镇|乡)(?:人民政府)?$/.test(agency)) return "township";
  if (/街道(?:办事处)?$/.test(agency)) return "subdistrict";
  return undefined;
}
