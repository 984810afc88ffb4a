/**
 * Numbers written in Chinese numerals (「三」「十二」「一百零五」「两千」「一万零五百」「三点五」), read strictly: a run that is
 * not a well-formed number in the standard written style is not read at all, never guessed. 乡镇 and 街道 reports
 * often write small counts so (「收到政府信息公开申请三件」).
 *
 * Strict means: the places fall in order (千 before 百 before 十), a skipped place is marked with 零 (「一百零五」, not
 * 「一百五」, which speech uses for 150), 两 stands only before 百/千/万/亿 or alone, a bare 十 only opens a number
 * (「十二」). Whether a run is a *count* (and not 「一是」「十四五」「一站式」) is the caller's question: this file only
 * reads numbers. No library: the ones on npm read leniently (「十四五」 → 45, 「二百五」 → 205, 「二〇二四」 → 224, 「两」
 * unknown), which is exactly what a checker must not do.
 */

const DIGITS: Readonly<Record<string, number>> = {
  "〇": 0, "○": 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZEROS = new Set(["〇", "○", "零"]);

/**
 * A run of numeral characters, with 几 (「十几」「几十」) so that an estimate is seen whole, and 「点」 decimals — and 万/亿
 * after them (「三点五万」), which the caller may read as the unit 万元.
 */
const RUN = /[〇○零一二两三四五六七八九十百千万亿几]+(?:点[〇○零一二三四五六七八九]+[万亿]?)?/g;

export interface ChineseNumberReading {
  value: number;
  /** Digits after 点 (「三点五」 → 1). */
  decimals: number;
}

/** Below 万: 「三千零五十」 → 3050; undefined when not well formed. */
function readSection(text: string): number | undefined {
  if (text === "") return undefined;
  let total = 0;
  let lastPlace = 10000;
  let pendingDigit: number | undefined;
  let pendingChar = "";
  let zeroSeen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const place = SMALL_PLACES[ch];
    if (place !== undefined) {
      if (place >= lastPlace) return undefined;
      // The next place follows directly (「一百一十」), or 零 marks the places skipped (「一千零五十」, not 「一千五十」).
      if (lastPlace !== 10000 && (zeroSeen ? place === lastPlace / 10 : place !== lastPlace / 10)) return undefined;
      if (pendingDigit === undefined) {
        // A bare 十 opens a number (「十二」); 「百」「千」 need a digit.
        if (place !== 10 || i !== 0) return undefined;
        pendingDigit = 1;
      } else if (pendingDigit === 0 || (pendingChar === "两" && place === 10)) {
        return undefined;
      }
      total += pendingDigit * place;
      lastPlace = place;
      pendingDigit = undefined;
      pendingChar = "";
      zeroSeen = false;
      continue;
    }
    const digit = DIGITS[ch];
    if (digit === undefined || pendingDigit !== undefined) return undefined;
    if (ZEROS.has(ch)) {
      // 零 only marks a skipped place inside a number (「一百零五」), once.
      if (i === 0 || zeroSeen || i === text.length - 1) return text.length === 1 ? 0 : undefined;
      zeroSeen = true;
      continue;
    }
    pendingDigit = digit;
    pendingChar = ch;
  }
  if (pendingDigit !== undefined) {
    // A last digit is the units: after 十, after 零, or alone. 「一百五」「两千三」 are speech for 150 / 2300: not read.
    if (lastPlace !== 10 && lastPlace !== 10000 && !zeroSeen) return undefined;
    if (pendingChar === "两" && lastPlace !== 10000) return undefined;
    total += pendingDigit;
  }
  return total;
}

/** An integer with 万 and 亿: 「一万零五百」 → 10500, 「三亿」 → 300000000. */
function readInteger(text: string): number | undefined {
  for (const [unit, size] of [["亿", 100000000], ["万", 10000]] as const) {
    const at = text.indexOf(unit);
    if (at < 0) continue;
    if (text.indexOf(unit, at + 1) >= 0) return undefined;
    const high = text.slice(0, at);
    const highValue = unit === "亿" ? readInteger(high) : readSection(high);
    if (highValue === undefined || highValue === 0) return undefined;
    let low = text.slice(at + 1);
    if (low === "") return highValue * size;
    // The lower part must start at the next place (「一万五千」) or after 零 (「一万零五百」); 「一万五」 is speech.
    const zero = ZEROS.has(low[0]);
    if (zero) low = low.slice(1);
    const lowValue = unit === "亿" ? readInteger(low) : readSection(low);
    if (lowValue === undefined || lowValue === 0) return undefined;
    const full = size / 10;
    if (!zero && lowValue < full) return undefined;
    if (zero && lowValue >= full) return undefined;
    return highValue * size + lowValue;
  }
  return readSection(text);
}

/**
 * A whole string of Chinese numerals as a number: 「一百零五」 → 105, 「两」 → 2, 「〇」 → 0, 「三点五」 → 3.5.
 * Undefined for anything not well formed in the standard written style (「十四五」「二百五」「二〇二四」「几十」).
 */
export function readChineseNumber(text: string): ChineseNumberReading | undefined {
  const [integerPart, fraction, extra] = text.split("点");
  if (extra !== undefined || integerPart === "") return undefined;
  const integer = readInteger(integerPart);
  if (integer === undefined) return undefined;
  if (fraction === undefined) return { value: integer, decimals: 0 };
  let digits = "";
  for (const ch of fraction) {
    const d = DIGITS[ch];
    if (d === undefined || ch === "两") return undefined;
    digits += String(d);
  }
  if (digits === "") return undefined;
  return { value: Number(`${integer}.${digits}`), decimals: digits.length };
}

export interface ChineseNumeralRun {
  start: number;
  end: number;
  text: string;
  /** Undefined when the run is not a number (「十四五」) or is an estimate or a string of digits. */
  reading?: ChineseNumberReading;
  /** An estimate: 「两三」「七八」「十几」「几十」. */
  approximate: boolean;
  /** Digits without places, as in dates and codes: 「二〇二四」. */
  digitString: boolean;
}

/** Two neighbouring digits side by side, 「两三」「三四」「七八」: an estimate (「两三件」 = two or three). */
function isNeighbourPair(text: string): boolean {
  if (text.length !== 2) return false;
  const [a, b] = [DIGITS[text[0]], DIGITS[text[1]]];
  return a !== undefined && b !== undefined && a > 0 && b === a + 1;
}

/** Every run of Chinese numeral characters in a text, read (or not) as a number. */
export function findChineseNumerals(text: string): ChineseNumeralRun[] {
  const runs: ChineseNumeralRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const run = m[0];
    const digitsOnly = [...run].every((ch) => DIGITS[ch] !== undefined);
    const approximate = run.includes("几") || isNeighbourPair(run);
    const digitString = digitsOnly && run.length > 1 && !approximate;
    const reading = approximate || digitString ? undefined : readChineseNumber(run);
    runs.push({ start: m.index, end: m.index + run.length, text: run, reading, approximate, digitString });
  }
  return runs;
}
