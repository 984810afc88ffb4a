/**
 * Rejoining the hard line breaks of a PDF's text into paragraphs, so that a sentence broken over two lines
 * (「答\n复 3050 件」) reads as one. A paragraph ends at a short line, at a line ending a sentence, and before a
 * heading or a numbered sub-heading (「（二）依申请公开情况。」).
 */

/** Code ranges of wide characters (CJK, Hangul, full-width forms), as [from, to] pairs. */
const WIDE: readonly number[] = [0x1100, 0x115f, 0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6];

/** Display width: a CJK or full-width character counts 2, anything else (a surrogate pair included) 1. */
function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one character: count its high half only.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue;
    let wide = false;
    for (let r = 0; r < WIDE.length && c >= WIDE[r]; r += 2) if (c <= WIDE[r + 1]) wide = true;
    w += wide ? 2 : 1;
  }
  return w;
}

const STARTS_PARAGRAPH = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．]|附件|注[:：])/;
const ENDS_SENTENCE = /[。！？；：!?;:][”’」』）)]*$/;

export function unwrapLines(lines: readonly string[], headings: ReadonlySet<string>): string[] {
  const trimmed = lines.map((l) => l.trim());
  const widths = trimmed.filter((l) => l !== "").map(displayWidth).filter((w) => w >= 20).sort((a, b) => a - b);
  // A full line is about as wide as the typical line; a paragraph's last line is shorter.
  const full = widths.length > 0 ? widths[Math.floor(widths.length / 2)] * 0.85 : Infinity;

  const paragraphs: string[] = [];
  let current = "";
  let open = false;
  for (const line of trimmed) {
    if (line === "") {
      open = false;
      continue;
    }
    const heading = headings.has(line);
    if (open && !heading && !STARTS_PARAGRAPH.test(line)) {
      current += /[A-Za-z0-9]$/.test(current) && /^[A-Za-z0-9]/.test(line) ? ` ${line}` : line;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
    open = !heading && !ENDS_SENTENCE.test(line) && displayWidth(line) >= full;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
