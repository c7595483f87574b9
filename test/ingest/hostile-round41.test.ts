import iconv from 'iconv-lite';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exampleSource } from '../../src/document/example.js';
import { buildDocument } from '../../src/document/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { docxOfParts, expectTimeUpAtFourthLook, readText, refusal, steppingClock, zipFile } from './hostile.js';

const title = '某某县2025年度法治政府建设情况报告';

describe('Windows-1252 curly quotes around a rare GBK character', () => {
  const gbk = (...parts: ReadonlyArray<string | number>) =>
    new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'number' ? Buffer.from([part]) : iconv.encode(part, 'gbk')))));

  // 堃 and 喆 are GBK/3 characters, outside GB2312: the pair was not taken and the words came out as 搱覕
  it('reads the pair as quotes when the quoted words hold a character outside GB2312', async () => {
    const bytes = gbk(`${title}\n一、主要工作\n打造`, 0x93, '堃', 0x94, '调解品牌,调解纠纷35件。\n推行', 0x93, '老喆说法', 0x94, '活动12场。\n');
    const source = await ingestBytes(bytes, 'rare-quoted.txt');
    expect(source.original.trimEnd()).toBe(`${title}\n一、主要工作\n打造“堃”调解品牌,调解纠纷35件。\n推行“老喆说法”活动12场。`);
  });

  it('still keeps rare characters whose lead bytes are quote bytes when they read better as GBK', async () => {
    // 0x93 0xB7 and 0x94 0xA8 are GBK/3 characters on one line: read as a pair, the bytes between them fall out of step
    const [opening, closing] = [iconv.decode(Buffer.from([0x93, 0xb7]), 'gbk'), iconv.decode(Buffer.from([0x94, 0xa8]), 'gbk')];
    const text = `${title}\n村民${opening}某某与${closing}某调解邻里纠纷3起。\n全年办理行政复议案件35件。\n`;
    const source = await ingestBytes(new Uint8Array(iconv.encode(text, 'gbk')), 'rare.txt');
    expect(source.original.trimEnd()).toBe(text.trimEnd());
  });
});

describe('a pathological document in the document stage', () => {
  const numerals = '一二三四五六七八九十';
  const shapes: ReadonlyArray<[string, string]> = [
    ['very many short lines', [title, ...Array.from({ length: 20_000 }, (_, k) => `第${k}`)].join('\n')],
    [
      'deep list nesting',
      [title, ...Array.from({ length: 5000 }, (_, k) => `${numerals[k % 10]}、一级\n（一）二级\n1.三级\n（1）四级\n①五级\n一是内容${k}件。`)].join('\n'),
    ],
    ['thousands of headings', [title, ...Array.from({ length: 5000 }, (_, k) => `${k + 1}.标题${k}\n内容${k}件。`)].join('\n')],
  ];

  // the document stage ran to its end whatever the clock said: only the facts passes looked at it
  for (const [shape, text] of shapes) {
    it(`stops ${shape} once the time is up, with the budget's message naming the file`, () => {
      const { checkTime, looks } = steppingClock('slow.txt');
      expectTimeUpAtFourthLook(() => buildDocument(exampleSource(`${text}\n`, 'slow.txt'), undefined, checkTime), 'slow.txt', looks);
    });
  }

  it('reads the whole document when the time is not up', () => {
    let looks = 0;
    const doc = buildDocument(exampleSource(`${shapes[2]![1]}\n`, 'many.txt'), undefined, () => looks++);
    expect(looks).toBeGreaterThan(4);
    expect(doc.sentences.at(-1)?.text).toContain('内容4999件。');
  });
});

describe('a plain text a line printer formatted: form feeds and overstrikes', () => {
  const bold = (text: string) => [...text].map((char) => `${char}\b${char}`).join('');
  const underlined = (text: string) => [...text].map((char) => `_\b${char}`).join('');

  // the backspaces made it "binary data"; dropped as invisible, 4⌫40件 read as 440件
  it('reads a bold or underlined character once and a struck-over figure as the figure printed', async () => {
    const text = [
      bold(title),
      `${bold('一、主要工作')}\f`,
      `全年办理${underlined('行政复议')}案件35件，审查合同4\b40件。`,
      `\f培训执法人员${'4'}\b\b4${'6'}_\b0人次，重_\b点工作推进有力。`,
      '二、存在的不足',
      '基层执法力量仍需充实。',
    ].join('\n');
    expect((await readText(text, 'printed.txt')).split('\n')).toEqual([
      title,
      '一、主要工作',
      '全年办理行政复议案件35件，审查合同40件。',
      '培训执法人员460人次，重点工作推进有力。',
      '二、存在的不足',
      '基层执法力量仍需充实。',
    ]);
  });
});

describe('a PDF whose Type3 font sits in a compressed object stream', () => {
  const stream = (dictionary: string, data: Buffer) =>
    Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
  /**
   * A PDF 1.5 file: the objects `plain` written as they are, the objects `packed` in one object stream
   * compressed by Flate, and a cross-reference stream that finds both.
   */
  const packedPdf = (plain: ReadonlyMap<number, string | Buffer>, packed: ReadonlyMap<number, string>) => {
    const objectStream = plain.size + packed.size + 1;
    const xref = objectStream + 1;
    const header: string[] = [];
    let body = '';
    for (const [number, text] of packed) {
      header.push(`${number} ${body.length}`);
      body += `${text}\n`;
    }
    const first = `${header.join(' ')}\n`;
    const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets = new Map<number, number>();
    let length = parts[0]!.length;
    const write = (number: number, content: string | Buffer) => {
      offsets.set(number, length);
      const part = Buffer.concat([
        Buffer.from(`${number} 0 obj\n`),
        Buffer.isBuffer(content) ? content : Buffer.from(content, 'latin1'),
        Buffer.from('\nendobj\n'),
      ]);
      parts.push(part);
      length += part.length;
    };
    for (const [number, content] of plain) write(number, content);
    write(
      objectStream,
      stream(`/Type /ObjStm /N ${packed.size} /First ${first.length} /Filter /FlateDecode`, deflateSync(Buffer.from(first + body, 'latin1'))),
    );
    const entries = Array.from({ length: xref + 1 }, (_, number) => {
      const entry = Buffer.alloc(7);
      const index = [...packed.keys()].indexOf(number);
      if (offsets.has(number) || number === xref) {
        entry.writeUInt8(1, 0);
        entry.writeUInt32BE(offsets.get(number) ?? length, 1);
      } else if (index >= 0) {
        entry.writeUInt8(2, 0);
        entry.writeUInt32BE(objectStream, 1);
        entry.writeUInt16BE(index, 5);
      }
      return entry;
    });
    const xrefAt = length;
    write(xref, stream(`/Type /XRef /Size ${xref + 1} /W [1 4 2] /Root 1 0 R`, Buffer.concat(entries)));
    parts.push(Buffer.from(`startxref\n${xrefAt}\n%%EOF\n`));
    return new Uint8Array(Buffer.concat(parts));
  };
  const codes = Array.from({ length: 480 }, (_, k) => 33 + ((k * 7) % 90));
  const used = [...new Set(codes)].sort((a, b) => a - b);
  const hex = (part: readonly number[]) => `<${part.map((code) => code.toString(16).padStart(2, '0')).join('')}>`;
  const lines = Array.from({ length: 20 }, (_, row) => `BT /T3 12 Tf 56 ${780 - row * 16} Td ${hex(codes.slice(row * 24, row * 24 + 24))} Tj ET`).join('\n');
  const glyph = '1000 0 0 0 1000 1000 d1 100 100 800 800 re f';

  // the refusal looked for the font's /Subtype /Type3 in the file's bytes only: read on, "not a report" with no word of why
  it('refuses one whose glyph names give no characters, in Chinese naming the file', async () => {
    const pdf = packedPdf(
      new Map<number, string | Buffer>([
        [1, '<< /Type /Catalog /Pages 2 0 R >>'],
        [2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
        [3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R >>'],
        [4, stream('', Buffer.from(lines, 'latin1'))],
        [7, stream('', Buffer.from(glyph, 'latin1'))],
      ]),
      new Map([
        [
          5,
          `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs 6 0 R ` +
            `/Encoding << /Type /Encoding /Differences [${used.map((code) => `${code} /g${code}`).join(' ')}] >> ` +
            `/FirstChar ${used[0]} /LastChar ${used.at(-1)} /Widths [${Array.from({ length: used.at(-1)! - used[0]! + 1 }, () => 1000).join(' ')}] >>`,
        ],
        [6, `<< ${used.map((code) => `/g${code} 7 0 R`).join(' ')} >>`],
      ]),
    );
    expect(Buffer.from(pdf).includes('Type3')).toBe(false);
    const message = await refusal(ingestBytes(pdf, '压缩字体.pdf'), '压缩字体.pdf');
    expect(message).toContain('Type3 字体');
  });
});

describe('a Word document whose fields hold figures', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const docx = (paragraphs: readonly string[]) =>
    new Uint8Array(
      docxOfParts({
        'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD}"><w:body>${paragraphs.map((p) => `<w:p>${p}</w:p>`).join('')}</w:body></w:document>`,
      }),
    );
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const character = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const code = (text: string) => `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;

  it('reads a field whose saved result is a figure as the figure, and tells of none', async () => {
    const source = await ingestBytes(
      docx([
        run(title),
        run('全年办理行政复议案件') + character('begin') + code(' MERGEFIELD 复议案件数 ') + character('separate') + run('35') + character('end') + run('件。'),
        run('审查合同') + character('begin') + code(' =SUM(ABOVE) \\# "0" ') + character('separate') + run('4') + run('0') + character('end') + run('件。'),
      ]),
      'merged.docx',
    );
    expect(source.original.split('\n')).toEqual([title, '全年办理行政复议案件35件。', '审查合同40件。']);
    expect(source.notices ?? []).toEqual([]);
  });

  // a field inserted and never updated shows nothing: 审查合同件。 was read with no word that a figure was missing
  it('tells of value fields with no saved result, their codes quoted, and not of an empty page number', async () => {
    const source = await ingestBytes(
      docx([
        run(title),
        run('审查合同') + character('begin') + code(' =SUM(ABOVE) ') + character('separate') + character('end') + run('件。'),
        run('审查规范性文件') + character('begin') + code(' =5+7 ') + character('end') + run('件。'),
        run('办理复议') + '<w:fldSimple w:instr=" MERGEFIELD 复议案件数 "/>' + run('件。') + '<w:fldSimple w:instr=" PAGE "/>',
      ]),
      'unsaved.docx',
    );
    expect(source.original.split('\n')).toEqual([title, '审查合同件。', '审查规范性文件件。', '办理复议件。']);
    expect(source.notices).toHaveLength(1);
    expect(source.notices![0]).toContain('3 个域(如 =SUM(ABOVE)、=5+7)没有保存结果');
  });
});

describe('an OpenDocument text whose figure a blank splits', () => {
  const NAMESPACES = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const stored = (name: string, text: string) => {
    const data = Buffer.from(text);
    return { name, data, uncompressedSize: data.length, stored: true };
  };
  const odt = (paragraphs: readonly string[]) =>
    new Uint8Array(
      zipFile([
        stored('mimetype', 'application/vnd.oasis.opendocument.text'),
        stored(
          'content.xml',
          `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NAMESPACES} office:version="1.3"><office:body><office:text>` +
            `${paragraphs.map((p) => `<text:p>${p}</text:p>`).join('')}</office:text></office:body></office:document-content>`,
        ),
      ]),
    );

  // a viewer shows 4 60人次, one figure with a gap; the number readers took only its last group, 60人次
  it('reads digits a blank or <text:s/> parts within one run as one figure', async () => {
    const text = await readText(
      odt([title, '一、主要工作', '全年培训执法人员4<text:s/>60人次，办理行政复议案件35件。', '<text:span>审查合同1<text:s text:c="2"/>2 0份。</text:span>']),
      'gap.odt',
    );
    expect(text.split('\n')).toEqual([title, '一、主要工作', '全年培训执法人员460人次，办理行政复议案件35件。', '审查合同120份。']);
  });

  it('keeps figures apart across runs, and blanks after a figure or before what is no count', async () => {
    const text = await readText(
      odt([
        title,
        '<text:span>2024年</text:span><text:s/><text:span>4</text:span><text:s/><text:span>60人次</text:span>',
        '组织培训4<text:s/>期，编号 12 34，电话 0571 1234 5678。',
      ]),
      'apart.odt',
    );
    expect(text.split('\n')).toEqual([title, '2024年 4 60人次', '组织培训4 期，编号 12 34，电话 0571 1234 5678。']);
  });
});

describe('a frameset page saved with its <base>', () => {
  // the refusal named menu.html and main.html, which the user cannot open from a saved page: the site's address was in <base>
  it('is refused naming its frames at the addresses the page gives them', async () => {
    const page =
      '<html><head><title>法治政府建设</title><base href="http://www.example.gov.cn/zwgk/2025/"></head>' +
      '<frameset cols="20%,80%"><frame src="menu.html"><frame src="../fzzf/main.html"><noframes><body>您的浏览器不支持框架。</body></noframes></frameset></html>';
    const message = await refusal(ingestBytes(new Uint8Array(Buffer.from(page)), 'frames.html'), 'frames.html');
    expect(message).toContain('网页是框架页');
    expect(message).toContain('http://www.example.gov.cn/zwgk/2025/menu.html、http://www.example.gov.cn/zwgk/fzzf/main.html');
  });

  it('names them as written when the page gives no usable <base>', async () => {
    const page = '<html><head><base target="_blank"></head><frameset rows="10%,90%"><frame src="top.htm"><frame src="body.htm"></frameset></html>';
    const message = await refusal(ingestBytes(new Uint8Array(Buffer.from(page)), 'frames.htm'), 'frames.htm');
    expect(message).toContain('top.htm、body.htm');
  });
});
