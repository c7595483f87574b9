/**
 * The general rules added after the blind measurement of test/fixtures/heldout75 (the inspector's side: papers
 * about many places at once), on texts of our own: any 通报 is a paper of another kind; in a paper whose title says
 * it tells of the units under a body (a 通报, an assessment) a clause that opens with a unit's name or a count of
 * units is theirs; a figure that is a bar some score or some units are picked by is no one's value; the points an
 * index observes are no acts of anyone's; suits named by how they ended or who brought them are no year's count.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

/** A province's notice on what its inspection of four counties found, the province's own figures in its first part. */
const inspection = (title: string) => `${title}

各市、县（市、区）委全面依法治市（县、区）委员会：
2024年10月，省委依法治省办组成督察组，对石塘县、柳渡县、枫桥县、梅岭县的法治政府建设情况开展督察，现将有关情况通报如下。
一、总体情况
全省坚持依法行政，推进法治政府建设，全省行政机关负责人出庭应诉率为95.8%，法律顾问参与合法性审查，普法和行政复议工作稳步推进。
二、发现的问题
从各县情况看，行政执法仍不规范，石塘县行政复议综合纠错率达17.2%，行政机关负责人出庭应诉率仅为78.4%；柳渡县执法记录仪只有36台。
4个县共有行政执法主体212个，其中31个未公示执法信息。四个县均已全面推行行政执法三项制度，但法制审核记录不全。
三、整改要求
对出庭应诉率低于85%、纠错率高于15%的县，由省委依法治省办约谈主要负责人。
`;

describe('a notice of what an inspection found', () => {
  it('is a paper of another kind, whatever its title names before 通报', async () => {
    const { doc } = await read(inspection('中共澜江省委全面依法治省委员会办公室关于2024年度法治督察发现问题的通报'), 'lanjiang.txt');
    expect(doc.kind).toBe('other');
    const statistics = await read(inspection('岚川市司法局关于2024年度全市行政复议和行政应诉工作情况的通报'), 'lanchuan.txt');
    expect(statistics.doc.kind).toBe('other');
  });

  it('reads the body’s own figures, not the counties’ named in any clause, nor the sample’s sums, nor the bars of a summons', async () => {
    const { facts } = await read(inspection('中共澜江省委全面依法治省委员会办公室关于2024年度法治督察发现问题的通报'), 'lanjiang.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=95.8:achieved']);
    expect(statusesWithId(facts, 'reconsideration_correction_rate')).toEqual([]);
    expect(statusesWithId(facts, 'body_cameras')).toEqual([]);
    expect(statusesWithId(facts, 'enforcement_subjects')).toEqual([]);
  });

  it('names the counties’ mention of the three systems as theirs, not the province’s', async () => {
    const text = inspection('中共澜江省委全面依法治省委员会办公室关于2024年度法治督察发现问题的通报');
    const { doc } = await read(text, 'lanjiang.txt');
    expect(extractFacts(doc, lexicon).filter((f) => f.id === 'enforcement_three_systems')).toEqual([]);
  });

  it('but a county’s own annual report with the same paragraph reads its figures as its own', async () => {
    const report = `石塘县2024年法治政府建设情况报告
一、主要工作
全县坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好普法工作。全县行政复议综合纠错率为11.3%，行政机关负责人出庭应诉率为96.1%。
`;
    const { doc, facts } = await read(report, 'shitang.txt');
    expect(doc.kind).toBe('annual_report');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=96.1:achieved']);
  });
});

describe('a bar some score or some units are picked by', () => {
  const assessment = `岚川市2024年度法治政府建设第三方评估报告
一、评估指标
评估依据市法治政府建设评估指标体系，围绕依法行政、行政执法、行政复议、普法和法律顾问参与合法性审查等方面设置观测点。
计分规则为：行政机关负责人出庭应诉率达到95%以上的得满分，低于60%的该项不得分；规范性文件合法性审核率在98%以下的扣2分。
二、评估结果
全市行政机关负责人出庭应诉率为93.6%，85%的市直部门主要负责人参加了年度述法。
`;

  it('is no one’s value; a share of units and the body’s own rate are read', async () => {
    const { facts } = await read(assessment, 'lanchuan.txt');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=93.6:achieved']);
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual([]);
    expect(statusesWithId(facts, 'shufa_coverage')).toEqual(['shufa_coverage=85:achieved']);
  });
});

describe('an index’s table of what it observes under each heading', () => {
  const table = (header: string) => `岚川市2024年度法治政府建设第三方评估报告

受市委依法治市办委托，评估组对全市依法行政、行政复议、普法和法律顾问参与合法性审查情况开展评估。

| 一级指标 | 权重 | ${header} |
|---|---|---|
| 依法科学民主决策 | 20% | 决策目录、公众参与 |
| 严格规范公正文明执法 | 30% | 行政执法三项制度、案卷评查 |

全市行政复议案件共计640件。
`;

  it('names no act of the body in its column of observed points', async () => {
    const { doc } = await read(table('主要观测点'), 'lanchuan.md');
    expect(extractFacts(doc, lexicon).filter((f) => f.id === 'enforcement_three_systems')).toEqual([]);
  });
});

describe('suits named by how they ended or by who brought them after a 复议', () => {
  const report = `岚川市司法局关于2024年度全市行政复议和行政应诉工作情况的通报
各县（市、区）司法局：
全市坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，普法工作稳步推进。
全市一审行政诉讼案件共计715件。复议决定作出后，申请人向法院提起行政诉讼的有64件。经诉前调解，原告撤回起诉的行政诉讼案件39件。
`;

  it('are parts, not the year’s count of suits', async () => {
    const { facts } = await read(report, 'lanchuan.txt');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=715:achieved']);
  });
});

describe('a verb before the levels named by their place words', () => {
  it('opens no unit’s clause in a notice about units', async () => {
    const notice = `中共岚川市委全面依法治市委员会办公室关于2024年度全市法治政府建设考核结果的通报
各县（区）委全面依法治县（区）委员会：
全市坚持依法行政，推进法治政府建设，行政复议、普法工作稳步推进。全市共聘请政府法律顾问130名，实现市、县、乡三级政府法律顾问全覆盖。
`;
    const { facts } = await read(notice, 'lanchuan.txt');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=130:achieved']);
  });
});
