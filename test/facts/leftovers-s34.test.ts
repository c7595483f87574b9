/**
 * Leftovers of session 33 (p33, fix-w68 … fix-w72), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;

describe('a figure with a thousands separator inside what marks another period or a count left out', () => {
  it('reads no figure of what a count leaves out (除…外, 不含…)', async () => {
    const facts = await read(
      county(
        ['除已转送市政府办理的行政复议申请1,209件外，县政府全年受理行政复议申请2,046件。', '全县调解矛盾纠纷4,412件，不含行业性调委会调解的纠纷1,215件。'].join(
          '\n',
        ),
      ),
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=2046:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=4412:achieved']);
  });

  it('reads nothing of a span since an act whose words hold such a figure', async () => {
    const facts = await read(
      county(
        [
          '自2021年全县1,300个网格全部配备调解员以来，累计调解矛盾纠纷5,620件。',
          '全县1,300个网格联调行动开展三年来，累计化解矛盾纠纷6,180件。',
          '全年调解矛盾纠纷2,310件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2310:achieved']);
  });
});

describe('figures of a sequence of years, the act after each year, the count named in the clause before', () => {
  it('reads the year’s figure for the count whose run over the years the clause before tells, and none of the earlier years’', async () => {
    const facts = await read(
      county(
        [
          '县政府合法性审查意见数量逐年增长，2022年出具131件、2023年出具158件、2024年出具176件。',
          '全县行政复议案件数量呈逐年下降趋势，2022年受理96件、2023年受理81件、2024年受理73件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=176:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=73:achieved']);
  });

  it('reads nothing where the years end before the report’s', async () => {
    const facts = await read(county('县政府合法性审查意见数量逐年增长，2022年出具131件、2023年出具158件。'));
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual([]);
  });

  it('reads nothing where the clause before says how the count is done, not how it ran', async () => {
    const facts = await read(county('县政府合法性审查意见实行书面反馈，2022年出具131件、2023年出具158件、2024年出具176件。'));
    expect(statusesWithId(facts, 'legality_review_opinions')).toEqual([]);
  });
});

describe('a bare rate two clauses after the count it is the rate of', () => {
  const section = (body: string) => sectionStatuses(lexicon, '柘川县2024年法治政府建设情况报告', body);

  it('is no 合法性审查率 when that count is of enforcement decisions and a clause naming no subject stands between', async () => {
    const facts = await section('各执法部门对重大执法决定开展法制审核316件，同比增长9%，审核率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual([]);
  });

  it('is one when that count is of contracts', async () => {
    const facts = await section('县司法局审查县政府签订的合同、协议77份，同比增加5份，审查率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });

  it('is one when the clause between names a subject of its own', async () => {
    const facts = await section('各执法部门对重大执法决定开展法制审核316件，审查政府合同77份，审查率100%。');
    expect(statusesWithId(facts, 'legality_review_rate')).toEqual(['legality_review_rate=100:achieved']);
  });
});

describe('suits won of one kind', () => {
  it('reads no zero of lost suits where only the suits of one kind were all won', async () => {
    const facts = await read(county('全县行政诉讼案件37件，其中涉企行政诉讼案件全部胜诉。'));
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual([]);
  });

  it('still reads the zero where every suit of the body was won', async () => {
    const facts = await read(county('县政府全年涉诉案件全部胜诉。'));
    expect(statusesWithId(facts, 'litigation_lost_cases')).toEqual(['litigation_lost_cases=0:achieved']);
  });
});

describe('a block of links to other articles inside the body, the report going on after it', () => {
  it('reads none of the titles’ figures, and the report’s after the block', async () => {
    const facts = await read(
      county(
        [
          '（一）规范性文件管理。全年审核行政规范性文件26件。',
          '延伸阅读',
          '《柘川县2023年法治政府建设情况报告》全年审查政府合同183份',
          '',
          '《邻县司法局：全年调解矛盾纠纷3,140件》',
          '（二）合同管理。全年审查政府合同201份。',
          '全县调解矛盾纠纷2,260件。',
        ].join('\n'),
      ),
    );
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=201:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2260:achieved']);
  });

  it('ends at a line that ends a paragraph, which is the report’s again', async () => {
    const facts = await read(county(['相关阅读', '《柘川县开展行政执法案卷评查》', '全年审查政府合同201份。'].join('\n')));
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=201:achieved']);
  });
});

describe('a clause that opens with a month of the next year reached (到/至), in a report written after its year', () => {
  const late = (body: string) => sectionStatuses(lexicon, '柘川县2025年法治政府建设情况报告', body);

  it('reads none of what was done by then', async () => {
    const facts = await late('全年受理行政复议申请81件。到2026年2月底，全县已收到行政复议申请12件。至2026年3月，今年以来又审查政府合同19份。');
    expect(facts).toEqual(['reconsideration_cases=81:achieved']);
  });

  it('reads what it plans as a plan', async () => {
    const facts = await late('全年受理行政复议申请81件。到2026年6月，全县公职律师达到64名。');
    expect(facts).toEqual(['reconsideration_cases=81:achieved', 'public_lawyers=64:plan']);
  });

  it('reads a month of the year itself as the year’s', async () => {
    const facts = await late('到2025年12月底，全县已办结行政复议案件77件。');
    expect(facts).toEqual(['reconsideration_closed=77:achieved']);
  });
});
