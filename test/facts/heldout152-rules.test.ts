/**
 * The general rule added after heldout152 (shortcomings stated with figures) was measured: in a department's paper a
 * count of the whole place whose sentence then names another body as its source (全县…共1020名,数据来源:县司法局; in a
 * bracket too) is that body's count, as a source named before the whole is (heldout153-rules.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

describe('a department’s count of its whole place with its source named after it', () => {
  const bureau = (title: string, line: string): string[] =>
    statusesOf(readQuoted(lexicon, [title, '', '一、主要工作', `\u3000\u3000本局坚持严格规范公正文明执法。${line}`].join('\n')).facts);

  it('is the named body’s, in a clause of its own, in a bracket after the figure, or in a bracketed aside', () => {
    const clause = bureau('蔺川市文化广电旅游局2024年法治政府建设情况报告', '本局持证执法人员41名。全市持证执法人员共6,208名，数据来源：市司法局。');
    expect(statusesWithId(clause, 'enforcement_officers')).toEqual(['enforcement_officers=41:achieved']);
    const bracket = bureau('蔺川市文化广电旅游局2024年法治政府建设情况报告', '本局配备执法记录仪23台，全市配备执法记录仪917台（资料来源：市司法局）。');
    expect(statusesWithId(bracket, 'body_cameras')).toEqual(['body_cameras=23:achieved']);
    const aside = bureau('蔺川县应急管理局2022年法治政府建设情况报告', '本局持证执法人员18名。（全县持证执法人员共733名，数据来源：县司法局。）');
    expect(statusesWithId(aside, 'enforcement_officers')).toEqual(['enforcement_officers=18:achieved']);
  });

  it('but the department’s own when the source is itself or no body at all', () => {
    const own = bureau('蔺川市司法局2024年法治政府建设情况报告', '全市持证执法人员共6,208名，数据来源：市司法局。');
    expect(statusesWithId(own, 'enforcement_officers')).toEqual(['enforcement_officers=6208:achieved']);
    const noBody = bureau('蔺川市司法局2024年法治政府建设情况报告', '全市持证执法人员共6,208名（数据来源：执法证件管理系统）。');
    expect(statusesWithId(noBody, 'enforcement_officers')).toEqual(['enforcement_officers=6208:achieved']);
  });
});
