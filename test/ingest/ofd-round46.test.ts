/**
 * OFD files in more shapes producers write: a round seal drawn into the page's content, its characters set along
 * an arc an object each and turned by their CTM; vertical text set a glyph an object; composite units declared in a
 * page's own resources (PageRes); DeltaX given as "g" repeats; annotations holding text.
 */
import { describe, expect, it } from 'vitest';
import { NS, advance, LEFT, SIZE, line, page, documentXml, onePage, read, TITLE, report, REPORT } from './ofd-builders.js';

const SIGNATURE = line('岚梧县人民政府', 126, 150, { as: 'line' }) + line('2025年3月18日', 128, 159, { as: 'line' });

/**
 * A round seal centred at (cx, cy): its characters an object each along an arc from -120° to 120° (0° at the
 * top), each turned by its CTM as the arc goes (the middle one not at all), a star in the middle and a code
 * across its bottom, drawn upright.
 */
function seal(arc: string, cx: number, cy: number, r = 16, size = 4): string {
  const glyphs = [...arc];
  const objects = glyphs.map((ch, k) => {
    const angle = ((-120 + (240 * k) / (glyphs.length - 1)) * Math.PI) / 180;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)].map((n) => Math.round(n * 1e4) / 1e4);
    const [x, y] = [cx + r * sin!, cy - r * cos!];
    return `<ofd:TextObject ID="7" Boundary="${x} ${y} ${size} ${size}" CTM="${cos} ${sin} ${-sin!} ${cos} 0 0" Size="${size}"><ofd:TextCode X="0" Y="0">${ch}</ofd:TextCode></ofd:TextObject>`;
  });
  return objects.join('') + line('★', cx - 4, cy + 3, { as: 'line', size: 8 }) + line('5301020004', cx - 7, cy + 10, { as: 'line', size: 2.8 });
}

describe('a seal drawn into the page', () => {
  it.each([
    ['eleven characters, the middle one upright', '岚梧县委依法治县办公室'],
    ['ten characters, none upright', '岚梧县人民政府办公室'],
  ])('its characters on the arc (%s), star and code join no line of the signature', async (_name, arc) => {
    const text = await read(await onePage(report({ as: 'line' }) + SIGNATURE + seal(arc, 150, 152)));
    expect(text).toBe(`${REPORT}\n岚梧县人民政府\n2025年3月18日`);
  });

  it('drawn between two paragraphs, a seal splits no figure of the lines it lies over', async () => {
    const lines =
      line('全年办结行政复议案件27件，纠错率为11.1%。', LEFT, 150, { as: 'glyphs' }) + line('行政应诉案件15件，出庭应诉率100%。', LEFT, 159, { as: 'glyphs' });
    const text = await read(await onePage(line(TITLE, 40, 40, { as: 'line', size: 8 }) + lines + seal('桐川市司法局行政执法监督专用章', 90, 150, 18)));
    expect(text).toBe(`${TITLE}\n全年办结行政复议案件27件，纠错率为11.1%。\n行政应诉案件15件，出庭应诉率100%。`);
  });

  it('a watermark drawn a glyph an object, all turned alike, is no seal: the lines beside it stay', async () => {
    const mark = [...'内部资料'].map(
      (ch, k) =>
        `<ofd:TextObject ID="8" Boundary="${60 + 20 * k} ${200 - 20 * k} 12 12" CTM="0.7071 -0.7071 0.7071 0.7071 0 0" Size="12"><ofd:TextCode X="0" Y="12">${ch}</ofd:TextCode></ofd:TextObject>`,
    );
    const text = await read(
      await onePage(
        report({ as: 'line' }) + line('此页无正文', 60, 190, { as: 'line' }) + mark.join('') + line('以上报告，请审阅。', LEFT, 280, { as: 'line' }),
      ),
    );
    expect(text).toBe(`${REPORT}\n此页无正文\n以上报告，请审阅。`);
  });
});

/** A column of glyphs an object each, top to bottom from (x, y), `pitch` apart. */
const column = (text: string, x: number, y: number, size = 8, pitch = size * 1.15) =>
  [...text]
    .map(
      (ch, k) =>
        `<ofd:TextObject ID="5" Boundary="${x} ${y + k * pitch - size} ${size} ${size}" Size="${size}"><ofd:TextCode X="0" Y="${size}">${ch}</ofd:TextCode></ofd:TextObject>`,
    )
    .join('');

describe('vertical text a glyph an object', () => {
  it('a cover’s vertical title reads top to bottom as one line, before the lines below it', async () => {
    const below = line('岚梧县人民政府', 78, 200, { as: 'line' }) + line('二〇二五年一月', 80, 209, { as: 'line' });
    const text = await read(await onePage(column('岚梧县法治政府建设年度报告', 100, 30) + below));
    // the two lines below are rejoined as a PDF's would be
    expect(text).toBe('岚梧县法治政府建设年度报告\n岚梧县人民政府二〇二五年一月');
  });

  it('a vertical note in the margin beside the body, its glyphs on the body’s baselines, is no line and joins none', async () => {
    const text = await read(await onePage(column('法治政府建设', 10, 62, 5, 9) + report({ as: 'line' })));
    expect(text).toBe(REPORT);
  });

  it('a table’s merged cell set a glyph an object puts none of its characters into the rows beside it', async () => {
    const rows = [
      ['审查规范性文件（件）', '7', '9'],
      ['行政复议案件（件）', '31', '27'],
      ['行政应诉案件（件）', '12', '15'],
    ];
    const cells = rows.flatMap((row, k) => row.map((cell, c) => line(cell, [LEFT + 10, 110, 150][c]!, 68 + 7 * k, { as: 'line', size: 5 })));
    const objects = line(TITLE, 40, 40, { as: 'line', size: 8 }) + column('执法数据', LEFT, 68, 5, 7).slice(0) + cells.join('');
    expect((await read(await onePage(objects))).split('\n')).toEqual([
      TITLE,
      '审查规范性文件（件） | 7 | 9',
      '行政复议案件（件） | 31 | 27',
      '行政应诉案件（件） | 12 | 15',
    ]);
  });
});

describe('composite units and other shapes', () => {
  it('a composite unit declared in the page’s own resources (PageRes) is read where it is placed', async () => {
    const unit = `<ofd:CompositeGraphicUnit ID="50" Width="150" Height="20"><ofd:Content>${line('附件：岚梧县行政执法统计表', 0, 8, { as: 'line' })}</ofd:Content></ofd:CompositeGraphicUnit>`;
    const placed = `<ofd:CompositeObject ID="51" Boundary="${LEFT} 122 150 20" ResourceID="50"/>`;
    const content = page(report({ as: 'line' }) + placed).replace('<ofd:Content>', '<ofd:PageRes>PageRes.xml</ofd:PageRes><ofd:Content>');
    const text = await read(
      await onePage('', {
        'Doc_0/Pages/Page_0/Content.xml': content,
        'Doc_0/Pages/Page_0/PageRes.xml': `<ofd:Res ${NS}><ofd:CompositeGraphicUnits>${unit}</ofd:CompositeGraphicUnits></ofd:Res>`,
      }),
    );
    expect(text).toBe(`${REPORT}\n附件：岚梧县行政执法统计表`);
  });

  it('DeltaX given as "g" repeats places the glyphs as written out', async () => {
    const code = (deltas: string) =>
      `<ofd:TextObject ID="2" Boundary="${LEFT} 54 180 8" Size="${SIZE}"><ofd:TextCode X="0" Y="${SIZE}" DeltaX="${deltas}">审查规范性文件9件，备案率100%</ofd:TextCode></ofd:TextObject>`;
    const steps = [...'审查规范性文件9件，备案率100%'].slice(0, -1).map((ch) => advance(ch, SIZE));
    const repeats = `g 7 6 3 6 6 6 6 6 g 3 3`;
    expect(repeats.split(' ').length).toBeLessThan(steps.length);
    const title = line(TITLE, 40, 40, { as: 'line', size: 8 });
    expect(await read(await onePage(title + code(repeats)))).toBe(await read(await onePage(title + code(steps.join(' ')))));
    expect(await read(await onePage(title + code(repeats)))).toBe(`${TITLE}\n审查规范性文件9件，备案率100%`);
  });

  it('annotations holding text (a note, a highlight’s comment) are not read', async () => {
    const note = `<ofd:Annot ID="9" Type="Highlight"><ofd:Remark>此处数据待核</ofd:Remark><ofd:Appearance Boundary="${LEFT} 55 150 8">${line('此处数据待核实', 0, 6, { as: 'line' })}</ofd:Appearance></ofd:Annot>`;
    const text = await read(
      await onePage(report({ as: 'line' }), {
        'Doc_0/Document.xml': documentXml(1, '<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>'),
        'Doc_0/Annots/Annotations.xml': `<ofd:Annotations ${NS}><ofd:Page PageID="100"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>`,
        'Doc_0/Annots/Page_0/Annotation.xml': `<ofd:PageAnnot ${NS}>${note}</ofd:PageAnnot>`,
      }),
    );
    expect(text).toBe(REPORT);
  });
});
