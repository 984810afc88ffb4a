/**
 * Reading what a clerk typed into a number cell. Kind-independent: it says what the text *is* (a number, blank,
 * a placeholder, text) and what was unusual about it; the rules decide what is wrong for a given kind of cell.
 */

export type CellState = "number" | "blank" | "placeholder" | "text";

export interface CellReading {
  state: CellState;
  /** The number read, or null for blank, placeholder and text. */
  value: number | null;
  /** Full-width digits or signs were typed (「１２」). */
  fullWidth: boolean;
  /** Thousands separators were typed (「1,234」). */
  thousandsSeparator: boolean;
  /** A unit written after the number (「元」「万元」「件」…). */
  unit?: string;
}

/** Texts that clerks put in a cell to mean "nothing" (report-format.md §6 cell hygiene). */
export const PLACEHOLDERS: readonly string[] = ["/", "\\", "-", "--", "—", "——", "–", "无", "空", "N/A", "NA"];

/** Units seen inside number cells. Longest first so 「万元」 wins over 「元」. */
export const UNITS: readonly string[] = ["万元", "元", "件", "项", "个", "次", "条", "宗", "起", "人", "家"];

const FULL_WIDTH = /[０-９＋－．，、]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A number from a spreadsheet as the text a clerk sees: Excel's 15 significant digits (3, not the binary
 * 3.0000000000000004 of =0.1*3*10), small numbers in plain decimal form (0.0000001, never 「1e-7」, which would read
 * as text).
 * Every host that turns a cell value into the model's raw text uses this, so they judge a cell alike.
 */
export function spreadsheetNumberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  // Almost every cell holds a whole count: up to 15 digits String() gives what Excel shows, without three conversions.
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const shown = Number(n.toPrecision(15));
  if (Number.isInteger(shown)) return Math.abs(shown) < 1e21 ? String(shown) : BigInt(shown).toString();
  const text = String(shown);
  return text.includes("e") ? shown.toFixed(20).replace(/\.?0+$/, "") : text;
}

/**
 * 1 to 15 ASCII digits (what /^\d{1,15}$/ matches): a plain count, almost every cell of almost every report. A loop
 * over char codes, because this runs for every cell of every report and a regular expression call costs more.
 */
export function isPlainDigits(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The only ideographs a number cell can hold: units and placeholders (「万元」「件」「无」…). */
const IDEOGRAPHS_IN_VALUES = new Set([...UNITS.join(""), ...PLACEHOLDERS.join("")].map((c) => c.charCodeAt(0)).filter((c) => c >= 0x4e00 && c <= 0x9fff));

/**
 * Text with an ideograph that is no unit or placeholder (「见附件」, a sentence) cannot be a number: NFKC leaves CJK
 * unified ideographs as they are. Lets importers ask of every cell and line whether it is a value without normalising
 * paragraphs.
 */
function hasOtherIdeograph(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && !IDEOGRAPHS_IN_VALUES.has(c)) return true;
  }
  return false;
}

/**
 * A reading that is no number. A literal, not `{ ...base, state }`: V8 copies an object spread followed by more
 * keys on a slow path (microseconds), and importers ask this of every cell and line they see.
 */
function notNumber(state: "blank" | "placeholder" | "text", fullWidth: boolean): CellReading {
  return { fullWidth, thousandsSeparator: false, state, value: null };
}

export function readCellText(raw: string | null | undefined): CellReading {
  // Fast path: most cells are plain digits.
  if (raw && isPlainDigits(raw)) return { state: "number", value: Number(raw), fullWidth: false, thousandsSeparator: false, unit: undefined };
  const original = (raw ?? "").trim();
  if (original === "") return notNumber("blank", false);

  const fullWidth = FULL_WIDTH.test(original);
  if (hasOtherIdeograph(original)) return notNumber("text", fullWidth);
  // NFKC folds full-width digits, signs and the ideographic full stop variants; U+2212 is a typographic minus.
  let text = original.normalize("NFKC").replace(/\u2212/g, "-").replace(/\s+/g, "");
  if (PLACEHOLDERS.includes(text)) return notNumber("placeholder", fullWidth);

  const unit = UNITS.find((u) => text.endsWith(u) && text.length > u.length);
  if (unit) text = text.slice(0, -unit.length);

  let thousandsSeparator = false;
  if (GROUPED_NUMBER.test(text)) {
    thousandsSeparator = true;
    text = text.replace(/,/g, "");
  }
  if (!PLAIN_NUMBER.test(text)) return notNumber("text", fullWidth);
  // More than 15 digits before the point is beyond what Excel keeps exactly and no count or amount of a report: such
  // a cell is text, not a number (hundreds of digits read as Infinity, and a table's sums over huge values overflow).
  if (text.replace(/^[+-]/, "").split(".")[0].replace(/^0+/, "").length > 15) return notNumber("text", fullWidth);
  const value = Number(text);
  return { state: "number", value, fullWidth, thousandsSeparator, unit };
}
