import type { Analysis } from '../pipeline.js';
import type { Fact } from '../facts/schema.js';
import { LEVEL_LABELS, KIND_LABELS } from '../document/labels.js';
import { printable } from '../util/printable.js';

const STATUS_LABELS: Record<Fact['status'], string> = { achieved: '已完成', plan: '计划', gap: '不足' };
const QUALIFIER_SUFFIX: Record<NonNullable<Fact['qualifier']>, string> = {
  exact: '',
  at_least: '以上',
  more_than: '余',
  at_most: '以内',
  less_than: '(不足)',
  about: '(约)',
};

/** The value as a reader writes it: 90.2%, 934名, 已落实. */
export function formatFactValue(fact: Pick<Fact, 'value' | 'unit' | 'qualifier'>): string {
  if (fact.value === true) return '有';
  const number = Number.isInteger(fact.value) ? String(fact.value) : String(Math.round(fact.value * 100) / 100);
  return `${number}${fact.unit ?? ''}${fact.qualifier ? QUALIFIER_SUFFIX[fact.qualifier] : ''}`;
}

/**
 * `duibiao facts FILE --format table`: one row per fact. With --explain each fact is followed
 * by the whole sentence it was read from, so a reader can see why it was taken.
 */
export function renderFactsTable({ document, facts }: Analysis, options: { explain: boolean }): string {
  const header = [
    `文件:${printable(document.source.file)}`,
    `类型:${KIND_LABELS[document.kind]}  层级:${LEVEL_LABELS[document.level]}  地区:${document.place ?? '未注明'}  年度:${document.year ?? '未注明'}`,
    `共 ${facts.length} 条事实(已完成 ${count(facts, 'achieved')},计划 ${count(facts, 'plan')},不足 ${count(facts, 'gap')})`,
    '',
  ];
  // offsets index the normalised text; quote the report as written (traditional characters, full-width forms)
  const quote = ({ start, end }: { start: number; end: number }) => document.source.original.slice(start, end);
  const rows = facts.map((fact, index) => {
    const cells = [
      String(index + 1).padStart(3),
      fact.id.padEnd(36),
      formatFactValue(fact).padEnd(10),
      STATUS_LABELS[fact.status] + (fact.derived ? '(推算)' : ''),
      `「${quote(fact.evidence)}」@${fact.evidence.start}`,
    ];
    const line = cells.join('  ');
    if (!options.explain) return line;
    const sentence = document.sentences.find((s) => s.span.start <= fact.evidence.start && fact.evidence.end <= s.span.end);
    return [line, `      句子:${sentence ? quote(sentence.span) : quote(fact.evidence)}`, `      所在部分:${fact.section ?? '(正文开头)'}`].join('\n');
  });
  return [...header, ...(rows.length ? rows : ['(未抽取到事实)'])].join('\n') + '\n';
}

function count(facts: readonly Fact[], status: Fact['status']): number {
  return facts.filter((f) => f.status === status).length;
}
