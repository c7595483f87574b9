/**
 * The general rules added after the blind measurement of test/fixtures/heldout170 (the pandemic years), on texts of our
 * own: an activity stated as not held (全年未组织领导干部旁听庭审, 没有开展庭审观摩) is a stated zero of the observers, as
 * 全年未收到…申请 is of the applications (heldout110), while some units' failure and those left out are none (rules/facts.yaml
 * court_hearing_observers implied); a superior's demand addressed to the units of the body's own kind (市里…要求各县每年会前
 * 学法不少于4次 in a county's report) is the body's plan, its 各县 no other body owning the count (src/facts/passes/frames.ts);
 * so is a demand of the superior named by its name (葳城市政府要求…不低于90% in a 县级市's report), as 市里要求… was
 * (src/facts/passes/superior-level.ts); lawyers or services helping enterprises settle their own disputes (协助企业化解…纠纷)
 * give public legal service, no disputes_mediated (rules/facts.yaml disputes_mediated exclude_patterns).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A county's report with one sentence of its work. */
const county = (sentence: string) => `苕溪县2020年度法治政府建设情况报告
2020年，苕溪县坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${sentence}
二、存在的不足
一是执法保障仍不均衡。
苕溪县人民政府
2021年1月28日
`;

const statuses = async (text: string, id: string, file = 'tiaoxi.txt') => statusesWithId((await readFileQuoted(lexicon, text, file)).facts, id);

describe('an activity stated as not held', () => {
  it('is a stated zero of the observers', async () => {
    for (const sentence of ['受防控工作影响，全年未组织机关干部集中旁听庭审。', '全年没有开展行政案件庭审观摩活动。']) {
      expect(await statuses(county(sentence), 'court_hearing_observers')).toEqual(['court_hearing_observers=0:achieved']);
    }
  });

  it('but some units’ failure, those left out and a hearing put off state none', async () => {
    for (const sentence of [
      '部分乡镇全年未组织干部旁听庭审。',
      '对未组织旁听庭审的单位予以通报。',
      '未参加旁听庭审的干部年内补学。',
      '有3件行政案件因疫情未开庭审理。',
    ]) {
      expect(await statuses(county(sentence), 'court_hearing_observers')).toEqual([]);
    }
  });
});

describe('a superior’s demand addressed to the units of the body’s own kind', () => {
  it('is the body’s plan, whatever the figure reached after it', async () => {
    expect(await statuses(county('市里下发的考评办法要求各县每年会前学法不少于5次，我县已超额完成。'), 'exec_meeting_law_study')).toEqual([
      'exec_meeting_law_study=5:plan',
    ]);
  });

  it('but units of another kind, or the same units with no demand, are other bodies', async () => {
    for (const sentence of ['市里要求各乡镇每年集中学法不少于5次。', '各县每年会前学法不少于5次。']) {
      expect(await statuses(county(sentence), 'exec_meeting_law_study')).toEqual([]);
    }
  });
});

/** A 县级市's report to the 地级市 it belongs to, named in its addressee. */
const countyCity = (sentence: string) => `菰州市2020年度法治政府建设情况报告
澜城市人民政府：
2020年，菰州市坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
全年受理行政复议申请12件。${sentence}
二、存在的不足
一是执法保障仍不均衡。
菰州市人民政府
2021年1月25日
`;

describe('a demand of the superior named by its name', () => {
  it('is the body’s plan, as 市里要求… is', async () => {
    const text = countyCity('澜城市政府要求各县（市、区）负责人出庭应诉率不低于90%。');
    expect(await statuses(text, 'head_appearance_rate', 'guzhou.txt')).toEqual(['head_appearance_rate=90:plan']);
  });

  it('but the superior’s own figure stays the superior’s', async () => {
    const text = countyCity('澜城市全市行政机关负责人出庭应诉率为93.5%。');
    expect(await statuses(text, 'head_appearance_rate', 'guzhou.txt')).toEqual([]);
  });
});

describe('enterprises helped with their own disputes', () => {
  it('is public legal service, no disputes mediated', async () => {
    for (const sentence of ['组织律师服务团走访企业86家，协助企业化解涉疫合同纠纷27件。', '为企业开展法治体检，帮助企业解决劳动纠纷14件。']) {
      expect(await statuses(county(sentence), 'disputes_mediated')).toEqual([]);
    }
  });

  it('but the mediators’ own settling of enterprises’ disputes counts', async () => {
    expect(await statuses(county('县调委会全年调解涉企合同纠纷33件。'), 'disputes_mediated')).toEqual(['disputes_mediated=33:achieved']);
  });
});
