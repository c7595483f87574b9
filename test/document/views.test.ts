import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { sourceOf } from './helpers.js';

/** A PDF copy: a sentence wrapped inside a word and a number, a running header repeated between its halves. */
const PDF_COPY = [
  '某县人民政府关于2021年法治政府建设工作情况的报告',
  '一、主要工作和成效',
  '(一)依法化解社会矛盾',
  '全年县政府新收行政复',
  '某县人民政府办公室文件',
  '议案件 31 件,按期办结率达到10',
  '0%。',
  '(二)加强应急管理',
  '某县人民政府办公室文件',
  '二、存在的不足',
  '执法人员培训还不够系统。',
].join('\n');

describe('document: sentence views, built once', () => {
  const doc = buildDocument(sourceOf(PDF_COPY));
  const wrapped = doc.sentences.find((s) => s.text.startsWith('全年'))!;

  it('reads a wrapped sentence as one line, without the running header, and maps every offset back', () => {
    expect(wrapped.plain).toBe('全年县政府新收行政复议案件 31 件,按期办结率达到100%。');
    expect(wrapped.map).toHaveLength(wrapped.plain.length + 1);
    for (let i = 0; i < wrapped.plain.length; i++) expect(wrapped.text[wrapped.map[i]!]).toBe(wrapped.plain[i]);
    expect(wrapped.clauses.map((c) => wrapped.plain.slice(c.start, c.end))).toEqual(['全年县政府新收行政复议案件 31 件', '按期办结率达到100%', '']);
  });

  it('marks outline heading lines as headings, running text not', () => {
    const headings = doc.sentences.filter((s) => s.heading).map((s) => s.plain);
    expect(headings).toEqual(['一、主要工作和成效', '(一)依法化解社会矛盾', '(二)加强应急管理', '二、存在的不足']);
    expect(wrapped.heading).toBe(false);
    expect(doc.sentences.find((s) => s.plain.startsWith('执法人员'))!.heading).toBe(false);
  });

  it('a heading that ends in 。 is still a heading; one followed by running text in its sentence is not', () => {
    const d = buildDocument(
      sourceOf(['一、主要成效', '(一)推进依法行政。全年组织学法4次。', '(二)规范执法,全面推行行政执法三项制度,执法公示率100%'].join('\n')),
    );
    const byStart = (p: string) => d.sentences.find((s) => s.plain.startsWith(p))!;
    expect(byStart('(一)').heading).toBe(true);
    expect(byStart('全年').heading).toBe(false);
  });

  it('a line that ends with a label and its figure is a sentence of its own, as an 附表 lists them', () => {
    const d = buildDocument(sourceOf(['附表:主要数据', '行政复议案件受理:143件', '行政复议案件审结:137件', '行政规范性文件合法性审核率:100%'].join('\n')));
    expect(d.sentences.map((s) => s.plain)).toEqual(['附表:主要数据', '行政复议案件受理:143件', '行政复议案件审结:137件', '行政规范性文件合法性审核率:100%']);
  });

  it('and so is one whose label runs to its figure through dot leaders, which end no sentence', () => {
    const d = buildDocument(sourceOf(['附:主要指标', '行政复议案件受理…………………143件', '执法记录仪……………………1,360台'].join('\n')));
    expect(d.sentences.map((s) => s.plain)).toEqual(['附:主要指标', '行政复议案件受理…………………143件', '执法记录仪……………………1,360台']);
  });

  it('and so is a short label with its figure and unit before another such row, as a flattened 附表 lists them', () => {
    const d = buildDocument(sourceOf(['附表:主要数据', '调处矛盾纠纷 268 件', '受理政府信息公开申请1件'].join('\n')));
    expect(d.sentences.map((s) => s.plain)).toEqual(['附表:主要数据', '调处矛盾纠纷 268 件', '受理政府信息公开申请1件']);
  });

  it('a wrapped line that stops after a closing quote, title mark or bracket goes on', () => {
    const d = buildDocument(
      sourceOf(
        [
          '一、主要工作',
          '全区各部门邀请专家学者开设“依法行政大讲坛”',
          '系列课程6讲,组织干部学习《中华人民共和国行政复议法》',
          '全文并参加考试(闭卷)',
          '合格率98%。',
        ].join('\n'),
      ),
    );
    expect(d.sentences.map((s) => s.plain)).toEqual([
      '一、主要工作',
      '全区各部门邀请专家学者开设“依法行政大讲坛”系列课程6讲,组织干部学习《中华人民共和国行政复议法》全文并参加考试(闭卷)合格率98%。',
    ]);
  });

  it('but a wrapped line whose figure is followed by a comma on the next line goes on', () => {
    const d = buildDocument(sourceOf(['一、主要工作', '全年共受理行政复议申请案件 86 件', ',办结79件。'].join('\n')));
    expect(d.sentences.map((s) => s.plain)).toEqual(['一、主要工作', '全年共受理行政复议申请案件 86 件\n,办结79件。']);
  });
});
