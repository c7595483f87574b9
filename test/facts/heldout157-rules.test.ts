/**
 * The general rules added after the blind measurement of test/fixtures/heldout157 (replies to deputies, members and
 * citizens), on texts of our own: a reply to a deputy's 建议 or a member's 提案 (a title ending in 答复 / 复函) and a letter
 * or a message with its reply on a portal (【留言标题】, 来信内容, a 某市长信箱 site) are of kind other; the department that
 * answers speaks for its place when the text speaks of itself as the place (全县, 全市) more than as the department (我局);
 * the asker's field (【留言内容】, 来信内容 | …) states nothing; a web page's form table (label | value rows) is read whole, its
 * 回复时间 dating it; and an earlier year's figure after the words of those concerned about it (关注的2023年…) is that year's.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { county2024Statuses, metaLine, readFileQuoted, readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const meta = (text: string): string => metaLine(lexicon, text);

/** A reply titled `title` whose answers are `body`, signed by `signer` in late 2024. */
const reply = (title: string, body: string, signer: string): string =>
  [
    title,
    '',
    '蔺晓东代表:',
    '    您提出的建议收悉。现将办理情况答复如下:',
    `    ${body}`,
    '    下一步,我们将继续推进法治政府建设,做好行政复议、行政应诉和普法工作。',
    '',
    signer,
    '2024年12月6日',
    '',
  ].join('\n');

describe('a reply to a deputy’s suggestion or a member’s proposal', () => {
  it('is of kind other, and the department answering with its place’s figures speaks for the place', () => {
    const body = '全县坚持依法行政,全县聘请法律顾问9名,全县行政执法人员860名,全县办理行政复议案件52件,县政府法律顾问参与合法性审查。';
    expect(meta(reply('萑塘县司法局关于县十七届人大四次会议第23号建议的答复', body, '萑塘县司法局'))).toBe('other county 萑塘县 2024');
    const city = '全市行政复议机构受理案件311件,全市持证执法人员5200名,全市坚持依法行政,市政府法律顾问参与合法性审查,推进法治政府建设。';
    expect(meta(reply('关于市政协八届三次会议第61号提案的复函', city, '蕤原市司法局'))).toBe('other city 蕤原市 2024');
  });

  it('but a department answering with its own figures stays the department', () => {
    const body = '我局坚持依法行政,我局聘请法律顾问2名,我局行政执法人员46名,局党组会前学法,本局办理行政复议案件3件,全县推进法治政府建设。';
    expect(meta(reply('萑塘县交通运输局关于县十七届人大四次会议第8号建议的答复', body, '萑塘县交通运输局'))).toBe('other department 萑塘县交通运输局 2024');
  });

  it('and the year’s report that tells of the suggestions it answered stays the year’s report', () => {
    expect(
      meta(
        [
          '萑塘县2024年法治政府建设情况报告',
          '2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作,全年答复人大代表建议46件、政协提案38件。现将有关情况报告如下。',
          '一、主要工作',
          '全县聘请法律顾问9名。',
          '',
        ].join('\n'),
      ),
    ).toBe('annual_report county 萑塘县 2024');
  });
});

describe('a message with its reply on a portal', () => {
  const page = (asked: string): string =>
    [
      '蕤原市网络问政平台 > 网民留言 > 留言详情',
      '【留言标题】复议案件办得怎么样?',
      '【留言人】网友“江边人”',
      '【留言时间】2024-11-03 10:12',
      '【留言内容】',
      `    ${asked}`,
      '【办理单位】蕤原市司法局',
      '【回复时间】2024-11-20 09:30',
      '【回复内容】',
      '    您好!今年全市受理行政复议案件238件,办结221件;全市坚持依法行政,推进法治政府建设,市政府法律顾问参与合法性审查,做好应诉和普法工作。',
      '',
      '蕤原市司法局',
      '2024年11月20日',
      '',
    ].join('\n');

  it('is of kind other, and what the netizen asks states nothing', () => {
    const text = page('我看到报道说,全市受理行政复议案件只有150件,出庭应诉率只有81%。希望公开今年的数据。');
    expect(meta(text)).toBe('other city 蕤原市 2024');
    const facts = statusesOf(readQuoted(lexicon, text).facts);
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=238:achieved']);
    expect(statusesWithId(facts, 'head_appearance_rate')).toEqual([]);
  });

  it('but the reply’s own figures are read', () => {
    const facts = statusesOf(readQuoted(lexicon, page('请问全市复议工作开展得怎么样?')).facts);
    expect(statusesWithId(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=221:achieved']);
  });
});

describe('a web page’s form table', () => {
  const letter = `<html><head><title>关于执法队伍的咨询_县长信箱_萑塘县人民政府网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/hd/">互动交流</a></div>
<table class="info">
<tr><th>来信标题</th><td colspan="3">关于执法队伍的咨询</td></tr>
<tr><th>来信人</th><td>王女士</td><th>来信时间</th><td>2024-11-15 08:20</td></tr>
<tr><th>来信内容</th><td colspan="3"><p>县长您好!听说邻县持证执法人员有1500名,我们县的执法人员才700名左右,是不是太少了?</p></td></tr>
<tr><th>回复单位</th><td>萑塘县司法局</td><th>回复时间</th><td>2024-12-03 15:00</td></tr>
<tr><th>回复内容</th><td colspan="3"><p>王女士:您好!经核实,全县现有持证行政执法人员912名,全县行政执法机关全面推行行政执法“三项制度”。</p>
<p>今年全县办理行政复议案件47件,县政府法律顾问参与合法性审查,全县坚持依法行政,推进法治政府建设,做好应诉和普法工作。</p>
<p>萑塘县司法局</p></td></tr>
</table>
<div class="footer">主办:萑塘县人民政府办公室</div>
</body></html>`;

  it('is read whole: the reply’s time dates it, the letter’s words state nothing', async () => {
    const { doc, facts } = await readFileQuoted(lexicon, letter, 'letter.html');
    expect(`${doc.kind} ${doc.level} ${doc.place} ${doc.year}`).toBe('other county 萑塘县 2024');
    expect(doc.source.text).toContain('来信人 | 王女士 | 来信时间 | 2024-11-15 08:20');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=912:achieved']);
  });

  it('but a page laid out in a table’s cells (a menu cell beside the article) is read as before', async () => {
    const laidOut = `<html><head><title>萑塘县2024年法治政府建设情况报告</title></head><body><table>
<tr><td><a href="/a">首页</a> <a href="/b">公开</a></td><td><p>萑塘县2024年法治政府建设情况报告</p>
<p>2024年,县政府坚持依法行政,推进法治政府建设,做好行政复议、应诉和普法工作。现将有关情况报告如下。</p>
<p>一、主要工作</p><p>全县办理行政复议案件47件,全县持证行政执法人员912名。</p></td></tr>
<tr><td>版权所有</td><td>萑塘县人民政府</td></tr></table></body></html>`;
    const { doc, facts } = await readFileQuoted(lexicon, laidOut, 'report.html');
    expect(doc.source.text).not.toContain('版权所有');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=47:achieved']);
  });
});

describe('an earlier year’s figure after those concerned about it', () => {
  it('is that year’s', () => {
    expect(
      statusesWithId(county2024Statuses(lexicon, '萑塘县', '代表们关注的2023年败诉4件问题,已逐件整改。全年行政诉讼败诉2件。'), 'litigation_lost_cases'),
    ).toEqual(['litigation_lost_cases=2:achieved']);
  });

  it('but a figure after such words without an earlier year is the year’s', () => {
    expect(statusesWithId(county2024Statuses(lexicon, '萑塘县', '针对群众关注的复议问题,全年受理行政复议案件86件。'), 'reconsideration_cases')).toEqual([
      'reconsideration_cases=86:achieved',
    ]);
  });
});
