/**
 * The general rules added after the blind measurement of test/fixtures/heldout133 (reports delivered to the people's
 * congress), on texts of our own: figures of an earlier year quoted after the words telling who stated them (审议时通报的
 * 2023年…) or dated at the 人大's earlier deliberation (审议时…为18名) are no facts of the year; the comments the 人大's
 * members make in its own supervision (县人大常委会组织执法检查…,代表提出意见建议21条) are its count, no proposals the
 * government handled; the news of a 人大's or 政协's act of supervision (…开展专题询问) is no yearly report, and a web
 * site named by a place's bare name (苒溪人大网) names that place where the text writes it in full.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (id=value:status) of a 2023 report of 岚泽县 read to its 人大常委会, whose second section holds `lines`. */
const lanzeCounty = (lines: string): string[] =>
  statusesOf(
    readQuoted(
      lexicon,
      [
        '关于岚泽县2023年度法治政府建设情况的报告',
        '——2024年5月16日在岚泽县第十七届人民代表大会常务委员会第十五次会议上',
        '主任、各位副主任、秘书长、各位委员：',
        '受县人民政府委托，现将我县2023年度法治政府建设情况报告如下，请予审议。',
        '一、主要工作',
        '全年受理行政复议申请61件，办结57件。',
        '二、落实审议意见情况',
        lines,
        '三、下一步工作',
        '今年，持续推进严格规范公正文明执法。',
        '',
      ].join('\n'),
    ).facts,
  );

describe('figures of an earlier year after the words telling who stated them', () => {
  it('are that year’s, with the clauses after them in the sentence', () => {
    const facts = lanzeCounty('针对复议纠错率偏高的意见。调研中反映的2022年行政复议纠错率为21.4%，行政应诉案件为47件。县政府加强复议监督。');
    expect(statusesWithIds(facts, 'reconsideration_correction_rate', 'litigation_cases')).toEqual([]);
  });

  it('but the year’s own figures stated so are the year’s', () => {
    const facts = lanzeCounty('常务会议通报的2023年行政应诉案件为52件。县政府加强复议监督。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=52:achieved']);
  });

  it('and a clause that goes by what another body stated has its own figures after it', () => {
    const facts = lanzeCounty('按照市政府通报的2022年度考核反馈问题，县政府逐项整改，全年行政应诉案件为52件。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=52:achieved']);
  });
});

describe('the time the 人大常委会 deliberated on the report before', () => {
  it('dates the figures of its clause then, not in the year', () => {
    const facts = lanzeCounty('上次常委会审议时，全县公职律师为22名。今年新增公职律师8名，总数达到30名。');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=30:achieved']);
  });

  it('but a clause that names the year itself after it is the year’s', () => {
    const facts = lanzeCounty('审议时提出的意见均已落实，2023年全县公职律师达到30名。');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=30:achieved']);
  });
});

describe('the comments the 人大’s members make in its own supervision', () => {
  it('are its count, no proposals the government handled', () => {
    const facts = lanzeCounty('2023年，县人大常委会组织视察3次，走访部门12个，委员和代表提出意见建议34条，有关部门已逐项整改。');
    expect(statusesWithId(facts, 'proposals_handled')).toEqual([]);
  });

  it('but the proposals its deputies make, handed to the government, are', () => {
    const facts = lanzeCounty('本年度县人大代表共提出建议46件，全部按期办复。');
    expect(statusesWithId(facts, 'proposals_handled')).toEqual(['proposals_handled=46:achieved']);
  });

  it('and so are those the 常委会 hands over that the government handles', () => {
    const facts = lanzeCounty('承办县人大常委会交办的代表建议58件，办复率100%。');
    expect(statusesWithId(facts, 'proposals_handled')).toEqual(['proposals_handled=58:achieved']);
  });
});

/** A page of a site named `site`, headed `title`, its body `body`. */
const page = (site: string, title: string, body: string): string => `<html><head><meta charset="utf-8"><title>${title}_${site}</title></head><body>
<div class="nav">首页 | 监督工作 | 代表工作</div>
<h1>${title}</h1>
<p>发布日期：2024-10-30 来源：常委会办公室</p>
${body}
<div class="footer">版权所有</div>
</body></html>`;

describe('the news of a 人大’s or 政协’s act of supervision', () => {
  const body = `<p>10月28日，岚泽县第十七届人大常委会举行会议，围绕县人民政府依法行政工作开展专题询问。</p>
<p>委员问：行政复议工作有什么改进？</p>
<p>县司法局局长答：今年1至9月，全县受理行政复议申请43件，办结40件。全县坚持依法行政，推进法治政府建设，法律顾问参与合法性审查。</p>
<p>委员问：执法队伍建设怎么抓？</p>
<p>县司法局局长答：全县现有持证行政执法人员1120名，今年组织执法人员培训1500人次，推进法治政府建设。</p>`;

  it('is no yearly report, and a site named by the bare name names the place the text writes in full', async () => {
    const { doc, facts } = await readFileQuoted(lexicon, page('岚泽人大网', '县人大常委会就依法行政工作开展专题询问', body), 'lanze.html');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('岚泽县');
    expect(doc.year).toBe(2024);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=43:achieved']);
  });

  it('but a bare site name the text never writes in full names no place', async () => {
    const { doc } = await readFileQuoted(
      lexicon,
      page('云栖人大网', '县人大常委会就依法行政工作开展专题询问', body.replaceAll('岚泽县', '本县')),
      'yunqi.html',
    );
    expect(doc.place).toBeNull();
  });

  it('while the government’s own report on the year, put on the same site, stays one', async () => {
    const report = `<p>——2024年5月16日在岚泽县第十七届人民代表大会常务委员会第十五次会议上</p>
<p>2023年，县政府坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议和普法工作。现将有关情况报告如下。</p>
<p>一、主要工作</p><p>全年受理行政复议申请61件，办结57件。</p>
<p>二、存在的问题</p><p>基层执法力量不足。</p>`;
    const { doc } = await readFileQuoted(lexicon, page('岚泽人大网', '关于岚泽县2023年度法治政府建设情况的报告', report), 'lanze2.html');
    expect(doc.kind).toBe('annual_report');
    expect(doc.place).toBe('岚泽县');
  });
});
