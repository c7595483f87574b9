import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exampleSource } from '../../src/document/example.js';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, extractPresence, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { cidFontPdf, cidHex, docxOfParts, expectTimeUpAtFourthLook, pdfFile, readText, refusal, steppingClock } from './hostile.js';

const lexicon = await loadLexicon();
const title = '某某县2025年度法治政府建设情况报告';

describe('a report whose facts take past its time', () => {
  // sentences of our own, many enough that the facts passes would run long on a slow machine
  const text = [
    title,
    '一、主要工作',
    ...Array.from({ length: 400 }, (_, k) => `第${k + 1}批次共抽查行政执法案卷${(k % 60) + 20}卷,已建立案卷评查制度。`),
    '全年办理行政复议案件35件。',
  ].join('\n');
  const doc = buildDocument(exampleSource(`${text}\n`, 'slow.txt'));

  for (const [stage, run] of [
    ['numbers', extractFacts],
    ['presence', extractPresence],
  ] as const) {
    it(`stops the ${stage} pass within a few sentences of the limit, with the budget's message naming the file`, () => {
      const { checkTime, looks } = steppingClock('slow.txt');
      // stopped at the fourth look, long before the 400 sentences were read
      expectTimeUpAtFourthLook(() => run(doc, lexicon, checkTime), 'slow.txt', looks);
    });
  }

  it('reads every sentence, to the last, when the time is not up', () => {
    let looks = 0;
    const facts = extractFacts(doc, lexicon, () => looks++);
    expect(looks).toBeGreaterThanOrEqual(doc.sentences.length / 16);
    expect(facts.find((fact) => fact.id === 'reconsideration_cases')?.value).toBe(35);
  });
});

describe('Windows-1252 curly quotes among GBK bytes', () => {
  const gbk = (...parts: ReadonlyArray<string | number>) =>
    new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : iconv.encode(part, 'gbk')))));

  it('reads a quote pair as “ ” or ‘ ’, whatever the quoted words begin with', async () => {
    const bytes = gbk(
      `${title}\n一、主要工作\n全县开展`,
      0x93,
      '宪法宣传进社区',
      0x94,
      '主题活动,举办讲座18场。\n各村设立',
      0x91,
      '法律明白人',
      0x92,
      '岗位126个。\n推行',
      0x93,
      '1+3',
      0x94,
      '调解模式,全年办理行政复议案件35件。\n',
    );
    const source = await ingestBytes(bytes, 'quotes.txt');
    expect(source.original.trimEnd()).toBe(
      `${title}\n一、主要工作\n全县开展“宪法宣传进社区”主题活动,举办讲座18场。\n各村设立‘法律明白人’岗位126个。\n推行“1+3”调解模式,全年办理行政复议案件35件。`,
    );
    expect(source.notices ?? []).toEqual([]);
  });

  it('keeps a rare GBK character whose lead byte is a quote byte when no pair is found', async () => {
    // 0x93 0xB7 is a GBK/3 character; no closing byte follows it on its line
    const rare = iconv.decode(Buffer.from([0x93, 0xb7]), 'gbk');
    const text = `${title}\n村民${rare}某某调解邻里纠纷3起。\n全年办理行政复议案件35件。\n`;
    const source = await ingestBytes(new Uint8Array(iconv.encode(text, 'gbk')), 'rare.txt');
    expect(source.original.trimEnd()).toBe(text.trimEnd());
  });
});

describe('a PDF page drawn from its foot upwards', () => {
  const at = (x: number, y: number, text: string) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  // a title, a heading, and a paragraph wrapped over three lines of the same width
  const lines = [
    '某某县2025年度法治政府建设情况报告',
    '一、主要工作',
    '全年办理行政复议案件35件，审查规范性文件12件，组织',
    '执法人员参加专题培训3期，累计培训460人次，开展法治',
    '宣传活动27场。',
  ];
  const upwards = (rows: readonly string[], x: number) =>
    rows
      .map((line, row) => at(x, 760 - 20 * row, line))
      .reverse()
      .join('\n');

  // read in drawing order, the paragraph's last line came first and its sentence ran backwards
  it('reads its lines top down, as a viewer shows them', async () => {
    const text = await readText(cidFontPdf(upwards(lines, 56)), 'upwards.pdf');
    expect(text.split('\n')).toEqual([lines[0], lines[1], lines.slice(2).join('')]);
  });

  it('keeps a page drawn top down with a second column, and each column drawn from its foot, in column order', async () => {
    const left = ['全年办理行政复议案件35件。', '审查规范性文件12件。', '组织专题培训3期。', '开展法治宣传27场。'];
    const right = ['聘请法律顾问8名。', '办理信访事项41件。', '化解矛盾纠纷96起。', '培训执法人员460人次。'];
    const topDown = [...left.map((line, row) => at(56, 760 - 20 * row, line)), ...right.map((line, row) => at(320, 760 - 20 * row, line))].join('\n');
    const expected = [...left, ...right];
    expect((await readText(cidFontPdf(topDown), 'columns.pdf')).split('\n')).toEqual(expected);
    const eachUpwards = `${upwards(left, 56)}\n${upwards(right, 320)}`;
    expect((await readText(cidFontPdf(eachUpwards), 'columns-up.pdf')).split('\n')).toEqual(expected);
  });
});

describe('a web page with pictures drawn in it (<svg>)', () => {
  const page = (inside: string) =>
    `<html><body><h1>${title}</h1><p>全年办理行政复议案件<svg width="24" height="12"><title>图</title><text x="0" y="10">35</text></svg>件，审查规范性文件12件。</p>${inside}<p>以上数据截至年底。</p></body></html>`;
  const chart =
    '<svg viewBox="0 0 300 200"><g><text x="10" y="190">2023年</text><text x="110" y="190">2024年</text><text x="210" y="190">2025年</text></g><text x="5" y="20">单位：件</text><rect x="10" y="60" width="40" height="120"/></svg>';
  const caption = '<svg viewBox="0 0 400 40"><text x="0" y="20"><tspan>组织执法人员专题培训3期，</tspan><tspan>累计培训460人次。</tspan></text></svg>';

  // a figure drawn as a picture's text inside a sentence was dropped with the picture: 案件件
  it('reads the one text of a picture where it stands, and leaves a chart’s labels out', async () => {
    expect((await readText(page(caption + chart), 'svg.html')).split('\n')).toEqual([
      title,
      '全年办理行政复议案件35件，审查规范性文件12件。',
      '组织执法人员专题培训3期，累计培训460人次。',
      '以上数据截至年底。',
    ]);
  });
});

describe('a Word document whose body is partly embedded parts (<w:altChunk>)', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const relationship = (id: string, target: string) => `<Relationship Id="${id}" Type="${RELATIONSHIPS}/aFChunk" Target="${target}"/>`;
  const page = (lines: readonly string[]) => `<html><body>${lines.map((line) => `<p>${line}</p>`).join('')}</body></html>`;
  const saved = (html: string) =>
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="part"',
      '',
      '--part',
      'Content-Type: text/html; charset="utf-8"',
      '',
      html,
      '--part--',
      '',
    ].join('\r\n');

  // an exporter writes the title and signature as Word paragraphs and the body as a web page between
  // them: the parts were read after the whole body, the signature before the report's text
  it('reads each part where it stands, a part placed twice in both places, one not in the package as nothing', async () => {
    const body = [
      paragraph(title),
      '<w:altChunk r:id="chunkA"/>',
      paragraph('二、存在的不足'),
      '<w:altChunk r:id="chunkB"><w:altChunkPr/></w:altChunk>',
      '<w:altChunk r:id="missing"/>',
      paragraph('某某县人民政府'),
      '<w:altChunk r:id="chunkA"/>',
    ].join('');
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}" xmlns:r="${RELATIONSHIPS}"><w:body>${body}</w:body></w:document>`,
      'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('chunkA', 'partA.html')}${relationship('chunkB', 'partB.mht')}${relationship('missing', 'gone.html')}</Relationships>`,
      'word/partA.html': page(['一、主要工作', '全年办理行政复议案件35件。']),
      'word/partB.mht': saved(page(['基层执法力量仍需充实。'])),
    });
    expect((await readText(new Uint8Array(docx), 'chunks.docx')).split('\n')).toEqual([
      title,
      '一、主要工作',
      '全年办理行政复议案件35件。',
      '二、存在的不足',
      '基层执法力量仍需充实。',
      '某某县人民政府',
      '一、主要工作',
      '全年办理行政复议案件35件。',
    ]);
  });
});

describe('a PDF whose text is in a Type3 font (glyphs drawn as pictures)', () => {
  const stream = (data: string) => `<< /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;
  /** A page of 20 lines in a Type3 font whose codes `codes` name glyphs `glyphName(code)`, each a filled square, with no ToUnicode. */
  const type3Pdf = (codes: readonly number[], glyphName: (code: number) => string) => {
    const used = [...new Set(codes)].sort((a, b) => a - b);
    const hex = (part: readonly number[]) => `<${part.map((code) => code.toString(16).padStart(2, '0')).join('')}>`;
    const lines = Array.from({ length: 20 }, (_, row) => `BT /T3 12 Tf 56 ${780 - row * 16} Td ${hex(codes.slice(row * 24, row * 24 + 24))} Tj ET`);
    return new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R >>',
        stream(lines.join('\n')),
        `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 6 0 R ` +
          `/Encoding << /Type /Encoding /Differences [${used.map((code) => `${code} /${glyphName(code)}`).join(' ')}] >> ` +
          `/FirstChar ${used[0]} /LastChar ${used.at(-1)} /Widths [${Array.from({ length: used.at(-1)! - used[0]! + 1 }, () => 1000).join(' ')}] >>`,
        `<< ${used.map((code) => `/${glyphName(code)} 7 0 R`).join(' ')} >>`,
        stream('1000 0 0 0 1000 1000 d1 100 100 800 800 re f'),
      ]),
    );
  };
  const codes = Array.from({ length: 480 }, (_, k) => 33 + ((k * 7) % 90));

  // pdf.js gives each code as itself: a page of ASCII letters and signs, then "not a report" with no word of why
  it('refuses one whose glyph names give no characters, in Chinese naming the file', async () => {
    const message = await refusal(
      ingestBytes(
        type3Pdf(codes, (code) => `g${code}`),
        '图形字.pdf',
      ),
      '图形字.pdf',
    );
    expect(message).toContain('Type3 字体');
  });

  it('reads one whose glyph names are Unicode names', async () => {
    const text = await readText(
      type3Pdf(codes, (code) => `uni${(0x4e00 + code * 13).toString(16).toUpperCase()}`),
      'named.pdf',
    );
    expect(text.replace(/\s/g, '').length).toBe(codes.length);
  });
});
