/**
 * The general rules added after the blind measurement of test/fixtures/heldout65 (whose figure it is: the
 * whole place, its own level, a named county, the counties' average), on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

const levelOf = async (text: string): Promise<string> => {
  const { doc } = await readFileQuoted(lexicon, text, 'office.txt');
  return `${doc.level} ${String(doc.place)}`;
};

describe('an office of a place’s party committee that writes the report', () => {
  const body = '2024年,县委依法治县办统筹推进法治政府建设,督促各部门做好行政复议、应诉和普法工作。\n';

  it('reports as a department, its issuing lines above the title', async () => {
    const level = await levelOf(`中共桐川县委全面依法治县委员会办公室\n桐川县司法局\n关于2024年度法治政府建设工作情况的报告\n${body}`);
    expect(level).toBe('department 桐川县委全面依法治县委员会办公室');
  });

  it('so does its short name in a title', async () => {
    expect(await levelOf(`桐川县委依法治县办2024年工作总结\n${body}`)).toBe('department 桐川县委依法治县办');
  });

  it('but a title on the whole place is the place’s, as a 司法局’s is', async () => {
    expect(await levelOf(`中共桐川县委全面依法治县委员会办公室关于2024年度全县法治政府建设情况的报告\n${body}`)).toBe('county 桐川县');
  });

  it('and its notice speaks for the place, as a government office’s does', async () => {
    const notice = `中共桐川县委全面依法治县委员会办公室关于2024年度乡镇法治政府建设考核情况的通报\n各乡镇党委、人民政府:\n${body}`;
    expect(await levelOf(notice)).toBe('county 桐川县');
    const issued = `中共桐川县委全面依法治县委员会办公室文件\n关于印发《桐川县2025年法治政府建设工作要点》的通知\n${body}中共桐川县委全面依法治县委员会办公室\n2025年2月10日\n`;
    expect(await levelOf(issued)).toBe('county 桐川县');
  });

  it('and the committee itself is the place', async () => {
    expect(await levelOf(`中共桐川县委关于2024年法治建设工作情况的报告\n${body}`)).toBe('county 桐川县');
  });
});
