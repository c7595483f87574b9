/**
 * The general rules added after the blind measurement of test/fixtures/heldout62 (drafts, revisions and versions
 * of one report), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a note on how the draft of the year’s report was revised', () => {
  const note = `关于《青篁乡2024年度法治政府建设情况报告》(征求意见稿)修改情况的说明

乡党委、乡政府:

征求意见稿印发后,共收到反馈意见15条,乡司法所逐条研究后对报告作了修改,依法行政、行政执法、行政复议、行政应诉、法律顾问和普法部分均有调整,合法性审查的数据与台账逐项比对。现将修改情况说明如下。

一、数据的修改

(一)将“乡政府常务会议学法4次”修改为“乡政府常务会议会前学法6次”,补入了下半年的2次。

(二)将“审查乡政府合同、协议22份”改为“审查乡政府合同、协议27份”。

(三)删除“聘请常年法律顾问3名”一句,顾问合同年中已到期。

(四)原稿漏计了乡人大代表在主席团会议上提出的5件建议,现将“办理人大代表建议9件”修改为“办理人大代表建议14件”。

二、未采纳的意见

某村建议增加“上年调解矛盾纠纷260件”作为对比数据,因报告不作同比分析,未采纳。

青篁乡司法所
2025年1月15日
`;

  it('is a paper of kind other, about the report', async () => {
    const { doc } = await read(note, 'qinghuang.txt');
    expect(doc.kind).toBe('other');
  });

  it('reads the new wording and neither the wording it replaces or deletes nor a suggestion not taken up', async () => {
    const { facts } = await read(note, 'qinghuang.txt');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=6:achieved', 'contracts_reviewed=27:achieved', 'proposals_handled=14:achieved']));
    expect(
      facts.filter((f) => /^(exec_meeting_law_study=4|contracts_reviewed=22|legal_advisers=3|proposals_handled=(9|5)|disputes_mediated=260):/.test(f)),
    ).toEqual([]);
  });
});

describe('a draft sent up for review, with the drafters’ remarks in brackets', () => {
  const draft = `# 柘岭县人民政府关于2023年度法治政府建设情况的报告

**(送审稿)**

县委、县人大常委会:

2023年,县政府坚持依法行政,推进法治政府建设。现将有关情况报告如下。

## 一、主要工作

县司法局出具合法性审查意见57件〔待核实:法制股台账为61件〕,审查政府合同88份[注:此数据需财政局核实,与台账相差4份]。组织全县公务员参加学法用法考试,合格率为100%〔待核实:人社局反馈合格率为98.9%〕。全县行政应诉案件40件,行政机关负责人出庭应诉29件,出庭应诉率××%。

柘岭县人民政府
2024年1月20日
`;

  it('reads the figures of the text, and none of a remark', async () => {
    const { facts } = await read(draft, 'zheling.md');
    expect(facts).toEqual(
      expect.arrayContaining(['legality_review_opinions=57:achieved', 'contracts_reviewed=88:achieved', 'head_appearance_cases=29:achieved']),
    );
    expect(facts.filter((f) => /=(61|4|98\.9):/.test(f))).toEqual([]);
  });

  it('derives no rate the draft leaves blank beside its counts', async () => {
    const { facts } = await read(draft, 'zheling.md');
    expect(facts.filter((f) => f.startsWith('head_appearance_rate='))).toEqual([]);
  });
});

describe('citizens’ requests to review a 规范性文件', () => {
  it('are no documents reviewed', async () => {
    const report = `白沙区2024年法治政府建设情况报告
一、主要工作
区司法局审核区政府行政规范性文件12件。全年收到企业和群众对规范性文件提出的审查建议4件,均已依法答复。
`;
    const { facts } = await read(report, 'baisha.txt');
    expect(facts).toContain('normative_docs_reviewed=12:achieved');
    expect(facts.filter((f) => f.startsWith('normative_docs_reviewed=4:'))).toEqual([]);
  });
});
