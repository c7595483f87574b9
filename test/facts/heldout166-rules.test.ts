/**
 * The general rules added after the blind measurement of test/fixtures/heldout166 (the formats users hand us less often),
 * on texts of our own: a clause the next one leaves out of the count with its bare verb (…另有执法人员176名,未计入 / …,不含在内,
 * a footnote's way of naming other bodies' figures) counts nothing of the body's, as one left out 未纳入上述统计 already did
 * (rules/passes.yaml other_period.left_out); a 市 whose text calls a city's body its superior by the generic word (上级市司法局,
 * 上级市委) is a 县级市, a county, though it never writes 县级市 nor names that city (rules/reporters.yaml superior_city).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A county's report whose paragraph on enforcement is followed by a note, as a footnote is read after its paragraph. */
const county = (note: string) => `茈溪县2024年度法治政府建设情况报告
2024年，县政府坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
全县核定行政执法主体29个，持证行政执法人员842名，配备执法记录仪163台。
${note}
二、存在的不足
基层执法力量仍然薄弱。
茈溪县人民政府
2025年2月10日
`;

describe('a figure the next clause leaves out with its bare verb', () => {
  it('is no count of the body’s: the note’s other bodies’ officers are not the county’s', async () => {
    for (const note of ['注:数据截至2024年12月31日;气象、烟草等部门驻县单位另有执法人员95名,未计入。', '气象、烟草等部门驻县单位另有执法人员95名,不含在内。']) {
      const { facts } = await read(county(note), 'cixi.txt');
      expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=842:achieved']);
    }
  });

  it('but a clause saying what is not yet done leaves no figure out', async () => {
    const { facts } = await read(county('乡镇综合执法队伍另有执法人员95名,均未纳入执法资格考试。'), 'cixi.txt');
    expect(statusesWithId(facts, 'enforcement_officers')).toContain('enforcement_officers=95:achieved');
  });
});

/** A 市's report that never writes 县级市 nor counts its towns, and speaks of a superior in the words given. */
const city = (superior: string) => `芡塘市2022年度法治政府建设情况报告
2022年，芡塘市在上级党委政府和市委的正确领导下，深入推进法治政府建设，现将有关情况报告如下。
市政府常务会议会前学法6次。全市行政执法人员712名。${superior}
芡塘市人民政府
2023年1月20日
`;

describe('a 市 whose superior is a city’s body called by its generic word', () => {
  it('is a 县级市, a county, whatever the superior’s whole takes in', async () => {
    for (const superior of ['上级市司法局对全市(含各县市区)行政执法案卷开展评查,我市排名第三。', '按照上级市委、市政府部署,开展法治督察。']) {
      const { doc } = await read(city(superior), 'qiantang.txt');
      expect([doc.level, doc.place]).toEqual(['county', '芡塘市']);
    }
  });

  it('but a city answering to the superior 市场监管 bodies and guiding its counties is a city', async () => {
    const { doc } = await read(city('配合上级市场监督管理部门开展专项检查,指导各县区开展案卷评查。'), 'qiantang.txt');
    expect([doc.level, doc.place]).toEqual(['city', '芡塘市']);
  });
});
