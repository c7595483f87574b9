/**
 * The general rules added after the blind measurement of test/fixtures/heldout78 (民族地区, figures in Chinese or
 * full-width numerals), on texts of our own: courses for the clergy or rangers are no leaders' lectures and no
 * enforcement training, villages that all signed up an adviser are covered, and the body's own figure told after
 * its superior's by the body's own name (我县, 本市) takes the superior's subject.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const COUNTY = '柘原县2024年法治政府建设情况报告';
const BANNER = '额尔登旗2023年法治政府建设情况报告';
// the year's own opening first, with words enough of 法治 for a report on it
const OPENING = '2024年,县政府坚持依法行政,扎实推进法治政府建设,各项工作取得新成效。';
const read = (body: string) => sectionStatuses(lexicon, COUNTY, `${OPENING}\n${body}`);

/** A banner's report with one enforcement section holding `paragraph`. */
const enforcementSection = async (paragraph: string) =>
  (
    await readFileQuoted(
      lexicon,
      `${BANNER}\n2023年,旗政府坚持依法行政,扎实推进法治政府建设。\n一、主要工作\n(四)严格规范公正文明执法\n${paragraph}\n`,
      'erdeng.txt',
    )
  ).facts;

describe('a course whose audience is the clergy or a temple’s own committee', () => {
  it('is no lecture held for officials', async () => {
    const committee = await read('在各寺院开展普法活动,为寺管会委员举办法治培训班12期。');
    expect(statusesWithId(committee, 'law_lectures')).toEqual([]);
    const clergy = await read('为全县清真寺民管会成员和宗教教职人员举办法律知识专题讲座5场。');
    expect(statusesWithId(clergy, 'law_lectures')).toEqual([]);
  });

  it('unlike a course for the officials of the bureau that deals with religion', async () => {
    const facts = await read('为县民族宗教事务局干部举办依法行政培训班2期。');
    expect(statusesWithId(facts, 'law_lectures')).toEqual(['law_lectures=2:achieved']);
  });
});

describe('a course under an enforcement heading whose trainees hold no enforcement post', () => {
  it('counts no enforcement training (rangers, grid workers)', async () => {
    const rangers = await enforcementSection('组织全旗生态管护员、护林员开展法律法规培训一千五百余人次。');
    expect(statusesWithId(rangers, 'enforcement_training_participants')).toEqual([]);
    const grid = await enforcementSection('全旗网格员参加行政执法协助业务培训四百人次。');
    expect(statusesWithId(grid, 'enforcement_training_participants')).toEqual([]);
  });

  it('unlike the same course for the certified officers', async () => {
    const facts = await enforcementSection('组织全旗行政执法人员开展法律法规培训一千五百余人次。');
    expect(statusesWithId(facts, 'enforcement_training_participants')).toEqual(['enforcement_training_participants=1500:achieved']);
  });
});

describe('villages that all signed up a legal adviser', () => {
  it('are covered, also when the coverage is a share written in words after the advisers’ clause', async () => {
    const signed = await read('全县四十六个村(社区)均已签约法律顾问。');
    expect(statusesWithId(signed, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
    const share = await read('各乡镇全部签约了法律顾问,实现百分之百覆盖。');
    expect(statusesWithId(share, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=100:achieved']);
  });

  it('but not when some have not, nor when what they signed up is no adviser', async () => {
    const some = await read('全县尚有九个村未签约法律顾问。');
    expect(statusesWithId(some, 'legal_adviser_coverage_rate')).toEqual([]);
    const doctors = await read('各乡镇均已签约家庭医生,实现百分之百覆盖。');
    expect(statusesWithId(doctors, 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('the body’s own figure after its superior’s, named by the body’s own name', () => {
  it('takes the subject of the superior’s clause, in a plan as in the year’s work', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      `${COUNTY}\n${OPENING}\n一、主要工作\n全县公职律师现有28名。\n二、2025年工作打算\n市政府确定到2027年全市公职律师达到420名的目标,我县力争达到36名。\n`,
      'zheyuan.txt',
    );
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=28:achieved', 'public_lawyers=36:plan']);
    const achieved = await read('全市执法记录仪配备总数达到900台,我县达到130台。');
    expect(statusesWithId(achieved, 'body_cameras')).toEqual(['body_cameras=130:achieved']);
  });

  it('but not when the body’s clause names a subject of its own', async () => {
    const facts = await read('全市公职律师达到300名,我县法律顾问达到30名。');
    expect(statusesWithId(facts, 'public_lawyers')).toEqual([]);
  });
});
