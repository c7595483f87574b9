import type { Check, Comparison } from './schema.js';

const LOWER_BOUNDS: ReadonlySet<Comparison> = new Set(['>=', '>']);
const UPPER_BOUNDS: ReadonlySet<Comparison> = new Set(['<=', '<']);

/**
 * Why a partial-credit band makes no sense for its check, or null when it is fine: the partial
 * band must point the same way as the met threshold and be strictly easier to reach.
 * Returns the field the problem is about and a Chinese message.
 */
export function partialBandProblem(check: Check): { field: string; message: string } | null {
  if (check.type === 'count') {
    if (check.partialMin !== undefined && check.partialMin >= check.min) {
      return { field: 'partialMin', message: `部分得分门槛 partialMin(${check.partialMin})应小于达标门槛 min(${check.min})` };
    }
    return null;
  }
  if (check.type !== 'threshold' || !check.partial) return null;
  const { op, value, partial } = check;
  if (op === '==') {
    return { field: 'partial', message: '达标条件为“等于”时不能设部分得分区间' };
  }
  const sameDirection = LOWER_BOUNDS.has(op) ? LOWER_BOUNDS.has(partial.op) : UPPER_BOUNDS.has(partial.op);
  if (!sameDirection) {
    return { field: 'partial', message: `部分得分条件(${partial.op} ${partial.value})与达标条件(${op} ${value})方向相反` };
  }
  const looser = LOWER_BOUNDS.has(op) ? partial.value < value : partial.value > value;
  if (!looser) {
    return { field: 'partial', message: `部分得分条件(${partial.op} ${partial.value})不比达标条件(${op} ${value})宽松,部分得分永远不会单独成立` };
  }
  return null;
}
