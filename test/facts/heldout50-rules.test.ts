/**
 * The general rules added after the blind measurement of test/fixtures/heldout50, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('another place named as a sentence’s subject', () => {
  it('leaves the host district’s figures to it in a zone’s report, and keeps the zone’s own', async () => {
    const report = `松岙高新技术产业开发区管理委员会2023年度法治政府建设工作报告
2023年，管委会在市委、市政府领导下推进依法行政。
桐溪区全区现有行政执法主体41个，持证执法人员1730名。
桐溪区人民政府全年受理行政复议申请372件。
管委会现有持证执法人员86名，全年受理行政复议申请7件。
开发区全年组织执法人员培训4期，参训执法人员160人次。
`;
    const { doc, facts } = await read(report, 'songao.txt');
    expect(doc.level).toBe('district');
    expect(facts).toEqual(
      expect.arrayContaining(['enforcement_officers=86:achieved', 'reconsideration_cases=7:achieved', 'enforcement_training_participants=160:achieved']),
    );
    expect(facts).not.toContain('enforcement_officers=1730:achieved');
    expect(facts).not.toContain('enforcement_subjects=41:achieved');
    expect(facts).not.toContain('reconsideration_cases=372:achieved');
  });

  it('leaves a county-level city’s superior its figures, named or noted in a bracket after them', async () => {
    const report = `青畈市人民政府2023年法治政府建设情况报告
2023年，青畈市政府在岚州市委、市政府领导下依法履职。
岚州市全年组织领导干部旁听庭审2400余人次，市政府常务会议学法16次（以上为岚州市数据）。
岚州市本级行政复议申请1350件，我市受理量占全市的6%。
全年组织领导干部旁听庭审310人次，市政府常务会议学法8次，受理行政复议申请81件。
`;
    const { doc, facts } = await read(report, 'qingfan.md');
    expect(doc.place).toBe('青畈市');
    expect(facts).toEqual(
      expect.arrayContaining(['court_hearing_observers=310:achieved', 'exec_meeting_law_study=8:achieved', 'reconsideration_cases=81:achieved']),
    );
    expect(facts.filter((f) => /=(2400|16|1350):/.test(f))).toEqual([]);
  });

  it('leaves the autonomous region its rate in a league’s report', async () => {
    const report = `乌拉沁盟行政公署2023年度法治政府建设情况报告
全盟行政应诉案件142件，行政机关负责人出庭应诉率97.1%。自治区全年行政机关负责人出庭应诉率为95.2%。
`;
    const { facts } = await read(report, 'wulaqin.txt');
    expect(facts).toContain('head_appearance_rate=97.1:achieved');
    expect(facts).not.toContain('head_appearance_rate=95.2:achieved');
  });
});

describe('legal advisers engaged by every unit counted', () => {
  it('reads 均聘请了法律顾问 of all the units named as full coverage, and not a coverage still short', async () => {
    const full = `梅溪区人民政府2024年法治政府建设情况报告
区政府聘请法律顾问5名，17个镇街均聘请了法律顾问。
`;
    expect((await read(full, 'meixi.txt')).facts).toContain('legal_adviser_coverage_rate=100:achieved');
    const short = `梅溪区人民政府2024年法治政府建设情况报告
区政府聘请法律顾问5名，各镇街尚未全部配备法律顾问。
`;
    expect((await read(short, 'meixi2.txt')).facts.filter((f) => f.startsWith('legal_adviser_coverage_rate'))).toEqual([]);
  });
});
