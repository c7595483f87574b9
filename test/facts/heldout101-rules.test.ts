/**
 * The general rules added after the blind measurement of test/fixtures/heldout101 (case stories, highlight boxes and
 * columns beside the year's figures), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
const TITLE = '柏溪县人民政府关于2024年度法治政府建设情况的报告';
const report = async (body: string) => (await readFileQuoted(lexicon, `${TITLE}\n一、主要工作\n${body}\n`, 'baixi.txt')).facts;

describe('a case told in full: its figures are the case’s, none of the year’s', () => {
  it('a paragraph under a case label beside the year’s totals', async () => {
    const facts = await report(
      [
        '(一)严格规范执法。全县持证行政执法人员860名。',
        '案例一:县市场监管局查处一起无证经营行为,4名执法人员现场检查,依法罚款3万元。',
        '执法案例二:县交通运输局对1辆非法营运车辆立案,当事人未申请复议。',
        '(二)复议应诉。全年受理行政复议案件38件,办理行政应诉案件17件。',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=860:achieved']);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=38:achieved']);
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=17:achieved']);
  });

  it('a case’s title alone on its line, the story under it and a paragraph that refers back to it', async () => {
    const facts = await report(
      [
        '(一)复议应诉。办理行政应诉案件21件,行政机关负责人出庭应诉率100%。',
        '典型案例一:一起工伤认定行政诉讼案',
        '某公司职工起诉县人社局,副县长出庭应诉1次,法院判决驳回诉讼请求。',
        '该案审结后,县人社局对2名工作人员开展约谈。',
        '(二)调解。全县调解矛盾纠纷1260件。',
      ].join('\n'),
    );
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=21:achieved']);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual([]);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1260:achieved']);
  });

  it('not past the case: a paragraph after it that does not refer back is the year’s again', async () => {
    const facts = await report(['案例一:县城管局查处占道经营1起,罚款500元。', '全县持证行政执法人员860名,配备执法记录仪300台。'].join('\n'));
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=860:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=300:achieved']);
  });

  it('not a paragraph that only counts cases (发布典型案例12个) or opens with 案例 as a word', async () => {
    const facts = await report(['全年发布典型案例12个,受理行政复议案件38件。', '案例教学覆盖全县执法人员,全县持证行政执法人员860名。'].join('\n'));
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=38:achieved']);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=860:achieved']);
  });
});

describe('a chapter of nothing but cases', () => {
  it('tells cases in every paragraph; the chapters beside it are the year’s', async () => {
    const text = [
      TITLE,
      '一、主要工作',
      '全年受理行政复议案件64件,全县持证行政执法人员860名。',
      '二、典型案例',
      '某公司不服罚款决定申请复议,5名执法人员参加听证,罚款由5万元变更为2万元。',
      '三、存在的不足',
      '仍有3个乡镇未配备法制审核人员。',
    ].join('\n');
    const { facts } = await readFileQuoted(lexicon, `${text}\n`, 'baixi.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=860:achieved']);
  });

  it('but not a chapter of cases and other work (典型案例和经验做法)', async () => {
    const text = [TITLE, '一、典型案例和经验做法', '全县持证行政执法人员860名。'].join('\n');
    const { facts } = await readFileQuoted(lexicon, `${text}\n`, 'baixi.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=860:achieved']);
  });
});

describe('a box’s title is a line of its own', () => {
  it('so a box’s line that opens with an earlier year is that year’s', async () => {
    const facts = await report(
      ['全年受理行政复议申请52件。', '专栏2 数说柏溪县法治政府建设的成效', '2023年全县受理行政复议申请41件;2024年县法院受理一审行政案件150件。'].join('\n'),
    );
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=52:achieved']);
  });

  it('and a box’s line of the year is read as the year’s', async () => {
    const facts = await report(['专栏1 一组数字看柏溪县的法治建设', '全年受理行政复议申请52件,办结49件。'].join('\n'));
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=52:achieved']);
  });
});

describe('the years a person has served: the totals after them are a career’s', () => {
  it('reads none of a mediator’s cumulative count', async () => {
    const facts = await sectionStatuses(
      lexicon,
      TITLE,
      '老党员李某某扎根基层调解二十余年,累计化解矛盾纠纷600余件,2024年被评为全县优秀调解员。全县调解矛盾纠纷1260件。',
    );
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1260:achieved']);
  });

  it('but not a length of service that picks people out', () => {
    expect(values('组织从事行政执法工作不满3年的执法人员培训200人次。', 'enforcement_training_participants')).toEqual([200]);
  });
});

describe('a rate cue that opens its clause after a list of subjects of several rates', () => {
  it('holds for each: the decisions’ and contracts’ and the documents’ review rates', () => {
    const text = '对镇政府重大决策事项、规范性文件和合同协议进行合法性审查,审查率100%。';
    expect(values(text, 'legality_review_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_review_rate')).toEqual([100]);
  });

  it('but a list of the documents and their cleanup names no other rate’s subject', () => {
    const text = '全年审核行政规范性文件15件、清理废止6件,审核率100%。';
    expect(values(text, 'legality_review_rate')).toEqual([]);
    expect(values(text, 'normative_doc_review_rate')).toEqual([100]);
  });

  it('nor a list of counts without 均 (heldout100: the rate may be the last count’s)', () => {
    expect(values('全年审核行政规范性文件14件、合同协议77件,审核率为100%。', 'legality_review_rate')).toEqual([]);
  });

  it('nor does a list of decisions and contracts alone give the documents’ rate', () => {
    const text = '对县政府重大行政决策和合同开展合法性审查,审查率100%。';
    expect(values(text, 'legality_review_rate')).toEqual([100]);
    expect(values(text, 'normative_doc_review_rate')).toEqual([]);
  });
});

describe('a clause that opens by naming one case tells that case, up to a ";"', () => {
  it('如…一案: none of its figures', async () => {
    const facts = await report('全年受理行政复议案件64件。如某公司不服罚款决定一案,复议机构组织听证,3名执法人员到场说明,最终变更罚款。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual([]);
  });

  it('在一起…诉讼中: none of its figures, nor a rate derived from them', async () => {
    const facts = await report('办理行政应诉案件41件。在一起征收补偿诉讼中,县长出庭应诉1次,原告撤诉。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=41:achieved']);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual([]);
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual([]);
  });

  it('not a kind of cases or the body’s own cases named before 中', async () => {
    const kind = await report('全年行政应诉案件52件。该类案件中,负责人出庭48件,出庭率92.3%。');
    expect(statusesWithId(kind, 'head_appearance_cases')).toEqual(['head_appearance_cases=48:achieved']);
    const own = await report('本县行政诉讼案件中,行政机关负责人出庭应诉27件。');
    expect(statusesWithId(own, 'head_appearance_cases')).toEqual(['head_appearance_cases=27:achieved']);
  });

  it('but the year’s again after the ";", and not a clause that opens with 如期', async () => {
    const facts = await report('该案中2名执法人员被追责;全县持证执法人员900名,如期完成换证,配备执法记录仪300台。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=900:achieved']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=300:achieved']);
  });
});
