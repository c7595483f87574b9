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

/** A rate is a percentage: its thresholds lie between 0 and 100. */
const MAX_RATE = 100;

/**
 * The thresholds of a check that bound a rate (a fact of `rates`) beyond 100: such a bound is
 * never met (≥ 150) or always met (≤ 150), a typo for the percentage meant.
 * Returns the path of each within the check and a Chinese message.
 */
export function rateBoundProblems(check: Check, rates: ReadonlySet<string>): Array<{ path: Array<string | number>; message: string }> {
  const bounds: Array<{ fact: string | undefined; value: number | undefined; path: Array<string | number> }> = [
    ...(check.type === 'threshold'
      ? [
          { fact: check.fact, value: check.value, path: ['value'] },
          { fact: check.fact, value: check.partial?.value, path: ['partial', 'value'] },
        ]
      : []),
    ...(check.alsoMetBy ?? []).map((implication, k) => ({ fact: implication.fact, value: implication.value, path: ['alsoMetBy', k, 'value'] })),
  ];
  return bounds
    .filter(({ fact, value }) => fact !== undefined && value !== undefined && value > MAX_RATE && rates.has(fact))
    .map(({ fact, value, path }) => ({ path, message: `${fact} 是比率(%),门槛应在 0 到 ${MAX_RATE} 之间,而不是 ${value}` }));
}
