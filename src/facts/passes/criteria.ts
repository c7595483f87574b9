import type { Span } from '../../document/types.js';
import type { Quantity } from '../quantity.js';
import { clauseAt } from '../text.js';
import type { PassMeta, SentenceState } from './context.js';

export const meta: PassMeta = {
  name: 'criteria',
  covers:
    '评分规则和选定对象的门槛(合法性审核率达到100%的得满分、低于70%的该项不得分;对出庭应诉率低于80%、败诉率高于15%的县进行约谈):数值后面在同一分句里接“的”和得分、扣分,或前有“低于”等比较词(或后有“以上”等)又接“的”和所选的单位(县、区、单位……)时,它是挑选的标准,不是谁的数值;“85%的区直部门”是单位的比例,照常读。分值、权重的占比(负责人出庭应诉占考核分值的5%、权重为4%)是某项在考核里的分量,不是哪项比率:只有含分值、权重等词的主语能读它',
  order: 13,
  reads: ['numbers'],
};

/**
 * Leaves unread the figures that are a bar some score or some units are picked by, and the shares of a score that
 * no cue naming the score stands before.
 */
export function run(state: SentenceState): void {
  const { view, tables } = state;
  for (const q of state.quantities) {
    const clause = clauseAt(view.clauses, q.start);
    if (isScoreShare(state, q, clause)) {
      state.bound.set(q, []);
      continue;
    }
    // most figures are followed by none of what a bar's wording opens with
    if (!tables.criterionOpens.has(view.text.charAt(q.end))) continue;
    const after = tables.criterion.exec(view.text.slice(q.end, clause.end));
    if (!after) continue;
    const [, bound, score] = after;
    // a bound read with the number (低于80%, 90%以上) or a comparison right before it
    const compared = q.qualifier !== 'exact' || bound !== undefined || tables.criterionCompared.test(view.text.slice(clause.start, q.start));
    if (score !== undefined || compared) state.bound.set(q, []);
  }
}

/**
 * Whether a percentage is a share of a score or weight (负责人出庭应诉占考核分值的5%: the item's weight in an assessment),
 * no cue of its clause before it naming the score (分值, 权重) that could read it as the weight it is.
 */
function isScoreShare(state: SentenceState, q: Quantity, clause: Span): boolean {
  const { view, tables } = state;
  if (q.unit !== '%' || !tables.scoreShare.test(view.text.slice(clause.start, q.start))) return false;
  return !state.cues.some((c) => c.start >= clause.start && c.end <= q.start && tables.scoreWord.test(view.text.slice(c.start, c.end)));
}
