/** readLines: a text's lines folded at once are each line folded on its own. */
import { describe, expect, it } from 'vitest';
import { foldCharacters } from '../../src/ingest/fold.js';
import { asLine, readLines } from '../../src/ingest/table-wording.js';

/** What readLines must give: each line trimmed, then folded on its own. */
function lineByLine(lines: readonly string[]): { trimmed: string[]; characters: string[]; folded: string[] } {
  const trimmed = lines.map((line) => line.trim());
  return { trimmed, characters: trimmed.map(foldCharacters), folded: trimmed.map(asLine) };
}

function expectLineByLine(lines: readonly string[]): void {
  const { written, trimmed, characters, folded } = readLines(lines);
  expect(written).toBe(lines);
  expect({ trimmed, characters, folded }).toEqual(lineByLine(lines));
}

/** Where a line's end is context: years and counts in numerals, typed full stops, look-alike digits, traditional phrases. */
const OWN_LINES = [
  '二〇二五年，全县行政复议收案一〇二件。',
  '二〇二五',
  '年度依法行政工作稳步推进',
  '　　一.完善行政决策程序',
  '一.',
  '聘请法律顾问１６名，覆盖率１００％.',
  '98.5%.',
  '2025年',
  '全年办结行政案件1O5件，',
  'l2名执法人员通过考试',
  '贰佰〇陆件',
  '参',
  '拾柒件行政应诉案件。',
  '縣政府常務會議審議規範性文件',
  '發佈行政執法公示資訊',
  '⼈民调解委员会⻓效机制',
  '',
  '   ',
  '表1\u00a0行政复议案件情况',
  '图2数据:2024年 96;2025年 131',
];

describe('readLines', () => {
  it('gives each line of our own as folded on its own, trimmed first', () => {
    expectLineByLine(OWN_LINES);
  });

  it('reads no context across a line end: a year split over two lines stays unread', () => {
    const { folded } = readLines(['二〇二五', '年度报告']);
    expect(folded).toEqual(['二〇二五', '年度报告']);
    expect(asLine('二〇二五年度报告')).toBe('2025年度报告');
  });

  it('trims before folding: an indented heading numeral keeps its point', () => {
    // folded with its indent, the point after 一 would read as a typed full stop
    expect(asLine('　　一.完善制度')).toBe('  一。完善制度');
    expect(readLines(['　　一.完善制度']).folded).toEqual(['一.完善制度']);
  });

  it('gives no lines for none', () => {
    expect(readLines([])).toEqual({ written: [], trimmed: [], characters: [], folded: [] });
  });

  it('gives each line of 2,000 generated texts as folded on its own', () => {
    // the characters the folds read in context, blanks of each kind, and a few words
    const alphabet = [...'一二三九〇○零十百千拾佰贰参叁年件名%％.．OolI0129 \u3000\t\u00a0第法縣發⼈“(（。、', '行政', '複議', '規範', '\u2003'];
    let seed = 33;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let text = 0; text < 2000; text++) {
      const lines = Array.from({ length: 1 + random(6) }, () => Array.from({ length: random(14) }, () => alphabet[random(alphabet.length)]).join(''));
      expectLineByLine(lines);
    }
  });
});
