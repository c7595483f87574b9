/**
 * OFD files (GB/T 33190) read as the text they were made from: our own reports and fixtures and the
 * seeds, laid out as converters lay them out, give the same facts and document fields as the text.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';
import { Budget, LIMITS, Limits, foldCharacters, ingestBytes } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/paths.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { OFD_LAYOUTS, WATERMARK, asTheTextReads, layoutFor, layoutIndex, layoutsFor, ofdFromText, tableRows } from '../helpers/ofd.js';
import { seedFiles } from '../helpers/seeds.js';
import { hardWrap, readingOf } from '../helpers/written-forms.js';
import { REPORT_LINES, REPORT_TEXT, sentences } from './fixtures.js';
import { deflateBomb, refusal, zipFile } from './hostile.js';

/**
 * Our own report texts: the sample reports and the test fixtures' reports, but for a text on a
 * single line: its paragraphs stand apart only by blanks, which an OFD, placing lines of
 * characters, does not keep.
 */
function ownTexts(): string[] {
  const inFolder = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.txt'))
          .map((name) => path.join(dir, name))
      : [];
  const fixtures = path.join(packageRoot, 'test', 'fixtures');
  const files = [...inFolder(path.join(packageRoot, 'reports')), ...readdirSync(fixtures).flatMap((dir) => inFolder(path.join(fixtures, dir)))];
  if (files.length < 10) throw new Error(`our report texts are missing from reports/ and test/fixtures/*/ (found ${files.length})`);
  return files.filter((file) => readFileSync(file, 'latin1').trim().includes('\n')).sort();
}

describe('OFD files', () => {
  it.each(OFD_LAYOUTS.map((layout) => [`${layout.objects} objects, header in ${layout.header}, prefix "${layout.prefix}"`, layout] as const))(
    '%s: the same sentences as the text, without running header or page numbers',
    async (_name, layout) => {
      const text = [REPORT_TEXT, ...Array.from({ length: 3 }, () => REPORT_LINES.slice(2).join('\n'))].join('\n');
      const source = await ingestBytes(await ofdFromText(text, layout), 'report.ofd');
      expect(source.format).toBe('ofd');
      expect(source.encoding).toBe('binary');
      expect(sentences(source.text)).toEqual(sentences(foldCharacters(text)));
      expect(source.text).not.toMatch(/某某县人民政府办公室|- \d+ -/);
      expect(source.text).not.toMatch(new RegExp(`[${WATERMARK}]{3}`));
    },
  );

  it('place text codes as the standard says: X or Y from the code before, advances without DeltaX, the CTM, absolute locations', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', '<OFD><DocBody><DocRoot>/Doc_1/Document.xml</DocRoot></DocBody></OFD>');
    zip.file('Doc_1/Document.xml', '<Document><Pages><Page ID="1" BaseLoc="/Doc_1/Pages/Page_0/Content.xml"/></Pages></Document>');
    zip.file(
      'Doc_1/Pages/Page_0/Content.xml',
      '<Page><Content><Layer>' +
        // placed right of the first object, written before it
        '<TextObject Boundary="70 20 100 10" Size="5"><TextCode X="0" Y="5" DeltaX="g 6 5 5 2.5 2.5 2.5 2.5">合法性审查率达到100%。</TextCode></TextObject>' +
        '<TextObject Boundary="10 20 60 10" Size="5"><TextCode X="0" Y="5">全年审查规范性文件</TextCode><TextCode X="45">12件,</TextCode></TextObject>' +
        '<TextObject Boundary="10 40 100 10" Size="1" CTM="5 0 0 5 0 0"><TextCode X="0" Y="1" DeltaX="g 3 1">二、存在的不足</TextCode></TextObject>' +
        // in another unit from another origin, moved back by the CTM, as converters from PDF write it
        '<TextObject Boundary="45 40 20 10" Size="10" CTM="0.5 0 0 0.5 -10 -40"><TextCode X="20" Y="90">和原因</TextCode></TextObject>' +
        '</Layer></Content></Page>',
    );
    const source = await ingestBytes(await zip.generateAsync({ type: 'uint8array' }), 'placed.ofd');
    expect(source.original).toBe('全年审查规范性文件12件,合法性审查率达到100%。\n二、存在的不足和原因');
  });

  it('are recognised by their content whatever the extension', async () => {
    const source = await ingestBytes(await ofdFromText(REPORT_TEXT, OFD_LAYOUTS[0]!), 'report.zip');
    expect(source.format).toBe('ofd');
  });

  it('tables saved as text are seen by their cells between tabs, aligning blanks, full-width blanks or pipes; prose is not', () => {
    const rows = [
      '执法人员（名）\t1126\t1100',
      '纠错率（%）   11.9        10.4',
      '调解纠纷（件）  1 2 1    98',
      '常务会议学法（次）　　　11　　　　12　　　　23',
      '审查合同协议（份）　　　186　　　 212　　　 398',
      '　　指标　　　　　　2023年　　2024年',
      '| 指标 | 2024年 |',
    ];
    const prose = [
      '出席：钟远山　林秋白　宋立夏　韩东来',
      '　　全年办理行政复议案件41件，纠错率为9.8%。',
      '宁溪县司法局　印　　2025年1月6日',
      '会议强调  要把法治政府建设摆在突出位置。',
    ];
    expect(tableRows([...rows, ...prose].join('\n'))).toEqual(rows);
  });

  it('a text with a table takes the layouts that set whole runs and hold its widest row short of the margin, or none', () => {
    const runs = OFD_LAYOUTS.filter((l) => l.objects === 'line');
    const narrowest = Math.min(...runs.map((l) => l.lineChars));
    const widest = Math.max(...runs.map((l) => l.lineChars));
    // a row as wide as so many full-width characters, after a paragraph whose lines show the page's margin
    const prose = '全年审查规范性文件12件,备案审查率、及时率均达到100%,对发现问题的3件文件督促制定机关及时修改完善,并向社会公开审查结果。\n';
    const row = (fullWidths: number) => `${prose}${'年'.repeat(fullWidths - 2)}\t1\t2`;
    expect(layoutsFor(`${prose}二、存在的不足`)).toEqual(OFD_LAYOUTS);
    expect(layoutsFor(row(narrowest - 5))).toEqual(runs);
    expect(layoutsFor(row(narrowest - 2)).map((l) => l.lineChars)).toEqual([widest]);
    expect(layoutsFor(row(widest - 2)).map((l) => l.lineChars)).toEqual([widest]);
    expect(layoutsFor(row(widest))).toEqual([]);
  });

  it.each(OFD_LAYOUTS.map((layout, k) => [k, layout] as const))(
    'a text of lines that each stand apart, none running to the margin, reads a line each in layout %i: the page gives the margin',
    async (_k, layout) => {
      // cards written out one a line: no line wraps, so the lines' own right edge falls on the longer cards' ends
      const cards = [
        '数读法治｜图看岚溪县2024年',
        '规范性文件备案审查 18件',
        '行政执法人员 642名　持证率100%',
        '法律顾问 覆盖乡镇 11个',
        '复议案件 37件　纠错 4件',
        '公共法律服务站点 96个',
      ];
      expect(layoutsFor(cards.join('\n'))).toContain(layout);
      const read = (await ingestBytes(await ofdFromText(cards.join('\n'), layout), 'cards.ofd')).original;
      // a page's own running header, on a page of its own, repeats on no other page and stays a line of it
      const lines = read.split('\n').filter((line) => line !== '某某县人民政府办公室');
      expect(lines.map((line) => line.replace(/[\s\u3000]/g, ''))).toEqual(cards.map((card) => card.replace(/[\s\u3000]/g, '')));
    },
  );

  it('a file keeps its layout whatever files are added beside it: the choice is by its folder and name', () => {
    const file = path.join('a', 'test', 'fixtures', 'heldout7', 'report.txt');
    expect(layoutIndex(file)).toBe(layoutIndex(path.join('elsewhere', 'heldout7', 'report.txt')));
    expect(
      new Set(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'].map((name) => layoutIndex(`heldout7/${name}.txt`) % OFD_LAYOUTS.length)).size,
    ).toBeGreaterThan(1);
  });

  // a test per file: each has its own time limit, so the growing fixtures never add up to one test's limit on a busy machine
  describe.each([
    ['our reports and fixtures', ownTexts()],
    ['the seeds', seedFiles()],
  ])('%s: the same facts, statuses and document fields as the text, in every layout', (_name, files) => {
    it.each(files.map((file) => [path.relative(packageRoot, file), file]))('%s', async (_relative, file) => {
      // a fixture may be in GBK, as reports are: the OFD holds its characters
      const { text } = decodeText(readFileSync(file));
      // a text hard-wrapped at a width is set as the paragraphs its reader reads, as a printed page sets them
      const paragraphs = await asTheTextReads(text, file);
      const layout = layoutFor(file, paragraphs);
      // a text whose table no layout can set is not laid out as an OFD
      if (layout === undefined) return;
      const ofd = await ofdFromText(paragraphs, layout);
      expect(await readingOf(ofd, file.replace(/\.txt$/, '.ofd')), `in the ${layout.objects} layout`).toBe(await readingOf(text, file));
    });
  });
});

/** A report of our own, written as paragraphs on lines of their own. */
const QINGWU_LINES = [
  '青梧县人民政府关于2023年度法治政府建设情况的报告',
  '2023年，青梧县坚持以法治思维谋划发展，把法治政府建设同全县中心工作一体部署、一体推进，现将有关情况报告如下：',
  '一、主要工作和成效',
  '（一）完善依法决策机制。县政府常务会议审议议题前均经合法性审查，全年审查县政府规范性文件9件，合法性审查率达到100％，备案审查部门报备文件23件，纠正不规范问题4个。',
  '（二）严格规范公正文明执法。全县持证执法人员412名，组织执法人员参加专题培训5期，累计培训880人次；开展行政执法案卷评查，抽查案卷156卷，优良率为92.3％。',
  '（三）化解行政争议。全年办理行政复议案件38件，综合纠错率为10.5％；县政府作为被告的行政诉讼案件11件，行政机关负责人出庭应诉率达到100％。',
  '二、存在的不足',
  '基层执法力量仍然偏弱，部分执法人员运用法律解决问题的能力不强，乡镇合法性审查工作还不够规范。',
  '三、下一步工作安排',
  '一是健全乡镇合法性审查机制；二是加大执法人员培训力度；三是推动行政复议规范化建设。',
];
const QINGWU_TEXT = QINGWU_LINES.join('\n');

describe('a text hard-wrapped at a width', () => {
  it('is set as the paragraphs the text reader reads: wrapped lines joined, tables, markup and blank lines as written', async () => {
    const wrapped = hardWrap(QINGWU_TEXT, 40, 'columns', true);
    expect(wrapped.split('\n').length).toBeGreaterThan(QINGWU_LINES.length + 8);
    expect((await asTheTextReads(wrapped, 'qingwu.txt')).split('\n').map((line) => line.trim())).toEqual(QINGWU_LINES.map((line) => line.trim()));
    // a text of whole paragraphs, with a table and a Markdown heading, is set as it is written
    const written = ['# 青梧县2023年度法治政府建设情况', '', ...QINGWU_LINES.slice(1, 4), '指标\t2022年\t2023年', '复议案件（件）\t31\t38'].join('\n');
    expect(await asTheTextReads(written, 'qingwu.txt')).toBe(written);
  });

  it.each(OFD_LAYOUTS.map((layout, index) => [index, layout] as const))(
    'our own wrapped report and heldout40 heshan read in layout %i as their text does',
    async (_index, layout) => {
      const heshan = path.join(packageRoot, 'test', 'fixtures', 'heldout40', 'heshan_justice_bureau_2022_saomiao.txt');
      const texts = [
        ['qingwu-columns.txt', hardWrap(QINGWU_TEXT, 40, 'columns', true)],
        ['qingwu-characters.txt', hardWrap(QINGWU_TEXT, 27, 'characters')],
        [heshan, decodeText(readFileSync(heshan)).text],
      ] as const;
      for (const [file, text] of texts) {
        const reading = await readingOf(text, file);
        expect(JSON.parse(reading).facts.length, file).toBeGreaterThan(4);
        const ofd = await ofdFromText(await asTheTextReads(text, file), layout);
        expect(await readingOf(ofd, file.replace(/\.txt$/, '.ofd')), file).toBe(reading);
      }
    },
    60_000,
  );
});

const TEXT_OBJECT = /<ofd:TextObject\b[\s\S]*?<\/ofd:TextObject>/g;

/** The OFD of the short report with its parts rewritten; `undefined` from `rewrite` removes the part, extra parts are added. */
async function rewritten(rewrite: (name: string, xml: string) => string | undefined, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await ofdFromText(REPORT_TEXT, OFD_LAYOUTS[1]!));
  for (const entry of Object.values(zip.files)) {
    const xml = rewrite(entry.name, await entry.async('string'));
    if (xml === undefined) zip.remove(entry.name);
    else zip.file(entry.name, xml);
  }
  for (const [name, xml] of Object.entries(extra)) zip.file(name, xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('OFD files that cannot be read are refused in Chinese, naming the file', () => {
  const IMAGE = '<ofd:ImageObject ID="9" Boundary="0 0 210 297" ResourceID="5"/>';

  it.each([
    ['a scan: pages of images, no text', 'scan.ofd', () => rewritten((_name, xml) => xml.replace(TEXT_OBJECT, IMAGE)), '没有可读取的文字(可能是扫描件)'],
    ['cut short', 'cut.ofd', async () => (await ofdFromText(REPORT_TEXT, OFD_LAYOUTS[0]!)).slice(0, 900), '文件已损坏或不完整'],
    ['its document part missing', 'nodoc.ofd', () => rewritten((name, xml) => (name === 'Doc_0/Document.xml' ? undefined : xml)), '文件已损坏或不完整'],
    ['a page part missing', 'nopage.ofd', () => rewritten((name, xml) => (name.startsWith('Doc_0/Pages/') ? undefined : xml)), '文件已损坏或不完整'],
    ['encrypted', 'sealed.ofd', () => rewritten((_name, xml) => xml, { 'Encryptions.xml': '<ofd:Encryptions/>' }), '已加密'],
    ['a ZIP without OFD.xml', 'other.ofd', () => rewritten((name, xml) => (name === 'OFD.xml' ? undefined : xml)), '文件已损坏或不完整'],
    ['text named .ofd', 'text.ofd', async () => new Uint8Array(Buffer.from('这其实是一段纯文本,不是 OFD 文件。')), '内容是纯文本,不是 OFD 文件'],
  ])('%s', async (_name, file, make, phrase) => {
    expect(await refusal(ingestBytes(await make(), file), file)).toContain(phrase);
  });

  it('a repeat of a billion numbers in a text object’s Boundary or CTM is read no further than the numbers it holds', async () => {
    const hostile = await rewritten((_name, xml) =>
      xml.replace(/<ofd:TextObject\b/g, '<ofd:TextObject CTM="1 0 0 1 g 1000000000 0"').replace(/Boundary="[^"]*"/g, 'Boundary="g 1000000000 0"'),
    );
    expect((await ingestBytes(hostile, 'hostile.ofd')).text).toContain('法治政府建设');
  });

  it('a page part that is a compression bomb is refused before it is unpacked', async () => {
    const ofdXml = Buffer.from('<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>');
    const bomb = zipFile([
      { name: 'OFD.xml', data: ofdXml, uncompressedSize: ofdXml.length, stored: true },
      { name: 'Doc_0/Pages/Page_0/Content.xml', data: deflateBomb(40), uncompressedSize: 1000 },
    ]);
    expect(await refusal(ingestBytes(bomb, 'bomb.ofd'), 'bomb.ofd')).toContain('Doc_0/Pages/Page_0/Content.xml 压缩比超过 200 倍的上限');
  });

  it('pages beyond the OFD allowance for XML are refused before they are unpacked; the Word allowance is not theirs', async () => {
    const MiB = 2 ** 20;
    const page = deflateRawSync(Buffer.alloc(3 * MiB, '<ofd:TextObject/>'));
    const ofd = zipFile([
      { name: 'OFD.xml', data: Buffer.from('<ofd:OFD/>'), uncompressedSize: 10, stored: true },
      ...[0, 1, 2].map((i) => ({ name: `Doc_0/Pages/Page_${i}/Content.xml`, data: page, uncompressedSize: 3 * MiB })),
    ]);
    const budget = (limits: Partial<Limits>) => new Budget('big.ofd', Limits.parse({ ...LIMITS, ratioFloorBytes: 4 * MiB, ...limits }));
    expect(await refusal(ingestBytes(ofd, 'big.ofd', budget({ ofdXmlBytes: 8 * MiB })), 'big.ofd')).toContain(
      'OFD 文档的页面等 XML 部件解压后超过 8 MB 的上限',
    );
    expect(await refusal(ingestBytes(ofd, 'big.ofd', budget({ docxXmlBytes: 8 * MiB })), 'big.ofd')).not.toContain('XML 部件');
  });

  it('a document that runs out of time is stopped between its pages', async () => {
    const text = Array.from({ length: 4 }, () => REPORT_TEXT).join('\n');
    const ofd = await ofdFromText(text, OFD_LAYOUTS[0]!);
    // the clock stands while the budget is set and the archive checked (a look per entry), and the first page is read
    const standing = 1 + Object.keys((await JSZip.loadAsync(ofd)).files).length + 1;
    let looks = 0;
    const budget = new Budget('slow.ofd', LIMITS, () => (++looks > standing ? Number.MAX_SAFE_INTEGER : 0));
    expect(await refusal(ingestBytes(ofd, 'slow.ofd', budget), 'slow.ofd')).toContain('处理时间超过');
    expect(looks).toBe(standing + 1);
  });
});

describe('the command line', () => {
  it('reads an OFD report as its text, and refuses a scanned one with exit code 2 naming it', async () => {
    const dir = tempDir('duibiao-ofd-');
    try {
      const sample = path.join(packageRoot, 'reports', 'sample-2024-district.txt');
      const report = path.join(dir, 'report.ofd');
      writeFileSync(report, await ofdFromText(readFileSync(sample, 'utf8'), OFD_LAYOUTS[1]!));
      const fromOfd = runCli(['facts', report]);
      expect(fromOfd.status).toBe(0);
      // the same facts and evidence; offsets differ, as the text keeps the sample's blank lines
      const listed = (stdout: string, file: string) => stdout.replace(file, 'REPORT').replace(/@\d+/g, '@');
      expect(listed(fromOfd.stdout, report)).toBe(listed(runCli(['facts', sample]).stdout, sample));
      const scan = path.join(dir, 'scan.ofd');
      writeFileSync(scan, await rewritten((_name, xml) => xml.replace(TEXT_OBJECT, '')));
      const refused = runCli(['facts', scan]);
      expect(refused.status).toBe(EXIT.badInput);
      expect(refused.stderr).toContain(`${scan}: 文件是 OFD 版式文档,但其中没有可读取的文字`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
