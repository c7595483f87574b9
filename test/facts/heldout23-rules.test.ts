/**
 * The general rules added after the blind measurement of test/fixtures/heldout23, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { sourceOf } from '../document/helpers.js';
import { paragraphStatuses, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();
/** The facts of one paragraph of achievements in a city's, a county's and a township's whole report. */
const cityStatuses = paragraphStatuses(lexicon, '澄川市2021年法治政府建设情况报告');
const countyStatuses = paragraphStatuses(lexicon, '梧溪县2021年法治政府建设情况报告');
const townshipStatuses = paragraphStatuses(lexicon, '石门乡2017年依法行政工作报告');

describe('a summary of part of a year (上半年, 前三季度)', () => {
  const kind = (text: string): string => buildDocument(sourceOf(text)).kind;
  const body = '区政府坚持依法行政,推进法治政府建设,审查规范性文件6件,办理行政复议案件11件,法律顾问参与合法性审查。现将有关情况报告如下。\n';

  it('is no annual report, whatever it plans for the rest of the year', () => {
    expect(kind(`梅岭区2022年上半年法治政府建设工作总结及下半年工作打算\n${body}`)).toBe('other');
    expect(kind(`梅岭区2022年前三季度法治政府建设情况汇报\n${body}`)).toBe('other');
    expect(kind(`梅岭区2022年1—6月依法行政工作情况\n${body}`)).toBe('other');
  });

  it('but a year’s report that names a part of the year in its body is one', () => {
    expect(kind(`梅岭区2022年法治政府建设情况报告\n上半年,${body}`)).toBe('annual_report');
    expect(kind(`梅岭区2022年1—12月法治政府建设情况报告\n${body}`)).toBe('annual_report');
  });
});

describe('a span of years named by a 普法 period or a government’s term', () => {
  it('makes the figures after it no figures of the year', () => {
    expect(townshipStatuses('“六五”普法期间(2011—2015年),全乡累计调解矛盾纠纷2,310件。全年人民调解组织调解矛盾纠纷96件。')).toEqual([
      'disputes_mediated=96:achieved',
    ]);
    expect(countyStatuses('本届政府以来,县政府累计审查政府合同560件。全年审查县政府合同协议72件。')).toEqual(['contracts_reviewed=72:achieved']);
  });

  it('up to a clause that opens with the year', () => {
    expect(countyStatuses('本届政府任期内累计审查政府合同560件,2021年审查县政府合同协议72件。')).toEqual(['contracts_reviewed=72:achieved']);
  });
});

describe('a unit under the reporting body named with its own figure', () => {
  it('after 其中 is that unit’s part, not the body’s figure', () => {
    expect(cityStatuses('全市调解矛盾纠纷8,400件,其中枫桥县调解1,350件。')).toEqual(['disputes_mediated=8400:achieved']);
    expect(cityStatuses('全市组织旁听庭审4,100人次,其中梅岭区组织旁听930人次,居各县(市、区)首位。')).toEqual(['court_hearing_observers=4100:achieved']);
    expect(countyStatuses('全县调解矛盾纠纷2,300件,其中青石镇调解420件。')).toEqual(['disputes_mediated=2300:achieved']);
  });

  it('so are the units named in the clauses after a part of the body’s own (其中市本级…)', () => {
    expect(cityStatuses('全市清理规范性文件960件,其中市本级清理85件,梅岭区、枫桥县分别清理40件、32件。')).not.toContain('normative_docs_cleaned=40:achieved');
  });

  it('and the unit a superlative picks out, with the figure after it', () => {
    expect(cityStatuses('全市行政机关负责人出庭应诉率64.2%,出庭应诉率最高的是梅岭区,为81.5%,最低的是枫桥县,为40.3%。')).toEqual([
      'head_appearance_rate=64.2:achieved',
    ]);
  });

  it('until a clause opens with the body itself again', () => {
    expect(cityStatuses('其中枫桥县调解1,350件,全市行政复议案件210件。')).toEqual(['reconsideration_cases=210:achieved']);
  });

  it('but the body’s own place word before its own organ (审查以市政府名义…) names no unit', () => {
    expect(cityStatuses('市司法局全年审查各类文件412件,其中审查以市政府名义签订的合同96份。')).toContain('contracts_reviewed=96:achieved');
    expect(countyStatuses('全县审查合同协议120件,其中县乡村三级签订的合同45份。')).toContain('contracts_reviewed=120:achieved');
  });
});

describe('the governments under the body, together (各县(市、区)政府常务会议)', () => {
  it('hold their own meetings: their study is not the body’s executive meeting’s', () => {
    expect(cityStatuses('市政府常务会议全年学法12次,各县(市、区)政府常务会议共学法58次。')).toEqual(['exec_meeting_law_study=12:achieved']);
    expect(countyStatuses('各乡镇人民政府常务会议会前学法共计73次。')).toEqual([]);
  });
});

describe('an appendix listing the problems (问题清单) after the signature', () => {
  const report = [
    '石门乡2017年依法行政工作报告',
    '一、主要工作',
    '乡综合执法办现有持证执法人员7名,配备执法记录仪2台。',
    '二、存在的问题',
    '执法装备不足,具体见附件。',
    '三、2018年工作打算',
    '新配备执法记录仪5台。',
    '石门乡人民政府',
    '2018年1月10日',
    '附件',
    '石门乡依法行政问题清单',
    '序号 问题表现 整改措施 完成时限',
    '1 执法装备不足,全乡仅有执法记录仪2台,难以做到全过程记录 申请专项经费,新配备执法记录仪5台 2018年6月底',
    '2 法律顾问作用发挥不够,全年审查合同仅3件 建立合同审查台账 长期坚持',
    '',
  ].join('\n');
  const facts = statusesOf(extractFacts(buildDocument(sourceOf(report)), lexicon));

  it('states gaps, not the year’s results, in every row', () => {
    expect(facts.filter((f) => f.endsWith(':achieved'))).toEqual(['enforcement_officers=7:achieved', 'body_cameras=2:achieved']);
    expect(facts).toContain('body_cameras=2:gap');
    expect(facts).toContain('contracts_reviewed=3:gap');
  });

  it('and its remedies are no results either', () => {
    expect(facts).not.toContain('body_cameras=5:achieved');
  });
});

describe('the one suit, won', () => {
  it('is no suit lost', () => {
    expect(countyStatuses('以县政府为被告的行政诉讼案件1件,县长出庭应诉,县政府胜诉。')).toContain('litigation_lost_cases=0:achieved');
  });

  it('but suits won counted among more suits say nothing of the others', () => {
    expect(countyStatuses('全年行政应诉案件11件,胜诉9件,2件尚在审理中。')).not.toContain('litigation_lost_cases=0:achieved');
  });
});
