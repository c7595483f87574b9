import ExcelJS from 'exceljs';
import { areaColumns, indicatorColumns, rankEntries, type BatchEntry, type BatchFailure } from './ranking.js';
import { quoteOf } from './evidence.js';
import { MANUAL_LABEL, OVERRIDE_HEADER, STATUS_COLOURS, levelLabel, overriddenResults, overrideRow, placeLabel, statusText } from './labels.js';

/**
 * The inspectors' workbook: 排名 (ranking), 指标矩阵 (districts × indicators, filled by
 * status), 佐证 (every quoted evidence), and 未能评分 when some files failed.
 */
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } };
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
}

export async function renderBatchXlsx(entries: readonly BatchEntry[], failures: readonly BatchFailure[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'duibiao';
  const ranked = rankEntries(entries);
  const areas = areaColumns(entries);
  const indicators = indicatorColumns(entries);

  const ranking = workbook.addWorksheet('排名');
  ranking.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '地区', key: 'place', width: 22 },
    { header: '层级', key: 'level', width: 8 },
    { header: '年度', key: 'year', width: 8 },
    { header: '总分', key: 'score', width: 8 },
    ...areas.map((a) => ({ header: `${a.id} ${a.title}(得分率%)`, key: `area:${a.id}`, width: 14 })),
    { header: MANUAL_LABEL, key: 'overrides', width: 10 },
    { header: '文件', key: 'file', width: 40 },
  ];
  for (const e of ranked) {
    const doc = e.scorecard.document;
    const row: Record<string, unknown> = {
      rank: e.rank ?? '—',
      place: placeLabel(doc),
      level: levelLabel(doc),
      year: doc.year ?? '未注明',
      score: round1(e.scorecard.total.score),
      overrides: e.scorecard.overrides ? `${e.scorecard.overrides.count} 项` : '',
      file: e.input,
    };
    for (const a of areas) row[`area:${a.id}`] = round1(e.scorecard.areas.find((x) => x.id === a.id)?.rate ?? null);
    ranking.addRow(row);
  }
  styleHeader(ranking);

  const matrix = workbook.addWorksheet('指标矩阵');
  matrix.columns = [
    { header: '地区', key: 'place', width: 22 },
    { header: '总分', key: 'score', width: 8 },
    ...indicators.map((i) => ({ header: `${i.group} ${i.title}\n${i.id}`, key: `ind:${i.id}`, width: 16 })),
  ];
  for (const e of ranked) {
    const row = matrix.addRow({ place: placeLabel(e.scorecard.document), score: round1(e.scorecard.total.score) });
    indicators.forEach((indicator, index) => {
      const result = e.scorecard.results.find((r) => r.indicator === indicator.id);
      if (!result) return;
      const cell = row.getCell(index + 3);
      cell.value = result.found ? `${statusText(result)}:${result.found}` : statusText(result);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(STATUS_COLOURS[result.status].bg) } };
      cell.font = { color: { argb: argb(STATUS_COLOURS[result.status].fg) } };
    });
  }
  matrix.getRow(1).height = 48;
  styleHeader(matrix);

  const evidence = workbook.addWorksheet('佐证');
  evidence.columns = [
    { header: '地区', key: 'place', width: 22 },
    { header: '指标', key: 'indicator', width: 30 },
    { header: '状态', key: 'status', width: 10 },
    { header: '原文', key: 'quote', width: 60 },
    { header: '所在部分', key: 'section', width: 36 },
  ];
  for (const e of ranked) {
    for (const r of e.scorecard.results) {
      for (const ev of r.evidence) {
        evidence.addRow({ place: placeLabel(e.scorecard.document), indicator: `${r.group} ${r.title}`, status: statusText(r), quote: quoteOf(ev, e.source), section: ev.section ?? '' });
      }
    }
  }
  styleHeader(evidence);

  const overridden = ranked.flatMap((e) => overriddenResults(e.scorecard).map((r) => [placeLabel(e.scorecard.document), ...overrideRow(r)]));
  if (overridden.length > 0) {
    const manual = workbook.addWorksheet(MANUAL_LABEL);
    manual.columns = ['地区', ...OVERRIDE_HEADER].map((header, index) => ({ header, key: `c${index}`, width: [22, 30, 10, 10, 50, 14, 12][index] }));
    for (const row of overridden) manual.addRow(row);
    styleHeader(manual);
  }

  if (failures.length > 0) {
    const failed = workbook.addWorksheet('未能评分');
    failed.columns = [
      { header: '文件', key: 'input', width: 50 },
      { header: '原因', key: 'reason', width: 80 },
    ];
    for (const f of failures) failed.addRow({ input: f.input, reason: f.reason });
    styleHeader(failed);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
