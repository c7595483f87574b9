/**
 * The general rules added after the blind measurement of test/fixtures/heldout151 (the paperwork around a report), on texts
 * of our own: a government office's notice forwarding the place's own paper (关于转发《某县2024年度…报告》…的通知) speaks
 * for the place, as its notices issuing the place's papers do, while one forwarding a superior's paper stays the office's;
 * and a clause ending in a label mark that says the figures after it are the departments' or units' own (其数据为各部门
 * 自行统计:, 以下数据摘自各部门年度报告:) tells their figures, not the place's, to the end of its sentence.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A government office's notice titled `title`, then the paper it forwards, of the place 岑溪县 or 岑溪市. */
const notice = (title: string, ...lines: string[]): string =>
  [
    title,
    '各乡镇人民政府，县政府各部门：',
    '　　经县政府同意，现将有关报告转发给你们，请认真学习借鉴。',
    ...lines,
    '附件',
    '岑溪县2024年度法治政府建设情况报告',
    '　　2024年，全县坚持依法行政，推进法治政府建设。县政府常务会议学法9次，受理行政复议申请58件，做好行政应诉和普法工作。',
  ].join('\n');

describe('an office’s notice forwarding a paper', () => {
  it('speaks for the place when the paper is the place’s own', () => {
    for (const title of [
      '岑溪县人民政府办公室关于转发《岑溪县2024年度法治政府建设情况报告》的通知',
      '岑溪县人民政府办公室关于转发《岑溪县人民政府关于2024年度法治政府建设情况的报告》及县直部门年度报告的通知',
    ]) {
      const { doc } = readQuoted(lexicon, notice(title));
      expect([doc.level, doc.place, doc.year]).toEqual(['county', '岑溪县', 2024]);
    }
  });

  it('but stays the office’s when the paper is a superior’s, or another body’s', () => {
    for (const title of [
      '岑溪县人民政府办公室关于转发《澄阳市2024年度法治政府建设工作要点》的通知',
      '岑溪县人民政府办公室关于转发《岑溪县公安局2024年度执法工作总结》的通知',
    ]) {
      const { doc } = readQuoted(lexicon, notice(title));
      expect([doc.level, doc.place]).toEqual(['department', '岑溪县人民政府办公室']);
    }
  });
});

describe('a note that the figures after it are the departments’ own', () => {
  const read = (line: string): string[] =>
    statusesOf(readQuoted(lexicon, notice('岑溪县人民政府办公室关于转发《岑溪县2024年度法治政府建设情况报告》的通知', line)).facts);

  it('makes them theirs, not the place’s, to the end of its sentence', () => {
    const facts = read('　　所附部门报告的数据为各部门自行统计：县交通运输局配备执法记录仪38台；县卫生健康局聘请法律顾问3名，行政应诉案件5件。');
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual([]);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual([]);
    const sourced = read('　　以下数据摘自各部门年度报告：县税务局受理复议申请7件，县人力资源和社会保障局举办法治讲座4期。');
    expect(statusesWithId(sourced, 'reconsideration_cases')).toEqual(['reconsideration_cases=58:achieved']);
    expect(statusesWithId(sourced, 'law_lectures')).toEqual([]);
  });

  it('but leaves the place’s own before it, and a note naming the place’s source', () => {
    const before = read('　　全县行政执法人员共计1012名；各单位报送的数据如下：县应急管理局执法记录仪21台。');
    expect(statusesWithId(before, 'enforcement_officers')).toEqual(['enforcement_officers=1012:achieved']);
    expect(statusesWithId(before, 'body_cameras')).toEqual([]);
    const bureau = read('　　据县统计局统计：全县配备执法记录仪436台。');
    expect(statusesWithId(bureau, 'body_cameras')).toEqual(['body_cameras=436:achieved']);
  });
});
