/**
 * The general rules added after the blind measurement of test/fixtures/heldout83 (the formats offices also save),
 * on texts of our own: a statistical annex saved as .csv read as the table it is (the year's column, not the year
 * before's nor the change), the un-numbered part rows under a numbered row and their total, a target written in the
 * remarks column, the mail a plain-text e-mail answers quoted under its own text, and a notice's name that asks for
 * the report.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** Every fact (presence ones too) of the bytes saved as `file`, as id=value:status. */
const read = async (bytes: Uint8Array, file: string): Promise<string[]> => {
  const doc = buildDocument(await ingestBytes(bytes, file));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts);
};
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const idsOf = (facts: readonly string[], ...ids: string[]): string[] => facts.filter((f) => ids.some((id) => f.startsWith(`${id}=`)));

/** An annex of our own as Excel saves it: title rows padded with commas, GBK, CRLF, a cell with a comma quoted. */
const ANNEX = [
  '附表,,,,,,',
  '槐溪县2023年度法治政府建设重点工作完成情况统计表,,,,,,',
  '序号,项目,计量单位,2023年完成,上年同期,增减,备注',
  '1,政府常务会议会前学法,次,9,7,+2,下年度计划不少于10次',
  '2,持证行政执法人员,名,1284,1250,+34,',
  '3,执法记录仪,台,415,380,+35,"含交警、城管配备"',
  '4,行政复议案件办结,件,,,,按办理结果分列',
  ',其中：维持,件,40,44,-4,',
  ',驳回,件,9,7,+2,',
  ',撤销,件,6,5,+1,',
  ',合计,件,55,56,-1,',
  '5,行政复议纠错率,%,10.9,8.9,+2.0,',
  '6,公职律师,名,33,28,+5,2024年目标40名',
  '注：上年同期为2022年数据。,,,,,,',
].join('\r\n');

describe('a statistical annex saved as .csv', () => {
  it('reads each row’s figure of the year, not the year before’s nor the change', async () => {
    const facts = await read(new Uint8Array(iconv.encode(ANNEX, 'gbk')), 'annex.csv');
    expect(idsOf(facts, 'exec_meeting_law_study', 'enforcement_officers', 'body_cameras', 'reconsideration_correction_rate')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'exec_meeting_law_study=10:plan',
      // the row after a remark 下年度计划… is still the year's
      'enforcement_officers=1284:achieved',
      'body_cameras=415:achieved',
      'reconsideration_correction_rate=10.9:achieved',
    ]);
    // no figure of 2022 (上年同期) or of the change (增减) is read as the year's
    for (const figure of ['=7:', '=1250:', '=380:', '=8.9:', '=34:', '=28:']) expect(facts.filter((f) => f.includes(figure))).toEqual([]);
  });

  it('reads the total of the parts under a numbered row as that row’s figure', async () => {
    const facts = await read(new Uint8Array(iconv.encode(ANNEX, 'gbk')), 'annex.csv');
    expect(idsOf(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=55:achieved']);
  });

  it('reads a target in the remarks column as a plan, the row’s own figure as achieved', async () => {
    const facts = await read(new Uint8Array(iconv.encode(ANNEX, 'gbk')), 'annex.csv');
    expect(idsOf(facts, 'public_lawyers')).toEqual(['public_lawyers=33:achieved', 'public_lawyers=40:plan']);
  });

  it('reads the latest year’s column of a sheet that sets two years side by side', async () => {
    const sheet = [
      '槐溪县2024年度法治政府建设主要指标完成情况统计表',
      '指标,2023年,2024年,备注',
      '公职律师（名）,28,33,',
      '执法记录仪（台）,380,415,2025年目标450台',
    ];
    expect(idsOf(await read(utf8(sheet.join('\n')), 'years.csv'), 'public_lawyers', 'body_cameras')).toEqual([
      'public_lawyers=33:achieved',
      'body_cameras=415:achieved',
      'body_cameras=450:plan',
    ]);
  });

  it('keeps a sheet of paragraphs, with no header row, as lines of text', async () => {
    const prose = ['内容,', '槐溪县2023年度法治政府建设情况报告,', '"全年县政府常务会议会前学法9次,配备执法记录仪415台。",'].join('\n');
    expect(idsOf(await read(utf8(prose), 'prose.csv'), 'exec_meeting_law_study', 'body_cameras')).toEqual([
      'exec_meeting_law_study=9:achieved',
      'body_cameras=415:achieved',
    ]);
  });
});

describe('a text table with a 序号 column', () => {
  const table = (rows: string[]) =>
    ['槐溪县2023年度法治政府建设情况报告', '一、主要数据', '| 序号 | 指标 | 单位 | 数量 | 备注 |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');

  it('gives a 合计 row under un-numbered parts the label of the numbered row above them', async () => {
    const facts = await read(
      utf8(table(['| 7 | 行政复议审结 | 件 |  | 分结果统计 |', '|  | 维持 | 件 | 31 |  |', '|  | 确认违法 | 件 | 4 |  |', '|  | 合计 | 件 | 35 |  |'])),
      'table.md',
    );
    expect(idsOf(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=35:achieved']);
  });

  it('lends no label to a 合计 row after a numbered row with figures of its own', async () => {
    const facts = await read(utf8(table(['| 7 | 行政复议审结 | 件 | 35 |  |', '| 8 | 合计 | 件 | 90 |  |'])), 'table.md');
    expect(idsOf(facts, 'reconsideration_closed')).toEqual(['reconsideration_closed=35:achieved']);
  });

  it('reads a remark that names no target (参考值, a date) as no plan', async () => {
    const facts = await read(utf8(table(['| 1 | 公职律师 | 名 | 33 | 参考值40名 |', '| 2 | 执法记录仪 | 台 | 415 | 2024年3月前补齐 |'])), 'table.md');
    expect(idsOf(facts, 'public_lawyers', 'body_cameras')).toEqual(['public_lawyers=33:achieved', 'body_cameras=415:achieved']);
  });
});

describe('a plain-text e-mail that answers another', () => {
  const mail = (body: string) =>
    utf8(
      [
        'From: sfs@huaixi.gov.test',
        'To: yfzxb@huaixi.gov.test',
        'Subject: report',
        'Date: Mon, 15 Jan 2024 09:30:00 +0800',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: 8bit',
        '',
        body,
      ].join('\r\n'),
    );
  const OWN = [
    '槐溪镇2023年度法治政府建设情况报告',
    '一、主要工作',
    '镇政府全年会前学法9次。镇综合执法队配备执法记录仪12台。镇人民调解委员会调解矛盾纠纷214件。',
    '二、2024年打算',
    '会前学法不少于10次。',
  ];
  const QUOTED = [
    '2024年1月3日 上午10:12，县依法治县办 写道：',
    '> 各镇：请于1月12日前报送2023年度法治政府建设情况报告。',
    '> 去年全县行政机关负责人出庭应诉率为95.6%，贵镇调解矛盾纠纷180件。',
  ];

  it('reads its own text, not the quoted mail’s figures nor its request', async () => {
    const facts = await read(mail([...OWN, '', ...QUOTED, '', '-- ', '镇司法所 电话 0731-5550123'].join('\r\n')), 'reply.eml');
    expect(idsOf(facts, 'disputes_mediated', 'head_appearance_rate', 'annual_report_published')).toEqual(['disputes_mediated=214:achieved']);
    expect(idsOf(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=9:achieved', 'exec_meeting_law_study=10:plan']);
  });

  it('reads the report a short note quotes back, its lines mostly quoted', async () => {
    const facts = await read(mail(['收到，已转分管领导。', '', '槐溪镇司法所 写道：', ...OWN.map((line) => `> ${line}`)].join('\r\n')), 'forward.eml');
    expect(idsOf(facts, 'disputes_mediated')).toEqual(['disputes_mediated=214:achieved']);
  });
});
