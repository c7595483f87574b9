/**
 * Leftovers of session 42 (p43), on texts of our own (the fictional 柘川县 of the facts helpers).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted } from './helpers.js';

const lexicon = await loadLexicon();

describe('the kind of place a department’s name writes for its government', () => {
  const kindOf = async (title: string) => (await readFileQuoted(lexicon, `${title}\n一、主要工作\n推进严格执法。\n`, 'dept.txt')).doc.governmentKind;

  it('is read by the document stage from the name (县, 市)', async () => {
    expect(await kindOf('柘川县司法局2024年法治政府建设工作报告')).toBe('县');
    expect(await kindOf('浙江省柘阳市市场监督管理局2024年法治政府建设工作报告')).toBe('市');
  });

  it('but not for a bureau’s branch, named after its area alone', async () => {
    expect(await kindOf('枫沅市生态环境局蓼屏分局2024年法治政府建设工作报告')).toBeUndefined();
  });
});
