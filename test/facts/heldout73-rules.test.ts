/**
 * The general rules added after the blind measurement of test/fixtures/heldout73 (a 直辖市's districts and
 * streets), on texts of our own: the cases a court asked the head to attend, a unit under the body presented
 * by its organ or pointed back at (该村), a count's difference from another place, another district's people
 * after 其中, and disputes weighed rather than settled.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** The facts of `body` as the achievements of a whole annual report titled `title` (a short text reads as another kind). */
const read = async (title: string, body: string): Promise<string[]> =>
  (
    await readFileQuoted(
      lexicon,
      `${title}\n\n一、2024年法治政府建设主要举措和成效\n${body}\n\n二、存在的不足\n法治宣传的针对性还不强。\n\n三、下一步工作安排\n继续加强矛盾纠纷化解工作。\n`,
      'qingyuan.txt',
    )
  ).facts;

const district = '青原区人民政府关于2024年法治政府建设情况的报告';
const township = '青原区白沙镇人民政府关于2024年法治政府建设情况的报告';

describe('the cases a court asked the head to attend (法院通知负责人出庭的N件)', () => {
  it('are the required cases, not those the head attended', async () => {
    const facts = await read(district, '全年行政应诉案件64件,其中法院通知负责人出庭的40件,负责人实际出庭应诉37件。');
    expect(statusesWithId(facts, 'head_appearance_required')).toEqual(['head_appearance_required=40:achieved']);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=37:achieved']);
  });

  it('and 均出庭 after them counts those cases, not every suit of the sentence', async () => {
    const facts = await read(district, '全年行政应诉案件64件,人民法院通知出庭的22件案件中区领导均出庭应诉。');
    expect(statusesWithId(facts, 'head_appearance_required')).toEqual(['head_appearance_required=22:achieved']);
    expect(statusesWithId(facts, 'head_appearance_cases')).toEqual(['head_appearance_cases=22:achieved']);
  });
});

describe('a unit under the body, presented by one of its organs or pointed back at', () => {
  it('tells the unit’s figures in a township’s report (村调委会…,该村…)', async () => {
    const facts = await read(township, '全镇各级调解组织调解矛盾纠纷215件。青石村调委会推行“板凳调解”,该村全年调解纠纷37件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=215:achieved']);
  });

  it('…but the village named as an object of the body’s act leaves the figure the body’s', async () => {
    const facts = await read(township, '镇司法所指导青石村开展“板凳调解”,全年调解纠纷37件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=37:achieved']);
  });

  it('tells a street’s advisers in a district’s report (街道为辖区…聘请)', async () => {
    const facts = await read(district, '区政府聘请法律顾问9名。柳岸街道为辖区15个社区聘请社区法律顾问15名。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=9:achieved']);
  });

  it('keeps a street’s communities theirs after 该街道 (社区 is no district’s own subject)', async () => {
    const own = '区政府聘请法律顾问9名,全区法律顾问实现全覆盖。';
    const street = '柳岸街道综合执法队全年立案查处违法行为960余起;该街道还为11个社区配备法律顾问,社区法律顾问实现全覆盖。';
    expect(statusesWithId(await read(district, street), 'legal_adviser_coverage_rate')).toEqual([]);
    expect(statusesWithId(await read(district, own + street), 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });
});

describe('该 and a place word', () => {
  const city = '吉安市人民政府关于2024年法治政府建设情况的报告';

  it('points back at a unit of the body (该区 in a city’s report)', async () => {
    const facts = await read(city, '青原区推进复议体制改革试点,该区全年受理行政复议申请412件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual([]);
  });

  it('…but 该市 in the city’s own report is the city itself', async () => {
    const facts = await read(city, '市政府推进复议体制改革试点,该市全年受理行政复议申请412件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=412:achieved']);
  });
});

describe('a count compared with another place (…数量少N件)', () => {
  it('is a difference, no count of the body', async () => {
    const facts = await read(district, '全年行政应诉案件88件。同邻近的梅川区相比,我区行政诉讼案件数量少23件。');
    expect(statusesWithId(facts, 'litigation_cases')).toEqual(['litigation_cases=88:achieved']);
  });
});

describe('another district’s people after 其中 (其中梅川区负责人…)', () => {
  it('tell that district’s rate, while the body’s own name before its people is its own', async () => {
    const facts = await read(district, '青原区行政机关负责人出庭应诉率为71.5%。在全市考评中,梅川区、松岭区位列前两名,其中梅川区负责人出庭应诉率达到88%。');
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual(['head_appearance_rate=71.5:achieved']);
  });
});

describe('disputes a 法治副书记 or a meeting weighs (研判)', () => {
  it('are not disputes settled, unlike 研判化解', async () => {
    const weighed = await read(district, '各街道法治副书记全年参与研判重点矛盾纠纷260余件。');
    expect(statusesWithId(weighed, 'disputes_mediated')).toEqual([]);
    const settled = await read(district, '区综治中心全年排查研判化解矛盾纠纷260余件。');
    expect(statusesWithId(settled, 'disputes_mediated')).toEqual(['disputes_mediated=260:achieved']);
  });
});
