import { describe, expect, it } from 'vitest';
import { exampleSource } from '../../src/document/example.js';
import { buildDocument } from '../../src/document/index.js';
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_CLAUSES } from '../../src/document/sentences.js';
import { extractFacts, extractPresence, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { REPORT_LINES } from './fixtures.js';
import { cidFontPdf, cidHex, docxOfParts, PLAIN, readText } from './hostile.js';

const lexicon = await loadLexicon();

describe('a text that has lost its sentence ends', () => {
  // clauses of our own, each with a counted figure, joined by commas and never ended
  const clause = (k: number) =>
    [`第${k}组抽查执法卷宗${(k % 90) + 10}卷`, `组织旁听庭审${(k % 7) + 2}场`, `走访企业${(k % 40) + 5}家`, `印制宣传折页${(k % 300) + 100}份`][k % 4]!;
  const title = '某某县2025年度法治政府建设情况报告';
  const ending = '全年办理行政复议案件35件';
  const runOn = (clauses: number, separator: string) => Array.from({ length: clauses }, (_, k) => clause(k)).join(separator);

  // a PDF of 300 pages whose full stops were lost ran on as one sentence of 700,000 characters, and a
  // text of 3,000 clauses between commas as one of 40,000: the facts passes weigh every figure of a
  // sentence against its others, and gave up at the 90-second limit
  it('reads a run of thousands of clauses in pieces, each figure still read, in well under the time limit', async () => {
    const text = `${title}\n${runOn(600, '，')}，${ending}\n`;
    const doc = buildDocument(await ingestBytes(new Uint8Array(Buffer.from(text)), 'runon.txt'));
    for (const sentence of doc.sentences) {
      expect(sentence.plain.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(sentence.clauses.filter((c) => c.end > c.start).length).toBeLessThanOrEqual(MAX_SENTENCE_CLAUSES);
    }
    // every piece but the last is cut after a clause's end
    expect(doc.sentences.slice(1, -1).every((sentence) => doc.source.text[sentence.span.end - 1] === ',')).toBe(true);
    const facts = [...extractFacts(doc, lexicon), ...extractPresence(doc, lexicon)];
    expect(facts.find((fact) => fact.id === 'reconsideration_cases')?.value).toBe(35);
  });

  it('cuts a run with no clause end at a line break, or else before the figure the length would split', () => {
    const filler = '推进严格规范公正文明执法';
    const lines = Array.from({ length: 900 }, (_, k) => `${filler}第${k * 37}号${filler}`);
    for (const text of [`${title}\n\n${lines.join('\n')}\n`, `${title}\n\n${lines.join('')}\n`]) {
      const doc = buildDocument(exampleSource(text, 'x.txt'));
      expect(doc.sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_CHARS);
      doc.sentences.forEach((sentence, k) => {
        expect(sentence.plain.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        const next = doc.sentences[k + 1]?.plain ?? '';
        expect(/\d$/.test(sentence.plain) && /^\d/.test(next), 'a figure cut in two').toBe(false);
      });
    }
  });

  it('leaves a long sentence of a real report’s length whole', () => {
    const sentence = `${runOn(120, '，')}。`;
    const text = `${title}\n\n${sentence}\n`;
    const doc = buildDocument(exampleSource(text, 'x.txt'));
    expect(doc.sentences.map((s) => s.plain)).toEqual([title, sentence.replaceAll('，', ',')]);
  });
});

describe('a web page whose sheet nests its rules in conditional blocks and layers', () => {
  const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const copy = '<div class="copy"><p>打印版：全年审查县政府规范性文件19件。</p></div>';
  const page = (style: string) =>
    `<html><head><meta charset="utf-8"><style>${style}</style></head><body>${paragraphs(REPORT_LINES.slice(0, 5))}${copy}${paragraphs(REPORT_LINES.slice(5))}</body></html>`;

  // only an @media of a known query held rules that were read: an @media of no query (met everywhere), an
  // @supports a browser meets and an @layer were passed over whole, so the copy they hide (its 19件) was read
  it('applies the rules of an @media of no query, an @supports met and an @layer, nested in any order', async () => {
    for (const style of [
      '@media { .copy { display: none } }',
      '@supports (display: grid) { .copy { display: none } }',
      '@supports (display: grid) and (not (display: -ms-grid)) { .copy { display: none } }',
      '@supports selector(:has(p)) or (-moz-appearance: none) { .copy { display: none } }',
      '@layer base { .copy { display: none } }',
      '@layer { .copy { display: none } }',
      '@media screen { @supports (display: flex) { @layer page { .copy { display: none } } } }',
      '@font-face { font-family: k; src: url(k.woff) } @keyframes fade { from { opacity: 0 } } .copy { display: none }',
    ]) {
      expect(await readText(page(style), 'sheet.html'), style).toBe(PLAIN);
    }
    for (const style of [
      '@supports not (display: grid) { .copy { display: none } }',
      '@supports (-ms-ime-align: auto) { .copy { display: none } }',
      '@media print { @layer base { .copy { display: none } } }',
    ]) {
      expect(await readText(page(style), 'sheet.html'), style).toContain('19件');
    }
  });

  it('ranks a layer’s rules below those in none, and a later layer’s above an earlier one’s, !important the other way', async () => {
    for (const style of [
      // in no layer beats any layer, whatever the specificity
      '.copy { display: none } @layer base { div.copy { display: block } }',
      // the order the statement names them in, not the order of their blocks
      '@layer first, second; @layer second { .copy { display: none } } @layer first { div.copy { display: block } }',
      '@layer base { .copy { display: none !important } } .copy { display: block !important }',
    ]) {
      expect(await readText(page(style), 'layers.html'), style).toBe(PLAIN);
    }
    expect(await readText(page('@layer base { div.copy { display: none } } .copy { display: block }'), 'layers.html')).toContain('19件');
  });
});

describe('a Markdown report whose inline element goes on over its paragraph’s lines', () => {
  const head = '# 某某县2025年度法治政府建设情况报告\n\n';
  const shown = async (markdown: string) => (await readText(`${head}${markdown}\n\n一、存在的不足\n`, 'lines.md')).split('\n').slice(2, -2);

  // each line was read alone, the element closed at its end: what a hidden element held on its next line
  // showed (3<span hidden>9 | 0</span>5件 read 3 | 05件), and its end tag was lost
  it('hides what a hidden element holds on every line it spans, and reads the paragraph’s lines as a viewer joins them', async () => {
    expect(await shown('全年办理行政复议案件3<span hidden>9\n0</span>5件。')).toEqual(['全年办理行政复议案件35件。']);
    expect(await shown('开展法治讲座<span style="display:none">4\n场，\n旧稿</span>6场。')).toEqual(['开展法治讲座6场。']);
    expect(await shown('聘请<b>法律\n顾问</b>8名。')).toEqual(['聘请法律顾问8名。']);
  });

  it('ends the element where its paragraph ends, or a list opens', async () => {
    expect(await shown('培训执法人员2<span hidden>7\n\n审查规范性文件12件。')).toEqual(['培训执法人员2', '', '审查规范性文件12件。']);
    expect(await shown('全年办理行政复议案件35件。<span>\n- 审查规范性文件12件。\n- 组织培训3期。</span>')).toEqual([
      '全年办理行政复议案件35件。',
      '- 审查规范性文件12件。',
      '- 组织培训3期。',
    ]);
  });
});

describe('a PDF whose lines are drawn from their end back to their start', () => {
  const at = (x: number, y: number, text: string) => `BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  const lines = ['某某县2025年度法治政府建设情况报告', '全年办理行政复议案件35件，审查规范性文件12件。', '组织执法人员参加专题培训3期，累计培训460人次。'];
  /** Each line's pieces (characters, or runs of `size`) drawn at their places, the last first. */
  const backwards = (size: number) =>
    lines
      .map((line, row) => {
        const pieces = Array.from({ length: Math.ceil(line.length / size) }, (_, k) =>
          at(56 + 10 * size * k, 760 - 20 * row, line.slice(size * k, size * (k + 1))),
        );
        return pieces.reverse().join('\n');
      })
      .join('\n');

  // read in drawing order, a line came out back to front and its figures reversed (35件 read 件53, 460 read 064)
  it('reads each line from left to right, glyph by glyph or run by run', async () => {
    for (const size of [1, 4]) expect((await readText(cidFontPdf(backwards(size)), 'backwards.pdf')).split('\n'), `runs of ${size}`).toEqual(lines);
  });
});

describe('a Word document with figures in links and symbols, and a header and footer on each page', () => {
  const WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const paragraph = (runs: string) => `<w:p>${runs}</w:p>`;
  const part = (root: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${WORD}" xmlns:r="${RELATIONSHIPS}">${body}</w:${root}>`;
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`;
  const pageField =
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';

  // checked as a guard (no earlier round built these): a figure set as a link's text, a per cent sign as a
  // Symbol-font character, and the running title and page number Word prints on every page
  it('reads a link’s figures and a symbol where they stand, and nothing of its header or footer', async () => {
    const body =
      paragraph(run('某某县2025年度法治政府建设情况报告')) +
      paragraph(
        run('全年办理行政复议案件') +
          `<w:hyperlink r:id="rIdLink"><w:r><w:t>35</w:t></w:r></w:hyperlink>` +
          run('件，审查规范性文件') +
          `<w:hyperlink w:anchor="table1">${run('12')}</w:hyperlink>` +
          run('件。'),
      ) +
      paragraph(run('行政机关负责人出庭应诉率为100') + '<w:r><w:sym w:font="Symbol" w:char="F025"/></w:r>' + run('。')) +
      paragraph(run('组织执法人员参加专题培训3期，累计培训460人次，覆盖全县各执法部门和乡镇。')) +
      '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/></w:sectPr>';
    const docx = docxOfParts({
      'word/document.xml': part('document', `<w:body>${body}</w:body>`),
      'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationship('rIdLink', 'hyperlink', 'http://example.org/fazhi/2025/35.html')}${relationship('rIdHeader', 'header', 'header1.xml')}${relationship('rIdFooter', 'footer', 'footer1.xml')}</Relationships>`,
      'word/header1.xml': part('hdr', paragraph(run('某某县人民政府2025年第8号文件'))),
      'word/footer1.xml': part('ftr', paragraph(run('第') + pageField + run('页 共9页'))),
    });
    expect((await readText(new Uint8Array(docx), 'links.docx')).split('\n')).toEqual([
      '某某县2025年度法治政府建设情况报告',
      '全年办理行政复议案件35件，审查规范性文件12件。',
      '行政机关负责人出庭应诉率为100%。',
      '组织执法人员参加专题培训3期，累计培训460人次，覆盖全县各执法部门和乡镇。',
    ]);
  });
});
