/**
 * Screens that answer, faster, what a plainer reading answers: the whole-sentence test of the plan
 * markers (a marker anchored at a clause's start takes in the break before it) and the asides of a
 * clause (found by one search of all their patterns), each against its plain definition on strings
 * made of our own words; the word screen of the other-period opening against the opening itself
 * on every clause of our texts, the seeds and the real openings; and the screens of the fold's and the
 * quantities' per-line patterns, of the other kinds' titles and of their issuers against their patterns, on
 * texts of their words and on every line of those texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { loadLexicon } from '../../src/facts/index.js';
import { compileTables } from '../../src/facts/passes/tables.js';
import { asidesWithin, compile } from '../../src/facts/text.js';
import { ingestFile } from '../../src/ingest/index.js';
import { packageRoot } from '../../src/paths.js';
import { documentWording } from '../../src/document/wording.js';
import { SCREENED_QUANTITY_PATTERNS } from '../../src/facts/quantity.js';
import { foldCharacters, foldInContext, SCREENED_FOLD_PATTERNS } from '../../src/ingest/fold.js';
import { matchesOf, type Screened } from '../../src/util/matches.js';
import { mayMatch, mayMatchWhole, screenOfRegex } from '../../src/util/word-screen.js';

const lexicon = await loadLexicon();
const compiled = compile(lexicon);

const CORPUS = [
  path.join(packageRoot, 'reports'),
  path.join(packageRoot, 'test', 'fixtures'),
  path.resolve(packageRoot, '..', 'shared', 'corpus', 'seeds'),
  path.resolve(packageRoot, '..', 'shared', 'corpus', 'real', 'docs'),
];
const textFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? textFiles(path.join(dir, e.name)) : /\.(?:txt|md)$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();

const BREAK = '[,;:。!?|]';
/** The plain definition: each marker's anchors looked for around it, at a clause break or the sentence's ends. */
const lookedAround = (source: string): RegExp =>
  new RegExp(source.replace(/(^|[(|])\^/g, `$1(?<=^|${BREAK})`).replace(/(?<!\\)\$(?=$|[|)])/g, `(?=$|${BREAK})`));

/** The plain definition: every position tried with every pattern, in order, the first that ends within `to` taken. */
function asidesOneByOne(text: string, from: number, to: number): { start: number; end: number }[] {
  const patterns = lexicon.asides.map((p) => new RegExp(p, 'y'));
  const out = [];
  for (let at = from; at < to; at++) {
    const end = patterns.reduce((found, p) => {
      if (found >= 0) return found;
      p.lastIndex = at;
      return p.test(text) && p.lastIndex <= to ? p.lastIndex : -1;
    }, -1);
    if (end <= at) continue;
    out.push({ start: at, end });
    at = end - 1;
  }
  return out;
}

/** The patterns of the fold and the quantities, each run only on a text its screen passes. */
const SCREENED: readonly Screened[] = [...SCREENED_FOLD_PATTERNS, ...SCREENED_QUANTITY_PATTERNS];

/** Whether a text the screen rules out holds no match of its pattern; true also when it passes. */
const soundOn = ([pattern, mayHold]: Screened, text: string): boolean => mayHold(text) || matchesOf(pattern, text).length === 0;

describe('screens', () => {
  it('of the per-line patterns rule out no text made of their words that one of them matches', () => {
    // words of the patterns and what stands beside them, each alone or in the places they need
    const words = [
      '二〇二三年',
      '一九九八年',
      '二零',
      '一〇八件',
      '〇',
      '○',
      '贰佰〇陆',
      '一千〇八件',
      '参拾柒',
      '壹佰〇参',
      '参加',
      '拾',
      '佰',
      '仟',
      '\n壹、',
      '(贰)',
      '拾壹.',
      '陸、',
    ];
    const more = ['好.', '”.', '98.5%.', '2023', '一.', '?', '?127件,', '?10次。', '问', '两度', '三度', '二度', '年度', '度', '99。2%', '议134、份'];
    const rates = ['率', '纠错率为零', '败诉率为0', '率降至0', '零', '0', '率过半', '超过半数', '半', '满意率0.985', '率为0.96', '0.5', '为', '达到'];
    const figures = ['1 2 0 件', '3 0 件', '1 200人次', '12 500 000元', '12 15', '1', ' ', '人', '件', ',', '。', 'A'];
    const part = fc.constantFrom(...words, ...more, ...rates, ...figures);
    const matched = new Set<RegExp>();
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (chosen) => {
        const text = chosen.join('');
        for (const screened of SCREENED) {
          if (matchesOf(screened[0], text).length > 0) matched.add(screened[0]);
          expect(soundOn(screened, text), `${screened[0].source.slice(0, 30)}: ${text}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    // every pattern was tried on texts it matches
    expect(matched.size).toBe(SCREENED.length);
  });

  it.each(CORPUS.map((dir) => [path.relative(packageRoot, dir), dir]))(
    'of the per-line patterns, the titles and the issuers pass every text of %s their pattern matches',
    (_, dir) => {
      const { other } = documentWording().documents;
      let searched = 0;
      let ruledOut = 0;
      let titles = 0;
      let titlesRuledOut = 0;
      for (const file of textFiles(dir)) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        for (const line of lines) {
          // as the fold reads a line, and as the quantities read its text after the fold
          const folded = foldCharacters(line);
          for (const text of [folded, foldInContext(folded)]) {
            for (const screened of SCREENED) {
              searched++;
              if (screened[1](text)) continue;
              ruledOut++;
              expect(soundOn(screened, text), `${path.basename(file)}: ${text}`).toBe(true);
            }
          }
        }
        // the first lines as titles, and each with the next as an issuer's
        const head = lines.slice(0, 12).map((line) => foldInContext(foldCharacters(line.trim())));
        head.forEach((title, i) => {
          titles++;
          if (!mayMatchWhole(other.title, title)) {
            titlesRuledOut++;
            expect(other.title.test(title), title).toBe(false);
          }
          const joined = title.replace(/\s+/g, '') + (head[i + 1] ?? '').replace(/\s+/g, '');
          if (!mayMatch(other.issuer, joined)) expect(other.issuer.test(joined), joined).toBe(false);
        });
      }
      // the screens are worth their scans: they rule out nearly every text
      expect(ruledOut).toBeGreaterThan(searched * 0.9);
      expect(titlesRuledOut).toBeGreaterThan(titles * 0.9);
    },
    120_000,
  );

  it('the plan markers are found in a whole sentence as at its clauses', () => {
    const words = ['2025年', '2026年度', '2024年', '年', '计划', '工作计划', '目标', '目标值', '为', '力争', '完成', '学法12次', '下一步', '已', '作为'];
    const parts = fc.constantFrom(...words, ',', ';', ':', '。', '|', '(', ')', '乙');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 10 }), fc.constantFrom(2023, 2024, null), (chosen, year) => {
        const text = chosen.join('');
        const { plan, inSentence } = compiled.planIn(year);
        expect(inSentence.test(text)).toBe(plan.some((re) => lookedAround(re.source).test(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('the asides of a part of a text are those each pattern finds at each position', () => {
    const words = [
      '(不含乡镇)',
      '(',
      ')',
      '2023年',
      '年',
      '9月',
      '底',
      '前',
      '内',
      '经',
      '县政府常务会议',
      '研究',
      '决定',
      '审查',
      '合法性',
      '已',
      '以来',
      '连续',
      'V',
      '2.0版',
      '终端',
      '12',
      '废止',
    ];
    const parts = fc.constantFrom(...words, ',', '。', '乙');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), fc.nat(40), fc.nat(40), (chosen, a, b) => {
        const text = chosen.join('');
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(asidesWithin(text, from, to, compiled.asides)).toEqual(asidesOneByOne(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it.each(CORPUS.map((dir) => [path.relative(packageRoot, dir), dir]))(
    'the other-period opening is searched in every clause of %s it matches',
    async (_, dir) => {
      const tables = compileTables(lexicon);
      let searched = 0;
      let ruledOut = 0;
      for (const file of textFiles(dir)) {
        const doc = buildDocument(await ingestFile(file));
        const { opening } = tables.otherPeriodMarks(doc);
        const screen = screenOfRegex(opening)!;
        for (const { plain, clauses } of doc.sentences) {
          // each clause, each clause with the rest of its sentence, and each bracket's inside (read as a clause)
          const texts = clauses.flatMap((c) => [plain.slice(c.start, c.end), plain.slice(c.start)]);
          for (const m of plain.matchAll(/\(([^()]*)\)/g)) texts.push(m[1]!);
          for (const text of texts) {
            searched++;
            if (screen.heldBy(text)) continue;
            ruledOut++;
            expect(opening.test(text), `${path.basename(file)}: ${text}`).toBe(false);
          }
        }
      }
      expect(searched).toBeGreaterThan(100);
      // the screen is worth its scan: it rules out most clauses
      expect(ruledOut).toBeGreaterThan(searched / 2);
    },
    120_000,
  );
  it.each(CORPUS.map((dir) => [path.relative(packageRoot, dir), dir]))(
    'another place as subject is tried in every clause lead of %s it opens, and the double negatives in every sentence they match',
    async (_, dir) => {
      const tables = compileTables(lexicon);
      let leads = 0;
      let withoutJunction = 0;
      let withoutNegative = 0;
      for (const file of textFiles(dir)) {
        const doc = buildDocument(await ingestFile(file));
        for (const { plain, clauses } of doc.sentences) {
          for (const c of clauses) {
            const clause = plain.slice(c.start, c.end);
            for (const lead of [clause, clause.replace(tables.clauseLead, '')]) {
              leads++;
              if (tables.otherPlaceJunction.test(lead)) continue;
              withoutJunction++;
              expect(tables.otherPlaceSubject.test(lead), `${path.basename(file)}: ${lead}`).toBe(false);
            }
          }
          if (tables.doubleNegativeScreen?.test(plain) !== false) continue;
          withoutNegative++;
          for (const { re } of tables.doubleNegatives) expect(plain.match(re), `${path.basename(file)}: ${plain}`).toBeNull();
        }
      }
      // the searches are worth their scans: they rule out most leads and sentences
      expect(withoutJunction).toBeGreaterThan(leads / 2);
      expect(withoutNegative).toBeGreaterThan(0);
    },
    120_000,
  );

  it('another place as subject: the junction stands where a name of its own words ends before an act', () => {
    const tables = compileTables(lexicon);
    for (const lead of ['泊江区组织开展执法检查', '2024年度澧川县受理复议申请12件', '据统计蓼原市全年审结案件30件', '峦城县2025年新收案件8件']) {
      expect(tables.otherPlaceSubject.test(lead), lead).toBe(true);
      expect(tables.otherPlaceJunction.test(lead), lead).toBe(true);
    }
    // no place word right before an act, time or figure: the search finds none
    for (const lead of ['组织开展执法检查', '县里的工作稳步推进', '司法所调解纠纷']) expect(tables.otherPlaceJunction.test(lead), lead).toBe(false);
  });
});
