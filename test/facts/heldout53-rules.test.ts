/**
 * The general rules added after the blind measurement of test/fixtures/heldout53, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const read = (text: string, file: string) => readFileQuoted(lexicon, text, file);

describe('a part named before the noun of the suits it is drawn from', () => {
  it('reads 应由负责人出庭的行政诉讼案件N件 as the required count and 败诉的行政诉讼案件N件 as the lost one', async () => {
    const report = `柘川县人民政府2024年度法治政府建设情况报告
一、主要工作
全县应当由行政机关负责人出庭的行政应诉案件36件，负责人实际出庭34件。
全年以县政府部门为被告且败诉的行政诉讼案件4件，已督促逐案整改。
`;
    const { facts } = await read(report, 'zhechuan.txt');
    expect(facts).toEqual(
      expect.arrayContaining(['head_appearance_required=36:achieved', 'head_appearance_cases=34:achieved', 'litigation_lost_cases=4:achieved']),
    );
    // neither is the count of every suit
    expect(facts.filter((f) => f.startsWith('litigation_cases='))).toEqual([]);
  });

  it('still leaves the suits to their own count when no part is named before them', async () => {
    const report = `柘川县人民政府2024年度法治政府建设情况报告
一、主要工作
全县行政诉讼案件58件，行政机关负责人出庭应诉55件。
`;
    const { facts } = await read(report, 'zhechuan2.txt');
    expect(facts).toContain('litigation_cases=58:achieved');
    expect(facts.filter((f) => f.startsWith('head_appearance_required=') || f.startsWith('litigation_lost_cases='))).toEqual([]);
  });
});

describe('a figure cut by a line break in a text broken at a width', () => {
  // a report saved with a hard break at a fixed width, whose copy cut three figures short of it
  const report = [
    '岑溪区人民政府2022年度法治政府建设情况报告',
    '2022年，岑溪区坚持以法治思维推动各项工作，法治政府建设各项',
    '任务稳步推进，行政执法规范化水平和群众满意度进一步提升，现将',
    '有关情况报告如下：',
    '一、主要工作',
    '1.区政府全年受理行政复议申请53件，审结49件，综合纠错率为',
    '11.3%，行政机关负责人出庭应诉率达到96.',
    '4%，人大代表建议和政协提案办复率100',
    '%，全区各部门均按时向社会公开年度报告，接受群众监督和评议。',
    // an item's line that ends in the cut figure, with no stop that would end a title
    '2.各级人民调解组织全年调处矛盾纠纷24',
    '17件，调解成功率为98.3%。',
    '3.全区持证行政执法人员共计968名，配备执法记录仪412台，各部',
    '门全面推行执法全过程记录制度，执法案卷评查合格率稳步提高。',
    '',
  ].join('\n');

  it('joins each figure whole and reads it', async () => {
    const { facts } = await read(report, 'cenxi.txt');
    expect(facts).toEqual(
      expect.arrayContaining([
        'head_appearance_rate=96.4:achieved',
        'disputes_mediated=2417:achieved',
        'proposals_completion_rate=100:achieved',
        'enforcement_officers=968:achieved',
      ]),
    );
    expect(facts.filter((f) => /^disputes_mediated=(24|17):/.test(f))).toEqual([]);
  });
});
