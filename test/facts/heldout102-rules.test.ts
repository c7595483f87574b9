/**
 * The general rules added after the blind measurement of test/fixtures/heldout102 (Latin letters, codes and
 * identifiers among the figures: K/W magnitudes, arrows of slides, code cells in tables, half-width punctuation), on
 * texts of our own, each with the places where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { parseQuantities } from '../../src/facts/quantity.js';
import { sourceOf } from '../document/helpers.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const amounts = (text: string) => parseQuantities(text).map((q) => `${q.value}${q.unit}`);

describe('K (千) and W (万) right after a figure and before its counting word are magnitudes', () => {
  it('reads 1.3K份, 2.4k件, 1.2W人次 and 3w件', () => {
    expect(amounts('审查合同1.3K份,出具意见2.4k件')).toEqual(['1300份', '2400件']);
    expect(amounts('培训执法人员1.2W人次,调解纠纷3w件')).toEqual(['12000人次', '30000件']);
  });

  it('gives the facts their values', () => {
    expect(values('全市公职律师1.6K名。', 'public_lawyers')).toEqual([1600]);
    expect(values('全年调解矛盾纠纷2.5W件。', 'disputes_mediated')).toEqual([25000]);
  });

  it('but not a letter of a code, a model or a word, nor one without a counting word after it', () => {
    expect(amounts('建成5G基站47个,引进4K高清设备,热线话务量3.1W/月')).toEqual(['47个']);
    expect(amounts('采购DSJ-V8型记录仪,KPI得分9K分')).toEqual([]);
    expect(values('全市执法记录仪为5G型号,共计3台。', 'body_cameras')).toEqual([3]);
  });
});

describe('an arrow between two figures of one measure leads from the old value to the new', () => {
  it('reads the figure after the arrow, a bracketed year or 上年 beside the old one', () => {
    expect(values('• 复议收案:2,310件(2023年)→ 2,486件(2024年)', 'reconsideration_cases')).toEqual([2486]);
    expect(values('负责人出庭应诉率 91.2% -> 97.5%', 'head_appearance_rate')).toEqual([97.5]);
    expect(values('全县持证执法人员 640名(上年) ⇒ 702名', 'enforcement_officers')).toEqual([702]);
  });

  it('and the arrow before a figure leads to it (a target of a slide)', async () => {
    const text = '柘溪市2024年法治政府建设情况报告\n一、主要成效\n全年调解矛盾纠纷1,200件。\n二、2025年工作计划\n• 公职律师 → 1.5K名\n';
    const { facts } = await readFileQuoted(lexicon, text, 'zx.txt');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=1500:plan']);
  });

  it('between two measures it ends a clause: each act keeps its own count', () => {
    const text = '(二)行政复议与应诉\n• 应诉412件 → 败诉17件;受理信息公开申请860件→办结851件';
    expect(values(text, 'litigation_cases')).toEqual([412]);
    expect(values(text, 'litigation_lost_cases')).toEqual([17]);
    expect(values(text, 'disclosure_requests')).toEqual([860]);
    expect(values(text, 'disclosure_requests_closed')).toEqual([851]);
  });

  it('but an arrow between two measures makes no change (the first count stays)', () => {
    expect(values('审查政府合同420份 → 出具合法性审查意见515件', 'contracts_reviewed')).toEqual([420]);
  });
});

describe('应诉 with its count, as a line of figures abbreviates the suits answered', () => {
  it('reads the suits', () => {
    expect(values('行政复议与应诉:复议收案212件;应诉97件。', 'litigation_cases')).toEqual([97]);
  });

  it('but not the heads in court (出庭应诉, 到庭应诉)', () => {
    expect(values('区政府负责人到庭应诉31件。', 'litigation_cases')).toEqual([]);
    expect(values('行政机关负责人出庭应诉45件。', 'litigation_cases')).toEqual([]);
  });
});

describe('a table cell holding a code beside the row label names the row and counts nothing', () => {
  const report = (rows: string) => `柘溪县2024年法治政府建设情况报告\n一、主要成效\n全年调解矛盾纠纷1,200件。\n附表\n${rows}\n`;

  it('reads the count cell after the code cell, not the code’s digits nor a remark’s figures', async () => {
    const rows = [
      '指标 | 代码 | 数量 | 说明',
      '行政复议审结 | FY-02 | 83件 | 6件转入下年',
      '法制审核人员 | ZF09 | 38名 | 含兼职7名',
      '执法记录仪 | ZF_07 | 305台 | 型号K2',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, report(rows), 'zx.txt');
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=83:achieved']);
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual(['legal_review_staff=38:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=305:achieved']);
  });

  it('but a cell of words between label and count is no code: the count is not the label’s', async () => {
    const { facts } = await readFileQuoted(lexicon, report('法制审核人员 | 县司法局 | 38名'), 'zx.txt');
    expect(statusesWithId(facts, 'legal_review_staff')).toEqual([]);
  });
});

describe('a clause of a cue and its count alone after a clause stating the act', () => {
  it('counts what the act did (a comma where 、 or nothing would stand)', () => {
    expect(values('全年审查政府合同,协议865件。', 'contracts_reviewed')).toEqual([865]);
    expect(values('公布年度重大行政决策事项目录,事项7项。', 'major_decision_items')).toEqual([7]);
  });

  it('but not after a clause naming no act of the fact, nor after one that has its own count', () => {
    expect(values('加强政府合同管理,协议865件。', 'contracts_reviewed')).toEqual([]);
    expect(values('审查政府合同45件,协议12件。', 'contracts_reviewed')).toEqual([45]);
  });
});

describe('继续保持 between a rate and its figure', () => {
  it('reads the figure held on', () => {
    expect(values('负责人出庭应诉率继续保持在95%以上。', 'head_appearance_rate')).toEqual([95]);
  });
});

describe('the annual report named by its year alone, said to be out already', () => {
  it('is published', () => {
    expect(values('• 述法全覆盖;2023年度报告已公开', 'annual_report_published')).toEqual([true]);
    expect(values('2019年度报告已于3月30日在县政府网站全文公开。', 'annual_report_published')).toEqual([true]);
  });

  it('but not the 政府信息公开 yearly report, nor the duty to publish', () => {
    expect(values('2023年政府信息公开年度报告已于1月底在政府网站公布。', 'annual_report_published')).toEqual([]);
    expect(values('按照年度报告制度要求,年度报告应于3月底前公开。', 'annual_report_published')).toEqual([]);
  });
});

describe('一, before a short title alone on its line: a heading typed in half-width punctuation', () => {
  const kinds = (text: string) => buildDocument(sourceOf(text)).sentences.map((s) => `${s.kind}:${s.plain}`);

  it('opens the top-level sections, and the plans section reads as plans', () => {
    const text =
      '柘溪区2025年法治政府建设报告\n\n一,主要成效\n\n全区调解矛盾纠纷640件.\n\n二,存在的不足\n\n执法力量不足.\n\n三,2026年工作安排\n\n公职律师增至90名.\n';
    expect(kinds(text).at(-1)).toBe('plans:公职律师增至90名.');
  });

  it('but not a numeral and comma before running text on a line', () => {
    const text =
      '柘溪区2025年法治政府建设报告\n\n一、主要成效\n\n全区调解矛盾纠纷640件,化解率达九成\n二,四季度开展专项培训12期.\n\n二、下一步打算\n\n公职律师增至90名.\n';
    const doc = buildDocument(sourceOf(text));
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、主要成效', '二、下一步打算']);
  });
});
