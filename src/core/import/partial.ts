import { editions, sectionHeading, sectionHeadings, tableOfSection } from "../editions";
import type { EditionId } from "../editions";
import { PAGE_MARKER, recogniseSection } from "../text";
import type { SectionKey, SplitText } from "../text";
import type { ImportProblem } from "./types";

/**
 * A file holding only part of a report — an excerpt that stops after 「一、总体情况」, a page cut off before the
 * tables, one page of a flipbook starting at 「四、」 — is said to be so once, instead of each table it never
 * reached being «not found» and each section «missing»: they were never in the file. What the file holds is told by
 * the standard sections it names and the tables it has.
 */

const ORDER: readonly SectionKey[] = sectionHeadings.map((s) => s.key as SectionKey);

/** Text before the first section that is no more than a page's running head (「Page 8 - …」「P. 8」). */
function thin(preamble: string): boolean {
  const words = preamble
    .split("\n")
    .filter((l) => !PAGE_MARKER.test(l) && !/^\s*(?:Page|P\.?)\s*\d+/i.test(l))
    .join("");
  return words.replace(/\s/g, "").length < 30;
}

export function partialDocument(split: SplitText, problems: readonly ImportProblem[], edition: EditionId): ImportProblem[] {
  const missing = problems.filter((p) => p.rule === "import.tableMissing");
  const tableAt = (name: string | undefined) => ORDER.findIndex((k) => tableOfSection(k) === editions[edition].tables.find((t) => t.name === name)?.id);
  const sections = split.sections.map((s) => ({ section: s, at: ORDER.indexOf(recogniseSection(s.heading) as SectionKey) })).filter((s) => s.at >= 0);
  // A table read shows the file holds its section, headings or not.
  const read = editions[edition].tables.filter((t) => !missing.some((p) => p.location?.table === t.name)).map((t) => tableAt(t.name));
  const held = [...sections.map((s) => s.at), ...read];
  // A page that is no report at all (「网站维护中」) is not part of one.
  if (held.length === 0 && split.title === undefined && split.preamble.length < 50) return [...problems];
  const firstAt = held.length > 0 ? Math.min(...held) : -1;
  const lastAt = held.length > 0 ? Math.max(...held) : -1;
  const lastSection = sections.filter((s) => s.at === lastAt).at(-1)?.section;
  const firstSection = sections.find((s) => s.at === firstAt)?.section;
  const startsLate = firstAt > 0 && thin(split.preamble);
  const endsEarly = lastAt < ORDER.length - 1;

  // The file's last words are the heading of a section of text with nothing after it (「五、存在的主」): it was cut
  // off there. (A section of a table holds its table, not text.)
  const stopsAtHeading =
    endsEarly && lastSection !== undefined && lastSection === split.sections.at(-1) && lastSection.body.trim() === "" && !tableOfSection(ORDER[lastAt]);
  const cut = missing.filter((p) => {
    const at = tableAt(p.location?.table);
    if (startsLate && at < firstAt) return true;
    // Its section comes later, or is the last one and holds nothing: the file stops before the table.
    return endsEarly && (at > lastAt || (at === lastAt && (lastSection?.body.trim() ?? "") === ""));
  });

  const heading = (s: SplitText["sections"][number] | undefined, at: number) => `「${s?.heading.trim() ?? sectionHeading(ORDER[at])}」`;
  const span = [
    startsLate ? `从${heading(firstSection, firstAt)}开始` : "",
    endsEarly ? (lastAt < 0 ? "只有开头部分" : `到${heading(lastSection, lastAt)}部分为止`) : "",
  ].filter(Boolean).join("，");
  const notHeld = ORDER.filter((k, at) => !tableOfSection(k) && !sections.some((s) => s.at === at) && ((startsLate && at < firstAt) || (endsEarly && at > lastAt)));
  if (cut.length === 0 && !(stopsAtHeading && notHeld.length > 0)) return [...problems];
  const what = [cut.map((p) => p.location?.table ?? "").join("、"), notHeld.map((k) => `「${sectionHeading(k)}」`).join("、")].filter(Boolean).join("和");
  const values: Record<string, string> = { span, what };
  // Where the file starts and stops, so the structure check does not call the sections outside «missing».
  if (startsLate) values.start = ORDER[firstAt];
  if (endsEarly) values.end = lastAt < 0 ? "preamble" : ORDER[lastAt];
  return [...problems.filter((p) => !cut.includes(p)), { rule: "import.documentCut", values, location: {}, keys: cut.flatMap((p) => p.keys ?? []) }];
}
