import { SaxesParser } from "saxes";

/**
 * Which zip part holds which sheet: xl/workbook.xml names each sheet and its relationship id, and
 * xl/_rels/workbook.xml.rels gives each id's target ("worksheets/sheet7.xml", or absolute "/xl/worksheets/sheet7.xml").
 * Returns sheet name → part path as the zip names it ("xl/worksheets/sheet7.xml"); an empty map when either text is
 * missing or not well-formed, so a caller that skips parts skips nothing it cannot place.
 */
export function sheetParts(workbookXml: string | undefined, relsXml: string | undefined): Map<string, string> {
  const parts = new Map<string, string>();
  if (!workbookXml || !relsXml) return parts;
  const sheets: { name: string; id: string }[] = [];
  const targets = new Map<string, string>();
  const ok =
    parseElements(workbookXml, (name, attributes) => {
      // The id is in the relationships namespace; its prefix is whatever the file declared ("r" in practice).
      const id = Object.entries(attributes).find(([key]) => /(^|:)id$/.test(key))?.[1];
      if (localName(name) === "sheet" && attributes.name && id) sheets.push({ name: attributes.name, id });
    }) &&
    parseElements(relsXml, (name, attributes) => {
      if (localName(name) === "Relationship" && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
    });
  if (!ok) return parts;
  for (const { name, id } of sheets) {
    const target = targets.get(id);
    if (target) parts.set(name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Calls `onElement` for every start tag; false when the text is not well-formed XML. */
function parseElements(xml: string, onElement: (name: string, attributes: Record<string, string>) => void): boolean {
  const parser = new SaxesParser({ position: false });
  let wellFormed = true;
  parser.on("error", () => (wellFormed = false));
  parser.on("opentag", (tag) => onElement(tag.name, tag.attributes as Record<string, string>));
  try {
    parser.write(xml).close();
  } catch {
    return false;
  }
  return wellFormed;
}
