/**
 * The general rules added after the blind measurement of test/fixtures/heldout54, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('officers counted before the course they take', () => {
  it('reads the count before 持证执法人员参加…培训 as those trained, whatever else the course holds', async () => {
    const report = `柘湾县人民政府2024年法治政府建设情况报告
一、主要工作
县政府坚持依法行政。组织全县930名持证执法人员参加年度行政法律知识培训和闭卷考试。
`;
    const { facts } = await read(report, 'zhewan.txt');
    expect(facts).toContain('enforcement_training_participants=930:achieved');
  });

  it('reads no count that does not stand right before the officers', async () => {
    const report = `柘湾县人民政府2024年法治政府建设情况报告
一、主要工作
县政府坚持依法行政。举办4期持证执法人员参加的行政法律知识培训。
`;
    const { facts } = await read(report, 'zhewan2.txt');
    expect(facts.filter((f) => f.startsWith('enforcement_training_participants'))).toEqual([]);
  });
});

describe('the Party committee’s own normative documents', () => {
  it('leaves the 党内 documents cleaned to the committee and keeps the government’s', async () => {
    const report = `中共棠溪区委全面依法治区委员会2023年度工作报告
一、主要工作
区委办公室对区委历年印发的党内规范性文件开展集中清理，宣布废止5件。
区司法局对区政府行政规范性文件开展专项清理，废止3件。
`;
    const { facts } = await read(report, 'tangxi.txt');
    expect(facts).toContain('normative_docs_cleaned=3:achieved');
    expect(facts).not.toContain('normative_docs_cleaned=5:achieved');
  });

  it('reads a review 开展 before its count, and not of the committee’s documents', async () => {
    const report = `中共棠溪区委全面依法治区委员会2023年度工作报告
一、主要工作
区司法局对区政府拟印发的行政规范性文件开展前置审核26件。
区委办公室对区委拟出台的党内规范性文件开展前置审核8件。
`;
    const { facts } = await read(report, 'tangxi2.txt');
    expect(facts).toContain('normative_docs_reviewed=26:achieved');
    expect(facts).not.toContain('normative_docs_reviewed=8:achieved');
  });
});

describe('the members of an advisers’ panel', () => {
  it('reads 法律顾问团现有成员N名 as the advisers', async () => {
    const report = `澄渚市人民政府2025年法治政府建设情况报告
一、主要工作
市政府法律顾问团现有成员十四名，全年参与论证重大事项9项。
`;
    const { facts } = await read(report, 'chengzhu.txt');
    expect(facts).toContain('legal_advisers=14:achieved');
  });
});

describe('a body’s summary of all its work for the year', () => {
  const body =
    '一年来，局里统筹履行依法治县办职责，推进法治政府建设，县政府坚持依法行政，法律顾问参与合法性审查，做好行政复议、人民调解、社区矫正和普法工作。现将有关情况总结如下。';
  const kind = (title: string): string => buildDocument(sourceOf(`${title}\n${body}\n`)).kind;

  it('is another kind of paper when its title names the year’s work and no 法治 subject', () => {
    expect(kind('潆水县司法局2024年工作总结和2025年工作思路')).toBe('other');
    expect(kind('潆水县司法局2024年度工作总结')).toBe('other');
  });

  it('is the year’s report when its title names 法治 or 依法 before the year', () => {
    expect(kind('潆水县委依法治县办2024年工作总结')).toBe('annual_report');
    expect(kind('潆水县2024年法治政府建设工作总结及2025年工作计划')).toBe('annual_report');
  });
});
