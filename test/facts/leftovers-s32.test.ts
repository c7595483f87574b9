/**
 * Leftovers of session 31 (p31, fix-w60 … fix-w63), on texts of our own (the fictional 柘川县).
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { docxOfParts } from '../ingest/hostile.js';
import { readFileQuoted, statusesOf, zhechuanCounty as county } from './helpers.js';

const lexicon = await loadLexicon();
const read = async (text: string, file = 'zhechuan.txt'): Promise<string[]> => (await readFileQuoted(lexicon, text, file)).facts;
const readBytes = async (bytes: Uint8Array, file: string): Promise<string[]> => {
  const doc = buildDocument(await ingestBytes(bytes, file));
  return statusesOf(extractFacts(doc, lexicon).filter((f) => typeof f.value === 'number'));
};

describe('a table row of two label–figure pairs or more after its label', () => {
  const rows = [
    ['合法性审查', '审查合同', '52份', '出具审查意见', '17件'],
    ['规范性文件', '前置审核', '23件', '清理废止', '4件'],
  ];
  const markdown = county(['| 类别 | 项目 | 数量 | 项目 | 数量 |', '|---|---|---|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
  const html = `<html><body><p>柘川县人民政府2024年法治政府建设情况报告</p><p>2024年，县政府推进依法行政。</p><p>一、主要成效</p><table>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</table><p>二、存在的不足</p><p>个别乡镇法制审核力量仍较薄弱。</p></body></html>`;
  const pairsRead = [
    'contracts_reviewed=52:achieved',
    'legality_review_opinions=17:achieved',
    'normative_docs_reviewed=23:achieved',
    'normative_docs_cleaned=4:achieved',
  ];

  it('reads each pair as a row of its own, under the row label, in Markdown and in a web page', async () => {
    expect(await read(markdown, 'zhechuan.md')).toEqual(expect.arrayContaining(pairsRead));
    expect(await read(html, 'zhechuan.html')).toEqual(expect.arrayContaining(pairsRead));
  });

  it('leaves a row of one label and its years’ figures as it is', async () => {
    const facts = await read(county(['| 指标 | 2024年 | 2023年 |', '|---|---|---|', '| 审查政府合同(份) | 61 | 48 |'].join('\n')), 'zhechuan.md');
    expect(facts).toContain('contracts_reviewed=61:achieved');
    expect(facts.filter((f) => f.includes('=48:'))).toEqual([]);
  });
});

describe('a Word table whose header cell spans columns (w:gridSpan) over the headers of its columns', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (text: string, properties = '') => `<w:tc>${properties && `<w:tcPr>${properties}</w:tcPr>`}${paragraph(text)}</w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
  const docx = (table: string) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}"><w:body>${[
          '柘川县人民政府2024年法治政府建设情况报告',
          '2024年，县政府推进依法行政，各项工作取得新进展。',
          '一、主要成效',
          '县政府各项工作统计数据见附件。',
          '附件 柘川县2024年度依申请公开情况统计表',
        ]
          .map(paragraph)
          .join('')}<w:tbl>${table}</w:tbl>${paragraph('二、存在的不足')}${paragraph('个别乡镇法制审核力量仍较薄弱。')}</w:body></w:document>`,
      }),
    );
  const restart = '<w:vMerge w:val="restart"/>';
  const merged = '<w:vMerge/>';

  it('reads the total row under 政府信息公开申请（件） over 收到 | 办结, its other headers merged down', async () => {
    const table = [
      row(cell('单位', restart), cell('政府信息公开申请（件）', '<w:gridSpan w:val="2"/>'), cell('执法记录仪（台）', restart)),
      row(cell('', merged), cell('收到'), cell('办结'), cell('', merged)),
      row(cell('县民政局'), cell('17'), cell('16'), cell('41')),
      row(cell('县交通运输局'), cell('8'), cell('8'), cell('26')),
      row(cell('全县合计'), cell('25'), cell('24'), cell('67')),
    ].join('');
    const facts = await readBytes(docx(table), 'zhechuan.docx');
    expect(facts).toEqual(expect.arrayContaining(['disclosure_requests=25:achieved', 'disclosure_requests_closed=24:achieved', 'body_cameras=67:achieved']));
  });
});

describe('a unit named as a heading on its own line, among headings of other units', () => {
  const street = (body: string) =>
    `柘川县青岭街道2024年法治建设工作总结\n2024年，青岭街道推进法治建设，各项工作取得新进展。\n一、主要工作\n${body}\n三、存在的不足\n个别社区法律顾问驻点服务不足。\n`;

  it('heads the figures under it as that unit’s, until the body names itself again', async () => {
    const facts = await read(
      street(
        '街道全年调解矛盾纠纷183件，开展普法活动64场。\n二、各社区工作情况\n（一）东堤社区\n法律顾问驻点服务40次，调解矛盾纠纷46件。\n（二）西岭社区\n调解矛盾纠纷31件，组织居民旁听庭审1次。\n全街道统一为各社区聘请法律顾问7名。',
      ),
    );
    expect(facts).toEqual(expect.arrayContaining(['disputes_mediated=183:achieved', 'legal_advisers=7:achieved']));
    expect(facts.filter((f) => /=(46|31):/.test(f))).toEqual([]);
  });

  it('heads nothing alone: one heading like a unit’s name titles a topic of the body’s', async () => {
    const facts = await read(street('（一）平安社区\n调解矛盾纠纷52件，开展普法活动20场。\n（二）法治宣传\n举办法治讲座3期。'));
    expect(facts).toContain('disputes_mediated=52:achieved');
  });

  it('reads 按照…印发的目录列入事项5项 in one clause as the body’s own, under a heading naming its decisions', async () => {
    const facts = await read(street('（一）重大行政决策\n街道按照县政府印发的目录列入事项5项。'));
    expect(facts).toContain('major_decision_items=5:achieved');
  });
});

describe('a whole named before its parts (…中,)', () => {
  it('reads the whole as the fact and not a part of it by cause', async () => {
    const facts = await read(county('全年办理行政应诉案件37件。9件败诉案件中，因程序违法败诉5件，认定事实不清3件。'));
    expect(facts).toEqual(expect.arrayContaining(['litigation_cases=37:achieved', 'litigation_lost_cases=9:achieved']));
    expect(facts.filter((f) => /=(5|3):/.test(f))).toEqual([]);
  });

  it('still reads a part that counts another fact after the whole, and a part by act of the same fact', async () => {
    const facts = await read(county('县政府作为被告的行政诉讼案件23件中，败诉2件。\n县政府收到的38件复议申请中，经审查依法受理33件。'));
    expect(facts).toEqual(expect.arrayContaining(['litigation_lost_cases=2:achieved', 'reconsideration_cases=33:achieved']));
  });
});

describe('a table of years written by their digits alone under 年份', () => {
  it('reads the latest year’s column as the year’s, in Markdown and in a web page', async () => {
    const rows = [
      ['年份', '2023', '2024'],
      ['行政复议案件（件）', '44', '58'],
      ['审查政府合同（份）', '71', '89'],
    ];
    const markdown = county([`| ${rows[0]!.join(' | ')} |`, '|---|---|---|', ...rows.slice(1).map((row) => `| ${row.join(' | ')} |`)].join('\n'));
    const html = `<html><body><p>柘川县人民政府2024年法治政府建设情况报告</p><p>2024年，县政府推进依法行政。</p><p>一、主要成效</p><table>${rows
      .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
      .join('')}</table><p>二、存在的不足</p><p>个别乡镇法制审核力量仍较薄弱。</p></body></html>`;
    for (const facts of [await read(markdown, 'zhechuan.md'), await read(html, 'zhechuan.html')]) {
      expect(facts).toEqual(expect.arrayContaining(['reconsideration_cases=58:achieved', 'contracts_reviewed=89:achieved']));
      expect(facts.filter((f) => /=(44|71):/.test(f))).toEqual([]);
    }
  });
});
