import type { Quantity } from '../catalogue/index.js';
import { formatNumber } from '../catalogue/display.js';

/** A stated value the way the report would write it: 90.2%, 2期以上, 3000余名, 近90%. */
export function quantityText({ value, qualifier }: Quantity, unit: string | null): string {
  const n = formatNumber(value);
  const u = unit ?? '';
  switch (qualifier) {
    case 'at_least':
      return `${n}${u}以上`;
    case 'more_than':
      return u === '%' ? `超过${n}%` : `${n}余${u}`;
    case 'less_than':
      return `近${n}${u}`;
    case 'at_most':
      return `不超过${n}${u}`;
    case 'about':
      return `约${n}${u}`;
    case 'exact':
      return `${n}${u}`;
  }
}

/** Appended to a value the report states only among its shortcomings, so no reader takes it for an achievement. */
export const ADMITTED_MARK = '(不足部分所述)';
