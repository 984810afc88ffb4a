import { editionIds } from "../editions";
import type { EditionId } from "../editions";

/**
 * How a workbook says it is ours: a marker in a fixed cell of 填报说明 (also a defined name and the document
 * keywords). The version changes whenever cell addresses change, so a reader never misplaces a number.
 */

export const TEMPLATE_VERSION = 1;
const TEMPLATE_MARKER_PREFIX = "XXGK年报模板";
export const TEMPLATE_MARKER_NAME = "XXGK_TEMPLATE";

export function templateMarker(edition: EditionId, version = TEMPLATE_VERSION): string {
  return `${TEMPLATE_MARKER_PREFIX}/${edition}格式/v${version}`;
}

const MARKER = new RegExp(`${TEMPLATE_MARKER_PREFIX}/(${editionIds.join("|")})格式/v(\\d+)`);

export function parseTemplateMarker(text: string): { edition: EditionId; version: number } | undefined {
  const m = MARKER.exec(text);
  return m ? { edition: m[1] as EditionId, version: Number(m[2]) } : undefined;
}
