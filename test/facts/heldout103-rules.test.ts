/**
 * The general rules added after the blind measurement of test/fixtures/heldout103 (reference and ellipsis: a figure whose
 * subject or verb stands in the sentence or heading before it), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();
const county = (body: string) => `松溪县2024年法治政府建设情况报告\n一、主要工作\n${body}\n`;
const read = async (body: string) => (await readFileQuoted(lexicon, county(body), 'songxi.txt')).facts;

describe('a sentence that names a subject and counts nothing, then one that goes on from it', () => {
  it('a bare total after it counts that subject', async () => {
    expect(await read('县政府常务会议坚持集体会前学法。全年合计9次。')).toContain('exec_meeting_law_study=9:achieved');
    expect(await read('县司法局对县政府规范性文件开展前置审核。全年26件,审核率100%。')).toContain('normative_docs_reviewed=26:achieved');
    expect(await read('县司法局前置审核规范性文件。数量为31件。')).toContain('normative_docs_reviewed=31:achieved');
  });

  it('a back-reference to the subject (上述, 此类, 该目录) counts it, the verb said in the sentence before', async () => {
    expect(await read('县司法局审核县政府拟印发的行政规范性文件。上述文件共计28件。')).toContain('normative_docs_reviewed=28:achieved');
    expect(await read('县司法局审查以县政府名义签订的各类协议和合同。此类合同共71份。')).toContain('contracts_reviewed=71:achieved');
    expect(await read('县政府年度重大行政决策事项目录已向社会公布。该目录共列入5项。')).toContain('major_decision_items=5:achieved');
  });

  it('a label set off by a full stop names what the short predicate after it counts', async () => {
    expect(await read('全县行政执法人员。持证1342名。')).toContain('enforcement_officers=1342:achieved');
    expect(await read('政府信息公开申请。收到88件。')).toContain('disclosure_requests=88:achieved');
  });

  it('not after a sentence that counts something itself, nor a year opening the next sentence', async () => {
    // the figure after a counted sentence may count anything: the subject is not carried across the full stop
    expect(await read('县司法局审查县政府合同36份。全年共计41份。')).not.toContain('contracts_reviewed=41:achieved');
    // a year is no bare figure: the plan stays a plan
    const facts = await read('会议强调要抓好学法。2025年,县政府常务会议会前学法不少于12次。');
    expect(facts.filter((f) => f.startsWith('exec_meeting_law_study='))).toEqual(['exec_meeting_law_study=12:plan']);
  });

  it('a long sentence is no label: what follows it with a bare predicate is not its count', async () => {
    expect(await read('县司法局全面梳理了全县行政执法人员的持证情况。持证1342名。')).not.toContain('enforcement_officers=1342:achieved');
  });
});

describe('a question answered by its figure, the measure named in the question', () => {
  it('the figure counts what the question asks of', async () => {
    expect(await read('县政府法律顾问有多少名?11名。')).toContain('legal_advisers=11:achieved');
  });
});

describe('a sentence that opens only with a verb takes the subject of its heading', () => {
  const report = (item: string) =>
    `松溪县2024年法治政府建设情况报告\n\n2024年，松溪县扎实推进法治政府建设。现将有关情况报告如下。\n\n一、推进依法决策\n\n（一）${item}\n`;

  it('a total of the verb under a heading naming one subject', async () => {
    const { facts } = await readFileQuoted(lexicon, report('合同审查情况\n\n共审查147份。对此出具审查意见52条。'), 'songxi.txt');
    expect(facts).toContain('contracts_reviewed=147:achieved');
  });

  it('not a verb that governs another subject than the heading’s', async () => {
    const { facts } = await readFileQuoted(lexicon, report('合同审查情况\n\n共调解147件。对此出具审查意见52条。'), 'songxi.txt');
    expect(facts.filter((f) => f.startsWith('contracts_reviewed='))).toEqual([]);
  });
});

describe('an opening clause comparing the sentence with another period', () => {
  it('makes every count after a verb of change an amount, no figure of the year', async () => {
    const facts = await read('与上年同口径相比,行政复议案件减少9件,行政应诉案件增加4件。');
    expect(facts.filter((f) => f.startsWith('reconsideration_cases=') || f.startsWith('litigation_cases='))).toEqual([]);
  });

  it('but not a count the sentence states outright', async () => {
    expect(await read('与上年相比,全年受理行政复议申请58件。')).toContain('reconsideration_cases=58:achieved');
  });
});

describe('a closing back-reference that names the superior as whose the figures before it are', () => {
  const note = '据市里通报,全市政府常务会议会前学法平均11次,各县区述法覆盖率100%。';

  it('takes the sentence before it off the body', async () => {
    expect((await read(`${note}以上为全市情况,我县学法次数高于平均水平。`)).filter((f) => f.startsWith('shufa_coverage='))).toEqual([]);
  });

  it('without it the figure is read, and a note naming the body keeps it', async () => {
    expect(await read(`${note}我县学法次数高于平均水平。`)).toContain('shufa_coverage=100:achieved');
    expect(await read('全县各乡镇述法覆盖率100%。以上为本县情况。')).toContain('shufa_coverage=100:achieved');
  });
});

describe('a label set off by a full stop before a predicate naming its actor', () => {
  it('counts the label’s subject', async () => {
    expect(await read('法律顾问工作。县政府聘请7名。')).toContain('legal_advisers=7:achieved');
  });

  it('the stock in use after a label’s colon', async () => {
    expect(await read('执法记录仪配备情况:在用数量233台。')).toContain('body_cameras=233:achieved');
  });
});

describe('a back-reference to a unit named before (该局, 该部门)', () => {
  it('opens that unit’s figures, until the body opens a clause again', async () => {
    const facts = await read('县市场监管局是全县执法任务最重的部门。该局持证人员206名,全县持证执法人员1,120名。');
    expect(facts.filter((f) => f.startsWith('enforcement_officers='))).toEqual(['enforcement_officers=1120:achieved']);
  });

  it('not a clause opening with the body itself', async () => {
    expect(await read('全县持证执法人员1,120名。')).toContain('enforcement_officers=1120:achieved');
  });
});

describe('a back-reference before 分别 (以上两类) takes the list of the clause before', () => {
  it('pairs each item with its figure', async () => {
    const facts = await read('承办人大代表建议和政协委员提案。以上两类分别为46件、58件,均按期办复。');
    expect(facts.filter((f) => f.startsWith('proposals_handled='))).toEqual(['proposals_handled=46:achieved', 'proposals_handled=58:achieved']);
  });

  it('not where the words before 分别 name a list of their own', async () => {
    const facts = await read('承办人大代表建议。县政府常务会议、法治专题讲座分别开展9次、3次。');
    expect(facts.filter((f) => f.startsWith('proposals_handled='))).toEqual([]);
  });
});
