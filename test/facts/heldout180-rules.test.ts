/**
 * The general rules added after the blind measurement of test/fixtures/heldout180 (enforcement officers and their
 * certificates, stocks and flows), on texts of our own: a paper on one field of the year's 行政执法 (its officers' 培训 and
 * 管理, their 证件 or 资格, its 案卷评查, its 三项制度) is of kind other, as one on 行政执法 or its 监督 alone is (heldout68),
 * whoever signs it; the year's 法治政府建设 report naming such a field in its title after 法治政府建设 stays the annual
 * report. And the readings the set showed right, kept so: the year-end stock of officers is read beside the year's
 * certificate flows (新申领 / 注销 / 暂扣 / 换发 件), its 年审 / 审验 and 资格考试 counts, last year's stock and the change,
 * and 执法辅助人员 (协管员), none of which is the stock; training 人次 beside a people count are no participants.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);
const section = (body: string) => sectionStatuses(lexicon, '枳泷县2024年法治政府建设情况报告', body);

describe('a paper on one field of the year’s enforcement work', () => {
  const paper = (title: string) => `${title}

市人民政府:

一年来,区政府组织执法人员分批轮训,落实持证上岗,推进依法行政,法律顾问参与合法性审查,做好行政复议衔接。全区持证行政执法人员1,530名。现将有关情况报告如下。

枳泷区人民政府
2025年1月20日
`;

  it('is of kind other: its officers’ training and management, their certificates, their files, its 三项制度', async () => {
    for (const title of [
      '枳泷区人民政府关于2024年度行政执法人员培训和管理工作情况的报告',
      '枳泷区司法局2024年度全区行政执法证件管理工作总结',
      '枳泷区2024年行政执法人员资格管理情况报告',
      '关于2024年度行政执法案卷评查工作情况的报告',
      '枳泷区2024年度行政执法三项制度落实情况的报告',
    ]) {
      const { doc } = await read(paper(title), 'zhilong.txt');
      expect([title, doc.kind]).toEqual([title, 'other']);
    }
  });

  it('but the year’s report naming such a field after 法治政府建设 or 依法行政 stays the annual report', async () => {
    for (const title of [
      '枳泷区2024年度法治政府建设和行政执法人员培训管理工作情况报告',
      '枳泷区人民政府关于2024年度依法行政暨行政执法证件管理工作情况的报告',
      '枳泷区人民政府关于2024年度法治政府建设情况的报告',
    ]) {
      const { doc } = await read(paper(title), 'zhilong.txt');
      expect([title, doc.kind]).toEqual([title, 'annual_report']);
    }
  });

  it('nor does a bureau of enforcement reporting its own year become one', async () => {
    const { doc } = await read(paper('枳泷区综合行政执法局关于2024年度工作情况的报告'), 'zhilong.txt');
    expect(doc.kind).toBe('annual_report');
  });
});

describe('the year-end stock of officers beside the year’s flows and checks', () => {
  it('is read; the certificates issued, revoked, suspended and renewed are not officers', async () => {
    const facts = await section('截至2024年底,全县持证行政执法人员932名。全年新申领执法证件117件,注销证件28件,暂扣证件3件,换发证件240件。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=932:achieved']);
  });

  it('nor are last year’s stock and the change', async () => {
    const facts = await section('全县持证行政执法人员932名,较上年(887名)增加45名。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=932:achieved']);
  });

  it('nor are the officers passing the yearly review or the qualification exam', async () => {
    const facts = await section('组织执法人员年度审验,审验通过815人。全年组织执法资格考试2次,参加考试96人,通过88人,通过率91.7%。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual([]);
    expect(statusesWithId(facts, 'leader_law_exam_pass_rate')).toEqual([]);
  });

  it('nor are the auxiliary staff, who hold no certificate', async () => {
    const facts = await section('全县持证行政执法人员932名,另有执法辅助人员(协管员)305名。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=932:achieved']);
  });
});

describe('training counted in people and in 人次', () => {
  it('gives the people as participants, the 人次 beside them none', async () => {
    const facts = await section('举办执法人员专题培训6期,参训执法人员930名、2,450人次,人均完成培训66学时。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=930:achieved']);
    expect(statusesWithId(facts, 'enforcement_training_hours')).toEqual(['enforcement_training_hours=66:achieved']);
  });
});
