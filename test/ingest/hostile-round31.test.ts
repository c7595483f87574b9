import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { tempDir } from '../helpers/cli.js';
import { REPORT_LINES } from './fixtures.js';
import { AFTER_FIGURE, BEFORE_FIGURE, bytesOf, docxOfParts, FIGURES_LINE, PLAIN, readText, refusal, zipFile } from './hostile.js';

describe('a Word document with text a reader does not see', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document = (body: string, background = '') =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD}">${background}<w:body>${body}</w:body></w:document>`;
  const run = (text: string, properties = '') => `<w:r>${properties && `<w:rPr>${properties}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (text: string, properties = '') => `<w:p>${run(text, properties)}</w:p>`;
  const docx = (body: string, parts: Record<string, string> = {}, background = '') =>
    new Uint8Array(docxOfParts({ 'word/document.xml': document(body, background), ...parts }));

  // each paragraph withdrawn whole (hidden or struck, by its runs or its style) stood as a blank line where it was
  it('leaves nothing where a paragraph is withdrawn whole; keeps an empty paragraph as the blank line it is', async () => {
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD}"><w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Draft"/><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const note = '（起草说明：本段数字请业务科室再次核对。）';
    const body = [
      paragraph(REPORT_LINES[0]!),
      `<w:p><w:pPr><w:pStyle w:val="Draft"/></w:pPr>${run(note)}</w:p>`,
      ...REPORT_LINES.slice(1, 5).map((line) => paragraph(line)),
      paragraph(REPORT_LINES[5]!.replace('460', '450'), '<w:strike/>'),
      `<w:p>${run('（删去：', '<w:dstrike/>')}${run(note, '<w:vanish/>')}</w:p>`,
      ...REPORT_LINES.slice(5).map((line) => paragraph(line)),
    ].join('');
    expect(await readText(docx(body, { 'word/styles.xml': styles }), 'withdrawn.docx')).toBe(PLAIN);
    // an empty paragraph is the author's blank line, and a paragraph keeping a figure beside a struck one is read
    const kept = [
      paragraph(REPORT_LINES[0]!),
      '<w:p/>',
      `<w:p>${run('15件', '<w:strike/>')}${run(REPORT_LINES[1]!)}</w:p>`,
      ...REPORT_LINES.slice(2).map((line) => paragraph(line)),
    ];
    expect(await readText(docx(kept.join('')), 'kept.docx')).toBe([REPORT_LINES[0], '', ...REPORT_LINES.slice(1)].join('\n'));
  });

  // a template's content controls left unfilled: their prompts (单击或点击此处输入文字。) were read as the report's lines
  it('reads no placeholder text of a content control left unfilled, and the text of one filled in', async () => {
    const control = (content: string, showing: string) =>
      `<w:sdt><w:sdtPr><w:id w:val="3"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_1081868574"/></w:placeholder>${showing}</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const prompt = run('单击或点击此处输入文字。', '<w:rStyle w:val="PlaceholderText"/>');
    const [title, date] = REPORT_LINES as [string, string];
    const body = [
      paragraph(title),
      control(`<w:p>${prompt}</w:p>`, '<w:showingPlcHdr/>'),
      `<w:p>${control(run(date), '')}${control(prompt, '<w:showingPlcHdr w:val="true"/>')}</w:p>`,
      ...REPORT_LINES.slice(2).map((line) => paragraph(line)),
    ];
    expect(await readText(docx(body.join('')), 'template.docx')).toBe(PLAIN);
  });

  // Decided: text set white on the white page, or at 1 pt, is dropped, and the user told. A reader of the
  // report does not see it, so it states nothing: a template's instructions kept out of sight, or words
  // put there for a machine to find (合法性审查率达到100％ read as achieved, in a report that gives no such rate).
  it('drops text set white on white or at 1 pt, and says so; reads white text on a ground that shows it', async () => {
    const stuffed = '合法性审查率达到100％，行政复议纠错率为0％';
    for (const properties of ['<w:color w:val="FFFFFF"/>', '<w:color w:val="fefefe" w:themeColor="background1"/>', '<w:sz w:val="2"/><w:szCs w:val="2"/>']) {
      const body = [
        ...REPORT_LINES.map((line) => paragraph(line)),
        paragraph(stuffed, properties),
        `<w:p>${run(REPORT_LINES[7]!)}${run(stuffed, properties)}</w:p>`,
      ];
      const source = await ingestBytes(docx(body.join('')), 'unseen.docx');
      expect(source.original).toBe(`${PLAIN}\n${REPORT_LINES[7]}`);
      expect(source.notices).toEqual([
        `Word 文档中有 ${2 * [...stuffed].length} 字设为白色(底色也是白色)或 1 磅以下的字号,阅读时看不见,已忽略;若它们是报告正文,请改为正常的颜色和字号后再试`,
      ]);
    }
    // lines 6 and 7 of the report, the second in white on a ground of some colour
    const [heading, line] = REPORT_LINES.slice(6, 8) as [string, string];
    const white = (ground: string) => paragraph(heading) + paragraph(line, `<w:color w:val="FFFFFF"/>${ground}`);
    const filledBox = `<w:p>${run(heading)}<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" fillcolor="#1F4E79"><v:textbox><w:txbxContent>${paragraph(line, '<w:color w:val="FFFFFF"/>')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
    for (const [shown, background] of [
      [white('<w:shd w:val="clear" w:color="auto" w:fill="C00000"/>'), ''],
      [white('<w:highlight w:val="darkBlue"/>'), ''],
      [`${paragraph(heading)}<w:p><w:pPr><w:shd w:val="clear" w:fill="2F5496"/></w:pPr>${run(line, '<w:color w:val="FFFFFF"/>')}</w:p>`, ''],
      [`${paragraph(heading)}<w:tbl><w:tr><w:tc>${paragraph(line, '<w:color w:val="FFFFFF"/>')}</w:tc></w:tr></w:tbl>`, ''],
      [filledBox, ''],
      [white(''), '<w:background w:color="1F3864"/>'],
    ] as const) {
      const body = [...REPORT_LINES.slice(0, 6).map((text) => paragraph(text)), shown, ...REPORT_LINES.slice(8).map((text) => paragraph(text))].join('');
      const source = await ingestBytes(docx(body, {}, background), 'shown.docx');
      expect([source.original, source.notices]).toEqual([PLAIN, undefined]);
    }
    // a blank set at 1 pt keeps its place between figures
    const spaced = REPORT_LINES.map((line) =>
      line === FIGURES_LINE ? `<w:p>${run(BEFORE_FIGURE)}${run('12')}${run(' ', '<w:sz w:val="2"/>')}${run(`件${AFTER_FIGURE}`)}</w:p>` : paragraph(line),
    );
    expect((await ingestBytes(docx(spaced.join('')), 'spaced.docx')).notices).toBeUndefined();
  });
});

describe('an OpenDocument or Rich Text document with text at 1 pt', () => {
  // the Word document's hidden trick in the other word processors' formats: 1<1 pt>9</1 pt>2件 was read 192件
  it('drops the text set at 1 pt or less, in an .odt by its style, in an .rtf by \\fs', async () => {
    const content =
      '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"><office:automatic-styles>' +
      '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-size="1pt"/></style:style>' +
      '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-size="0.5pt" fo:color="#999999"/></style:style>' +
      '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-size="10.5pt"/></style:style></office:automatic-styles><office:body><office:text>' +
      REPORT_LINES.map(
        (line) =>
          `<text:p>${line === FIGURES_LINE ? `${BEFORE_FIGURE}1<text:span text:style-name="T1">9</text:span>2<text:span text:style-name="T2">5</text:span><text:span text:style-name="T3">件</text:span>${AFTER_FIGURE}` : line}</text:p>`,
      ).join('') +
      '</office:text></office:body></office:document-content>';
    const odt = zipFile(
      [
        ['mimetype', 'application/vnd.oasis.opendocument.text'],
        ['content.xml', content],
      ].map(([name, text]) => ({ name: name!, data: Buffer.from(text!), uncompressedSize: Buffer.byteLength(text!), stored: true })),
    );
    expect(await readText(new Uint8Array(odt), 'tiny.odt')).toBe(PLAIN);
    const unicode = (text: string) => [...text].map((char) => (char.charCodeAt(0) < 0x80 ? char : `\\u${char.charCodeAt(0)}?`)).join('');
    const figure = `${unicode(BEFORE_FIGURE)}1{\\fs2 9}2\\fs1 5\\fs24 ${unicode(`件${AFTER_FIGURE}`)}`;
    const rtf = `{\\rtf1\\ansi\\ansicpg936\\uc1{\\fonttbl{\\f0 SimSun;}}\n${REPORT_LINES.map((line) => `\\pard\\f0\\fs24 ${line === FIGURES_LINE ? figure : unicode(line)}\\par\n`).join('')}}`;
    expect(await readText(rtf, 'tiny.rtf')).toBe(PLAIN);
  });
});

describe('a Markdown report with front matter', () => {
  const body = [REPORT_LINES[2], `## ${REPORT_LINES[3]}`, FIGURES_LINE, ...REPORT_LINES.slice(5)].join('\n\n');
  const read = [REPORT_LINES[2], REPORT_LINES[3], FIGURES_LINE, ...REPORT_LINES.slice(5)].join('\n\n');

  // its keys were read as the report's lines (a tag's 2021年 among them), and its title was not read as the title
  it('reads the title of its YAML or TOML front matter as the first line, and none of its other keys', async () => {
    const [title] = REPORT_LINES;
    for (const front of [
      `---\ntitle: "${title}"\ndate: 2023-03-01\nauthor: 县司法局\ntags:\n  - 法治政府\n  - 2021年\n---`,
      `---\ntitle: ${title}\nlayout: post\n...`,
      `+++\ntitle = "${title}"\ndate = 2023-03-01\ncategories = ["2021年"]\n+++`,
    ]) {
      expect(await readText(`${front}\n\n${body}`, '报告.md')).toBe(`${title}\n\n${read}`);
    }
    // with no title there, nothing of it is read; a title the body starts with is not read twice
    expect(await readText(`---\nlayout: post\nweight: 12\n---\n${body}`, 'untitled.md')).toBe(read);
    expect(await readText(`---\ntitle: ${title}\n---\n# ${title}\n\n${body}`, 'twice.md')).toBe(`${title}\n\n${read}`);
  });

  // its comments, link definitions and notes' marks were read (a definition's address as years: art/2021/…_2019.html)
  it('reads the Markdown a viewer shows: no comments, link definitions, fences or struck text; notes at their marks', async () => {
    const markdown = [
      `${REPORT_LINES[0]}\n${'='.repeat(20)}`,
      '<!-- 起草备注：2021年的数字\n待业务科室核对后再填 -->',
      REPORT_LINES[1],
      REPORT_LINES[2]!.replace('各项工作', '[各项工作][gov]'),
      `${REPORT_LINES[3]}\n${'-'.repeat(12)}`,
      FIGURES_LINE.replace('12件', '~~15件~~*12件*').replace('100％', '100％[^1]'),
      REPORT_LINES[5]!.replace('460人次', '__460人次__'),
      '```\n' + REPORT_LINES[6] + '\n```',
      ...REPORT_LINES.slice(7),
      '[gov]: https://www.example.gov.cn/art/2021/3/1/art_1229_2019.html "2020年"',
      '[^1]: 审查率按报送文件数计算\\*。',
    ].join('\n\n');
    // (fix-w123) the note read in brackets at the end of the clause its mark stands in
    const noted = REPORT_LINES.map((line) => (line === FIGURES_LINE ? line.replace('100％', '100％（审查率按报送文件数计算*。）') : line));
    expect(await readText(markdown, '报告.MD')).toBe(noted.join('\n\n'));
  });

  // a guard against the fix: a text opening with a rule and prose is no front matter
  it('reads a text that opens with a rule over prose as its prose', async () => {
    const ruled = `---\n${REPORT_LINES[0]}\n---\n${body}`;
    expect(await readText(ruled, 'ruled.md')).toBe(`${REPORT_LINES[0]}\n${read}`);
  });
});

describe('a web page as portals build it', () => {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');

  // its title read 「…报告｜某某县人民政府」: the site's name after a full-width bar, a dash or a hyphen stayed in the title
  it('reads the title of a page kept in script data without the site name after it', async () => {
    const [title, ...rest] = REPORT_LINES;
    const data = JSON.stringify({ article: { content: paragraphs(rest) } });
    for (const pageTitle of [
      `${title}｜某某县人民政府`,
      `${title}-某某县人民政府门户网站`,
      `${title}——某某县人民政府`,
      `${title}-政务公开-某某县司法局`,
      `${title}_某某县人民政府`,
    ]) {
      const page = `<html><head><meta charset="utf-8"><title>${pageTitle}</title><script>window.__STATE__=${data};</script></head><body><div id="app"></div></body></html>`;
      expect(await readText(page, 'app.html')).toBe(PLAIN);
    }
  });

  // an anti-copy trick: characters hidden by a class its <style> sets display: none, in a figure (1<span class="x">9</span>2件 read 192件)
  it('drops the characters a class of its style sheet hides, not those of a class it shows, hides on paper only or their own style shows', async () => {
    const figure = `1<span class="k3">9</span>2<i class="m a">7</i>件`;
    const style =
      '<style>/* .shown { display: none } */ p { margin: 0 } .k3, .q { display : none } span.m, .a{display:none!important} .shown { color: #333 } @media print { .shown { display: none } }</style>';
    const body = paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${figure}${AFTER_FIGURE}` : line)));
    expect(await readText(`<html><head><meta charset="utf-8">${style}</head><body>${body}</body></html>`, 'classes.html')).toBe(PLAIN);
    const shown = paragraphs(
      REPORT_LINES.map((line) =>
        line === FIGURES_LINE ? `${BEFORE_FIGURE}<span class="shown">1</span><span class="k3" style="display: inline">2</span>件${AFTER_FIGURE}` : line,
      ),
    );
    expect(await readText(`<html><head>${style}</head><body>${shown}</body></html>`, 'shown.html')).toBe(PLAIN);
  });
  // the font-size: 0 trick at a size just above none: 1<span style="font-size:1px">9</span>2件 read 192件, as a Word document's 1-pt text is not
  it('drops the characters set at 1 pt or less, and reads those a block inside sets at a size again', async () => {
    const figure = '1<span style="font-size:1px">9</span>2<font style="color:#999; font-size: 0.5pt">5</font>件';
    const withFigure = (written: string) =>
      paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line)));
    expect(await readText(`<html><body>${withFigure(figure)}</body></html>`, 'tiny.html')).toBe(PLAIN);
    const readable = withFigure('<span style="font-size:1px"><span style="font-size:14px">12</span></span><span style="font-size:10.5pt">件</span>');
    expect(await readText(`<html><body>${readable}</body></html>`, 'sized.html')).toBe(PLAIN);
  });

  // the same trick by visibility: hidden, which leaves the character's place empty: 1<span style="visibility:hidden">9</span>2件 read 192件
  it('drops the characters an inline style makes invisible, not those an element inside shows again', async () => {
    const figure = '1<span style="visibility: hidden">9</span>2<b style="color:red;visibility:collapse !important">5</b>件';
    const withFigure = (written: string) =>
      paragraphs(REPORT_LINES.map((line) => (line === FIGURES_LINE ? `${BEFORE_FIGURE}${written}${AFTER_FIGURE}` : line)));
    expect(await readText(`<html><body>${withFigure(figure)}</body></html>`, 'invisible.html')).toBe(PLAIN);
    const shownAgain = '<span style="visibility:hidden"><span style="visibility: visible">12</span></span>件';
    expect(await readText(`<html><body>${withFigure(shownAgain)}</body></html>`, 'again.html')).toBe(PLAIN);
  });
});

describe('a text of files joined end to end', () => {
  // a guard: read so already; the second file's byte order mark, in the middle of the text, is no character of it
  it('reads a UTF-8 byte order mark in the middle of a text as nothing', async () => {
    const [first, second] = [REPORT_LINES.slice(0, 5).join('\n'), REPORT_LINES.slice(5).join('\n')];
    const joined = Buffer.concat([Buffer.from(`\uFEFF${first}\n`), Buffer.from(`\uFEFF${second}`)]);
    const source = await ingestBytes(new Uint8Array(joined), 'joined.txt');
    expect([source.original, source.notices]).toEqual([PLAIN, undefined]);
    expect(source.text).not.toContain('\uFEFF');
  });
});

describe('a text that carries a web page’s character references', () => {
  // a site's text download, or an editor's source field copied: &nbsp; indents were words, 100&#37; no rate
  it('reads the references as the characters a page shows', async () => {
    const written = REPORT_LINES.map(
      (line, i) =>
        (i > 1 ? '&nbsp;&nbsp;&nbsp;&nbsp;' : '') + line.replace('100％', '100&#37;').replace('94.1％', '94.1&#x25;').replace('一是', '&ldquo;一是&rdquo;'),
    );
    const read = REPORT_LINES.map((line) => line.replace('100％', '100%').replace('94.1％', '94.1%').replace('一是', '\u201c一是\u201d'));
    expect(await readText(written.join('\n'), 'source.txt')).toBe(read.join('\n'));
  });

  // a guard against the fix: a text's own ampersands, a reference or two among them, stay
  it('leaves a text with an ampersand or two as it is', async () => {
    const lines = [...REPORT_LINES, '联合R&D中心和A&amp;B律师事务所开展法治体检活动。'];
    expect(await readText(lines.join('\n'), 'ampersands.txt')).toBe(lines.join('\n'));
  });
});

describe('a text in GB18030 with characters of four bytes', () => {
  // a guard: read so already; a place name in a character outside the two-byte range, and 𠮷 in a person's name
  it('reads the four-byte characters as the characters they encode', async () => {
    const lines = [...REPORT_LINES.slice(0, 2), '全年到𠮷溪镇、𡈽桥村开展普法宣传。', ...REPORT_LINES.slice(2)];
    const source = await ingestBytes(new Uint8Array(iconv.encode(lines.join('\n'), 'gb18030')), 'gb18030.txt');
    expect([source.original, source.encoding]).toEqual([lines.join('\n'), 'gb18030']);
  });
});

describe('a text copied out of a PDF whose bold is faked by drawing each glyph twice', () => {
  const doubled = (line: string) => [...line].map((char) => char + char).join('');

  // its bold headings and lines came out 一一、、主主要要…, their figures doubled: 446600人人次次
  it('reads a line whose every character is doubled once', async () => {
    const lines = REPORT_LINES.map((line, i) => (i === 0 || i === 3 || i === 5 || i === 6 ? doubled(line) : line));
    expect(await readText(lines.join('\n'), 'copied.txt')).toBe(PLAIN);
  });

  // a guard against the fix: lines whose doubled characters are words, rules or laughter
  it('leaves lines that double some characters, or too few kinds of them, as they are', async () => {
    const lines = ['人人学法、天天用法、处处守法，营造全民守法氛围。', '————————————', '……………………', '哈哈哈哈哈哈哈哈', '一一二二一一二二', '1122334455667788'];
    expect(await readText([...REPORT_LINES, ...lines].join('\n'), 'doubles.txt')).toBe([...REPORT_LINES, ...lines].join('\n'));
  });
});

describe('an e-mail saved as a file (.eml)', () => {
  const encodedWord = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
  const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
  const part = (headers: readonly string[], body: string) => [...headers, '', body].join('\r\n');
  const multipart = (type: string, boundary: string, parts: readonly string[]) =>
    [`Content-Type: multipart/${type}; boundary="${boundary}"`, '', ...parts.map((content) => `--${boundary}\r\n${content}`), `--${boundary}--`, ''].join(
      '\r\n',
    );
  const mail = (content: string) =>
    [
      `From: ${encodedWord('县司法局')} <office@example.gov.cn>`,
      'To: review@example.gov.cn',
      `Subject: ${encodedWord('报送年度报告')}`,
      'Date: Wed, 1 Mar 2023 09:30:00 +0800',
      'MIME-Version: 1.0',
      content,
    ].join('\r\n');
  const note = part(['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: base64'], base64(Buffer.from('报告见附件，请审阅。')));
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const report = docxOfParts({
    'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="${WORD}"><w:body>${REPORT_LINES.map((line) => `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`,
  });
  const attachment = (disposition: string) =>
    part(
      [
        'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        `Content-Disposition: ${disposition}`,
        'Content-Transfer-Encoding: base64',
      ],
      base64(report),
    );

  // its headers and the attachment's base64 were read as the text: "not a report", exit 0
  it('reads the report attached to it, its name given in either encoding of Chinese names', async () => {
    for (const disposition of [
      `attachment; filename="${encodedWord('某某县2022年度报告.docx')}"`,
      `attachment; filename*=UTF-8''${encodeURIComponent('某某县2022年度报告.docx')}`,
    ]) {
      const source = await ingestBytes(bytesOf(mail(multipart('mixed', 'b1', [note, attachment(disposition)]))), '报送.eml');
      expect([source.format, source.original]).toEqual(['docx', PLAIN]);
      expect(source.notices).toEqual(['这是一封电子邮件,已读取其附件「某某县2022年度报告.docx」']);
    }
  });

  it('reads the report pasted into it, as its web page part shows it', async () => {
    const page = iconv.encode(`<html><body>${REPORT_LINES.map((line) => `<p>${line}</p>`).join('')}</body></html>`, 'gbk');
    // each byte as itself or =XX, soft line breaks (=) between them
    const escapes = [...page].map((byte) =>
      byte >= 0x80 || byte === 0x3d ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte),
    );
    const quoted = Array.from({ length: Math.ceil(escapes.length / 24) }, (_, i) => escapes.slice(i * 24, i * 24 + 24).join('')).join('=\r\n');
    const alternative = multipart('alternative', 'b2', [
      part(['Content-Type: text/plain; charset="UTF-8"'], '（请以网页格式查看）'),
      part(['Content-Type: text/html; charset="gb2312"', 'Content-Transfer-Encoding: quoted-printable'], quoted),
    ]);
    const source = await ingestBytes(bytesOf(mail(alternative)), 'pasted.eml');
    expect([source.format, source.original]).toEqual(['html', PLAIN]);
  });

  it('reads the report attached to a mail forwarded as an attachment', async () => {
    const forwarded = mail(multipart('mixed', 'b1', [note, attachment('attachment; filename="report.docx"')]));
    const outer = mail(multipart('mixed', 'b0', [note, part(['Content-Type: message/rfc822'], forwarded)]));
    const source = await ingestBytes(bytesOf(outer), 'forwarded.eml');
    expect([source.format, source.original]).toEqual(['docx', PLAIN]);
  });

  // batch skipped it as no report format
  it('is picked up by batch in a folder', async () => {
    const top = tempDir('duibiao-eml-');
    await fs.mkdir(path.join(top, 'in'));
    await fs.writeFile(path.join(top, 'in', '报送.eml'), mail(multipart('mixed', 'b1', [note, attachment('attachment; filename="report.docx"')])));
    const found = await findReports([path.join(top, 'in')], path.join(top, 'out'));
    expect([found.files.map((file) => path.basename(file)), found.skipped]).toEqual([['报送.eml'], []]);
    await fs.rm(top, { recursive: true, force: true });
  });

  it('refuses a mail with two attachments of a report’s format, naming them, in Chinese naming the file', async () => {
    const two = mail(multipart('mixed', 'b3', [note, attachment('attachment; filename="a.docx"'), attachment('attachment; filename="b.docx"')]));
    const message = await refusal(ingestBytes(bytesOf(two), 'two.eml'), 'two.eml');
    expect(message).toContain('附有 2 个文件(「a.docx」、「b.docx」)');
  });
});
