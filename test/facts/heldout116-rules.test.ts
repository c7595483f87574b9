/**
 * The general rules added after the blind measurement of test/fixtures/heldout116 (scripts and number forms), on texts
 * of our own: a page with every paragraph in Chinese and again in a minority's or a neighbour's language is read, not
 * refused as garbled, its figures counted once; a report that numbers its parts Ⅰ Ⅱ Ⅲ (or I. II. III.), with or
 * without a translation's heading under each, has them as its top-level parts.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, readFileQuoted, statusesOf, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

/** The refusal an ingest gives (its message), or '' when it reads the text. */
async function refusalOf(text: string, file: string): Promise<string> {
  try {
    await ingestBytes(Buffer.from(text, 'utf8'), file);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** A page of 桐岗县's report, its paragraphs each followed by `other` (the same in another language). */
const bilingualPage = (paragraphs: ReadonlyArray<readonly [string, string]>) =>
  [
    '<html><head><meta charset="utf-8"><title>桐岗县2024年法治政府建设情况报告</title></head><body><div class="article">',
    '<h1>桐岗县人民政府2024年度法治政府建设情况报告</h1>',
    ...paragraphs.flatMap(([chinese, other]) => [`<p>${chinese}</p>`, `<p>${other}</p>`]),
    '</div></body></html>',
  ].join('\n');

describe('a page in Chinese and in a minority’s or a neighbour’s language', () => {
  // every Chinese paragraph followed by its translation: most letters are Hangul (or Arabic, Tibetan…), which a wrong
  // reading gives too; the page was refused as 乱码
  const uyghur: ReadonlyArray<readonly [string, string]> = [
    [
      '2024年，县政府常务会议会前学法14次，审查政府合同65份。',
      '2024-يىلى ناھىيىلىك ھۆكۈمەتنىڭ دائىمىي يىغىنىدا يىغىندىن بۇرۇن قانۇن ئۆگىنىش 14 قېتىم ئېلىپ بېرىلدى، ھۆكۈمەت توختاملىرىدىن 65 پارچىسى تەكشۈرۈلدى.',
    ],
    [
      '全年办理行政复议案件29件，行政应诉案件17件，行政机关负责人出庭应诉17件。',
      'يىل بويى مەمۇرىي قايتا قاراپ چىقىش دېلوسىدىن 29 ى، مەمۇرىي دەۋا دېلوسىدىن 17 سى بىر تەرەپ قىلىندى، مەمۇرىي ئورگان مەسئۇللىرى 17 قېتىم سوتقا چىقتى.',
    ],
  ];
  const korean: ReadonlyArray<readonly [string, string]> = [
    ['县政府常务会议会前学法9次，培训行政执法人员312人。', '현정부 상무회의에서 회전 법률학습을 9차 조직하고 행정집법일군 312명을 양성하였다.'],
    ['全年受理行政复议申请41件，审结39件。', '한해동안 행정재심신청 41건을 접수하고 39건을 심결하였다.'],
  ];

  const tibetan: ReadonlyArray<readonly [string, string]> = [
    ['县政府常务会议会前学法11次。', 'རྫོང་སྲིད་གཞུང་གི་རྒྱུན་ལས་ཚོགས་འདུའི་སྔོན་དུ་ཁྲིམས་སློབ་ཐེངས་ ༡༡ བྱས། ལས་དོན་ཡག་པོ་བསྒྲུབས།'],
    ['审查政府合同58份。', 'སྲིད་གཞུང་གི་ཆིངས་ཡིག་ ༥༨ ལ་ཞིབ་བཤེར་བྱས་པ་རེད། ཁྲིམས་ལུགས་ལྟར་ལས་ཀ་བྱས།'],
  ];

  it('is read, in Arabic script as in Hangul and Tibetan', async () => {
    expect(await refusalOf(bilingualPage(uyghur), 'tonggang.html')).toBe('');
    expect(await refusalOf(bilingualPage(korean), 'tonggang.html')).toBe('');
    expect(await refusalOf(bilingualPage(tibetan), 'tonggang.html')).toBe('');
  });

  it('and its figures counted once, from the Chinese', async () => {
    const { facts } = await readFileQuoted(lexicon, bilingualPage(uyghur), 'tonggang.html');
    expect(statusesWithIds(facts, 'exec_meeting_law_study', 'contracts_reviewed', 'reconsideration_cases', 'litigation_cases')).toEqual([
      'exec_meeting_law_study=14:achieved',
      'contracts_reviewed=65:achieved',
      'reconsideration_cases=29:achieved',
      'litigation_cases=17:achieved',
    ]);
    const { facts: fromKorean } = await readFileQuoted(lexicon, bilingualPage(korean), 'tonggang.html');
    expect(statusesWithIds(fromKorean, 'exec_meeting_law_study', 'enforcement_training_participants', 'reconsideration_cases')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'enforcement_training_participants=312:achieved',
      'reconsideration_cases=41:achieved',
    ]);
  });

  it('but a page of that language alone is still no report in Chinese', async () => {
    const alone = korean
      .map(([, other]) => other)
      .join('\n')
      .repeat(3);
    expect(await refusalOf(alone, 'hanguk.txt')).toContain('文字是乱码');
  });

  it('nor are letters of many scripts mixed within each word, beside some Chinese, taken for a language', async () => {
    // what a font without a Unicode map gives: glyph ids that land in Hangul, Arabic, Greek and Cyrillic by turns
    const garble = 'ĚΔжأ가ङĈλфب나ख'.repeat(4);
    const text = ['柯塘县2023年法治政府建设情况报告', ...Array.from({ length: 8 }, () => `${garble} ${garble}，${garble}。`)].join('\n');
    expect(await refusalOf(text, 'ketang.txt')).toContain('文字是乱码');
  });
});

describe('parts numbered in Roman numerals', () => {
  /** 梓溪区's report, its parts numbered by `marks`; with `english`, each heading and paragraph followed by its translation. */
  const report = (marks: readonly string[], english: readonly string[] = []) =>
    [
      '梓溪区人民政府关于2023年度法治政府建设情况的报告',
      '2023年，区政府深入推进依法行政，法治政府建设取得新进展。',
      ...[
        [`${marks[0]}主要工作`, english[0]],
        ['区政府常务会议会前学法13次，审查政府合同142份。', english[1]],
        [`${marks[1]}存在的问题`, english[2]],
        ['部分街道法制审核人员不足，仅有专职人员2名。', english[3]],
        [`${marks[2]}2024年工作打算`, english[4]],
        ['区政府常务会议会前学法不少于15次，执法记录仪配备达到260台。', english[5]],
      ].flat(),
      '',
    ]
      .filter((line) => line !== undefined)
      .join('\n');
  const expected = ['exec_meeting_law_study=13:achieved', 'exec_meeting_law_study=15:plan', 'contracts_reviewed=142:achieved', 'body_cameras=260:plan'];
  const read = async (text: string) =>
    statusesWithIds((await readFileQuoted(lexicon, text, 'zixi.txt')).facts, 'exec_meeting_law_study', 'contracts_reviewed', 'body_cameras');

  it('are its top-level parts, whatever mark or blank follows the numeral', async () => {
    expect(await read(report(['Ⅰ、', 'Ⅱ、', 'Ⅲ、']))).toEqual(expected);
    expect(await read(report(['Ⅰ．', 'Ⅱ．', 'Ⅲ．']))).toEqual(expected);
    expect(await read(report(['Ⅰ　', 'Ⅱ　', 'Ⅲ　']))).toEqual(expected);
    expect(await read(report(['I. ', 'II. ', 'III. ']))).toEqual(expected);
  });

  it('with a translation’s heading under each', async () => {
    const english = [
      'I. Main work',
      'The district government studied law 13 times before its executive meetings and reviewed 142 contracts.',
      'II. Problems',
      'Some subdistricts lack legal review staff, with only 2 full-time staff.',
      'III. Plans for 2024',
      'The executive meetings will study law at least 15 times; body cameras will increase to 260.',
    ];
    expect(await read(report(['Ⅰ　', 'Ⅱ　', 'Ⅲ　'], english))).toEqual(expected);
    expect(await read(report(['I.', 'II.', 'III.'], english))).toEqual(expected);
  });

  it('so a part of plans after a part of shortcomings holds plans', async () => {
    const doc = buildDocument(await ingestBytes(Buffer.from(report(['Ⅰ．', 'Ⅱ．', 'Ⅲ．']), 'utf8'), 'zixi.txt'));
    expect(doc.sections.filter((s) => s.depth === 1).map((s) => s.kind)).toEqual(['achievements', 'shortcomings', 'plans']);
    const facts = extractFacts(doc, lexicon);
    expectQuoted(doc, facts);
    expect(statusesOf(facts.filter((f) => f.id === 'body_cameras'))).toEqual(['body_cameras=260:plan']);
  });

  it('but a class named by a numeral (Ⅱ类, Ⅲ级) opens no part', async () => {
    const text = [
      '梓溪区人民政府关于2023年度法治政府建设情况的报告',
      '一、主要工作',
      '区政府常务会议会前学法13次。',
      'Ⅱ类以上突发事件应急预案全部经合法性审查，审查政府合同142份。',
      'Ⅲ级响应期间执法人员全部在岗。',
      '二、2024年工作计划',
      '执法记录仪增至260台。',
      '',
    ].join('\n');
    const doc = buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), 'zixi.txt'));
    expect(doc.sections.filter((s) => s.depth === 1).map((s) => s.title)).toEqual(['主要工作', '2024年工作计划']);
    expect(await read(text)).toEqual(['exec_meeting_law_study=13:achieved', 'contracts_reviewed=142:achieved', 'body_cameras=260:plan']);
  });
});
