/**
 * OFD files in the shapes 数科, 福昕 and WPS write them: glyphs an object each, justified lines, text scaled by
 * its CTM, a paragraph one object with a code a line, headers and footers on every page, seals, tables drawn
 * with lines and merged cells set top to bottom, text in composite units, packages of several documents, and
 * packages zipped with backslashes in their names.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { NS, LEFT, SIZE, line, paragraph, page, documentXml, ofdXml, packageOf, onePage, read, TITLE, CLOSING, report, REPORT } from './ofd-builders.js';

describe('justified lines, drawn a line or a glyph an object, or scaled by their CTM', () => {
  it.each([
    ['a line an object, DeltaX widened', { as: 'line', justified: true }],
    ['a glyph an object, spread', { as: 'glyphs', justified: true }],
    ['a glyph an object at size 1, scaled by its CTM', { as: 'scaled', justified: true }],
    ['a glyph an object, not spread', { as: 'glyphs' }],
  ] as const)('%s: read as the paragraphs', async (_name, drawn) => {
    expect(await read(await onePage(report(drawn)))).toBe(REPORT);
  });

  // a line opening with a figure, spread wide as the long word it could not hold went to the next line
  it.each([
    ['a glyph an object', 'glyphs'],
    ['scaled by its CTM', 'scaled'],
    ['a line an object', 'line'],
  ] as const)('a line spread wide and opening with a year keeps its figures together: %s', async (_name, as) => {
    const spread = line('2023年共办理行政复议案件31件，涉及', LEFT + 2 * SIZE, 60, { as, spare: 2.5 }) + line('www.lanwu.gov.cn公开。', LEFT, 69, { as });
    expect(await read(await onePage(line(TITLE, 40, 40, { as: 'line', size: 8 }) + spread))).toBe(
      `${TITLE}\n2023年共办理行政复议案件31件，涉及www.lanwu.gov.cn公开。`,
    );
  });

  it('a glyph an object: a table’s cells stay apart, and so do Latin words', async () => {
    const row = (cells: readonly string[], y: number) => cells.map((cell, k) => line(cell, [LEFT, 110, 150][k]!, y, { as: 'glyphs', size: 5 })).join('');
    const objects =
      line(TITLE, 40, 40, { as: 'line', size: 8 }) +
      row(['指标', '2023年', '2024年'], 60) +
      row(['纠错案件（件）', '4', '3'], 68) +
      row(['听证会议（次）', '12', '15'], 76) +
      paragraph(CLOSING, 90, { as: 'glyphs' }) +
      line('Lanwu County Annual Report', LEFT, 110, { as: 'glyphs', spare: 0.4 });
    const text = await read(await onePage(objects));
    expect(text).toContain('纠错案件（件） | 3 | 4');
    expect(text).toContain('听证会议（次） | 15 | 12');
    expect(text).toContain('Lanwu County Annual Report');
  });
});

describe('other shapes of real OFD files', () => {
  it('a paragraph as one object with a text code a line (WPS) reads as the paragraph', async () => {
    const lines = ['2024年，岚梧县认真落实法治政府建设各项部署，', '全年审查规范性文件9件，合法性审查率达到100%，', '办结行政复议案件27件，纠错率为11.1%。'];
    const codes = lines
      .map((text, k) => `<ofd:TextCode X="${k === 0 ? 2 * SIZE : 0}" Y="${SIZE + 9 * k}" DeltaX="g ${[...text].length - 1} 6.1">${text}</ofd:TextCode>`)
      .join('');
    const objects =
      line(TITLE, 40, 40, { as: 'line', size: 8 }) + `<ofd:TextObject ID="5" Boundary="${LEFT} 54 160 40" Size="${SIZE}">${codes}</ofd:TextObject>`;
    expect(await read(await onePage(objects + paragraph(CLOSING, 100, { as: 'line' })))).toBe(`${TITLE}\n${lines.join('')}\n${CLOSING}`);
  });

  it('pages with a header in their template and in their content, and a footer numbering them: a sentence runs on across the page', async () => {
    const long = '各级行政机关严格落实重大行政决策程序，全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，';
    const sentence = [...`${long.repeat(4)}加快建设职责明确、依法行政的政府治理体系。`];
    // the first page holds eight justified lines of it
    const onFirst = 23 + 7 * 25;
    const firstLines = paragraph(sentence.slice(0, onFirst).join(''), 60, { as: 'glyphs', justified: true, runsOn: true });
    const furniture = (k: number) =>
      line('岚梧县人民政府办公室', 85, 20, { as: 'line', size: 4 }) + line(`第 ${k + 1} 页 共 2 页`, 95, 282, { as: 'line', size: 4 });
    const template = '<ofd:Template TemplateID="2" ZOrder="Background"/>';
    const text = await read(
      await packageOf({
        'OFD.xml': ofdXml(['Doc_0/Document.xml']),
        'Doc_0/Document.xml': documentXml(2),
        'Doc_0/Tpls/Tpl_0/Content.xml': page(line('岚梧县人民政府文件', 80, 12, { as: 'line', size: 5 })),
        'Doc_0/Pages/Page_0/Content.xml': page(line(TITLE, 40, 40, { as: 'line', size: 8 }) + firstLines + furniture(0), template),
        // the sentence the first page's last line left goes on at the top of the second
        'Doc_0/Pages/Page_1/Content.xml': page(
          paragraph(sentence.slice(onFirst).join(''), 40, { as: 'glyphs', justified: true, goesOn: true }) +
            paragraph(CLOSING, 58, { as: 'line' }) +
            furniture(1),
          template,
        ),
      }),
    );
    expect(text).toBe(`${TITLE}\n${sentence.join('')}\n${CLOSING}`);
  });

  it('a seal put on the page as an annotation (Annots) is not read, the signature and date are', async () => {
    const stamp = `<ofd:Annot ID="9" Type="Stamp"><ofd:Appearance Boundary="120 130 40 40">${line('岚梧县司法局', 5, 20, { as: 'line', size: 5 })}${line('★', 17, 26, { as: 'line', size: 8 })}</ofd:Appearance></ofd:Annot>`;
    const signature = line('岚梧县司法局', 130, 150, { as: 'line' }) + line('2025年1月10日', 130, 159, { as: 'line' });
    const text = await read(
      await onePage(report({ as: 'line' }) + signature, {
        'Doc_0/Document.xml': documentXml(1, '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>'),
        'Doc_0/Annots/Annotations.xml': `<ofd:Annotations ${NS}><ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`,
        'Doc_0/Annots/Page_0/Annotation.xml': `<ofd:PageAnnot ${NS}>${stamp}</ofd:PageAnnot>`,
      }),
    );
    expect(text).toBe(`${REPORT}\n岚梧县司法局\n2025年1月10日`);
  });

  it('a table drawn with path lines and its cells’ texts reads as rows of cells', async () => {
    const rule = (y: number) =>
      `<ofd:PathObject ID="3" Boundary="0 0 210 297" LineWidth="0.3"><ofd:AbbreviatedData>M ${LEFT} ${y} L 183 ${y}</ofd:AbbreviatedData></ofd:PathObject>`;
    const column = (x: number) =>
      `<ofd:PathObject ID="4" Boundary="0 0 210 297" LineWidth="0.3"><ofd:AbbreviatedData>M ${x} 54 L ${x} 86</ofd:AbbreviatedData></ofd:PathObject>`;
    const rows = [
      ['指标', '2023年', '2024年'],
      ['审查规范性文件（件）', '7', '9'],
      ['行政复议案件（件）', '31', '27'],
      ['出庭应诉率（%）', '96.5', '100'],
    ];
    const cells = rows.flatMap((row, k) => [
      rule(54 + 8 * k),
      ...row.map((cell, c) => line(cell, [LEFT + 2, 110, 150][c]!, 60 + 8 * k, { as: 'line', size: 5 })),
    ]);
    const objects =
      line(TITLE, 40, 40, { as: 'line', size: 8 }) + [LEFT, 105, 145, 183].map(column).join('') + cells.join('') + paragraph(CLOSING, 100, { as: 'line' });
    expect((await read(await onePage(objects))).split('\n')).toEqual([
      TITLE,
      '指标 | 2024年 | 2023年',
      '审查规范性文件（件） | 9 | 7',
      '行政复议案件（件） | 27 | 31',
      '出庭应诉率（%） | 100 | 96.5',
      CLOSING,
    ]);
  });

  it.each([
    ['by DeltaY', `<ofd:TextCode X="0" Y="5" DeltaX="g 3 0" DeltaY="g 3 7">执法数据</ofd:TextCode>`],
    ['a code a glyph', [...'执法数据'].map((ch, k) => `<ofd:TextCode X="0" Y="${5 + 7 * k}">${ch}</ofd:TextCode>`).join('')],
  ])('a merged cell set top to bottom (%s) puts none of its characters into the rows beside it', async (_name, codes) => {
    const rows = [
      ['审查规范性文件（件）', '7', '9'],
      ['行政复议案件（件）', '31', '27'],
      ['行政应诉案件（件）', '12', '15'],
      ['出庭应诉率（%）', '96.5', '100'],
    ];
    const cells = rows.flatMap((row, k) => row.map((cell, c) => line(cell, [LEFT + 10, 110, 150][c]!, 68 + 7 * k, { as: 'line', size: 5 })));
    const objects =
      line(TITLE, 40, 40, { as: 'line', size: 8 }) +
      line('指标', LEFT + 10, 60, { as: 'line', size: 5 }) +
      line('2023年', 110, 60, { as: 'line', size: 5 }) +
      line('2024年', 150, 60, { as: 'line', size: 5 }) +
      `<ofd:TextObject ID="6" Boundary="${LEFT} 66 5 30" Size="5">${codes}</ofd:TextObject>` +
      cells.join('') +
      paragraph(CLOSING, 110, { as: 'line' });
    expect((await read(await onePage(objects))).split('\n')).toEqual([
      TITLE,
      '指标 | 2024年 | 2023年',
      '审查规范性文件（件） | 9 | 7',
      '行政复议案件（件） | 27 | 31',
      '行政应诉案件（件） | 15 | 12',
      '出庭应诉率（%） | 100 | 96.5',
      CLOSING,
    ]);
  });

  it('text in a composite graphic unit of the resources, placed by a CompositeObject, is read where it is placed', async () => {
    // a unit drawn at half size, placed twice as large: its text at the size and place of the page's
    const unit =
      `<ofd:CompositeGraphicUnit ID="40" Width="90" Height="30"><ofd:Content>` +
      `${line('附件：岚梧县2024年度行政执法数据统计表', 0, 8, { as: 'line', size: 3 })}</ofd:Content></ofd:CompositeGraphicUnit>`;
    const placed = (y: number) => `<ofd:CompositeObject ID="41" Boundary="${LEFT + 2 * SIZE} ${y - 16} 180 60" CTM="2 0 0 2 0 0" ResourceID="40"/>`;
    const document = documentXml(1).replace('</ofd:CommonData>', '<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>');
    const text = await read(
      await onePage(report({ as: 'line' }) + placed(130), {
        'Doc_0/Document.xml': document,
        'Doc_0/DocumentRes.xml': `<ofd:Res ${NS} BaseLoc="Res"><ofd:CompositeGraphicUnits>${unit}</ofd:CompositeGraphicUnits></ofd:Res>`,
      }),
    );
    expect(text).toBe(`${REPORT}\n附件：岚梧县2024年度行政执法数据统计表`);
    // a unit that places itself, or a resource part missing, gives what the page holds
    const looping = unit.replace('</ofd:Content>', `${placed(20)}</ofd:Content>`);
    expect(
      await read(
        await onePage(report({ as: 'line' }), {
          'Doc_0/Document.xml': document,
          'Doc_0/DocumentRes.xml': `<ofd:Res ${NS}><ofd:CompositeGraphicUnits>${looping}</ofd:CompositeGraphicUnits></ofd:Res>`,
        }),
      ),
    ).toBe(REPORT);
    expect(await read(await onePage(report({ as: 'line' }) + placed(130), { 'Doc_0/Document.xml': document }))).toBe(REPORT);
  });

  it('a package of several documents (DocBody entries) reads each in turn', async () => {
    const text = await read(
      await packageOf({
        'OFD.xml': ofdXml(['Doc_0/Document.xml', 'Doc_1/Document.xml']),
        'Doc_0/Document.xml': documentXml(1),
        'Doc_0/Pages/Page_0/Content.xml': page(report({ as: 'line' })),
        'Doc_1/Document.xml': documentXml(1),
        'Doc_1/Pages/Page_0/Content.xml': page(paragraph('附件：岚梧县2024年度行政执法数据统计表', 40, { as: 'line' })),
      }),
    );
    expect(text).toBe(`${REPORT}\n附件：岚梧县2024年度行政执法数据统计表`);
  });

  it('a package zipped with backslashes in its names (Doc_0\\Document.xml) is read', async () => {
    const zip = new JSZip();
    zip.file('OFD.xml', ofdXml(['Doc_0\\Document.xml']));
    zip.file('Doc_0\\Document.xml', documentXml(1).replace('Pages/Page_0/Content.xml', 'Pages\\Page_0\\Content.xml'));
    zip.file('Doc_0\\Pages\\Page_0\\Content.xml', page(report({ as: 'glyphs', justified: true })));
    expect(await read(await zip.generateAsync({ type: 'uint8array' }))).toBe(REPORT);
    // and with slashes in the package but backslashes where the parts name each other
    zip.remove('Doc_0\\Document.xml');
    zip.remove('Doc_0\\Pages\\Page_0\\Content.xml');
    zip.file('Doc_0/Document.xml', documentXml(1).replace('Pages/Page_0/Content.xml', 'Pages\\Page_0\\Content.xml'));
    zip.file('Doc_0/Pages/Page_0/Content.xml', page(report({ as: 'line' })));
    expect(await read(await zip.generateAsync({ type: 'uint8array' }))).toBe(REPORT);
  });
});
