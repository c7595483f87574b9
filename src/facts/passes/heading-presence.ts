import type { Document } from '../../document/types.js';
import type { Found, PassMeta } from './context.js';

export const meta: PassMeta = {
  name: 'heading-presence',
  covers:
    '“(一)党政主要负责人述法”下一段说“…述法工作尚未开展,拟于明年全面推开”:只有标题说到某项制度时,标题本身不说明它已落实;同一小节的段落把同一事实说成不足或计划时,不读标题的“已落实”',
  order: 92,
};

/**
 * A heading's presence fact (一行标题 (一)党政主要负责人述法 names the mechanism its item reports on) yields to the
 * paragraph under it when that paragraph states the same fact as a gap or plan (…尚未开展,拟于明年全面推开): the
 * heading names the topic, the paragraph says how it stands. Taken out of `found` in place; most documents have no
 * such heading, and are passed over at once.
 */
export function run(doc: Document, found: Found[]): void {
  if (!found.some((f) => f.fact.value === true && f.fact.status === 'achieved' && doc.sentences[f.sentence]!.heading)) return;
  let kept = 0;
  for (const f of found) if (!overruled(doc, f, found)) found[kept++] = f;
  found.length = kept;
}

/** Whether `f` is a heading's achieved presence fact whose section's text states the fact as a gap or plan. */
function overruled(doc: Document, f: Found, found: readonly Found[]): boolean {
  const sentence = doc.sentences[f.sentence]!;
  if (f.fact.value !== true || f.fact.status !== 'achieved' || !sentence.heading || sentence.section === null) return false;
  return found.some((o) => {
    const under = doc.sentences[o.sentence]!;
    return o.fact.id === f.fact.id && o.fact.status !== 'achieved' && !under.heading && under.section === sentence.section;
  });
}
