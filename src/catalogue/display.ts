import type { Check, Comparison } from './schema.js';

const OP_TEXT: Record<Comparison, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' };

/** Rates are written in percent; the fact vocabulary names them *_rate (and the performance weight). */
export function unitOfFact(factId: string): string | null {
  return /_rate$|_weight$|_coverage$/.test(factId) ? '%' : null;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The requirement as a reader writes it: ≥100%(≥80%部分得分); null for presence checks. */
export function thresholdText(check: Check, unit: string | null = 'fact' in check && check.fact ? unitOfFact(check.fact) : null): string | null {
  const u = unit ?? '';
  switch (check.type) {
    case 'threshold': {
      const met = `${OP_TEXT[check.op]}${formatNumber(check.value)}${u}`;
      return check.partial ? `${met}(${OP_TEXT[check.partial.op]}${formatNumber(check.partial.value)}${u}部分得分)` : met;
    }
    case 'count': {
      const met = `≥${formatNumber(check.min)}${u}`;
      return check.partialMin !== undefined ? `${met}(≥${formatNumber(check.partialMin)}${u}部分得分)` : met;
    }
    case 'presence':
      return null;
  }
}
