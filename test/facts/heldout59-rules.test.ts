/**
 * The general rules added after the blind measurement of test/fixtures/heldout59 (towns and 街道 after the
 * reforms of 2021–2024), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** The ids of every fact read, presence facts too. */
const idsOf = async (text: string, file: string): Promise<string[]> =>
  extractFacts(buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), file)), lexicon).map((f) => f.id);

describe('a list of the units under the body, each item labelled with a unit’s name', () => {
  it('gives each unit its own figures and the body the total told after the list', async () => {
    const report = `# 柳岸区白鹭街道2024年法治建设工作总结

## 一、街道工作

街道主任办公会议会前学法7次,街道党工委会议专题研究法治建设2次。

## 二、各社区情况

1. **白鹭社区**:法律顾问驻点服务30次,调解邻里纠纷33件。
2. **南湖社区**:以调解物业纠纷为主,全年调解矛盾纠纷24件,组织居民旁听庭审1次。
3. **江畔社区**:调解矛盾纠纷19件,开展普法活动12场。

三个社区调解之外,全街道全年共调解矛盾纠纷90件。
`;
    const { facts } = await read(report, 'bailu.md');
    expect(facts).toEqual(expect.arrayContaining(['disputes_mediated=90:achieved', 'exec_meeting_law_study=7:achieved']));
    expect(facts.filter((f) => /^disputes_mediated=(33|24|19):/.test(f))).toEqual([]);
  });

  it('reads a clause of an entry that opens with the body itself as the body’s', async () => {
    const report = `青溪镇2023年法治政府建设工作报告
一、主要工作
(一)村级情况
(1)石湾村:村法律顾问到村服务18次,调解土地纠纷11件。
(2)青溪村:调解邻里纠纷8件,镇调委会在该村另行化解疑难纠纷5件。
(二)镇政府
镇政府聘请法律顾问2名。
青溪镇人民政府
2024年1月10日
`;
    const { facts } = await read(report, 'qingxi.txt');
    expect(facts).toEqual(expect.arrayContaining(['disputes_mediated=5:achieved', 'legal_advisers=2:achieved']));
    expect(facts.filter((f) => /^disputes_mediated=(11|8):/.test(f))).toEqual([]);
  });
});

describe('a body that issues no 规范性文件', () => {
  it('cleans other papers, which are no 规范性文件 cleaned', async () => {
    const report = `梅岭街道2023年法治建设情况报告
一、主要工作
街道没有制定行政规范性文件的权限,对近五年以街道名义印发的工作文件逐件核对,共清理文件31件,宣布失效6件。
街道出具合法性审查意见20件。
`;
    const { facts } = await read(report, 'meiling.txt');
    expect(facts).toContain('legality_review_opinions=20:achieved');
    expect(facts.filter((f) => f.startsWith('normative_docs_cleaned='))).toEqual([]);
  });

  it('that year still cleans those of earlier years', async () => {
    const report = `松坪乡2022年法治政府建设工作报告
一、主要工作
本年度乡政府未出台规范性文件,对2018年以来印发的规范性文件开展全面清理,宣布废止4件。
`;
    const { facts } = await read(report, 'songping.txt');
    expect(facts).toContain('normative_docs_cleaned=4:achieved');
  });
});

describe('a document of the superior that the body followed', () => {
  it('names the superior’s catalogue and count, not the body’s', async () => {
    const report = `柳岸区白鹭街道办事处2023年度法治政府建设工作报告
一、主要工作
依照区政府制定的年度重大行政决策事项目录(全区共纳入事项11项),街道研究确定本级重大行政决策事项3项,均经集体讨论决定。
`;
    const { facts } = await read(report, 'bailu.txt');
    expect(facts).toContain('major_decision_items=3:achieved');
    expect(facts.filter((f) => f.startsWith('major_decision_items=11'))).toEqual([]);
    expect(await idsOf(report, 'bailu.txt')).not.toContain('major_decision_catalogue_published');
  });

  it('leaves the body’s own catalogue its own', async () => {
    const report = `松坪乡2023年法治政府建设工作报告
一、主要工作
按照县政府统一部署,乡政府编制并公布本乡年度重大行政决策事项目录,列入事项2项。
`;
    expect(await idsOf(report, 'songping.txt')).toContain('major_decision_catalogue_published');
    const { facts } = await read(report, 'songping.txt');
    expect(facts).toContain('major_decision_items=2:achieved');
  });
});

describe('the villagers’ training and the villages’ contracts', () => {
  it('are no lecture for officials and no government contract', async () => {
    const report = `石溪镇2024年法治建设工作报告
一、主要工作
镇政府邀请律师为镇村干部举办依法行政专题讲座3期。
举办“法律明白人”骨干培训班5期,培训村民骨干210人次。
镇政府全年审查合同25份。各村法律顾问为村集体审查承包合同40份。
`;
    const { facts } = await read(report, 'shixi.txt');
    expect(facts).toEqual(expect.arrayContaining(['law_lectures=3:achieved', 'contracts_reviewed=25:achieved']));
    expect(facts.filter((f) => /^(law_lectures=5|contracts_reviewed=40):/.test(f))).toEqual([]);
  });
});
