import { EVIDENCE_TAG, type Result, type Scorecard } from '../engine/schema.js';
import type { SourceText } from '../ingest/types.js';
import { quoteOf } from './evidence.js';
import {
  GAP_STATUSES,
  countsLine,
  editionLabel,
  planNotice,
  formatNumber,
  formatPoints,
  formatRate,
  levelLabel,
  OVERRIDE_HEADER,
  overriddenResults,
  overrideRow,
  overridesSummary,
  placeLabel,
  resultsOfArea,
  statusText,
  tailoringLabel,
  waiverLine,
  yearLabel,
} from './labels.js';
import { printable } from '../util/printable.js';

/** A table cell: pipes escaped, line breaks folded, so report text cannot break the table. */
export function mdCell(value: string | null | undefined): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')
    .trim();
}

export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function evidenceCell(result: Result, source?: SourceText): string {
  if (result.evidence.length === 0) return '—';
  return result.evidence.map((ev) => `〔${EVIDENCE_TAG[ev.status]}〕「${quoteOf(ev, source)}」`).join(' ');
}

/** `check --format md`: the gap report in Chinese. */
export function renderMarkdown(scorecard: Scorecard, source?: SourceText): string {
  const { document, total } = scorecard;
  const out: string[] = [];
  out.push(`# ${placeLabel(document)}法治政府建设对标核查报告`, '');
  out.push(
    mdTable(
      ['项目', '内容'],
      [
        ['地区', document.place ?? '未注明'],
        ['层级', levelLabel(document)],
        ['年度', yearLabel(document)],
        ['文件', printable(document.file)],
        ['指标体系版本', editionLabel(scorecard)],
        ['剪裁', tailoringLabel(scorecard)],
        ...(scorecard.overrides ? [['人工认定', overridesSummary(scorecard)!]] : []),
      ],
    ),
    '',
  );
  const notice = planNotice(scorecard);
  if (notice) out.push(`**${notice}**`, '');
  out.push(
    `**总分:${formatNumber(total.score)}**(得分 ${formatPoints(total.earned, total.applicable)},得分率 ${formatRate(total.rate)})`,
    '',
    `指标状态:${countsLine(scorecard.counts)}`,
    '',
  );

  out.push('## 各一级指标得分', '');
  out.push(
    mdTable(
      ['一级指标', '得分', '得分率', '达标情况'],
      scorecard.areas.map((a) => [`${a.id} ${a.title}`, formatPoints(a.earned, a.applicable), formatRate(a.rate), countsLine(a.counts, '、')]),
    ),
    '',
  );

  out.push('## 逐项核查', '');
  for (const area of scorecard.areas) {
    const results = resultsOfArea(scorecard, area.id);
    out.push(`### ${area.id} ${area.title}(得分率 ${formatRate(area.rate)})`, '');
    if (results.length === 0) {
      out.push('(本项无适用指标)', '');
      continue;
    }
    out.push(
      mdTable(
        ['指标', '状态', '得分', '报告所载', '要求', '依据(原文)'],
        results.map((r) => [
          `${r.group} ${r.title}`,
          statusText(r),
          formatPoints(r.earned, r.points),
          r.found ?? '未见',
          r.threshold ?? '有相关举措',
          evidenceCell(r, source),
        ]),
      ),
      '',
    );
  }

  out.push('## 差距清单', '');
  const gaps = GAP_STATUSES.flatMap((status) => scorecard.results.filter((r) => r.status === status));
  if (gaps.length === 0) out.push('未发现差距。', '');
  else {
    for (const r of gaps) {
      const found = r.found ? `报告所载 ${r.found}` : '报告未见相关数据';
      const threshold = r.threshold ? `,要求 ${r.threshold}` : '';
      const manual = r.override ? `;人工认定理由:${r.override.note}` : '';
      out.push(`- 【${statusText(r)}】${r.group} ${r.title}:${found}${threshold}。${r.why}${manual}`);
    }
    out.push('');
  }

  const overridden = overriddenResults(scorecard);
  if (overridden.length > 0) {
    out.push('## 人工认定', '', `${overridesSummary(scorecard)}。`, '', mdTable(OVERRIDE_HEADER, overridden.map(overrideRow)), '');
  }

  if (scorecard.expiredWaivers.length > 0) {
    out.push('## 已过期的豁免', '');
    for (const w of scorecard.expiredWaivers) out.push(`- ${waiverLine(w)}`);
    out.push('');
  }
  out.push(`---`, `由 duibiao ${scorecard.tool.version} 生成;评分口径为 duibiao 默认口径,可通过剪裁文件调整。`, '');
  return out.join('\n');
}
