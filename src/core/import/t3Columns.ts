import { editionIndex } from "../editions";
import { matchKey } from "./labels";

/**
 * 表三's column order as running text writes its header (one line, or one word a line): 「自然人 法人或其他组织 总计」
 * over 「商业企业 科研机构 社会公益组织 法律服务机构 其他」. A report that adds a 小计 column or puts 总计 first
 * writes those lines otherwise. Read as a page is: the first line's columns, with 「法人或其他组织」 standing for the
 * second line's. Grids whose cells line up (HTML, .docx) are read by position instead (recognise.ts).
 */

/** 表三's columns (the same in both editions), as header words, in the format's order. */
export const T3_COLUMN_KEYS = editionIndex("2021").table("t3").blocks[0].columns.map((c) => matchKey(c.label));
const ORGANISATIONS = T3_COLUMN_KEYS.slice(1, -1);
const GROUP = matchKey("法人或其他组织");
const EXTRA = [matchKey("小计"), matchKey("合计")];

export interface T3TextColumns {
  /** Each column's header word (matchKey form), in the order the rows' values come. */
  keys: string[];
  /** The same, as written (for the finding). */
  labels: string[];
}

/**
 * The columns the header words name, when they are not the format's order: every column of the format once, at most
 * one extra (小计/合计), and the group word 「法人或其他组织」 there to say where the second line's columns go.
 * Undefined for the format's own order, or for header words that do not say (a PDF's broken header lines).
 */
export function t3TextColumns(words: readonly string[]): T3TextColumns | undefined {
  const named = words.map((w) => ({ word: w, key: matchKey(w) })).filter((w) => T3_COLUMN_KEYS.includes(w.key) || w.key === GROUP || EXTRA.includes(w.key));
  const firstOrganisation = named.findIndex((w) => ORGANISATIONS.includes(w.key));
  const upper = named.slice(0, firstOrganisation);
  const group = upper.findIndex((w) => w.key === GROUP);
  if (firstOrganisation < 0 || group < 0) return undefined;
  const columns = [...upper.slice(0, group), ...named.slice(firstOrganisation), ...upper.slice(group + 1)];
  const keys = columns.map((c) => c.key);
  const extras = keys.filter((k) => !T3_COLUMN_KEYS.includes(k));
  if (extras.length > 1 || extras.some((k) => !EXTRA.includes(k))) return undefined;
  if (T3_COLUMN_KEYS.some((k) => keys.filter((x) => x === k).length !== 1)) return undefined;
  if (keys.join("|") === T3_COLUMN_KEYS.join("|")) return undefined;
  return { keys, labels: columns.map((c) => c.word) };
}
