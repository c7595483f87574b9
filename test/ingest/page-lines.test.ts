/** Page furniture: page numbers and running headers at the page edges are dropped, in linear time. */
import { describe, expect, it } from 'vitest';
import { pagesToText, type PageLine } from '../../src/ingest/page-lines.js';

const line = (text: string, y: number): PageLine => ({ text, x: 0, right: 500, y, size: 12 });
const body = '全年办理行政复议案件四十二件,依法纠正违法或不当行政行为五件。';

describe('page furniture', () => {
  it('drops a page number in its usual forms and keeps the body', () => {
    const pages = ['第 1 页', '- 2 -', '第3页,共3页'].map((number, page) => [
      ...[1, 2, 3, 4].map((k) => line(`第${page * 4 + k}段。${body}`, 100 + k * 20)),
      line(number, 800),
    ]);
    const text = pagesToText(pages)!;
    expect(text).toContain('依法纠正');
    expect(text).not.toMatch(/页|- 2 -/);
  });

  it('tests an edge line of page-number words and blanks without backtracking over the blanks', () => {
    // two blank runs side by side around an optional comma were tried against each other: quadratic
    const hostile = `第1页${'\t'.repeat(200_000)}一`;
    const text = pagesToText([[line(body, 100), line(hostile, 800)]]);
    expect(text).toContain('依法纠正');
  }, 20_000);
});
