import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { SheetNumbering, countRows, numberRows, renderRows, rowXml, splitRows, type SheetCell } from '../../src/render/sheet-rows.js';

const ROWS: string[][] = [
  ['样例市甲区', '1.2 推行“双随机、一公开”监管', '达标', '全年开展检查12次', ''],
  ['a "quoted" & <tagged> \'x\'', '\u0000\u0007\u001b\u007f控制字符', 'tab\there\nline\rreturn', '  spaces kept  ', '🙂 \ud800 lone'],
  ['123', '=1+1', '-', '0', 'true'],
];

/** The first sheet's XML of a workbook exceljs's streaming writer wrote, its rows given by `write`. */
async function sheetXml(write: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duibiao-rows-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('rows');
    sheet.columns = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ header: key, key, width: 10 }));
    sheet.getRow(1).commit();
    write(sheet, workbook);
    sheet.commit();
    await workbook.commit();
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    return await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('rendered worksheet rows', () => {
  it("are exceljs's own rows, escapes and dropped control characters included", async () => {
    const byExceljs = await sheetXml((sheet) => {
      for (const values of ROWS) {
        const row = sheet.addRow(values);
        row.eachCell((cell) => {
          cell.style = {};
        });
        row.commit();
      }
    });
    const rendered = await sheetXml((sheet) => {
      const stream = (sheet as unknown as { stream: { write(xml: Buffer): void } }).stream;
      const [head, tail] = splitRows(renderRows(ROWS), 1);
      expect(numberRows(head, 2).rows).toBe(1);
      stream.write(numberRows(head, 2).xml);
      stream.write(numberRows(tail, 3).xml);
    });
    expect(rendered).toBe(byExceljs);
    expect(rendered).toContain('<c r="E4" t="str"><v>true</v></c></row>');
  });

  it('are numbered on from any row, past a change in the number of digits', () => {
    const rendered = renderRows(Array.from({ length: 3 }, (_, i) => [`第${i}行`, '']));
    const { xml, rows } = numberRows(rendered, 99);
    expect(rows).toBe(3);
    expect(xml.toString()).toBe(
      [99, 100, 101]
        .map((n, i) => `<row r="${n}" spans="1:2" x14ac:dyDescent="0.25"><c r="A${n}" t="str"><v>第${i}行</v></c><c r="B${n}" t="str"><v></v></c></row>`)
        .join(''),
    );
    expect(splitRows(rendered, 5)[1].length).toBe(0);
  });

  it('are numbered whole however long the numbers (their XML grows past its first guess)', () => {
    const rendered = renderRows(Array.from({ length: 40 }, () => Array.from({ length: 26 }, () => '')));
    const first = 10 ** 15;
    const { xml, rows } = numberRows(rendered, first);
    expect(rows).toBe(40);
    const text = xml.toString();
    expect(text.match(/<row /g)).toHaveLength(40);
    expect(text).toContain(`<row r="${first + 39}" spans="1:26" x14ac:dyDescent="0.25"><c r="A${first + 39}" t="str"><v></v></c>`);
    expect(text.endsWith(`<c r="Z${first + 39}" t="str"><v></v></c></row>`)).toBe(true);
  });

  it("are numbered where they stand in a run of sheets, a report's rows cut where a sheet ends", () => {
    const numbering = new SheetNumbering(3);
    const report = (rows: number) => renderRows(Array.from({ length: rows }, (_, i) => [`${rows}-${i}`]));
    const numbers = (pieces: ReturnType<SheetNumbering['next']>) =>
      pieces.map(({ xml, rows }) => ({ rows, numbers: [...xml.toString().matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])) }));
    expect(numbers(numbering.next(report(2)))).toEqual([{ rows: 2, numbers: [2, 3] }]);
    expect(numbers(numbering.next(report(5)))).toEqual([
      { rows: 1, numbers: [4] },
      { rows: 3, numbers: [2, 3, 4] },
      { rows: 1, numbers: [2] },
    ]);
    expect(numbering.next(report(0))).toEqual([]);
    expect(numbers(numbering.next(report(1)))).toEqual([{ rows: 1, numbers: [3] }]);
  });

  it('numbered in turns by two numberings, each told the rows before its report, are the rows one numbering gives', () => {
    const reports = [2, 5, 0, 1, 4, 3, 7].map((rows, n) => renderRows(Array.from({ length: rows }, (_, i) => [`${n}-${i}`])));
    const one = new SheetNumbering(3);
    const alone = reports.flatMap((rendered) => one.next(rendered));
    const turns = [new SheetNumbering(3), new SheetNumbering(3)];
    let first = 0;
    const inTurns = reports.flatMap((rendered, n) => {
      const pieces = turns[n % 2]!.next(rendered, first);
      first += countRows(rendered);
      return pieces;
    });
    expect(first).toBe(22);
    expect(inTurns.map(({ xml, rows }) => [xml.toString(), rows])).toEqual(alone.map(({ xml, rows }) => [xml.toString(), rows]));
  });

  it("rendered with their numbers, are exceljs's own rows: styles, numbers, empty cells, columns past Z", async () => {
    const green: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD7F0DD' } }, font: { color: { argb: 'FF1B7A3A' } } };
    const grey: Partial<ExcelJS.Style> = { font: { color: { argb: 'FF8A8F98' } } };
    // a row's values: text, a number, none; styled in the later columns
    const values: Array<[column: number, value: string | number | null, style: Partial<ExcelJS.Style>]> = [
      [1, '样例区 <甲> & "乙"', {}],
      [2, null, {}],
      [4, '达标:100%', green],
      [5, null, green],
      [27, '', grey],
      [30, 62.5, green],
      [53, '未见佐证\u0007', grey],
    ];
    const byExceljs = await sheetXml((sheet) => {
      for (const number of [2, 3]) {
        const row = sheet.getRow(number);
        for (const [column, value, style] of values) {
          const cell = row.getCell(column);
          cell.value = value;
          cell.style = style;
        }
        row.commit();
      }
    });
    const rendered = await sheetXml((sheet, workbook) => {
      const stream = (sheet as unknown as { stream: { write(xml: Buffer): void } }).stream;
      const styles = (workbook as unknown as { styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number } }).styles;
      const cells: SheetCell[] = values.map(([column, value, style]) => ({ column, value, style: styles.addStyleModel(style, ExcelJS.ValueType.String) }));
      for (const number of [2, 3]) stream.write(Buffer.from(rowXml(number, cells)));
    });
    expect(rendered).toBe(byExceljs);
    expect(rendered).toContain('<c r="E3" s="1"/>');
    expect(rendered).toContain('<c r="AA3" s="2" t="str"><v></v></c><c r="AD3" s="1"><v>62.5</v></c>');
  });
});
