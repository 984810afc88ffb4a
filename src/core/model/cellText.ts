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

export function readCellText(raw: string | null | undefined): CellReading {
  // Fast path: most cells are plain digits.
  if (raw && isPlainDigits(raw)) return { state: "number", value: Number(raw), fullWidth: false, thousandsSeparator: false, unit: undefined };
  const original = (raw ?? "").trim();
  const base = { fullWidth: false, thousandsSeparator: false };
  if (original === "") return { ...base, state: "blank", value: null };

  const fullWidth = FULL_WIDTH.test(original);
  // NFKC folds full-width digits, signs and the ideographic full stop variants; U+2212 is a typographic minus.
  let text = original.normalize("NFKC").replace(/\u2212/g, "-").replace(/\s+/g, "");
  if (PLACEHOLDERS.includes(text)) return { ...base, fullWidth, state: "placeholder", value: null };

  const unit = UNITS.find((u) => text.endsWith(u) && text.length > u.length);
  if (unit) text = text.slice(0, -unit.length);

  let thousandsSeparator = false;
  if (GROUPED_NUMBER.test(text)) {
    thousandsSeparator = true;
    text = text.replace(/,/g, "");
  }
  if (!PLAIN_NUMBER.test(text)) return { ...base, fullWidth, state: "text", value: null };
  const value = Number(text);
  // Hundreds of digits read as Infinity, and sums over it as NaN: such a cell is text, not a number.
  if (!Number.isFinite(value)) return { ...base, fullWidth, state: "text", value: null };
  return { state: "number", value, fullWidth, thousandsSeparator, unit };
}
