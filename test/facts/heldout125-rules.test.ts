/**
 * The general rules added after the blind measurement of test/fixtures/heldout125 (the spec's rarer facts), on texts of
 * our own: the proposers' satisfaction given as the share satisfied (满意或基本满意的比例, 满意的比重), not the hotline's
 * or the public's; subjects struck off the list (取消/撤销/注销N个…执法主体) are a change of it, not its number; what each
 * unit has or must have at least (每个执法主体至少配备2名, 各乡镇不少于1名) is no count of the body's in its report of the
 * year (a plan's floor stays the plan's target, as heldout6 and heldout29 label it); and the whole a share is of (法制审核
 * 人员占执法人员的比例…) is no subject the clause after it goes on with (…,总数达到150名). Then the rarer facts probed in
 * more wordings: 按时/按期报备率, 规范备案率, 合法合规的比例, 需负责人出庭的N件, 均按要求出庭, 占…总分的比例.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts (as statusesOf) of a 2024 report of `body` (its organ `organ`), its achievements `paragraph`, its plans `plans`. */
const report =
  (body: string, organ: string) =>
  (paragraph: string, plans = '继续深化法治政府建设。'): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          `${body}2024年法治政府建设情况报告`,
          `2024年，${organ}深入学习贯彻习近平法治思想，全面推进依法行政，现将有关情况报告如下。`,
          '一、主要举措和成效',
          paragraph,
          '二、存在的不足',
          '法治宣传的针对性有待加强。',
          '三、2025年工作安排',
          plans,
          '',
        ].join('\n'),
      ).facts,
    );

const county = report('柘川县人民政府', '县政府');
const city = report('柘北市人民政府', '市政府');
const district = report('柘湾区人民政府', '区政府');

const withId = (facts: string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

describe('the proposers’ satisfaction given as the share satisfied', () => {
  it('is read in its several words and orders (的比例, 的比重, 比例 with no 的)', () => {
    expect(withId(county('办理县政协提案48件，委员对答复满意的比例为97.9%。'), 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=97.9:achieved',
    ]);
    expect(withId(district('承办区人大代表建议26件，全部按期办复，代表满意和基本满意的比例为100%。'), 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=100:achieved',
    ]);
    expect(withId(city('办理代表建议和委员提案173件，办复率100%，满意或基本满意比例达到98.6%。'), 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=98.6:achieved',
    ]);
    expect(withId(county('承办人大代表建议37件，代表对办理结果表示满意的比重为96.4%。'), 'proposals_satisfaction_rate')).toEqual([
      'proposals_satisfaction_rate=96.4:achieved',
    ]);
  });

  it('but the hotline’s and the public’s shares satisfied are not the proposers’', () => {
    expect(withId(city('全年受理12345热线诉求5.2万件，来电群众满意或基本满意的比例为96.3%。'), 'proposals_satisfaction_rate')).toEqual([]);
    expect(withId(county('开展群众满意度调查，群众对法治政府建设满意的比例为93.5%。'), 'proposals_satisfaction_rate')).toEqual([]);
    expect(withId(district('承办区人大代表建议40件，办复率100%。全年办理12345热线工单8600件，满意的比例为97.1%。'), 'proposals_satisfaction_rate')).toEqual([]);
  });
});

describe('enforcement subjects struck off the list', () => {
  it('are a change of the list, not its number', () => {
    expect(withId(district('年内撤销了5个不再履行执法职能的行政执法主体。'), 'enforcement_subjects')).toEqual([]);
    expect(withId(county('依法注销2家行政执法主体资格，向社会公告。'), 'enforcement_subjects')).toEqual([]);
    expect(withId(city('清理后全市行政执法主体核减十一个。'), 'enforcement_subjects')).toEqual([]);
  });

  it('while the number kept beside them, or reached after the change, is the count', () => {
    expect(withId(county('经资格清理，保留行政执法主体37个，取消4个不具备条件的执法主体资格。'), 'enforcement_subjects')).toEqual([
      'enforcement_subjects=37:achieved',
    ]);
    expect(withId(district('全区行政执法主体减少到26个。'), 'enforcement_subjects')).toEqual(['enforcement_subjects=26:achieved']);
  });
});

describe('what each unit has, or must have at least', () => {
  it('is no count of the body’s: the total after it is', () => {
    expect(withId(city('全市持证执法人员2,140名，每个执法主体至少配备3名法制审核人员，共计118名。'), 'legal_review_staff')).toEqual([
      'legal_review_staff=118:achieved',
    ]);
    expect(withId(county('各乡镇综合执法队法制审核人员不少于1名，全县法制审核人员共计38名。'), 'legal_review_staff')).toEqual([
      'legal_review_staff=38:achieved',
    ]);
    expect(withId(district('每个街道聘请法律顾问2名，全区共聘请法律顾问31名。'), 'legal_advisers')).toEqual(['legal_advisers=31:achieved']);
    expect(withId(county('每一个乡镇配备法制审核人员2名。'), 'legal_review_staff')).toEqual([]);
  });

  it('but the whole named with 各级 is the body’s, and a frequency stays a frequency', () => {
    expect(withId(city('全市各级行政机关负责人出庭应诉率达到98.2%。'), 'head_appearance_rate')).toEqual(['head_appearance_rate=98.2:achieved']);
    expect(withId(county('每年为乡镇执法队培训执法人员320人。'), 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=320:achieved',
    ]);
  });

  it('in a plan is the floor the plan sets (as heldout6 and heldout29 label it)', () => {
    expect(withId(county('全县法制审核人员共42名。', '推动每个乡镇至少配备2名法制审核人员。'), 'legal_review_staff')).toEqual([
      'legal_review_staff=42:achieved',
      'legal_review_staff=2:plan',
    ]);
  });
});

describe('the whole a share is of', () => {
  it('is no subject the clause after it goes on with', () => {
    expect(withId(district('全区法制审核人员占执法人员的比例为4.6%，总数达到72名。'), 'legal_review_staff')).toEqual(['legal_review_staff=72:achieved']);
    expect(withId(county('全县公职律师占全县执业律师总数的12%，共46名。'), 'public_lawyers')).toEqual(['public_lawyers=46:achieved']);
    expect(withId(city('', '市级部门法制审核人员占执法人员的比例不低于5%，总数达到160名。'), 'legal_review_staff')).toEqual(['legal_review_staff=160:plan']);
  });

  it('while a count of the whole itself is still its own', () => {
    expect(withId(district('全区法制审核人员占执法人员的比例为4.6%，总数达到72名。'), 'enforcement_officers')).toEqual([]);
    expect(withId(county('全县持证执法人员占在编人员的比例为85%，总数达到640名。'), 'enforcement_officers')).toEqual(['enforcement_officers=640:achieved']);
  });
});

describe('the rarer facts in more of the wordings reports use', () => {
  it('reads filing on time and filing to standard in their other words and orders', () => {
    expect(county('规范性文件按期报备率为100%，规范备案率100%。').filter((f) => f.startsWith('normative_doc_filing'))).toEqual([
      'normative_doc_filing_timely_rate=100:achieved',
      'normative_doc_filing_standard_rate=100:achieved',
    ]);
    expect(withId(city('报送省政府备案的规章2件、规范性文件7件，其中合法合规的比例为100%。'), 'normative_doc_filing_standard_rate')).toEqual([
      'normative_doc_filing_standard_rate=100:achieved',
    ]);
    // a share of the case files, no filing
    expect(withId(county('全县执法案卷合法合规的比例为96%。'), 'normative_doc_filing_standard_rate')).toEqual([]);
  });

  it('reads the cases the head had to attend, and the heads all attending in the manner asked', () => {
    expect(county('在需负责人出庭的28件案件中，负责人全部出庭。').filter((f) => f.startsWith('head_appearance'))).toEqual([
      'head_appearance_required=28:achieved',
      'head_appearance_rate=100:achieved',
      'head_appearance_cases=28:achieved',
    ]);
    expect(district('法院通知负责人出庭的案件17件，负责人均按要求出庭。').filter((f) => f.startsWith('head_appearance'))).toEqual([
      'head_appearance_required=17:achieved',
      'head_appearance_rate=100:achieved',
      'head_appearance_cases=17:achieved',
    ]);
    // the lawyers attending as asked are no heads
    expect(withId(district('全年应诉案件17件，代理律师均按要求出庭。'), 'head_appearance_rate')).toEqual([]);
  });

  it('reads the weight of 法治 as its share of the whole score (占…总分的比例)', () => {
    expect(withId(city('依法行政考核占全市绩效考核总分的比例为7%。'), 'rule_of_law_performance_weight')).toEqual(['rule_of_law_performance_weight=7:achieved']);
    // another item's share of the 法治 assessment, or a score's share of the full marks, is no weight of 法治
    expect(withId(county('普法工作占法治建设考核总分的比例为15%。'), 'rule_of_law_performance_weight')).toEqual([]);
    expect(withId(county('在全市法治建设考核中，我县得分占总分的比例为96.5%。'), 'rule_of_law_performance_weight')).toEqual([]);
  });
});
