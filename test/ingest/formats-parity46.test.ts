import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { singleSpaced } from '../../src/ingest/rewrap.js';
import { docxFile } from './fixtures.js';

const lexicon = await loadLexicon();

/** A short report of an invented county, its lines wrapped inside sentences as a PDF's copy wraps them. */
const WRAPPED = [
  '桐溪县2023年法治政府建设工作情况报告',
  '2023年，桐溪县围绕法治政府建设目标，扎实推进依法行政。',
  '一、主要工作',
  '一年来，县政府常务会议全年会前学法',
  '12次，审查县政府规范性文件21件，合法性审查率达到',
  '100%。全县持有执法证件的行政执法人员共',
  '1 183名，举办执法培训',
  '6期，培训',
  '520人次。',
  '二、存在的问题',
  '执法人员专业素养仍有不足。',
  '三、下一步安排',
  '继续组织领导干部旁听庭审。',
];

const bytes = (text: string) => new Uint8Array(Buffer.from(text));
const factsOf = async (data: Uint8Array, file: string) =>
  extractFacts(buildDocument(await ingestBytes(data, file)), lexicon)
    .map((fact) => `${fact.id}=${JSON.stringify(fact.value)}:${fact.status}`)
    .sort();

describe('a report double-spaced throughout reads as its Word document does', () => {
  // before: the blank line under every line cut the wrapped sentences (…会前学法 | | 12次), and the text copy and the
  // Markdown file lost the facts the Word document gave
  it('in plain text and Markdown, where a blank line stands under every line', async () => {
    const word = await factsOf(await docxFile(WRAPPED), '桐溪.docx');
    expect(word).toEqual(expect.arrayContaining(['exec_meeting_law_study=12:achieved', 'enforcement_officers=1183:achieved']));
    const doubled = WRAPPED.join('\n\n');
    expect(await factsOf(bytes(doubled), '桐溪.txt')).toEqual(word);
    expect(await factsOf(bytes(`# ${doubled}`), '桐溪.md')).toEqual(word);
  });

  it('keeps a text table rows together and drops only the blank lines inside sentences', () => {
    const lines = [...WRAPPED.slice(0, 3), '项目 | 2023年', '收案 | 17', ...WRAPPED.slice(3)].flatMap((text, k, all) =>
      k < all.length - 1 && !(text.includes(' | ') && all[k + 1]!.includes(' | ')) ? [text, ''] : [text],
    );
    const read = singleSpaced(lines.map((text) => ({ text, indent: '' }))).map((line) => line.text);
    // the blank lines under the title, the headings, the sentences' ends and the table stay; none inside a sentence
    expect(read.join('\n')).toContain('一年来，县政府常务会议全年会前学法\n12次，');
    expect(read.join('\n')).toContain('项目 | 2023年\n收案 | 17\n\n');
    expect(read.join('\n')).toContain('桐溪县2023年法治政府建设工作情况报告\n\n');
    expect(read.join('\n')).toContain('推进依法行政。\n\n一、主要工作\n\n');
  });

  it('leaves blank lines that set paragraphs apart, and a few double-spaced lines', () => {
    const paragraphs = ['第一段第一行', '第一段第二行', '', '第二段', '', '第三段', '', '第四段', '', '第五段', '', '第六段', '', '第七段', '', '第八段'];
    const asLines = (texts: readonly string[]) => texts.map((text) => ({ text, indent: '' }));
    expect(singleSpaced(asLines(paragraphs)).length).toBe(paragraphs.length);
    const few = ['标题', '', '第一段', '', '第二段', '', '第三段'];
    expect(singleSpaced(asLines(few)).length).toBe(few.length);
  });
});
