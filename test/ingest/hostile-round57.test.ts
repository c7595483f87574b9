import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../../src/ingest/index.js';
import { bytesOf, docxOfParts, odtOf, readText, WORD_MAIN, wordParagraph, wordRun } from './hostile.js';

const title = '溱澜县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员380人次。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
const page = (body: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1>${body}<p>${closing}</p></body></html>`;

describe('a line break inside a sentence, between a label and its figure', () => {
  const broken = '全年审查规范性文件⏎17件，办理行政复议案件52件。';
  const card = '行政复议⏎97件';
  const signed = '溱澜县司法局⏎2025年12月30日';
  const wanted = [title, '全年审查规范性文件17件，办理行政复议案件52件。', '行政复议', '97件', '溱澜县司法局', '2025年12月30日', closing];
  const paragraphs = [broken, card, signed];
  // Shift+Enter in Word or WPS, a <br> in a portal's editor: the figure stood on a line of its own, its label on the one
  // above, and 17件 was no count of any kind; a card's label over its figure and a date under a signature stay lines
  it('reads the label and the figure as one line on a page, in an RTF and in an OpenDocument text', async () => {
    const html = page(paragraphs.map((text) => `<p>${text.replace('⏎', '<br>\n')}</p>`).join(''));
    expect(await filled(html, 'br.html')).toEqual(wanted);
    const unicode = (text: string) =>
      [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0) - (char.charCodeAt(0) > 0x7fff ? 0x10000 : 0)}?`)).join('');
    const rtf = `{\\rtf1\\ansi\\uc1 ${[title, ...paragraphs, closing].map((text) => `${text.split('⏎').map(unicode).join('\\line ')}\\par `).join('')}}`;
    expect(await filled(rtf, 'line.rtf')).toEqual(wanted);
    const odt = odtOf([title, ...paragraphs, closing].map((text) => `<text:p>${text.replace('⏎', '<text:line-break/>')}</text:p>`).join(''));
    expect(await filled(odt, 'line.odt')).toEqual(wanted);
  });

  it('reads them as one line in a .docx and in a text of Unicode line separators', async () => {
    const runs = (text: string) => text.split('⏎').map(wordRun).join('<w:r><w:br/></w:r>');
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${[title, ...paragraphs, closing].map((text) => wordParagraph(runs(text))).join('')}</w:body></w:document>`,
    });
    expect(await filled(new Uint8Array(docx), 'br.docx')).toEqual(wanted);
    expect(await filled([title, ...paragraphs, closing].join('\n').replaceAll('⏎', '\u2028'), 'ls.txt')).toEqual(wanted);
  });

  it('keeps a break after a clause’s end, before words and inside a figure as before', async () => {
    const html = page('<p>全年审查规范性文件17件，<br>办理行政复议案件52件。</p><p>其中规范性文件<br>（含部门文件）17件。</p><p>培训执法人员4<br>60人次。</p>');
    expect(await filled(html, 'kept.html')).toEqual([
      title,
      '全年审查规范性文件17件，',
      '办理行政复议案件52件。',
      '其中规范性文件',
      '（含部门文件）17件。',
      '培训执法人员460人次。',
      closing,
    ]);
  });
});

describe('an RTF file cut short', () => {
  const unicode = (text: string) =>
    [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0) - (char.charCodeAt(0) > 0x7fff ? 0x10000 : 0)}?`)).join('');
  const rtf = `{\\rtf1\\ansi\\uc1 ${unicode(title)}\\par ${unicode(figures)}\\par ${unicode(closing)}\\par }`;
  // a download stopped part-way: read as far as it went and nothing said (a cut text, a cut .docx are told of), and
  // the last \uN's digits cut (\u2637 of \u26377?) read as another character (U+0A4D) at the end
  it('reads what there is, without the cut escape, and says the file may be incomplete', async () => {
    const cut = rtf.slice(0, rtf.indexOf('\\u26377?') + 6);
    const source = await ingestBytes(bytesOf(cut), '截断.rtf');
    expect(source.original.split('\n').filter((line) => line !== '')).toEqual([title, figures, '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训']);
    expect(source.notices).toEqual([expect.stringMatching(/^RTF 文档在中途结束.*可能没有下载或复制完整/)]);
  });

  it('says nothing of a whole one', async () => {
    const source = await ingestBytes(bytesOf(rtf), '完整.rtf');
    expect(source.original.split('\n').filter((line) => line !== '')).toEqual([title, figures, closing]);
    expect(source.notices).toBeUndefined();
  });
});

describe('page fields in a Word 97–2003 document', () => {
  const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/doc');
  /** report.doc with texts of its body overwritten by others of as many characters (its CPs unchanged). */
  const docWith = (changes: ReadonlyArray<readonly [string, string]>) => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'report.doc'));
    for (const [before, after] of changes) {
      expect(after.length).toBe(before.length);
      const at = bytes.indexOf(Buffer.from(before, 'utf16le'));
      expect(at).toBeGreaterThan(0);
      Buffer.from(after, 'utf16le').copy(bytes, at);
    }
    return new Uint8Array(bytes);
  };
  /** A field as Word 97–2003 keeps it in the text: begin, code, separator, result, end. */
  const field = (code: string, result: string) => `\x13${code}\x14${result}\x15`;
  // a page number field's result was read as the .docx reader does not: beside a figure it made the figure another
  // (19 read 139), a footer typed into the body stood as a line (（第3页）)
  it('reads no page number inside a sentence, nor a paragraph of page fields alone, as a .docx', async () => {
    const lines = await filled(
      docWith([
        ['2024年乡镇法制审核人员为19名。', ` 审核人员为1${field('PAGE', '3')}9名。`],
        ['全县持证执法人员共计512名。', `（第${field('PAGE', '3')}页）   `],
      ]),
      '页码.doc',
    );
    expect(lines.at(-1)).toBe('审核人员为19名。');
    expect(lines.join('\n')).not.toMatch(/第3页|139/);
  });

  // a line break (Shift+Enter, kept as a vertical tab) between a label and its figure, as in a .docx
  it('reads a label and its figure a line break parts as one line', async () => {
    const lines = await filled(docWith([['全县持证执法人员共计512名。', '执法人员共\x0b512名，均持证。']]), '换行.doc');
    expect(lines).toContain('执法人员共512名，均持证。');
  });

  it('reads a page field standing between 第 and 页 in a sentence, as a .docx', async () => {
    const lines = await filled(docWith([['全年审核县政府规范性文件14件', `详见第${field('PAGEREF', '5')}页`]]), '引用.doc');
    expect(lines.find((line) => line.startsWith('(一)'))).toMatch(/^\(一\)严格规范性文件管理。详见第5页,备案审查率100%。/);
  });
});

describe('a page’s <meter> and <data> with no text', () => {
  // a browser draws a <meter> as a gauge and shows no figure (its content is for browsers without one, HTML §4.10.14
  // and §15.5.11), an empty <data> shows nothing: their value attributes are no text of the page
  it('reads no value of an empty <meter> or <data>, and the fallback text of one that has it', async () => {
    const body = `<p>${figures}</p><p>群众满意度<meter min="0" max="1" value="0.97"></meter>，公开目录<data value="38"></data>。</p><p>办结率<meter value="0.95">95%</meter>。</p>`;
    expect(await filled(page(body), 'meter.html')).toEqual([title, figures, '群众满意度，公开目录。', '办结率95%。', closing]);
  });
});

describe('characters of no width inside a figure', () => {
  // a line-break opportunity (<wbr>, a zero-width space), a soft hyphen, a word joiner and a byte-order mark pasted
  // inside a figure: a browser shows the figure whole, and so it is read
  it('reads a figure whole across <wbr>, &shy;, U+200B, U+2060 and U+FEFF, on a page and in a text', async () => {
    const wanted = '全年审查规范性文件17件，办理行政复议案件52件，培训执法人员460人次，调解纠纷16件，出具法律意见书12份。';
    const body = '<p>全年审查规范性文件1<wbr>7件，办理行政复议案件5&shy;2件，培训执法人员4&#8203;60人次，调解纠纷1\u20606件，出具法律意见书1\ufeff2份。</p>';
    expect(await filled(page(body), 'wbr.html')).toEqual([title, wanted, closing]);
    const text = '全年审查规范性文件1\u200b7件，办理行政复议案件5\u00ad2件，培训执法人员4\u206060人次，调解纠纷1\ufeff6件，出具法律意见书1\u200b2份。';
    expect(await filled([title, text, closing].join('\n'), '零宽.txt')).toEqual([title, wanted, closing]);
  });
});

describe('character references a browser reads without their semicolon', () => {
  it('reads &nbsp without its semicolon as a no-break space, and &ampnbsp; as the text it shows', async () => {
    const body = '<p>全年审查规范性文件17&nbsp件，网页源码中写作&ampnbsp;的空格照原样显示。</p>';
    expect(await filled(page(body), 'entity.html')).toEqual([title, '全年审查规范性文件17\u00a0件，网页源码中写作&nbsp;的空格照原样显示。', closing]);
  });
});

describe('a mail’s quoted-printable body broken inside a character', () => {
  // soft line breaks (=⏎) fall where the line's 76 bytes end, inside a character's UTF-8 bytes
  it('reads the characters whole across the soft breaks', async () => {
    const qp = (text: string) => Buffer.from(text).toString('hex').toUpperCase().replace(/(..)/g, '=$1');
    const body = qp(figures)
      .match(/.{1,73}/g)!
      .join('=\r\n');
    const mail = [
      'From: sfj@qinlan.gov.cn',
      `Subject: =?UTF-8?B?${Buffer.from(title).toString('base64')}?=`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(title),
      body,
      qp(closing),
      '',
    ].join('\r\n');
    expect(body.split('\r\n')[0]!.endsWith('=')).toBe(true);
    expect(await filled(mail, '报告.eml')).toEqual([title, figures, closing]);
  });
});

describe('pages as portals and WeChat save them', () => {
  // a WeChat article saved from its source: the article hidden until a script shows it
  it('reads a WeChat article whose #js_content is hidden until its script runs', async () => {
    const wechat = `<html><head><title>${title}</title></head><body><div id="js_article"><h1 class="rich_media_title">${title}</h1><div class="rich_media_content" id="js_content" style="visibility: hidden;"><section><p>${figures}</p><p>${closing}</p></section></div></div><div class="rich_media_tool">阅读 1000</div></body></html>`;
    expect(await filled(wechat, '公众号.html')).toEqual([title, figures, closing]);
  });

  it('reads no hidden form field, and a MathML figure in its place', async () => {
    const body = `<form><input type="hidden" name="draft" value="审查规范性文件99件"><p>全年审查规范性文件<math><mn>17</mn></math>件。</p></form>`;
    expect(await filled(page(body), 'form.html')).toEqual([title, '全年审查规范性文件17件。', closing]);
  });

  it('reads a table nested in a layout table’s cell as its rows', async () => {
    const body = '<table><tr><td><table><tr><td>审查规范性文件</td><td>17件</td></tr><tr><td>行政复议案件</td><td>52件</td></tr></table></td></tr></table>';
    expect(await filled(page(body), 'nested.html')).toEqual([title, '审查规范性文件 | 17件', '行政复议案件 | 52件', closing]);
  });

  it('reads a page whose declared charset is not its bytes’: UTF-8 declared gb2312, GBK declared utf-8', async () => {
    const html = (charset: string) =>
      `<html><head><meta charset="${charset}"><title>${title}</title></head><body><h1>${title}</h1><p>${figures}</p><p>${closing}</p></body></html>`;
    expect(await filled(new Uint8Array(Buffer.from(html('gb2312'))), 'utf8.html')).toEqual([title, figures, closing]);
    expect(await filled(new Uint8Array(iconv.encode(html('utf-8'), 'gbk')), 'gbk.html')).toEqual([title, figures, closing]);
  });
});

describe('a .docx’s custom XML and smart tags', () => {
  // runs wrapped in w:customXml (an OA system's tagged fields) and w:smartTag (older Word's): their text is the paragraph's
  it('reads the runs inside them as the paragraph’s', async () => {
    const paragraph = wordParagraph(
      `<w:customXml w:element="count">${wordRun('全年审查规范性文件17')}</w:customXml>`,
      `<w:smartTag w:uri="urn:oa" w:element="unit">${wordRun('件。')}</w:smartTag>`,
    );
    const docx = docxOfParts({
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_MAIN}"><w:body>${[wordParagraph(wordRun(title)), paragraph, wordParagraph(wordRun(closing))].join('')}</w:body></w:document>`,
    });
    expect(await filled(new Uint8Array(docx), 'oa.docx')).toEqual([title, '全年审查规范性文件17件。', closing]);
  });
});

describe('Unicode’s line and paragraph separators', () => {
  // text copied out of a script or a WeChat editor: U+2029 ends a paragraph, U+2028 a line
  it('reads them as the line breaks they are', async () => {
    const text = `${title}\u2029全年审查规范性文件17件，\u2028办理行政复议案件52件。\u2029${closing}`;
    expect(await filled(text, '分隔符.txt')).toEqual([title, '全年审查规范性文件17件，', '办理行政复议案件52件。', closing]);
  });
});
