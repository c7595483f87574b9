import { mentionIn, presenceFact } from '../presence.js';
import { applies, type PassMeta, type SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'presence',
  covers: '制度、工作的落实情况:一句中出现某事实 mentions 的全部词组时读出该事实(值为 true),本句已读出其数值时不再读',
  order: 95,
};

/** Presence facts: a mention in the sentence, unless the sentence already gave the fact a value. */
export function run(state: SentenceState): void {
  const { view, compiled, lexicon } = state;
  const stated = new Set(state.facts.map((f) => f.id));
  // no closure over the entry in this loop: it would cost a context object per entry and sentence
  for (const c of compiled.entries) {
    if (c.entry.mentions.length === 0 || stated.has(c.entry.id) || !applies(view, c)) continue;
    const mention = mentionIn(view.doc, view.sentence, c.entry.mentions, lexicon);
    if (mention) state.facts.push(presenceFact(c.entry.id, mention, view.section));
  }
}
