/**
 * The general rules added after the blind measurement of test/fixtures/heldout107 (enforcement departments' own yearly
 * reports: whose figure is it?), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { quotedValuesOf, readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);
/** A county bureau's own report, the sentence in its first section. */
const bureau = async (sentence: string, id: string) =>
  statusesWithId(await sectionStatuses(lexicon, '岫溪县交通运输局2024年度法治政府建设情况报告', sentence), id);

describe('the hours of all the officers added up', () => {
  it('a 累计 with no one person named is the sum, not the hours per head', () => {
    expect(values('全大队执法人员参加岗位练兵,全年累计培训3,120学时,人均65学时。', 'enforcement_training_hours')).toEqual([65]);
  });

  it('but 人均累计 is per head', () => {
    expect(values('全大队执法人员参加网络培训,人均累计完成培训61学时。', 'enforcement_training_hours')).toEqual([61]);
  });
});

describe('the officers an award went to', () => {
  it('are no count of the officers', () => {
    expect(values('4名执法人员在全省交通执法技能竞赛中获评“执法标兵”。', 'enforcement_officers')).toEqual([]);
    expect(values('大队执法人员三名被评为全市优秀执法者。', 'enforcement_officers')).toEqual([]);
  });

  it('while the count beside an award to the unit stays', () => {
    expect(values('大队现有持证执法人员48名,获评全市执法示范单位。', 'enforcement_officers')).toEqual([48]);
  });
});

describe('a department’s place beside its own figures', () => {
  it('同期 and the place’s whole tell the place’s figure, not the bureau’s', async () => {
    expect(await bureau('局长出庭应诉2件,负责人出庭应诉率100%。同期全县行政机关负责人出庭应诉率为94.5%。', 'head_appearance_rate')).toEqual([
      'head_appearance_rate=100:achieved',
    ]);
  });

  it('the place’s whole without a lead of the same year is still read (a 司法局 speaks for its county)', async () => {
    const facts = await sectionStatuses(lexicon, '岫溪县司法局2024年度法治政府建设情况报告', '全县行政机关负责人出庭应诉率为97.6%。');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=97.6:achieved']);
  });

  it('a county’s own report keeps its 同期 figure', async () => {
    const facts = await sectionStatuses(
      lexicon,
      '岫溪县人民政府2024年度法治政府建设情况报告',
      '县政府办结复议案件40件,同期全县行政机关负责人出庭应诉率为97.6%。',
    );
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=97.6:achieved']);
  });
});

describe('the body’s own offices as a part of its own total', () => {
  it('a total whose subject names 局机关 is broken down by its brackets, not shared', async () => {
    expect(await bureau('局机关和县交通运输综合执法大队共有持证执法人员47名(局机关8名、执法大队39名)。', 'enforcement_officers')).toEqual([
      'enforcement_officers=47:achieved',
    ]);
  });

  it('while the bureau’s offices out of its whole system’s total are its share', async () => {
    expect(await bureau('全县交通运输系统持证执法人员160名,其中局机关18名。', 'enforcement_officers')).toEqual([
      'enforcement_officers=160:achieved',
      'enforcement_officers=18:achieved',
    ]);
  });
});

describe('a city bureau’s branch named after its county', () => {
  const branch = (sentence: string) => sectionStatuses(lexicon, '枫沅市生态环境局蓼屏分局2023年度法治政府建设工作报告', sentence);

  it('is the department, serving a county', async () => {
    const { doc } = await readFileQuoted(lexicon, '枫沅市生态环境局蓼屏分局2023年度法治政府建设工作报告\n一、主要工作\n推进严格执法。\n', 'liaoping.txt');
    expect([doc.level, doc.place, doc.government]).toEqual(['department', '枫沅市生态环境局蓼屏分局', 'county']);
  });

  it('so its bureau’s city system is the superior’s, in brackets or in a clause', async () => {
    expect(statusesWithId(await branch('分局现有持证执法人员36名(全市生态环境系统持证执法人员共计410名)。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=36:achieved',
    ]);
    expect(statusesWithId(await branch('全市生态环境系统持证执法人员共计410名,分局现有持证执法人员36名。'), 'enforcement_officers')).toEqual([
      'enforcement_officers=36:achieved',
    ]);
  });

  it('while a city bureau’s own report keeps its city system’s figure', async () => {
    const facts = await sectionStatuses(lexicon, '枫沅市生态环境局2023年度法治政府建设工作报告', '全市生态环境系统持证执法人员共计410名,其中局机关36名。');
    expect(statusesWithId(facts, 'enforcement_officers')).toContain('enforcement_officers=410:achieved');
  });
});

describe('the few a bureau sent to another’s course', () => {
  it('are not the people it trained', async () => {
    expect(await bureau('选派4人参加市交通运输局举办的全市交通执法人员培训班(全市参训260人)。', 'enforcement_training_participants')).toEqual([]);
  });

  it('nor the bureau’s officers when named by what they did (骨干)', async () => {
    expect(await bureau('选派3名业务骨干参加省厅组织的培训。', 'enforcement_training_participants')).toEqual([]);
  });

  it('but its officers sent, counted as attendances after the course, are', async () => {
    expect(await bureau('选派执法人员参加市司法局组织的执法培训14人次。', 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=14:achieved',
    ]);
  });

  it('while all its officers attending a superior’s course are', async () => {
    expect(await bureau('全局45名执法人员全部参加市局组织的执法业务培训。', 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=45:achieved',
    ]);
  });
});

describe('the teams sent down to the units under a department’s place', () => {
  it('are the units’, not the bureau’s', async () => {
    expect(
      await bureau('全局在编执法人员96名,均持证上岗。另外,下沉至全县11个乡镇的综合执法队持证人员共计240名,由各乡镇统一指挥。', 'enforcement_officers'),
    ).toEqual(['enforcement_officers=96:achieved']);
  });

  it('while a county’s own report counts them as its own', async () => {
    const facts = await sectionStatuses(lexicon, '岫溪县人民政府2024年度法治政府建设情况报告', '下沉至全县11个乡镇的综合执法队持证人员共计240名。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=240:achieved']);
  });
});

describe('a county’s or district’s 市场监督管理局', () => {
  it.each([
    ['岫溪县市场监督管理局', 'county'],
    ['棠溪区市场监督管理局', 'district'],
  ])('%s belongs to its %s, no place called …县市', async (name, government) => {
    const { doc } = await readFileQuoted(lexicon, `${name}2023年度法治政府建设情况报告\n一、主要工作\n推进严格执法。\n`, 'shichang.txt');
    expect([doc.level, doc.place, doc.government]).toEqual(['department', name, government]);
  });

  it('while a name with two suffixes stays one (沙市区)', async () => {
    const { doc } = await readFileQuoted(lexicon, '沙市区司法局2023年度法治政府建设情况报告\n一、主要工作\n推进严格执法。\n', 'shashi.txt');
    expect([doc.place, doc.government]).toEqual(['沙市区司法局', 'district']);
  });
});
