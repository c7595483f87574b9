/**
 * The general rules added after the blind measurement of test/fixtures/heldout118 (text from OCR of scanned paper), on
 * texts of our own: a text judged OCR output (its figures read apart) reads its look-alike characters as meant where
 * that makes a longer word of the lexicon (rules/lookalikes.yaml), and nowhere else; a percent sign read as °/o is %;
 * another place named with 同期 or 同年 before its act tells that place's figures of the same year.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { buildDocument } from '../../src/document/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { lintLookalikes, runLookalikeExamples, withLookalikesRead } from '../../src/ingest/lookalikes.js';
import { readFileQuoted, statusesOf, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();
const { lookalikes, examples, problems } = lintLookalikes();

/** 枥源县's report as OCR gives its scanned paper (figures read apart) with `lines` in its achievements. */
const scannedCounty = (lines: readonly string[]): string =>
  [
    '枥 源 县 人 民 政 府 文 件',
    '枥源县人民政府关于2O24年度法治政府建设情况的报告',
    '  2O24年，县政府全面推进依法行政，会前学法1 1次，',
    '组织领导干部旁听庭审1 3 5人，全县持证执法人员6 2 4名。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '  个别乡镇法制审核力量仍较薄弱。',
    '',
  ].join('\n');

/** The same report typed, its figures written whole: no OCR output. */
const typedCounty = (lines: readonly string[]): string =>
  [
    '枥源县人民政府关于2024年度法治政府建设情况的报告',
    '2024年，县政府全面推进依法行政，会前学法11次，组织领导干部旁听庭审135人，全县持证执法人员624名。',
    '一、主要成效',
    ...lines,
    '二、存在的不足',
    '个别乡镇法制审核力量仍较薄弱。',
    '',
  ].join('\n');

describe('rules/lookalikes.yaml', () => {
  it('is valid, and every example reads as it says', () => {
    expect(problems).toEqual([]);
    const outcomes = runLookalikeExamples(lookalikes!, examples);
    expect(outcomes.filter((o) => !o.ok).map((o) => `${o.example.origin.line}: ${o.got}`)).toEqual([]);
  });

  it('an example read otherwise fails', () => {
    const origin = { file: 'x.yaml', line: 1, column: 1 };
    const outcomes = runLookalikeExamples(lookalikes!, [{ text: '配备公职律帅5名', read: '配备公职律帅5名', origin }]);
    expect(outcomes.map((o) => [o.ok, o.got])).toEqual([[false, '配备公职律师5名']]);
  });

  it('reads a look-alike as meant only where that makes a longer word of the lexicon', () => {
    expect(withLookalikesRead('镇司法所审杳合同17份,聘请法律顾间2名。')).toBe('镇司法所审查合同17份,聘请法律顾问2名。');
    // the characters in their own sense, or before words they make none with
    expect(withLookalikesRead('新购执法记录仪46台,年末人员编制不变,末端执法力量薄弱,期间检查3次。')).toBe(
      '新购执法记录仪46台,年末人员编制不变,末端执法力量薄弱,期间检查3次。',
    );
    expect(withLookalikesRead('干部自己动手整理档案。')).toBe('干部自己动手整理档案。');
  });
});

describe('a text read by OCR', () => {
  it('reads the facts behind look-alike characters', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      scannedCounty([
        '  县政府审杳各类合同2 0 4份，聘请法律顾间8名，全县公职律帅4 6名，',
        '法制审核人贝3 7名。全年收到行政 复 仪申请7 3件，办结7 0件。',
        '  全年末发生行政诉讼败诉案件。',
      ]),
      'liyuan.txt',
    );
    expect(
      statusesWithIds(
        facts,
        'contracts_reviewed',
        'legal_advisers',
        'public_lawyers',
        'legal_review_staff',
        'reconsideration_cases',
        'reconsideration_closed',
        'litigation_lost_cases',
      ),
    ).toEqual([
      'contracts_reviewed=204:achieved',
      'legal_advisers=8:achieved',
      'public_lawyers=46:achieved',
      'legal_review_staff=37:achieved',
      'reconsideration_cases=73:achieved',
      'reconsideration_closed=70:achieved',
      'litigation_lost_cases=0:achieved',
    ]);
  });

  it('keeps a look-alike in its own sense', async () => {
    const { doc, facts } = await readFileQuoted(
      lexicon,
      scannedCounty(['  新增执法记录仪8 5台，截至年末，各乡镇末端执法力量得到充实，期间开展检查1 2次。']),
      'liyuan.txt',
    );
    expect(doc.source.text).toContain('执法记录仪85台,截至年末,各乡镇末端执法力量得到充实,期间开展检查12次');
    expect(statusesWithIds(facts, 'body_cameras')).toEqual(['body_cameras=85:achieved']);
  });

  it('reads °/o after a figure as %', async () => {
    const { facts } = await readFileQuoted(lexicon, scannedCounty(['  行政复议纠错率7.4°/o，行政机关负责人出庭应诉率9 6 . 5 °/o。']), 'liyuan.txt');
    expect(statusesWithIds(facts, 'reconsideration_correction_rate', 'head_appearance_rate')).toEqual([
      'reconsideration_correction_rate=7.4:achieved',
      'head_appearance_rate=96.5:achieved',
    ]);
  });
});

describe('a typed text', () => {
  it('keeps what looks like a misreading as written', async () => {
    const text = typedCounty(['县政府聘请法律顾间8名，全县公职律帅46名，法制审核人贝37名。']);
    const doc = buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), 'liyuan.txt'));
    expect(doc.source.text).toContain('法律顾间8名,全县公职律帅46名,法制审核人贝37名');
    expect(statusesOf(extractFacts(doc, lexicon)).filter((f) => /^(legal_advisers|public_lawyers|legal_review_staff)=/.test(f))).toEqual([]);
  });
});

describe('another place with the same year’s time before its act', () => {
  /** 澜坪县司法局's report to 汀州市司法局, the city named in `line`. */
  const bureau = (line: string): string =>
    [
      '澜坪县司法局关于2024年度法治政府建设工作情况的报告',
      '汀州市司法局：',
      '2024年，县司法局在县委、县政府领导下，现将有关情况报告如下：',
      '一、办理行政复议和应诉',
      `县政府受理行政复议申请64件，审结61件。${line}`,
      '二、存在的不足',
      '复议人员力量不足。',
      '',
    ].join('\n');

  it('tells that place’s figures, not the body’s', async () => {
    const { facts } = await readFileQuoted(lexicon, bureau('汀州市同期受理行政复议案件912件。'), 'lanping.txt');
    expect(statusesWithIds(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
    const { facts: sameYear } = await readFileQuoted(lexicon, bureau('汀州市同年办理行政复议案件912件。'), 'lanping.txt');
    expect(statusesWithIds(sameYear, 'reconsideration_cases')).toEqual(['reconsideration_cases=64:achieved']);
  });

  it('leaves the body’s own count after 同期 alone', async () => {
    const { facts } = await readFileQuoted(lexicon, bureau('同期办理行政应诉案件27件。'), 'lanping.txt');
    expect(statusesWithIds(facts, 'litigation_cases')).toEqual(['litigation_cases=27:achieved']);
  });
});
