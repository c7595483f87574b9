/**
 * Outlines numbered by a list format, not typed, keep their numbers: Word's automatic numbering as
 * Word shows it, and ordered lists in a web page as a browser shows them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../src/ingest/budget.js';
import { typeNumbering } from '../../src/ingest/docx-numbering.js';
import { formatNumber } from '../../src/ingest/list-numbers.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { ZipFiles } from '../../src/ingest/zip.js';
import { seedFiles } from '../helpers/seeds.js';
import { autoNumberedDocx, readingOf } from '../helpers/written-forms.js';

const textOf = async (bytes: Uint8Array) => (await ingestBytes(bytes, 'report.docx')).text.split('\n');

describe('formatNumber', () => {
  it('counts in the formats outlines use', () => {
    expect([1, 10, 11, 20, 21, 99, 100, 105, 110].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
    expect([3, 12].map((n) => formatNumber(n, 'decimal'))).toEqual(['3', '12']);
    expect(formatNumber(12, 'ideographDigital')).toBe('一二');
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect([formatNumber(2, 'upperLetter'), formatNumber(4, 'lowerRoman'), formatNumber(7, 'decimalZero')]).toEqual(['B', 'iv', '07']);
  });
});

describe('automatic numbering in a .docx', () => {
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '(%2)', alignment: AlignmentType.LEFT },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
  ];
  const numbered = (text: string, level: number, instance = 1) => new Paragraph({ text, numbering: { reference: 'outline', level, instance } });

  it('types each number, counting per level and starting lower levels again', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'outline', levels },
          { reference: 'dots', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '某区2024年法治政府建设情况报告' }),
            numbered('主要举措和成效', 0),
            numbered('加强组织领导', 1),
            numbered('制定年度工作要点。', 2),
            numbered('召开专题会议。', 2),
            numbered('推进依法决策', 1),
            numbered('公布决策事项目录。', 2),
            new Paragraph({ text: '要点之一', numbering: { reference: 'dots', level: 0 } }),
            numbered('存在的不足', 0),
          ],
        },
      ],
    });
    expect(await textOf(new Uint8Array(await Packer.toBuffer(doc)))).toEqual([
      '某区2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '(一)加强组织领导',
      '1. 制定年度工作要点。',
      '2. 召开专题会议。',
      '(二)推进依法决策',
      '1. 公布决策事项目录。',
      '要点之一',
      '二、存在的不足',
    ]);
  });

  it('numbers the paragraphs of a style that carries a list (标题 1 linked to 一、)', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'outline', levels }] },
      styles: {
        paragraphStyles: [
          { id: 'Outline1', name: 'Outline 1', basedOn: 'Normal', run: {} },
          { id: 'Outline1Red', name: 'Outline 1 red', basedOn: 'Outline1', run: {} },
        ],
      },
      sections: [{ children: [numbered('主要举措和成效', 0), new Paragraph({ text: '存在的不足', style: 'Outline1Red' })] }],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const numId = /<w:numId w:val="(\d+)"\/>/.exec(documentXml)![1];
    const styles = await zip.file('word/styles.xml')!.async('string');
    // the list on the base style, as Word writes a heading style linked to a list
    zip.file(
      'word/styles.xml',
      styles.replace(
        /(<w:style\b[^>]*w:styleId="Outline1"[^>]*>[\s\S]*?)(<\/w:style>)/,
        `$1<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>$2`,
      ),
    );
    expect(await textOf(await zip.generateAsync({ type: 'uint8array' }))).toEqual(['一、主要举措和成效', '二、存在的不足']);
  });

  it('reads a damaged list format without failing: bad counts start at their default, a number naming a missing level or list is left out', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'outline', levels }] },
      sections: [{ children: [numbered('主要举措和成效', 0), numbered('加强组织领导', 1), numbered('推进依法决策', 1)] }],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    const documentXml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/numbering.xml', numbering.replace(/<w:start w:val="1"\/>/g, '<w:start w:val="abc"/>').replace('%2', '%9'));
    // the third paragraph points at a list that does not exist
    zip.file('word/document.xml', documentXml.replace(/(<w:numId w:val=")(\d+)("\/>)(?![\s\S]*<w:numId)/, '$1999$3'));
    expect(await textOf(await zip.generateAsync({ type: 'uint8array' }))).toEqual(['一、主要举措和成效', '加强组织领导', '推进依法决策']);
  });

  it('numbers a paragraph whose properties carry a tracked change by its current properties', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'outline', levels }] },
      sections: [{ children: [numbered('主要举措和成效', 0), numbered('存在的不足', 0)] }],
    });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    // the second paragraph was a plain one before the edit: its old properties are nested inside its new ones
    const tracked = documentXml.replace(
      /(<w:pPr>[\s\S]*?)(<\/w:pPr>)(?=(?:(?!<w:pPr>)[\s\S])*存在的不足)/,
      '$1<w:pPrChange w:id="1" w:author="审核人" w:date="2024-12-01T00:00:00Z"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange>$2',
    );
    expect(tracked).toContain('w:pPrChange');
    zip.file('word/document.xml', tracked);
    expect(await textOf(await zip.generateAsync({ type: 'uint8array' }))).toEqual(['一、主要举措和成效', '二、存在的不足']);
  });

  it('reads the paragraphs of a document with thousands of unclosed properties in time linear in its size', async () => {
    const doc = new Document({ numbering: { config: [{ reference: 'outline', levels }] }, sections: [{ children: [numbered('主要举措和成效', 0)] }] });
    const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    // a lazy regex from each unclosed <w:pPr> to the end of the text took minutes here
    zip.file('word/document.xml', documentXml.replace('</w:body>', `${'<w:pPr>'.repeat(400_000)}</w:body>`));
    const files = new ZipFiles(await zip.generateAsync({ type: 'uint8array' }), new Budget('report.docx'));
    await typeNumbering(files);
    expect((await files.read('word/document.xml')).toString('utf8')).toContain('一、</w:t>');
  }, 20_000);

  it('leaves a .docx without numbering as it is', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: '一、主要举措和成效' }), new Paragraph({ text: '全年办结复议案件30件。' })] }] });
    expect(await textOf(new Uint8Array(await Packer.toBuffer(doc)))).toEqual(['一、主要举措和成效', '全年办结复议案件30件。']);
  });

  it('every seed as a .docx with its outline numbered automatically reads like the seed', async () => {
    const differences: string[] = [];
    for (const file of seedFiles()) {
      const text = readFileSync(file, 'utf8');
      const docx = await autoNumberedDocx(text);
      if ((await readingOf(docx, file.replace(/\.txt$/, '.docx'))) !== (await readingOf(text, file))) differences.push(path.basename(file));
    }
    expect(differences).toEqual([]);
  }, 60_000);
});

describe('ordered lists in a web page', () => {
  const read = async (html: string) => (await ingestBytes(new Uint8Array(Buffer.from(html)), 'report.html')).text.split('\n');
  const page = (body: string) => `<html><body><div class="content"><p>全区法治政府建设工作取得积极成效。</p>${body}</div></body></html>`;

  it('numbers items as the list style shows them, from start and value, the number before a heading inside the item', async () => {
    const lines = await read(
      page(
        '<ol style="list-style-type: cjk-ideographic"><li><h3>主要举措和成效</h3></li></ol><p>全年办理复议案件30件。</p>' +
          '<ol start="2" style="list-style-type:cjk-ideographic"><li style="color:red">存在的不足</li><li value="4">下一年度安排</li></ol>' +
          '<ol><li>第一项。</li><li>第二项。</li></ol><ol type="a"><li>甲项。</li></ol><ul><li>要点。</li></ul><ol style="list-style-type:none"><li>无号。</li></ol>',
      ),
    );
    expect(lines).toEqual([
      '全区法治政府建设工作取得积极成效。',
      '一、主要举措和成效',
      '全年办理复议案件30件。',
      '二、存在的不足',
      '四、下一年度安排',
      '1. 第一项。',
      '2. 第二项。',
      'a. 甲项。',
      '要点。',
      '无号。',
    ]);
  });

  it('every seed as a page whose outline is an ordered list reads like the seed', async () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const differences: string[] = [];
    for (const file of seedFiles()) {
      const text = readFileSync(file, 'utf8');
      const body = text
        .split('\n')
        .map((line) => {
          const top = /^([一二三四五六七八九十]+)、(.*)$/.exec(line);
          if (!top) return `<p>${escape(line)}</p>`;
          return `<ol start="${'一二三四五六七八九十'.indexOf(top[1]!) + 1}" style="list-style-type: cjk-ideographic"><li><h3>${escape(top[2]!)}</h3></li></ol>`;
        })
        .join('');
      const html = `<html><body><div class="content">${body}</div></body></html>`;
      if ((await readingOf(html, file.replace(/\.txt$/, '.html'))) !== (await readingOf(text, file))) {
        differences.push(path.basename(file));
      }
    }
    expect(differences).toEqual([]);
  }, 60_000);
});
