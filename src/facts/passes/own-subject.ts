import type { Document } from '../../document/types.js';
import type { CompiledTables } from './tables.js';

/**
 * A name is the body's own when the place's name ends with it or shares its first two characters (榆沱州, 开发区); but a
 * zone's host (蘅川市 of 蘅川高新区: a name that is no zone's, by `zone`) is another body.
 */
export function isOwnPlace(name: string, place: string | null, zone: RegExp): boolean {
  if (place === null) return false;
  if (place.endsWith(name) || name.endsWith(place)) return true;
  return name.slice(0, 2) === place.slice(0, 2) && !(zone.test(place) && !zone.test(name));
}

/**
 * Whether a clause's lead opens with the reporting body itself (全区, 区政府, its own name), by the body's `ownSubject`;
 * a name ending in an area word (西城区, 柘北新区) is the body only when it is the document's own place: a district
 * called 某城区 or 某新区 has peers of its kind, and the area word alone (园区, 高新区) is the body.
 */
export function opensWithOwn(lead: string, ownSubject: RegExp | undefined, doc: Document, tables: CompiledTables): boolean {
  const subject = ownSubject?.exec(lead)?.[0];
  if (subject === undefined) return false;
  const { endings, bare } = tables.namedArea;
  return !endings.test(subject) || bare.has(subject) || isOwnPlace(subject, doc.place, tables.namedArea.zone);
}
