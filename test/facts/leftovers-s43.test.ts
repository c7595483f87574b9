/**
 * Leftovers of session 42 (p43), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesWithIds as withIds, zhechuanCounty, zhechuanReportStatuses } from './helpers.js';

const lexicon = await loadLexicon();

const read = (done: readonly string[], plans: readonly string[] = []): Promise<string[]> => zhechuanReportStatuses(lexicon, done, plans);

describe('the kind of place a department’s name writes for its government', () => {
  const kindOf = async (title: string) => (await readFileQuoted(lexicon, `${title}\n一、主要工作\n推进严格执法。\n`, 'dept.txt')).doc.governmentKind;

  it('is read by the document stage from the name (县, 市)', async () => {
    expect(await kindOf('柘川县司法局2024年法治政府建设工作报告')).toBe('县');
    expect(await kindOf('浙江省柘阳市市场监督管理局2024年法治政府建设工作报告')).toBe('市');
  });

  it('but not for a bureau’s branch, named after its area alone', async () => {
    expect(await kindOf('枫沅市生态环境局蓼屏分局2024年法治政府建设工作报告')).toBeUndefined();
  });
});

describe('what last year’s report stated (去年报告中…), in the year’s voice', () => {
  it('is that report’s figure, up to a clause of the year itself', async () => {
    const facts = await read(['去年报告中行政应诉案件数为44件，经核实应为41件，特此更正。']);
    expect(withIds(facts, 'litigation_cases')).toEqual([]);
    const turned = await read(['去年报告中行政应诉案件数为44件，今年办理行政应诉案件39件。']);
    expect(withIds(turned, 'litigation_cases')).toEqual(['litigation_cases=39:achieved']);
  });

  it('but in what was said after the year (a 新闻发布会), 去年’s report is the year’s own', () => {
    const said = '柘川县2024年度法治政府建设情况新闻发布会实录\n局长:去年报告中，全县办理行政应诉案件39件。\n';
    expect(
      readQuoted(lexicon, said)
        .facts.filter((f) => f.id === 'litigation_cases')
        .map((f) => f.value),
    ).toEqual([39]);
  });

  it('and last year’s own figures are still last year’s, and the report named alone is published this year', async () => {
    expect(withIds(await read(['去年办理行政应诉案件44件。']), 'litigation_cases')).toEqual([]);
    const { facts } = readQuoted(lexicon, zhechuanCounty('去年的法治政府建设情况报告已于3月在县政府门户网站向社会公开。'));
    expect(facts.filter((f) => f.id === 'annual_report_published').map((f) => f.value)).toEqual([true]);
  });

  it('a publication the year made after a promise of last year’s report is read from its own clause', async () => {
    const { facts } = readQuoted(
      lexicon,
      zhechuanCounty('去年报告中提出的“法治政府建设年度报告一律向社会公开”，今年已经实现：2023年度报告已于3月在县政府网站全文公开。'),
    );
    expect(facts.filter((f) => f.id === 'annual_report_published').map((f) => f.evidence.text)).toEqual(['2023年度报告已于3月在县政府网站全文公开']);
  });

  it('but not when no clause of the year publishes it', async () => {
    const { facts } = readQuoted(lexicon, zhechuanCounty('去年报告中提出的“法治政府建设年度报告一律向社会公开”尚未落实。'));
    expect(facts.filter((f) => f.id === 'annual_report_published' && f.status === 'achieved')).toEqual([]);
  });
});

describe('a count newly fitted out before the total it was added to', () => {
  it('is a part: the total is the fact (after a comma, or after 后)', async () => {
    for (const sentence of [
      '今年新配备执法记录仪26台，全县执法记录仪总数达到141台。',
      '年内新配执法记录仪26台后总数达到141台。',
      '新购置执法记录仪26台，总数达到141台。',
    ])
      expect(withIds(await read([sentence]), 'body_cameras')).toEqual(['body_cameras=141:achieved']);
  });

  it('but with no total after it, the new ones are the year’s count', async () => {
    expect(withIds(await read(['今年新配备执法记录仪26台，实现一线执法人员人手一台。']), 'body_cameras')).toEqual(['body_cameras=26:achieved']);
  });

  it('and 后 before a total ends no clause after anything but a count', async () => {
    expect(withIds(await read(['今年为各中队新配一批执法记录仪后总数达到141台。']), 'body_cameras')).toEqual(['body_cameras=141:achieved']);
    expect(withIds(await read(['全年审核行政规范性文件26件，审核后总数未作统计。']), 'normative_docs_reviewed')).toEqual([
      'normative_docs_reviewed=26:achieved',
    ]);
  });
});

describe('the year’s count after last year’s, in the next sentence', () => {
  const disputes = (lines: string[]) => read(lines).then((facts) => withIds(facts, 'disputes_mediated'));

  it('said outright after the change, counts what last year’s counted', async () => {
    expect(await disputes(['2023年全县调解矛盾纠纷76件。2024年比上年增加14件，达到90件。'])).toEqual(['disputes_mediated=90:achieved']);
  });

  it('and a change in the next paragraph builds on it too', async () => {
    for (const change of ['2024年比上年增加14件。', '2024年比上年增加14件，达到90件。'])
      expect(await disputes(['2023年全县调解矛盾纠纷76件。', change])).toEqual(['disputes_mediated=90:achieved']);
  });

  it('but not under another heading, nor when the figure after names a subject of its own', async () => {
    expect(await disputes(['2023年全县调解矛盾纠纷76件。', '（二）行政复议', '2024年比上年增加14件。'])).toEqual([]);
    const other = await read(['2023年全县调解矛盾纠纷76件。2024年比上年增加14件，审核行政规范性文件90件。']);
    expect(withIds(other, 'disputes_mediated', 'normative_docs_reviewed')).toEqual(['normative_docs_reviewed=90:achieved']);
  });
});

describe('rates that only look like the spec’s', () => {
  it('a quiz after a court hearing attended is no law exam, the year’s exam beside the hearing is', async () => {
    const quiz = await read(['组织领导干部旁听庭审4次，庭审旁听后测试合格率100%。']);
    expect(withIds(quiz, 'leader_law_exam_pass_rate')).toEqual([]);
    const exam = await read(['组织260名领导干部旁听庭审，领导干部年度学法考试合格率99.6%。']);
    expect(withIds(exam, 'leader_law_exam_pass_rate')).toEqual(['leader_law_exam_pass_rate=99.6:achieved']);
  });

  it('规范性文件备案审查合格率 is the filing standard rate, a leaders’ exam 合格率 is not', async () => {
    const filed = await read(['全年报备行政规范性文件12件，规范性文件备案审查合格率100%。']);
    expect(withIds(filed, 'normative_doc_filing_standard_rate')).toEqual(['normative_doc_filing_standard_rate=100:achieved']);
    const exam = await read(['全年报备行政规范性文件12件。组织领导干部参加年度学法考试，合格率100%。']);
    expect(withIds(exam, 'normative_doc_filing_standard_rate')).toEqual([]);
  });

  it('a service’s or a case’s users’ satisfaction after the proposals is not the proposers’, a bare one is', async () => {
    for (const other of ['公共法律服务满意率99.1%。', '行政复议案件回访满意率93%。'])
      expect(withIds(await read(['承办人大代表建议45件、政协提案38件，均按期办复。' + other]), 'proposals_satisfaction_rate')).toEqual([]);
    const own = await read(['承办人大代表建议45件、政协提案38件，均按期办复，满意率98%。']);
    expect(withIds(own, 'proposals_satisfaction_rate')).toEqual(['proposals_satisfaction_rate=98:achieved']);
  });
});
