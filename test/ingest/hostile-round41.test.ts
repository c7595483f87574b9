import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exampleSource } from '../../src/document/example.js';
import { buildDocument } from '../../src/document/index.js';
import { UserError } from '../../src/errors.js';
import { Budget, LIMITS } from '../../src/ingest/budget.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { readText } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';

describe('Windows-1252 curly quotes around a rare GBK character', () => {
  const gbk = (...parts: ReadonlyArray<string | number>) =>
    new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : iconv.encode(part, 'gbk')))));

  // 堃 and 喆 are GBK/3 characters, outside GB2312: the pair was not taken and the words came out as 搱覕
  it('reads the pair as quotes when the quoted words hold a character outside GB2312', async () => {
    const bytes = gbk(`${title}\n一、主要工作\n打造`, 0x93, '堃', 0x94, '调解品牌,调解纠纷35件。\n推行', 0x93, '老喆说法', 0x94, '活动12场。\n');
    const source = await ingestBytes(bytes, 'rare-quoted.txt');
    expect(source.original.trimEnd()).toBe(`${title}\n一、主要工作\n打造“堃”调解品牌,调解纠纷35件。\n推行“老喆说法”活动12场。`);
  });

  it('still keeps rare characters whose lead bytes are quote bytes when they read better as GBK', async () => {
    // 0x93 0xB7 and 0x94 0xA8 are GBK/3 characters on one line: read as a pair, the bytes between them fall out of step
    const [opening, closing] = [iconv.decode(Buffer.from([0x93, 0xb7]), 'gbk'), iconv.decode(Buffer.from([0x94, 0xa8]), 'gbk')];
    const text = `${title}\n村民${opening}某某与${closing}某调解邻里纠纷3起。\n全年办理行政复议案件35件。\n`;
    const source = await ingestBytes(new Uint8Array(iconv.encode(text, 'gbk')), 'rare.txt');
    expect(source.original.trimEnd()).toBe(text.trimEnd());
  });
});

describe('a pathological document in the document stage', () => {
  // a clock that moves a second at each look: the budget of 3 seconds is spent at the fourth
  const steppingCheck = (file: string) => {
    let clock = 0;
    let looks = 0;
    const budget = new Budget(file, { ...LIMITS, seconds: 3 }, () => clock);
    return {
      checkTime: () => {
        looks++;
        clock += 1000;
        budget.checkTime();
      },
      looks: () => looks,
    };
  };
  const numerals = '一二三四五六七八九十';
  const shapes: ReadonlyArray<[string, string]> = [
    ['very many short lines', [title, ...Array.from({ length: 20_000 }, (_, k) => `第${k}`)].join('\n')],
    ['deep list nesting', [title, ...Array.from({ length: 5000 }, (_, k) => `${numerals[k % 10]}、一级\n（一）二级\n1.三级\n（1）四级\n①五级\n一是内容${k}件。`)].join('\n')],
    ['thousands of headings', [title, ...Array.from({ length: 5000 }, (_, k) => `${k + 1}.标题${k}\n内容${k}件。`)].join('\n')],
  ];

  // the document stage ran to its end whatever the clock said: only the facts passes looked at it
  for (const [shape, text] of shapes) {
    it(`stops ${shape} once the time is up, with the budget's message naming the file`, () => {
      const { checkTime, looks } = steppingCheck('slow.txt');
      let error: unknown;
      try {
        buildDocument(exampleSource(`${text}\n`, 'slow.txt'), undefined, checkTime);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toContain('slow.txt');
      expect(String(error)).toContain('处理时间超过 3 秒的上限');
      expect(looks()).toBe(4);
    });
  }

  it('reads the whole document when the time is not up', () => {
    let looks = 0;
    const doc = buildDocument(exampleSource(`${shapes[2]![1]}\n`, 'many.txt'), undefined, () => looks++);
    expect(looks).toBeGreaterThan(4);
    expect(doc.sentences.at(-1)?.text).toContain('内容4999件。');
  });
});

describe('a plain text a line printer formatted: form feeds and overstrikes', () => {
  const bold = (text: string) => [...text].map((char) => `${char}\b${char}`).join('');
  const underlined = (text: string) => [...text].map((char) => `_\b${char}`).join('');

  // the backspaces made it "binary data"; dropped as invisible, 4⌫40件 read as 440件
  it('reads a bold or underlined character once and a struck-over figure as the figure printed', async () => {
    const text = [
      bold(title),
      `${bold('一、主要工作')}\f`,
      `全年办理${underlined('行政复议')}案件35件，审查合同4\b40件。`,
      `\f培训执法人员${'4'}\b\b4${'6'}_\b0人次，重_\b点工作推进有力。`,
      '二、存在的不足',
      '基层执法力量仍需充实。',
    ].join('\n');
    expect((await readText(text, 'printed.txt')).split('\n')).toEqual([
      title,
      '一、主要工作',
      '全年办理行政复议案件35件，审查合同40件。',
      '培训执法人员460人次，重点工作推进有力。',
      '二、存在的不足',
      '基层执法力量仍需充实。',
    ]);
  });
});
