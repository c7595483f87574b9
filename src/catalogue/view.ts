import { LEVEL_LABELS } from '../document/labels.js';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import { Check, CONFIDENCES, Level } from './schema.js';
import { thresholdText } from './display.js';
import type { Catalogue } from './types.js';

/** `duibiao catalogue show --format json`: the tree a reader or another tool sees. */
export const IndicatorView = lazySchema(() =>
  z.object({
    id: z.string(),
    title: z.string(),
    points: z.number(),
    appliesTo: z.array(Level),
    check: Check,
    source: z.string(),
    confidence: z.enum(CONFIDENCES),
  }),
);
export const CatalogueView = lazySchema(() =>
  z.object({
    edition: z.string(),
    areas: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        groups: z.array(z.object({ id: z.string(), title: z.string(), indicators: z.array(IndicatorView) })),
      }),
    ),
  }),
);
export type CatalogueView = z.infer<typeof CatalogueView>;

export function catalogueView(catalogue: Catalogue): CatalogueView {
  return {
    edition: catalogue.edition,
    areas: catalogue.areas.map((area) => ({
      id: area.id,
      title: area.title,
      groups: area.groups.map((group) => ({
        id: group.id,
        title: group.title,
        indicators: catalogue.indicators
          .filter((indicator) => indicator.group === group.id)
          .map(({ id, title, points, appliesTo, check, source, confidence }) => ({ id, title, points, appliesTo, check, source, confidence })),
      })),
    })),
  };
}

/** The same tree as Markdown, with points and thresholds. */
export function catalogueMarkdown(catalogue: Catalogue): string {
  const view = catalogueView(catalogue);
  const total = catalogue.indicators.reduce((sum, indicator) => sum + indicator.points, 0);
  const lines = [
    `# ${catalogue.title}`,
    '',
    `版本 ${catalogue.edition}${catalogue.tailoring ? `,剪裁文件 ${catalogue.tailoring}` : ''};${catalogue.indicators.length} 项指标,共 ${total} 分。`,
    '',
  ];
  for (const area of view.areas) {
    const points = area.groups.flatMap((g) => g.indicators).reduce((sum, i) => sum + i.points, 0);
    lines.push(`## ${area.id} ${area.title}(${points} 分)`, '');
    for (const group of area.groups) {
      lines.push(`### ${group.id} ${group.title}`, '');
      if (group.indicators.length === 0) lines.push('(暂无指标)');
      for (const indicator of group.indicators) {
        lines.push(
          `- \`${indicator.id}\` ${indicator.title} — ${indicator.points} 分;${checkText(indicator.check)};适用:${indicator.appliesTo.map((l) => LEVEL_LABELS[l]).join('、')}`,
        );
      }
      lines.push('');
    }
  }
  if (catalogue.waivers.length > 0 || catalogue.expiredWaivers.length > 0) {
    lines.push('## 豁免', '');
    for (const waiver of catalogue.waivers)
      lines.push(
        `- \`${waiver.id}\`:${waiver.reason}${waiver.places ? `(${waiver.places.join('、')})` : '(所有地区)'}${waiver.expires ? `,至 ${waiver.expires}` : ''}`,
      );
    for (const waiver of catalogue.expiredWaivers) lines.push(`- \`${waiver.id}\`:${waiver.reason}(已于 ${waiver.expires} 过期,不再生效)`);
    lines.push('');
  }
  return lines.join('\n');
}

function checkText(check: Check): string {
  if (check.type === 'presence') {
    const parts = [check.fact ? `事实 ${check.fact}` : null, check.cues ? `线索 ${check.cues.map((group) => group.join('+')).join(' 或 ')}` : null].filter(
      Boolean,
    );
    return `存在性检查(${parts.join(';')})`;
  }
  return `${check.fact} ${thresholdText(check)}`;
}
