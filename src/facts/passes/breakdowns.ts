import type { Document } from '../../document/types.js';
import type { Found, PassMeta } from './context.js';

export const meta: PassMeta = {
  name: 'breakdowns',
  covers:
    '“负责人出庭应诉81件。……县长出庭应诉1次,副县长出庭应诉4次。”:按职务分列之数的合计(summed)是同一一级标题下已写明的更大总数的分项,不是该事实的另一个数值:同一部分、同一状态已有该事实更大的非推算数值时,不读合计',
  order: 90,
};

/**
 * A sum by kind (局长…2件,副局长…19件) where its top-level section states a larger value of the same fact, of the
 * same status and not derived, is a breakdown of that total: it is taken out of `found`, in place. Most documents hold
 * no sum by kind: they are passed over at once.
 */
export function run(_doc: Document, found: Found[]): void {
  if (!found.some((f) => f.breakdown)) return;
  let kept = 0;
  for (const f of found) if (!(f.breakdown && outweighed(f, found))) found[kept++] = f;
  found.length = kept;
}

/** Whether another fact of the sum's id, section and status, read as stated (not summed, not derived), is larger. */
function outweighed(sum: Found, found: readonly Found[]): boolean {
  const { id, status, value } = sum.fact;
  return found.some(
    (f) =>
      f !== sum &&
      !f.breakdown &&
      !f.fact.derived &&
      f.top === sum.top &&
      f.fact.id === id &&
      f.fact.status === status &&
      typeof f.fact.value === 'number' &&
      f.fact.value > (value as number),
  );
}
