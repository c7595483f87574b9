/** A table's cells merged down stand in every row they span, as a web page's rowspan and Word's vMerge show them. */
import { describe, expect, it } from 'vitest';
import { withCellsMergedDown, type CellSpan, type MergedDown } from '../../src/ingest/table-cells.js';

/** Cells written as text, a span after '@' (备注@3 spans three rows, 数量@1x2 two columns). */
const spanOf = (cell: string): CellSpan => {
  const [rows, columns] = (cell.split('@')[1] ?? '1').split('x').map(Number);
  return { rows: rows!, columns: columns ?? 1 };
};

function tableRows(rows: readonly string[][]): string[] {
  let above: ReadonlyArray<MergedDown<string>> = [];
  return rows.map((own) => {
    const { cells, below } = withCellsMergedDown(own, above, spanOf);
    above = below;
    return cells.map((cell) => cell.split('@')[0]).join(' | ');
  });
}

describe('cells merged down', () => {
  it('stand in each row they span, first and last columns alike', () => {
    expect(
      tableRows([
        ['项目', '数量', '备注'],
        ['行政复议@2', '收到', '64', '含补正@3'],
        ['审结', '60'],
        ['诉讼', '应诉', '12'],
      ]),
    ).toEqual(['项目 | 数量 | 备注', '行政复议 | 收到 | 64 | 含补正', '行政复议 | 审结 | 60 | 含补正', '诉讼 | 应诉 | 12 | 含补正']);
  });

  it('stand in a row written short, past its last own cell', () => {
    expect(tableRows([['类别@3', '收到', '64', '备注@3'], ['审结'], ['纠错', '5']])).toEqual([
      '类别 | 收到 | 64 | 备注',
      '类别 | 审结 | 备注',
      '类别 | 纠错 | 5 | 备注',
    ]);
  });

  it('keep their columns when merged across too', () => {
    expect(
      tableRows([
        ['项目', '说明@3x2', '数量'],
        ['审结', '60'],
        ['纠错', '5'],
      ]),
    ).toEqual(['项目 | 说明 | 数量', '审结 | 说明 | 60', '纠错 | 说明 | 5']);
  });
});
