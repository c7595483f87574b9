import { describe, expect, it } from 'vitest';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, FIGURES_LINE, readText } from './hostile.js';

/** The report's lines, its figure 12件 written as `written`. */
const withFigure = (written: string) => REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line));

describe('a Markdown report with inline markup', () => {
  // a line's inline HTML went through patterns of its own, which matched a hidden element only when it held no
  // tag: 1<span hidden><b>9</b></span>2件 read 192件. It is read now by the page reader's own walk
  it('reads a hidden element with markup inside as nothing, and the rest of the line as a browser shows it', async () => {
    for (const written of [
      '1<span hidden><b>9</b></span>2件',
      '1<span style="display:none">9<sup>0</sup></span>2件',
      '<b>1</b><font color="red"><i hidden>9</i>2</font>件',
      '12<sup>1</sup>件',
    ]) {
      expect(await readText(withFigure(written).join('\n\n'), 'inline.md'), written).toBe(REPORT_LINES.join('\n\n'));
    }
    // a line break tag breaks the line; a power after a unit is kept; a fenced block stays as written
    const text = ['绿地面积增加3km<sup>2</sup>，<br>见附表。', '```', '<span hidden>示例</span>', '```'].join('\n');
    expect((await readText(text, 'kept.md')).split('\n').filter((line) => line !== '')).toEqual(['绿地面积增加3km2，', '见附表。', '<span hidden>示例</span>']);
  });
});
