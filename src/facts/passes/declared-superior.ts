import type { Document } from '../../document/types.js';
import { isOwnPlace, opensWithOwn } from './own-subject.js';
import { any, type CompiledTables } from './tables.js';

/** Each document's declared superiors' subjects, read once (null: it declares none by name). */
const declared = new WeakMap<Document, RegExp | null>();

/**
 * What opens a clause of a superior the report names as the one it works under (在师市党委、师市的坚强领导下, 在柘北国有
 * 林区管理局党委的领导下), at any level (a 团场 has none of the tree's): each name without its organ (师市, 柘北国有林区
 * 管理局), the last word of a name that stands for it alone (管理局), and the whole of an area the name holds and the body's
 * own place does not (全林区). Null when the report names none but by the levels' own words (市委、市政府: the level's
 * superior words read those) or its own (顺德区委, a zone's 高新区党工委).
 */
export function declaredSuperiorSubject(doc: Document, tables: CompiledTables, ownSubject: RegExp | undefined): RegExp | null {
  const known = declared.get(doc);
  if (known !== undefined) return known;
  const { clause, guideClause, guideBodies, separators, organs, notNames, shortNames, areas } = tables.declaredSuperior;
  const { place } = doc;
  const words = new Set<string>();
  const { text } = doc.source;
  // most reports say they work under guidance nowhere: its regex runs only on those that do
  const guided = text.includes('指导下') ? [...text.matchAll(guideClause)] : [];
  for (const m of [...text.matchAll(clause), ...guided]) {
    const guide = m[0].endsWith('指导下');
    for (const member of m[1]!.split(separators)) {
      if (guide && !guideBodies.test(member)) continue;
      const organ = organs.find((o) => member.endsWith(o));
      const name = organ === undefined ? member : member.slice(0, -organ.length);
      // the body's own committee under its bare name (高新区党工委 of a zone's report) is no superior
      if (name.length < 2 || notNames.test(name) || isOwnPlace(name, place, tables.namedArea.zone) || opensWithOwn(name, ownSubject, doc, tables)) continue;
      words.add(name);
      const short = shortNames.find((w) => name.length > w.length && name.endsWith(w));
      if (short !== undefined && !place?.endsWith(short)) words.add(short);
      for (const area of areas) if (name.includes(area) && !place?.includes(area)) words.add(`全${area}`);
    }
  }
  const subject = words.size === 0 ? null : new RegExp(`^(?:${any([...words])})`);
  declared.set(doc, subject);
  return subject;
}
