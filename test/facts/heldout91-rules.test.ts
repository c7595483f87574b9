/**
 * The general rules added after the blind measurement of test/fixtures/heldout91 (long sentences, figures far from
 * what they count, 以…为 and 把…作为, other bodies' figures in brackets), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

describe('a number, a long modifier closed by 的, and the noun it counts', () => {
  const text =
    '截至年底,全县共有1,158名经过集中培训、考试合格并持有省政府统一制发的行政执法证件、在基层一线从事执法工作的各类行政执法人员,分布在31个执法部门。';

  it('counts the noun that ends the clause, not a cue inside the modifier', () => {
    expect(values(text, 'enforcement_officers')).toEqual([1158]);
    expect(values(text, 'enforcement_training_participants')).toEqual([]);
  });

  it('whatever the modifier says they qualified by', () => {
    const exam = '全市共有6,240名通过岗前培训、参加全省统一考试取得执法资格并在岗位上依法履职的行政执法人员(其中市本级1,310名)。';
    expect(values(exam, 'enforcement_officers')).toEqual([6240]);
  });

  it('but not a number after a verb that is no count of how many there are (一 as an article)', () => {
    expect(values('法律顾问审查合同后,帮助镇政府避免了一起因条款约定不清可能引发的经济纠纷。', 'disputes_mediated')).toEqual([]);
  });

  it('nor a noun that does not end its clause', () => {
    expect(values('全县共有86名经过培训的执法人员参加了案卷评查。', 'enforcement_officers')).toEqual([]);
  });

  it('nor officers counted as those a course took (参加培训的, no papers said)', () => {
    const trained = '全县共有320名参加岗前培训的执法人员,考核均合格。';
    expect(values(trained, 'enforcement_officers')).toEqual([]);
  });
});

describe('a modifier saying the officers hold their papers: the course in it is how they came to', () => {
  it('reads the count after the noun', () => {
    expect(values('全县经过资格审查、培训考试合格并取得执法证件的在岗行政执法人员共812名。', 'enforcement_officers')).toEqual([812]);
  });

  it('but not officers a course counted, with no papers in the modifier', () => {
    expect(values('参加年度执法培训的执法人员共415名。', 'enforcement_officers')).toEqual([]);
  });

  it('nor the newly certified (新取得: still a part)', () => {
    expect(values('今年经培训考试新取得执法证件的执法人员共64名。', 'enforcement_officers')).toEqual([]);
  });
});

describe('a bracket after a count that counts others apart (另有…)', () => {
  it('lends the count none of its distractors', () => {
    const text = '镇综合执法队可以独立开展执法工作的在编在岗执法人员共有19名(另有协管人员27名未纳入统计)。';
    expect(values(text, 'enforcement_officers')).toEqual([19]);
  });

  it('but a distractor outside such a bracket still counts', () => {
    expect(values('镇综合执法队协管执法人员共有27名(另有在编人员19名)。', 'enforcement_officers')).toEqual([]);
  });
});

describe('a verb listed after a counted verb keeps the subject across clauses without one', () => {
  it('reads each listed verb of the fact', () => {
    const text = '县政府对本级规范性文件开展全面清理,经部门自查、司法局复核,决定废止6件、宣布失效4件、修改2件。';
    expect(values(text, 'normative_docs_cleaned')).toEqual([6, 4]);
  });
});

describe('the kind of equipment the recorders head (执法记录仪等…设备)', () => {
  it('counts the recorders with it', () => {
    expect(values('全年为各中队新配发执法记录仪等音视频记录设备共计530台。', 'body_cameras')).toEqual([530]);
  });

  it('but not a list of other equipment beside them', () => {
    expect(values('全年配发执法记录仪、对讲机等执法装备共计530台。', 'body_cameras')).toEqual([]);
  });
});

describe('disputes looked for (摸排) are not disputes mediated', () => {
  it('reads only those settled', () => {
    expect(values('各级调解组织共摸排各类矛盾纠纷1,420件,成功调解1,377件。', 'disputes_mediated')).toEqual([1377]);
  });

  it('unless settling follows (摸排化解)', () => {
    expect(values('各级调解组织全年摸排化解矛盾纠纷1,420件。', 'disputes_mediated')).toEqual([1420]);
  });
});

describe('a bracket whose subject is the superior', () => {
  const street = (sentence: string) => `柘岭街道2023年法治政府建设情况报告\n一、主要成效\n${sentence}\n`;

  it('holds the superior’s figures, none of the body’s', async () => {
    const { facts } = await readFileQuoted(lexicon, street('街道全年审查合同18份,出具法律意见22件(区司法局同期为全区审查合同共计356份)。'), 'zl.txt');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=18:achieved']);
  });

  it('but a part of the body’s total labelled by level stays the body’s', async () => {
    const text = '柘岭区2023年法治政府建设情况报告\n一、主要成效\n全年共收到行政复议申请126件(其中市级14件、区级112件)。\n';
    const { facts } = await readFileQuoted(lexicon, text, 'zl.txt');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=126:achieved']);
  });
});

describe('以…为目标 states a purpose, no target', () => {
  const county = (sentence: string) => `柘岭县2025年法治政府建设情况报告\n一、主要成效\n${sentence}\n`;
  // a plan marker later in the sentence makes its clauses read for status one by one
  const later = '全年参与重大法律事务52件次，下一步将力争实现各乡镇法律顾问全覆盖。';

  it('the figures after it are achieved', async () => {
    const text = county(`县政府以提升依法决策水平为目标，由县政府聘请的6名常年法律顾问与全县19名公职律师组成服务团队，${later}`);
    const { facts } = await readFileQuoted(lexicon, text, 'zl.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=19:achieved']);
  });

  // (对照…目标, 围绕…目标 name the standard or purpose of what follows, as 以…为目标 does: no target of their own)
  it('but a clause that ends naming a target of its own still opens a plan', async () => {
    const text = county(`县政府明确年度工作目标，由县政府聘请的6名常年法律顾问组成服务团队，${later}`);
    const { facts } = await readFileQuoted(lexicon, text, 'zl.txt');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:plan']);
  });
});

describe('people counted, then the batches in which they went', () => {
  it('counts those who sat in on hearings', () => {
    expect(values('组织各部门负责人和执法骨干共计164名,分四批次到县法院旁听行政案件庭审。', 'court_hearing_observers')).toEqual([164]);
  });

  it('but not those who sat an exam in batches', () => {
    expect(values('组织各部门干部共计164名,分四批参加法律知识考试,另组织旁听庭审2场。', 'court_hearing_observers')).toEqual([]);
  });
});
