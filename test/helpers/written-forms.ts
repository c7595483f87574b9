/** Ways the same report reaches us written differently, applied to real text by the tests. */
import { buildDocument, documentInfo } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';

const lexicon = loadLexicon();

/** What a report reads as, to compare two forms of it: its document fields and its facts' ids, values and statuses. */
export async function readingOf(input: string | Uint8Array, file: string): Promise<string> {
  const bytes = typeof input === 'string' ? new Uint8Array(Buffer.from(input)) : input;
  const doc = buildDocument(await ingestBytes(bytes, file));
  const { file: _file, ...meta } = documentInfo(doc);
  const facts = extractFacts(doc, await lexicon).map((f) => `${f.id}=${String(f.value)} ${f.status}`);
  return JSON.stringify({ meta, facts: facts.sort() });
}

type Measure = 'columns' | 'characters';
const widthOf = (ch: string, measure: Measure): number => (measure === 'columns' && ch.codePointAt(0)! >= 0x2000 ? 2 : 1);

/**
 * Wraps every line at `width` as a PDF copy does: a line breaks where the next character would pass
 * the edge, except that closing punctuation stays on the line it closes (避头尾); paragraphs may
 * start with an indent of two full-width spaces.
 */
export function hardWrap(text: string, width: number, measure: Measure, indent = false): string {
  const out: string[] = [];
  for (const written of text.split('\n')) {
    const line = indent && written.length > 30 ? `\u3000\u3000${written}` : written;
    let current = '';
    let used = 0;
    for (const ch of line) {
      const w = widthOf(ch, measure);
      if (used + w > width && current !== '' && !/[,。、;:!?)”》,;:]/.test(ch)) {
        out.push(current);
        current = '';
        used = 0;
      }
      current += ch;
      used += w;
    }
    out.push(current);
  }
  return out.join('\n');
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** Years in Chinese numerals, as titles and dates often write them: 2023年 → 二〇二三年. */
export const chineseYears = (text: string): string =>
  text.replace(/(?<!\d)((?:19|20)\d{2})年/g, (_, year: string) => `${[...year].map((d) => CHINESE_DIGITS[Number(d)]).join('')}年`);

/** Every character set apart by a blank, as some PDFs' text layers give them. */
export const letterSpaced = (text: string): string =>
  text
    .split('\n')
    .map((line) => [...line].join(' '))
    .join('\n');

/** Full stops typed as ".", as some editors do. */
export const typedFullStops = (text: string): string => text.replace(/\u3002/g, '.');

/** Outline headings as Markdown headings, as a report converted to Markdown has them. */
export const markdownHeadings = (text: string): string =>
  text
    .split('\n')
    .map((line) => (/^[一二三四五六七八九十]+、/.test(line) ? `## ${line}` : /^[(\uFF08][一二三四五六七八九十]+[)\uFF09]/.test(line) ? `### ${line}` : line))
    .join('\n');

/**
 * The body's paragraphs run together in one line with only their indents between them, as a web
 * page that lost its line breaks shows them; the lines above the first sentence stay.
 */
export const runTogether = (text: string): string => {
  const lines = text.split('\n');
  const body = lines.findIndex((line) => line.includes('。'));
  if (body < 0) return text;
  const paragraphs = lines.slice(body).filter((line) => line.trim() !== '');
  return [...lines.slice(0, body), paragraphs.map((line) => `\u3000\u3000${line.trim()}`).join('')].join('\n');
};

/** Top-level headings of the shortcomings and plans sections in other words (ours). */
export const OTHER_HEADINGS: ReadonlyArray<readonly [shortcomings: string, plans: string]> = [
  ['存在的短板弱项', '下步工作打算'],
  ['工作中的差距和薄弱环节', '今后工作方向'],
  ['需要改进的方面', '下一阶段重点工作'],
  ['面临的困难和挑战', '明年工作思路'],
  ['存在的主要困难', '新的一年工作安排'],
  ['问题与不足', '下一步工作措施'],
  ['不足之处', '2025年工作要点'],
  ['仍需改进的问题', '下阶段工作举措'],
];

/** The report with its shortcomings and plans sections headed in other words. */
export const headedOtherwise =
  ([shortcomings, plans]: readonly [string, string]) =>
  (text: string): string =>
    text
      .split('\n')
      .map((line) => {
        const numbered = /^([一二三四五六七八九十]+、)(.*)$/.exec(line);
        if (!numbered) return line;
        if (/不足|问题/.test(numbered[2]!)) return numbered[1]! + shortcomings;
        if (/安排|思路|打算/.test(numbered[2]!)) return numbered[1]! + plans;
        return line;
      })
      .join('\n');

/**
 * The report as a .docx whose outline numbers (一、 and (一)) come from Word's automatic numbering
 * (a list format with Chinese counting), not from the text.
 */
export async function autoNumberedDocx(text: string): Promise<Uint8Array> {
  const { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } = await import('docx');
  const children = text.split('\n').map((line) => {
    const top = /^[一二三四五六七八九十]+、(.*)$/.exec(line);
    if (top) return new Paragraph({ text: top[1], numbering: { reference: 'outline', level: 0 } });
    const second = /^[(\uFF08][一二三四五六七八九十]+[)\uFF09](.*)$/.exec(line);
    if (second) return new Paragraph({ text: second[1], numbering: { reference: 'outline', level: 1 } });
    return new Paragraph({ children: [new TextRun(line)] });
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'outline',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '(%2)', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
