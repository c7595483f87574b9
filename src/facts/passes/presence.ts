import { mentionIn, presenceFact } from '../presence.js';
import type { Fact } from '../schema.js';
import { clauseAt } from '../text.js';
import { applies, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'presence',
  covers:
    '制度、工作的落实情况:一句中出现某事实 mentions 的全部词组时读出该事实(值为 true),本句已读出其数值时不再读;讲别的时段或上级的分句中的词组不算,同句其他分句中的仍可读出(去年报告中提出的“…一律公开”,今年已经实现:2023年度报告已…公开)',
  order: 95,
  reads: ['mentions'],
};

/** Presence facts: a mention in the sentence, unless the sentence already gave the fact a value. */
export function run(state: SentenceState): void {
  const { view, compiled, lexicon } = state;
  // the facts the passes before stated (this pass adds to them)
  const stated = state.facts.length;
  // a mention in a clause of others or of the past is none of the body's: another one in the sentence may be (one
  // closure per sentence that has such clauses)
  const hidden = state.foreign.size === 0 ? undefined : (at: number) => othersOrPast(state, clauseAt(view.clauses, at).start);
  // no closure over the entry in this loop, and no set of the stated ids: either would cost objects
  // on every sentence, where a sentence states a few facts and may mention a few entries
  for (const k of state.mentions) {
    const c = compiled.entries[k]!;
    if (statesFact(state.facts, stated, c.entry.id) || !applies(view, c)) continue;
    const mention = mentionIn(view.doc, view.sentence, c.entry.mentions, lexicon, { exclude: c.entry.mention_exclude, parts: c.entry.mention_parts, hidden });
    if (mention) state.facts.push(presenceFact(c.entry.id, mention, view.section));
  }
}

/**
 * Whether a clause tells a superior's or a unit's acts (县里公布了全县…目录) or another period's (2021年全县推行…), none of
 * the body's now; a period that runs to now (2019年以来,全县推行…) still tells what is in place.
 */
const othersOrPast = (state: SentenceState, clause: number): boolean => state.foreign.has(clause) && !state.ongoing.has(clause);

/** Whether one of the first `count` facts is of `id`. */
function statesFact(facts: readonly Fact[], count: number, id: string): boolean {
  for (let k = 0; k < count; k++) if (facts[k]!.id === id) return true;
  return false;
}
