/**
 * The general rules added after the blind measurement of test/fixtures/heldout21, on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { sourceOf } from '../document/helpers.js';

describe('a state forest farm, farm or ranch (国有林场, 农场, 牧场)', () => {
  const reporter = (text: string): { level: string; place: string | null } => {
    const { level, place } = buildDocument(sourceOf(text));
    return { level, place };
  };

  it('reports as a department does, named in its title', () => {
    expect(reporter('松岙国有林场2023年度法治建设工作报告\n一、学法用法\n场务会议会前学法4次,全县林业系统共同推进。\n')).toEqual({
      level: 'department',
      place: '松岙国有林场',
    });
  });

  it('or in its signature', () => {
    expect(reporter('2023年法治建设工作总结\n一年来,我们坚持依法治场,做好合同审查和纠纷调处。\n青湖农场\n2024年1月5日\n')).toEqual({
      level: 'department',
      place: '青湖农场',
    });
  });
});
