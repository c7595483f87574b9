import { describe, expect, it } from 'vitest';
import { buildDocument, sectionPath, sentenceAt } from '../../src/document/index.js';
import type { Document } from '../../src/document/types.js';
import { sourceOf } from './helpers.js';

/** Full-width punctuation, as pasted from a Word document; ingest folds it. */
const FULL_WIDTH_REPORT = [
  '云岭市青溪区人民政府关于２０２２年法治政府建设情况的报告',
  '２０２２年，青溪区坚持依法行政，扎实推进法治政府建设。现将主要情况汇报如下：',
  '一、２０２２年法治政府建设的主要举措和成效',
  '（一）健全依法决策机制。全年审查重大行政决策事项５项。一是完善目录管理；二是加强合法性审查。',
  '（二）规范行政执法',
  '1.2万余名群众参加了执法开放日活动。',
  '１．推行行政执法三项制度。执法公示率达１００％。',
  '２．加强执法监督。开展案卷评查２次。',
  '（三）存在的问题',
  '部分单位依法行政意识仍需加强，执法人员培训不足。',
  '二、下一步工作打算',
  '（一）加强法治培训。执法人员每人每年不少于６０学时。',
  '青溪区人民政府',
  '２０２３年２月１０日',
].join('\r\n');

function byHeading(doc: Document, prefix: string) {
  const s = doc.sections.find((x) => x.heading.startsWith(prefix));
  if (!s) throw new Error(`no section ${prefix}`);
  return s;
}

function sentenceWith(doc: Document, needle: string) {
  const s = doc.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence with ${needle}`);
  return s;
}

describe('outline', () => {
  const doc = buildDocument(sourceOf(FULL_WIDTH_REPORT));

  it('finds the heading levels of a full-width report after folding', () => {
    const outline = doc.sections.filter((s) => s.depth < 5).map((s) => [s.depth, s.heading]);
    expect(outline).toEqual([
      [1, '一、2022年法治政府建设的主要举措和成效'],
      [2, '(一)健全依法决策机制'],
      [2, '(二)规范行政执法'],
      [3, '1.推行行政执法三项制度'],
      [3, '2.加强执法监督'],
      [2, '(三)存在的问题'],
      [1, '二、下一步工作打算'],
      [2, '(一)加强法治培训'],
    ]);
    expect(byHeading(doc, '(一)健全').title).toBe('健全依法决策机制');
    expect(byHeading(doc, '1.推行').parent).toBe(byHeading(doc, '(二)').index);
  });

  it('does not take numbers in running text for headings', () => {
    expect(doc.sections.some((s) => s.heading.startsWith('1.2'))).toBe(false);
    expect(sentenceWith(doc, '1.2万余名').section).toBe(byHeading(doc, '(二)').index);
  });

  it('makes inline 一是/二是 items sections of depth 5', () => {
    const items = doc.sections.filter((s) => s.depth === 5);
    expect(items.map((s) => s.title)).toEqual(['完善目录管理', '加强合法性审查']);
    const first = items[0]!;
    expect(doc.source.text.slice(first.span.start, first.span.end)).toBe('一是完善目录管理;');
    expect(first.parent).toBe(byHeading(doc, '(一)健全').index);
  });

  it('gives a shortcomings sub-heading its own kind and children inherit the top kind', () => {
    expect(byHeading(doc, '一、').kind).toBe('achievements');
    expect(byHeading(doc, '1.推行').kind).toBe('achievements');
    expect(byHeading(doc, '(三)存在的问题').kind).toBe('shortcomings');
    expect(sentenceWith(doc, '培训不足').kind).toBe('shortcomings');
    expect(sentenceWith(doc, '60学时').kind).toBe('plans');
  });

  it('keeps the signature out of the last section', () => {
    const signature = sentenceWith(doc, '2023年2月10日');
    expect(signature).toMatchObject({ section: null, top: null, kind: 'other' });
    expect(byHeading(doc, '二、').span.end).toBeLessThanOrEqual(signature.span.start);
  });

  it('gives every sentence its innermost and its top-level section', () => {
    const s = sentenceWith(doc, '案卷评查');
    expect(s.section).toBe(byHeading(doc, '2.加强').index);
    expect(s.top).toBe(byHeading(doc, '一、').index);
    expect(sectionPath(doc, s.section).map((x) => x.depth)).toEqual([1, 2, 3]);
    expect(sentenceAt(doc, s.span.start + 1)).toBe(s);
    expect(sentenceAt(doc, -1)).toBeUndefined();
  });

  it('takes the top level from (一) when a report has no 一、 level', () => {
    const text = [
      '清河县2021年法治政府建设情况报告',
      '2021年,清河县认真落实法治政府建设各项任务。',
      '(一)推进依法行政。全县审查规范性文件12件。',
      '(二)强化行政复议。办理行政复议案件30件。',
      '(三)存在的不足。执法人员法律素养有待提高。',
      '(四)2022年工作安排。继续推进行政执法三项制度。',
    ].join('\n');
    const d = buildDocument(sourceOf(text));
    const tops = d.sections.filter((s) => s.parent === null);
    expect(tops.map((s) => [s.depth, s.kind])).toEqual([
      [2, 'achievements'],
      [2, 'achievements'],
      [2, 'shortcomings'],
      [2, 'plans'],
    ]);
    expect(sentenceWith(d, '30件').top).toBe(tops[1]!.index);
  });

  it('takes a line standing alone for a top-level heading when headings carry no numbers', () => {
    const text = [
      '白沙县2023年法治政府建设工作情况报告',
      '2023年,白沙县坚持依法行政。现将有关情况报告如下:',
      '加强党对法治政府建设领导情况',
      '县政府常务会议学法4次。',
      '全年工作开展情况',
      '(一)决策方面',
      '全县审查规范性文件12件。',
      '(二)执法方面',
      '办理行政复议案件30件。',
      '存在的困难和短板',
      '执法人员法律素养有待提高,培训仅2次',
      '(一)队伍方面',
      '基层执法力量薄弱。',
      '执法队伍建设问题',
      '执法人员流动较大。',
      '下一年度工作安排',
      '继续推进行政执法三项制度。',
      '严格规范公正文明执法',
      '开展执法培训4次。',
      '白沙县人民政府',
      '2024年1月10日',
    ].join('\n');
    const d = buildDocument(sourceOf(text));
    const tops = d.sections.filter((s) => s.parent === null);
    expect(tops.map((s) => [s.depth, s.heading, s.kind])).toEqual([
      [1, '加强党对法治政府建设领导情况', 'achievements'],
      [1, '全年工作开展情况', 'achievements'],
      [1, '存在的困难和短板', 'shortcomings'],
      [1, '下一年度工作安排', 'plans'],
    ]);
    // the (一) under the second heading starts a numbering of its own; a line after one without a full stop is text
    expect(d.sections.filter((s) => s.depth === 2).map((s) => d.sections[s.parent!]!.title)).toEqual([
      '全年工作开展情况',
      '全年工作开展情况',
      '存在的困难和短板',
    ]);
    expect(sentenceWith(d, '学法4次').top).toBe(tops[0]!.index);
    expect(sentenceWith(d, '30件').top).toBe(tops[1]!.index);
    // a line worded as a heading that announces no kind, after the shortcomings, is one of their points
    expect(sentenceWith(d, '执法人员流动').top).toBe(tops[2]!.index);
    expect(sentenceWith(d, '执法人员流动').kind).toBe('shortcomings');
    expect(sentenceWith(d, '培训4次').top).toBe(tops[3]!.index);
  });

  it('takes no line standing alone for a heading where top-level headings carry numbers', () => {
    const text = ['2023年,某区推进依法行政。', '一、主要做法', '依法审查合同20件。', '存在的困难和短板', '执法力量不足。'].join('\n');
    expect(buildDocument(sourceOf(text)).sections.map((s) => s.heading)).toEqual(['一、主要做法']);
  });

  it('rejects a heading that breaks the numbering', () => {
    const text = ['2021年,某区推进依法行政。', '一、主要做法', '依法审查合同20件。', '三、这一行并不是第三个标题', '二、存在的问题', '执法力量不足。'].join(
      '\n',
    );
    const d = buildDocument(sourceOf(text));
    expect(d.sections.map((s) => s.heading)).toEqual(['一、主要做法', '二、存在的问题']);
  });

  it('reads a list numbered like the headings that starts again inside a section as items, up to a title naming a section', () => {
    const plans = [
      '某县2022年法治政府建设情况报告',
      '一、主要做法',
      '全年审查合同30件。',
      '二、存在的不足',
      '执法力量不足。',
      '三、2023年工作安排',
      '一、加强学法,全年学法不少于10次。',
      '二、规范执法,培训不少于60学时。',
      '三、完善决策程序,按时公布决策目录。',
      '四、壮大法律顾问队伍,法律顾问达到20名。',
      '五、深化普法,开展宣传不少于10场。',
    ].join('\n');
    const d = buildDocument(sourceOf(plans));
    expect(d.sections.map((s) => s.heading)).toEqual(['一、主要做法', '二、存在的不足', '三、2023年工作安排']);
    expect(sentenceWith(d, '20名').kind).toBe('plans');
    const gaps = [
      '一、主要做法',
      '全年审查合同30件。',
      '二、存在的问题',
      '一、学法不够深入。',
      '二、执法力量不足。',
      '三、下一步工作打算',
      '培训不少于60学时。',
    ].join('\n');
    expect(buildDocument(sourceOf(gaps)).sections.map((s) => [s.heading, s.kind])).toEqual([
      ['一、主要做法', 'achievements'],
      ['二、存在的问题', 'shortcomings'],
      ['三、下一步工作打算', 'plans'],
    ]);
  });

  it('takes no line of a table of contents for a heading: its page number after a tab, spaces or dot leaders', () => {
    const text = [
      '某县2023年法治政府建设情况报告',
      '目录',
      '一、主要举措和成效\t1',
      '二、存在的不足……………………3',
      '三、2024年工作安排  ....... 4',
      '一、主要举措和成效',
      '全年审查合同40件。',
      '二、存在的不足',
      '执法力量不足。',
      '三、2024年工作安排',
      '执法人员培训不少于60学时。',
    ].join('\n');
    const d = buildDocument(sourceOf(text));
    expect(d.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['一、主要举措和成效', 'achievements'],
      ['二、存在的不足', 'shortcomings'],
      ['三、2024年工作安排', 'plans'],
    ]);
    expect(d.sections[0]!.span.start).toBe(text.indexOf('一、主要举措和成效\n'));
  });

  it('continues a numbering that runs across parents', () => {
    const text = ['一、甲方面', '(一)第一项', '(二)第二项', '二、乙方面', '(三)第三项', '(四)第四项'].join('\n');
    const d = buildDocument(sourceOf(text));
    expect(d.sections.filter((s) => s.depth === 2).map((s) => d.sections[s.parent!]!.title)).toEqual(['甲方面', '甲方面', '乙方面', '乙方面']);
  });

  it('accepts 第一部分 and headings indented with spaces', () => {
    const text = ['第一部分 工作情况', '  全年办理复议案件5件。', '   第二部分 存在的不足', '  人员不足。'].join('\n');
    const d = buildDocument(sourceOf(text));
    expect(d.sections.map((s) => [s.depth, s.title])).toEqual([
      [1, '工作情况'],
      [1, '存在的不足'],
    ]);
  });

  it('takes a heading behind a bullet, and a bulleted line for an item of its own', () => {
    const text = ['◆ 一、主要工作', '▲ 依法决策', '● 党政主要负责人述法:全覆盖', '● 组织旁听庭审:1场', '◆ 二、下一步打算', '● 会前学法不少于12次'].join('\n');
    const d = buildDocument(sourceOf(text));
    expect(d.sections.map((s) => [s.depth, s.title, s.kind])).toEqual([
      [1, '主要工作', 'achievements'],
      [1, '下一步打算', 'plans'],
    ]);
    expect(d.sentences.map((s) => s.text)).toEqual(text.split('\n'));
  });

  it('runs an item to the next item or the end of its paragraph, across paragraphs of one list', () => {
    const text = [
      '一、主要举措',
      '一是健全制度。出台办法3项。',
      '二是强化监督。开展检查5次。',
      '这一段不属于任何一项。',
      '三是加强培训;统一是非标准;四是完善考核。',
    ].join('\n');
    const d = buildDocument(sourceOf(text));
    const items = d.sections.filter((s) => s.depth === 5);
    expect(items.map((s) => d.source.text.slice(s.span.start, s.span.end))).toEqual([
      '一是健全制度。出台办法3项。',
      '二是强化监督。开展检查5次。',
      '三是加强培训;统一是非标准;',
      '四是完善考核。',
    ]);
    expect(d.sentences.find((s) => s.text.startsWith('这一段'))!.section).toBe(0);
  });

  it('treats a text without headings as one body', () => {
    const d = buildDocument(sourceOf('依法行政是政府工作的基本准则。我们坚持法治政府建设。'));
    expect(d.sections).toEqual([]);
    expect(d.sentences.map((s) => s.section)).toEqual([null, null]);
  });
});

describe('sentences', () => {
  it('splits on 。!? and line breaks but not inside quotes, titles or brackets; keeps ; inside', () => {
    const text = '他说:“依法办事。按章办事!”随后落实;并且公开。印发《关于加强执法的意见。试行》(见附件。)文件。\n没有句号的一行\n好吗?是的!';
    const d = buildDocument(sourceOf(text));
    expect(d.sentences.map((s) => s.text)).toEqual([
      '他说:“依法办事。按章办事!”随后落实;并且公开。',
      '印发《关于加强执法的意见。试行》(见附件。)文件。',
      '没有句号的一行',
      '好吗?',
      '是的!',
    ]);
  });

  it('makes a heading line its own sentence and trims whitespace from spans', () => {
    const text = '  一、主要举措和成效  \n  (一)推进依法决策。全年审查10件。  ';
    const d = buildDocument(sourceOf(text));
    expect(d.sentences.map((s) => s.text)).toEqual(['一、主要举措和成效', '(一)推进依法决策。', '全年审查10件。']);
    for (const s of d.sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
  });

  it("reads an infographic's figure alone on its line with what it counts on the next, not a wrapped line's end", () => {
    const text = [
      '某区2024年法治政府建设年度报告',
      '2024年,全区坚持依法行政。',
      '',
      '🔹 12次',
      '区政府常务会议会前学法',
      '',
      '96件',
      '行政应诉案件',
      '',
      '🔹 12名 | 94名',
      '法律顾问 | 公职律师',
      '',
      '全年行政复议综合纠错率达到',
      '15.2%',
      '全区持续推进。',
    ].join('\n');
    const d = buildDocument(sourceOf(text));
    expect(d.sentences.slice(2).map((s) => s.plain)).toEqual([
      '🔹 12次区政府常务会议会前学法',
      '96件行政应诉案件',
      '🔹 12名 | 94名',
      '法律顾问 | 公职律师',
      '全年行政复议综合纠错率达到15.2%',
      '全区持续推进。',
    ]);
    // without blank lines between the items (as an OFD or PDF gives them), a bullet opens each
    const tight = [
      '某区2024年法治政府建设年度报告',
      '2024年,全区坚持依法行政。',
      '🔹 5次',
      '区委常委会会议专题研究法治政府建设',
      '🔹 12次',
      '区政府常务会议会前学法',
    ];
    expect(
      buildDocument(sourceOf(tight.join('\n')))
        .sentences.slice(2)
        .map((s) => s.plain),
    ).toEqual(['🔹 5次区委常委会会议专题研究法治政府建设', '🔹 12次区政府常务会议会前学法']);
  });

  it('does not let an unclosed bracket swallow the paragraph', () => {
    const text = `(注${'说明文字'.repeat(100)}。第二句。`;
    const d = buildDocument(sourceOf(text));
    expect(d.sentences.at(-1)!.text).toBe('第二句。');
  });
});
