/**
 * A telegraphic line's figures written with no counting word (复议：214；应诉：57, 人大建议 31；政协提案 45): a figure
 * right after a label that ends with a cue of a count, with a colon or a few blanks between, and closing its cell (a
 * mark of rules/passes.yaml nearest_cue.cell_ends or the sentence's end), counts in that count's own unit. A figure on
 * the line after its label, a rate's label (办复率 100, a share written without its sign), a decimal or a year (年度：
 * 2024) counts nothing.
 */
import type { CompiledLexicon } from './text.js';
import type { Quantity } from './quantity.js';

/** A run of ASCII digits, thousands grouped or not, no decimal. */
const FIGURE = /\d{1,3}(?:,\d{3})+(?!\d)|\d+/g;
/** Between the label and its figure: a colon with blanks around it, or blanks alone (no line break). */
const BETWEEN = /(?:[ \t\u3000]*[:\uFF1A][ \t\u3000]*|[ \t\u3000]{1,3})$/;
/** The characters a label ends with (a word, a bracket closing its gloss is no label's end here). */
const LABEL_END = /[\u3400-\u9fff]$/;
/** A year written as a figure: no count of a statistics line. */
const isYear = (value: number, written: string): boolean => !written.includes(',') && value >= 1900 && value <= 2100;

/** The count facts' cues, longest first, with each one's unit: built once per lexicon. */
const CUES = new WeakMap<CompiledLexicon, { cue: string; unit: string }[]>();

function countCues(compiled: CompiledLexicon): { cue: string; unit: string }[] {
  let cues = CUES.get(compiled);
  if (cues) return cues;
  cues = [];
  for (const { entry } of compiled.entries) {
    if (entry.shape !== 'count' || !entry.unit || entry.unit === '%') continue;
    for (const cue of entry.cues) if (!cue.endsWith('率')) cues.push({ cue, unit: entry.unit });
  }
  cues.sort((a, b) => b.cue.length - a.cue.length);
  CUES.set(compiled, cues);
  return cues;
}

/** The bare figures of `text` as quantities in their label's unit, beside `quantities` (which they never overlap). */
export function withBareFigures(quantities: Quantity[], text: string, compiled: CompiledLexicon, cellEnds: readonly string[]): Quantity[] {
  if (!/\d/.test(text)) return quantities;
  let out: Quantity[] | null = null;
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!closesCell(text, end, cellEnds) || /[\d.,%\uFF05]/.test(text[start - 1] ?? '')) continue;
    if (quantities.some((q) => q.start < end && start < q.end)) continue;
    const value = Number(m[0].replaceAll(',', ''));
    if (isYear(value, m[0])) continue;
    const gap = BETWEEN.exec(text.slice(Math.max(0, start - 8), start));
    if (!gap) continue;
    const labelEnd = start - gap[0].length;
    const label = text.slice(Math.max(0, labelEnd - 16), labelEnd);
    if (!LABEL_END.test(label)) continue;
    const found = countCues(compiled).find(({ cue }) => label.endsWith(cue));
    if (!found) continue;
    out ??= quantities.slice();
    out.push({ value, unit: found.unit, qualifier: 'exact', start, end });
  }
  return out ? out.sort((a, b) => a.start - b.start) : quantities;
}

/** Whether the figure ending at `at` closes its cell: only blanks, then a cell's end or the text's end. */
function closesCell(text: string, at: number, cellEnds: readonly string[]): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) k++;
  return k === text.length || text[k] === '\n' || cellEnds.some((mark) => text.startsWith(mark, k));
}
