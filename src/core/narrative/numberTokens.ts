import { findChineseNumerals, readChineseNumber } from "../text";
import {
  AMOUNT_UNITS,
  APPROXIMATE_AFTER,
  APPROXIMATE_BEFORE,
  CHINESE_APPROXIMATE_AFTER,
  CHINESE_APPROXIMATE_BEFORE,
  CHINESE_COUNT_FOLLOWER,
  CHINESE_NUMERAL_NOT_AFTER,
  CHINESE_NUMERAL_WORDS,
  COUNT_UNITS,
  OTHER_UNITS,
} from "./vocabulary";

/**
 * The numbers a sentence writes, Arabic or Chinese, each with its unit: what kind of quantity it can be (a count, an
 * amount, a percentage) or that it cannot be a figure of the tables at all (a date, a document number, an estimate).
 */

export interface NumberToken {
  start: number;
  /** After the unit. */
  end: number;
  numberEnd: number;
  value: number;
  decimals: number;
  kind: "count" | "amount" | "percent" | "bare" | "other";
  factor: number;
  approximate: boolean;
  /** A sign written before the number (「-3」「+3」): read only for a signed figure (2019格式 本年增/减). */
  sign?: 1 | -1;
}

/** A numeral character right before a count or amount unit, or 百分之: only such a sentence can state a figure in Chinese numerals. */
const CHINESE_FIGURE_HINT = new RegExp(`[〇○零一二两三四五六七八九十百千万亿](?:${[...COUNT_UNITS, ...Object.keys(AMOUNT_UNITS)].join("|")})|百分之`);

const NUMBER = /(?<![A-Za-z0-9.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![A-Za-z])/g;
const SIGN_BEFORE: Readonly<Record<string, 1 | -1>> = { "+": 1, "＋": 1, "-": -1, "－": -1, "−": -1 };

/** The unit after a number (count, amount, percent, or another unit), set on the token. */
function readUnit(token: NumberToken, rest: string): void {
  const countUnit = COUNT_UNITS.find((u) => rest.startsWith(u));
  const amountUnit = Object.keys(AMOUNT_UNITS).find((u) => rest.startsWith(u));
  if (rest.startsWith("%")) {
    token.kind = "percent";
    token.end += 1;
  } else if (countUnit) {
    token.kind = "count";
    token.end += countUnit.length;
  } else if (amountUnit) {
    token.kind = "amount";
    token.factor = AMOUNT_UNITS[amountUnit];
    token.end += amountUnit.length;
  } else if (OTHER_UNITS.test(rest) || /^万|^亿/.test(rest) || /^[.．、]/.test(rest)) {
    // 「2024年」「30号」「1.属于…」「1.2万件」: not a figure of the tables.
    token.kind = "other";
  }
}

function arabicTokens(sentence: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(sentence); m; m = NUMBER.exec(sentence)) {
    const numberEnd = m.index + m[0].length;
    const rest = sentence.slice(numberEnd);
    const decimals = m[2]?.length ?? 0;
    const value = Number(`${m[1].replace(/,/g, "")}${m[2] ? `.${m[2]}` : ""}`);
    const approximate = APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, m.index - 2), m.index)) || APPROXIMATE_AFTER.test(rest);
    const token: NumberToken = { start: m.index, end: numberEnd, numberEnd, value, decimals, kind: "bare", factor: 1, approximate };
    const sign = SIGN_BEFORE[sentence[m.index - 1] ?? ""];
    if (sign) token.sign = sign;
    readUnit(token, rest);
    if (token.approximate && token.kind !== "percent") token.kind = "other";
    if (sentence[m.index - 1] === "第") token.kind = "other";
    tokens.push(token);
  }
  return tokens;
}

/**
 * Figures written in Chinese numerals (「三件」「一百零五件」「两件」「〇件」「百分之三十」「十二万元」): read like Arabic
 * ones, but only with a count or amount unit (or as 百分之…), and never inside a word (「一站式」「一件事一次办」), after
 * 第/每/这…, as an estimate (「十余件」「几十件」「两三件」「数十件」) or a string of digits (「二〇二四」). A count must
 * also end its clause or go on about itself (「三件，」「三件申请」): 「开展一次培训」 is not a count.
 */
function chineseTokens(sentence: string): NumberToken[] {
  const words: { start: number; end: number }[] = [];
  CHINESE_NUMERAL_WORDS.lastIndex = 0;
  for (let m = CHINESE_NUMERAL_WORDS.exec(sentence); m; m = CHINESE_NUMERAL_WORDS.exec(sentence)) words.push({ start: m.index, end: m.index + m[0].length });
  const tokens: NumberToken[] = [];
  for (const run of findChineseNumerals(sentence)) {
    const before = sentence.slice(Math.max(0, run.start - 3), run.start);
    const percent = before === "百分之";
    const token: NumberToken = { start: percent ? run.start - 3 : run.start, end: run.end, numberEnd: run.end, value: 0, decimals: 0, kind: "other", factor: 1, approximate: false };
    tokens.push(token);
    // 「十二万元」「三点五万元」: 12 or 3.5 in 万元, as 「12万元」 is; 「十二万件」 is a round figure, as 「12万件」 is.
    const inTenThousands = /[万亿]$/.test(run.text) && sentence[run.end] === "元" && !run.approximate;
    if (inTenThousands) token.numberEnd = token.end = run.end - 1;
    let reading = inTenThousands ? readChineseNumber(run.text.slice(0, -1)) : run.reading;
    if (percent && run.text === "百") reading = { value: 100, decimals: 0 }; // 百分之百
    if (!reading) continue;
    const rest = sentence.slice(token.numberEnd);
    const lead = sentence.slice(Math.max(0, token.start - 2), token.start);
    if (words.some((w) => w.start < run.end && w.end > run.start)) continue;
    if (/[0-9.]$/.test(before) || /^[0-9]/.test(rest) || CHINESE_NUMERAL_NOT_AFTER.test(lead)) continue;
    if (/^[十百千万亿]/.test(run.text) && CHINESE_APPROXIMATE_BEFORE.test(before)) continue;
    if (APPROXIMATE_BEFORE.test(lead) || APPROXIMATE_AFTER.test(rest) || CHINESE_APPROXIMATE_AFTER.test(rest)) continue;
    token.value = reading.value;
    token.decimals = reading.decimals;
    if (percent) {
      token.kind = "percent";
      continue;
    }
    readUnit(token, rest);
    const roundCount = token.kind === "count" && /[万亿]$/.test(run.text);
    if (token.kind === "bare" || token.kind === "percent" || roundCount) token.kind = "other";
    if (token.kind === "count" && !CHINESE_COUNT_FOLLOWER.test(sentence.slice(token.end))) token.kind = "other";
  }
  return tokens;
}

/** Every number written in a sentence, Arabic or Chinese, with its unit and whether it may be a figure (kind ≠ other). */
export function readNumberTokens(sentence: string): NumberToken[] {
  const arabic = arabicTokens(sentence);
  // Chinese text is full of 一 and 三; most sentences have no numeral before a unit and need no second pass.
  if (!CHINESE_FIGURE_HINT.test(sentence)) return arabic;
  return [...arabic, ...chineseTokens(sentence)].sort((a, b) => a.start - b.start);
}
