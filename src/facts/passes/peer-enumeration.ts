import type { Span } from '../../document/types.js';
import { containsAny } from '../text.js';
import type { Cue, PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'peer-enumeration',
  covers:
    '“处级干部、科级干部、行政执法人员、新录用公务员等……培训1600人次”:话题词只出现在一串同类并列项(甲、乙、丙等)中的一项里时,这句话讲的是全部并列项,不是该话题;主语本身在并列项中、或每一项都有话题词时照常读',
  order: 5,
  reads: ['numbers'],
};

/** Drops the cues whose topic holds only through one item of an enumeration of peers they are not part of. */
export function run(state: SentenceState): void {
  if (state.cues.length === 0) return;
  const enumerations = enumerationsOf(state);
  if (enumerations.length === 0) return;
  state.cues = state.cues.filter((cue) => topicHolds(state, cue, enumerations));
}

interface Enumeration extends Span {
  items: Span[];
}

/** Every enumeration of peers in the sentence: enough items joined by the separators, closed by an end word (等). */
function enumerationsOf(state: SentenceState): Enumeration[] {
  const { view, tables } = state;
  const { text } = view;
  const out: Enumeration[] = [];
  for (const clause of view.clauses) {
    for (const end of tables.enumerationEnds) {
      for (let at = text.indexOf(end, clause.start); at >= 0 && at < clause.end; at = text.indexOf(end, at + 1)) {
        const items: Span[] = [];
        let start = clause.start;
        tables.enumerationSeparator.lastIndex = 0;
        const head = text.slice(clause.start, at);
        for (let m = tables.enumerationSeparator.exec(head); m !== null; m = tables.enumerationSeparator.exec(head)) {
          items.push({ start, end: clause.start + m.index });
          start = clause.start + m.index + m[0].length;
        }
        items.push({ start, end: at });
        if (items.length >= tables.enumerationMinItems && items.every((i) => i.end > i.start)) out.push({ start: items[0]!.start, end: at, items });
      }
    }
  }
  return out;
}

/**
 * The cue's topic groups each hold outside the enumerations that do not hold the cue, or in every
 * item of one of them.
 */
function topicHolds(state: SentenceState, cue: Cue, enumerations: readonly Enumeration[]): boolean {
  const { topicText, text } = state.view;
  const foreign = enumerations.filter((e) => cue.start < e.start || cue.end > e.end);
  return cue.compiled.topics.every((group) => {
    const masked = foreign.filter((e) => !e.items.every((i) => containsAny(text.slice(i.start, i.end), group)));
    let visible = topicText;
    for (const e of masked) visible = visible.slice(0, e.start) + ' '.repeat(e.end - e.start) + visible.slice(e.end);
    return containsAny(visible, group);
  });
}
