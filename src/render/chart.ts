import type { AreaScore, ResultStatus } from '../engine/schema.js';
import { escapeHtml } from './html-kit.js';
import { formatRate } from './labels.js';

/**
 * Bars of 得分率 per 一级 area, as a small hand-written inline SVG. Why not a chart library:
 * ten bars need about sixty lines, the page must work without network on an intranet, a chart
 * package would add megabytes, and hand-written SVG is deterministic, so outputs diff cleanly.
 */
const LABEL_WIDTH = 230;
const BAR_WIDTH = 420;
const VALUE_WIDTH = 70;
const ROW_HEIGHT = 26;
const TOP = 22;

/** The colour class of a rate, sharing the status palette: good, partial, weak. */
export function rateClass(rate: number | null): ResultStatus {
  if (rate === null) return 'not_applicable';
  if (rate >= 90) return 'met';
  if (rate >= 60) return 'partial';
  return 'unmet';
}

export function areaBarsSvg(areas: readonly AreaScore[]): string {
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  const height = TOP + areas.length * ROW_HEIGHT + 8;
  const grid = [0, 25, 50, 75, 100]
    .map((tick) => {
      const x = LABEL_WIDTH + (BAR_WIDTH * tick) / 100;
      return `<line class="grid" x1="${x}" y1="${TOP - 4}" x2="${x}" y2="${height - 6}"/><text x="${x}" y="${TOP - 8}" text-anchor="middle">${tick}</text>`;
    })
    .join('');
  const rows = areas
    .map((area, index) => {
      const y = TOP + index * ROW_HEIGHT;
      const barWidth = area.rate === null ? 0 : Math.round((BAR_WIDTH * Math.min(100, Math.max(0, area.rate))) / 100);
      const title = `${area.id} ${area.title}`;
      return [
        `<g class="area-bar" data-area="${escapeHtml(area.id)}">`,
        `<title>${escapeHtml(`${title}:得分率 ${formatRate(area.rate)}`)}</title>`,
        `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(truncate(title, 16))}</text>`,
        `<rect class="track" x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="${ROW_HEIGHT - 8}"/>`,
        `<rect class="bar-${rateClass(area.rate)}" x="${LABEL_WIDTH}" y="${y + 4}" width="${barWidth}" height="${ROW_HEIGHT - 8}"/>`,
        `<text x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + 17}">${escapeHtml(formatRate(area.rate))}</text>`,
        `</g>`,
      ].join('');
    })
    .join('\n');
  return `<svg class="chart" role="img" aria-label="各一级指标得分率" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${grid}\n${rows}</svg>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
