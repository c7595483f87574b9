/**
 * The general rules added after the blind measurement of test/fixtures/heldout176 (the administrative reconsideration
 * reform), on texts of our own: a clause opening with an earlier year named as the time before an event (改革之前的2020年,…)
 * or with a time named by an event and its earlier year in brackets (改革首年(2021年),…) tells of that year, as the bare
 * year does (rules/passes.yaml other_period leads and openings); another place by its name followed by its units as a
 * whole (某市各县(区)…) tells that place's figures, the body's among them (superior_level other_place then); the cases units
 * took in on their own (…等部门自行受理…) are theirs as their own 复议机关, and the outcomes of the closed cases (撤销、变更…
 * 共28件 after 审结221件,其中…) a 纠错 count, no count of the closed (rules/facts.yaml reconsideration_cases,
 * reconsideration_closed exclude); the suits named by their defendant alone after the whole they are of (法院受理的…案件中,
 * 以…为被告的611件) are the body's, while the court's own caseload stays a court's (litigation_cases cues).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A report of 2022 by `body` (a county's government or its 司法局) with the sentences of its work. */
const report = (body: string, work: string) => `${body}2022年度法治政府建设情况报告
2022年，我们坚持依法行政，推进法治政府建设。现将有关情况报告如下。
一、主要工作
${work}
二、存在的不足
一是复议办案力量仍然不足。
${body}
2023年1月18日
`;

const county = (work: string) => report('苕溪县人民政府', work);

const statuses = async (text: string, id: string) => statusesWithId((await readFileQuoted(lexicon, text, 'tiaoxi.txt')).facts, id);

describe('an earlier year named as the time before an event', () => {
  it('tells of that year, not the year reported on', async () => {
    for (const opening of ['体制改革之前的2021年，', '机构改革前的2021年，']) {
      const text = county(`县政府全年受理行政复议案件64件。${opening}全县各部门共办理复议案件29件。`);
      expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    }
  });

  it('but the year reported on so named is its own', async () => {
    const text = county('体制改革之后的2022年，县政府全年受理行政复议案件64件。');
    expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });
});

describe('a time named by an event with its earlier year in brackets', () => {
  it('tells of that year', async () => {
    for (const opening of ['改革首年（2021年），', '试点期间（2021年），']) {
      const text = county(`全年县政府受理行政复议申请87件。${opening}全县受理复议案件70件。`);
      expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=87:achieved']);
    }
  });

  it('but the year reported on in brackets is its own', async () => {
    const text = county('改革第二年（2022年），全县受理复议案件87件。');
    expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=87:achieved']);
  });
});

describe('another place by its name and then its units as a whole', () => {
  it('tells that place’s figures, the body’s own beside them', async () => {
    const text = county('县政府全年受理行政复议案件64件。峦州市各县（区）政府全年共受理复议案件930件，我县居第五位。');
    expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });
});

describe('the cases units took in on their own', () => {
  it('are theirs, not the legal office’s nor its government’s', async () => {
    const text = report('苕溪县司法局', '本局承办县政府作为复议机关的案件，全年受理52件。县公安局、县自然资源局等部门自行受理复议案件33件。');
    expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=52:achieved']);
  });

  it('but the body’s cases beside the departments no longer taking any are its own', async () => {
    const text = county('县政府全年受理行政复议案件64件，县直部门不再自行办理复议案件。');
    expect(await statuses(text, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });
});

describe('the outcomes of the closed cases', () => {
  it('are a 纠错 count, no count of the closed', async () => {
    const text = county('县政府审结行政复议案件96件，其中维持61件、驳回12件，撤销、变更和确认违法共17件。');
    expect(await statuses(text, 'reconsideration_closed')).toEqual(['reconsideration_closed=96:achieved']);
  });

  it('but a total of the closed after the parts of the received is still read', async () => {
    const text = county('县政府受理行政复议案件104件，其中涉企案件31件，共审结96件。');
    expect(await statuses(text, 'reconsideration_closed')).toEqual(['reconsideration_closed=96:achieved']);
  });
});

describe('the suits named by their defendant alone', () => {
  it('are the body’s, after the court’s whole they are of', async () => {
    const text = county('全县法院受理的一审行政诉讼案件中，以全县各级行政机关为被告的83件，败诉5件。');
    expect(await statuses(text, 'litigation_cases')).toEqual(['litigation_cases=83:achieved']);
  });

  it('but the court’s own caseload is the court’s', async () => {
    const text = county('全县法院全年受理一审行政诉讼案件146件，审结139件。');
    expect(await statuses(text, 'litigation_cases')).toEqual([]);
  });
});
