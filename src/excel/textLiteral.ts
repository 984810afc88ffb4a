/**
 * A literal as Office.js must receive it to keep it literal: text that Excel would turn into a formula, a number,
 * a date or a boolean gets the text prefix 「'」 (which Excel does not store as part of the value). Every piece of
 * user text the add-in writes (agency names, generated paragraphs) goes through here: never a formula.
 */
export function officeLiteral(value: string | number): string | number {
  if (typeof value === "number") return value;
  if (/^[=+\-@]/.test(value) || /^\s*[\d.,%:/$¥€()\s-]*\d[\d.,%:/$¥€()\s-]*$/.test(value) || /^(true|false)$/i.test(value) || value.startsWith("'")) return `'${value}`;
  return value;
}
