/**
 * Rejoining the hard line breaks of a PDF's text into paragraphs, so that a sentence broken over two lines
 * (「答\n复 3050 件」) reads as one. A paragraph ends at a short line, at a line ending a sentence, and before a
 * heading or a numbered sub-heading (「（二）依申请公开情况。」).
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width: a CJK or full-width character counts 2, anything else 1. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
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
