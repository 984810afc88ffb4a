/**
 * Number formatting shared by everything that prints a figure: the narrative generator, the narrative checker and
 * the SHARE custom function must agree to the last digit, so there is one implementation.
 */

/**
 * A share as printed in reports: 「66.48%」. Rounded half up on exact integers (no binary floating-point surprises:
 * 1/8 → 12.50%, 1/3 → 33.33%). A zero base has no share: returns undefined.
 */
export function formatShare(count: number, base: number, decimals = 2): string | undefined {
  if (base === 0 || !Number.isFinite(count) || !Number.isFinite(base)) return undefined;
  const scaled = shareScaled(count, base, decimals);
  return `${formatScaled(scaled, decimals)}%`;
}

/** The share ×10^decimals as an integer (66.48% with 2 decimals → 6648). */
export function shareScaled(count: number, base: number, decimals = 2): number {
  if (Number.isInteger(count) && Number.isInteger(base)) {
    const numerator = Math.abs(count) * 10 ** (decimals + 2);
    const b = Math.abs(base);
    let q = Math.floor(numerator / b);
    const remainder = numerator - q * b;
    if (2 * remainder >= b) q++;
    return Math.sign(count) * Math.sign(base) * q;
  }
  return Math.round(((count / base) * 100 + Number.EPSILON) * 10 ** decimals);
}

function formatScaled(scaled: number, decimals: number): string {
  const sign = scaled < 0 ? "-" : "";
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, "0");
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
