/**
 * The general rules added after the blind measurement of test/fixtures/heldout48, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { readFileQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);
/** Every fact of a file, presence facts (true) too. */
const allFacts = async (text: string, file: string): Promise<string[]> =>
  statusesOf(extractFacts(buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), file)), lexicon));

describe('a leader’s own paper: who reports and what kind of paper it is', () => {
  it('reads the place before 人民政府 and its head’s post (某县人民政府县长…述法报告) as the county', async () => {
    const speech = `青枫县人民政府县长2024年度述法报告
（2025年1月15日在县委全面依法治县委员会会议上）
按照县委的安排，我把一年来带头学法、推动县政府依法行政的情况报告如下。县政府常务会议会前学法5次，聘请法律顾问4名，行政复议和普法工作有序推进。
`;
    const { doc, facts } = await read(speech, 'shufa.txt');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('青枫县');
    expect(doc.level).toBe('county');
    expect(facts).toEqual(expect.arrayContaining(['exec_meeting_law_study=5:achieved', 'legal_advisers=4:achieved']));
  });

  it('takes a party secretary’s 第一责任人 report for another paper, written by the 镇 (中共某镇委员会 is the place itself)', async () => {
    const paper = `# 中共槐溪镇委员会书记2024年度履行推进法治建设第一责任人职责情况报告

**报告人：** 中共槐溪镇委员会书记

一年来，我带领镇党委班子坚持依法行政，推进法治政府建设。现将履职情况报告如下。

## 一、主要工作

- 镇党委会议专题研究法治建设工作3次，镇政府聘请法律顾问2名，做好行政复议和普法工作。
`;
    const { doc, facts } = await read(paper, 'diyizerenren.md');
    expect(doc.kind).toBe('other');
    expect(doc.place).toBe('槐溪镇');
    expect(doc.level).toBe('township');
    expect(facts).toEqual(expect.arrayContaining(['legal_advisers=2:achieved']));
  });

  it('keeps a department’s year report that also covers its head’s duties an annual report', async () => {
    const report = `云岭县司法局2024年度法治政府建设情况暨主要负责人履行推进法治建设第一责任人职责情况报告
2024年，我局坚持依法行政，推进法治政府建设，聘请法律顾问2名，做好行政复议和普法工作。现将有关情况报告如下。
`;
    const { doc } = await read(report, 'baogao.txt');
    expect(doc.kind).toBe('annual_report');
    expect(doc.level).toBe('department');
  });
});

describe('a Markdown list item, and a clause of the superior’s acts in a town’s paper', () => {
  const paper = (items: string) => `# 中共槐溪镇委员会书记2024年度履行推进法治建设第一责任人职责情况报告

一年来，我带领镇党委班子坚持依法行政，推进法治政府建设，做好行政复议和普法工作。现将履职情况报告如下。

## 一、主要工作

${items}
`;

  it('reads a clause whose subject is the county (县里…) after a list item’s marker as the county’s, not the town’s', async () => {
    const { facts } = await read(paper('- 县里年初公布了全县重大行政决策事项目录，共7项，由县级部门分别实施。\n- 镇政府聘请法律顾问2名。'), 'zeren.md');
    expect(facts).toContain('legal_advisers=2:achieved');
    expect(facts.filter((f) => f.startsWith('major_decision_'))).toEqual([]);
    expect((await allFacts(paper('- 县里年初公布了全县重大行政决策事项目录。'), 'zeren.md')).filter((f) => f.startsWith('major_decision_'))).toEqual([]);
  });

  it('reads a clause that opens with a verb and its object (组织镇村干部…) as the town’s, in a list item or not', async () => {
    for (const line of ['- 组织镇村干部25名到县法院旁听行政案件庭审。', '组织镇村干部25名到县法院旁听行政案件庭审。']) {
      const { facts } = await read(paper(line), 'zeren.md');
      expect(facts).toContain('court_hearing_observers=25:achieved');
    }
  });
});

describe('figures of a leader’s own paper and of a part-year summary', () => {
  const summary = (body: string) => `青枫区2024年上半年法治政府建设工作总结
一、主要工作
${body}
`;

  it('reads 本人均出庭应诉 in a head’s own paper as the head in court in every case', async () => {
    const report = `云岭县司法局局长2024年度述职述法报告
一、述法
以本局为被告的行政诉讼案件3件，本人均出庭应诉，全局坚持依法行政，推进法治政府建设，做好行政复议和普法工作。
`;
    const { facts } = await read(report, 'shufa.txt');
    expect(facts).toEqual(expect.arrayContaining(['litigation_cases=3:achieved', 'head_appearance_cases=3:achieved']));
  });

  it('reads the observers counted before 旁听一起…案件的庭审 (一起 counts a case, no observers)', async () => {
    const { facts } = await read(summary('4月组织区直单位负责人57名旁听一起房屋征收行政案件的庭审，区政府坚持依法行政，推进法治政府建设。'), 'zongjie.txt');
    expect(facts).toContain('court_hearing_observers=57:achieved');
  });

  it('reads N名持证执法人员 开展…轮训 as the officers and as those trained', async () => {
    const { facts } = await read(summary('组织全区1,230名持证执法人员开展春季集中轮训，区政府坚持依法行政，推进法治政府建设。'), 'zongjie.txt');
    expect(facts).toEqual(expect.arrayContaining(['enforcement_officers=1230:achieved', 'enforcement_training_participants=1230:achieved']));
  });
});

describe('述法 in a 述职述廉述法 paper', () => {
  it('is no coverage where it names the paper or labels its part, and is where others report', async () => {
    const own = `云岭县司法局局长2024年度述职述廉述法报告
一、述职
全局坚持依法行政，推进法治政府建设，做好行政复议和普法工作。
二、述法：带头履行推进法治建设第一责任人职责
局党组会议专题研究法治建设工作2次，聘请法律顾问1名。
`;
    expect((await allFacts(own, 'shuzhi.txt')).filter((f) => f.startsWith('shufa_coverage'))).toEqual([]);
    const others = own.replace('聘请法律顾问1名。', '聘请法律顾问1名，推动局属单位主要负责人年终述法全覆盖。');
    expect(await allFacts(others, 'shuzhi.txt')).toContain('shufa_coverage=100:achieved');
  });
});
