/**
 * The examples of the document stage's wording (rules/sections.yaml, rules/documents.yaml,
 * rules/reporters.yaml): every pass example must give what it is listed under, no fail example
 * may give it. A section example is read by the classifier of its table, the one the document
 * stage runs: a top-level title, a sub-heading (read without a report year), a paragraph's
 * opening words, a line standing alone taken for a heading without a number. Document and reporter examples are short documents of their own, read by the
 * whole document stage.
 */
import { headingShaped, isDataBoxCaption, isFinding, isRetellingCaption, openerKind, subheadingOverride, titleCue } from './classify.js';
import { exampleSource } from './example.js';
import { buildDocument } from './index.js';
import { KIND_LABELS, LEVEL_LABELS, SECTION_KIND_LABELS } from './labels.js';
import type { Level, SectionKind } from './types.js';
import type { DocumentWording, LayoutTable, SectionTable, WordingExample } from './wording.js';

export interface WordingExampleOutcome {
  example: WordingExample;
  ok: boolean;
  /** what the example must give, and what it gave, in the words `facts test` prints */
  want: string;
  got: string;
}

const SECTION_CLASSIFIERS: Record<SectionTable, (wording: DocumentWording, text: string) => SectionKind | null> = {
  titles: ({ sections }, text) => titleCue(sections, text),
  subheadings: ({ sections, years }, text) => subheadingOverride(sections, years, text, null),
  openers: ({ sections }, text) => openerKind(sections, text),
};

const DOMAIN_LABEL = '法治政府建设文件';
const SAMPLE_LABEL = '报告模板或范文(不读事实)';
const HEADING_LABEL = '无编号的章节标题';
const FINDING_LABEL = '「督察等指出的问题」段落';
const DATA_BOX_LABEL = '数据速览框的标题';
const RETELLING_LABEL = '一图读懂的标题';
const LAYOUT_LABELS: Record<LayoutTable, string> = {
  title_words: '「标题行」',
  chrome: '「网页框架行」',
  handover: '「开头段」',
  appendix: '「附件标题」',
  appendix_marker: '「附件标记行」',
  closing: '「结尾行」',
  related: '「相关文章链接的标题行」',
  editor_note: '「编者按」',
  editor_note_end: '「编者按的结束行」',
  box_title: '「专栏或案例的标题行」',
  case_story: '「讲一个案例的段落」',
  case_story_sequel: '「接着讲上一案例的段落」',
  case_section: '「只讲案例的章节标题」',
  footnote: '「落款后的注释行」',
  numbered_note: '「落款后的编号注释行」',
  run_in_item: '「条目编号紧接数字的行」',
  slide_label: '「标题前的幻灯片编号」',
  correction: '「更正」',
  revision: '「修改(原文字改为新文字)」',
  unstated: '「引述而未作陈述的文字」',
  default_zero: '「表格未填栏目默认显示为0的说明」',
  gathered_title: '「汇编或附件中的报告标题行」',
  gathered_item: '「以地名开头的条目标题行」',
  gathered_issuer: '「报告标题中的报告单位」',
  task_undone: '「任务台账中表示未完成的状态栏」',
  task_mark: '「表示未完成的标记」',
  task_legend: '「台账标记的图例」',
  task_deadline: '「任务的完成时限」',
};
const sectionLabel = (kind: SectionKind | null): string => (kind === null ? '未识别' : `「${SECTION_KIND_LABELS[kind]}」`);
const yearLabel = (year: number | null): string => `「${year === null ? '年度不明' : `${year}年`}」`;
const bodyLabel = (level: Level, place: string | null): string => `「${LEVEL_LABELS[level]} ${place ?? '(未写明地名)'}」`;

/** Whether an example's table is one of rules/layout.yaml's (each has its label above). */
const isLayoutTable = (table: string): table is LayoutTable => Object.hasOwn(LAYOUT_LABELS, table);

export function runWordingExamples(wording: DocumentWording, examples: readonly WordingExample[]): WordingExampleOutcome[] {
  return examples.map((example) => {
    const pass = example.expected === 'pass';
    const must = pass ? '应识别为' : '不应识别为';
    if ('kind' in example) {
      const found = SECTION_CLASSIFIERS[example.table](wording, example.text);
      return { example, ok: (found === example.kind) === pass, want: `${must}${sectionLabel(example.kind)}`, got: `识别为${sectionLabel(found)}` };
    }
    if (isLayoutTable(example.table)) {
      const table = wording.layout[example.table];
      const line = example.text.replace(/\s+/g, '');
      const found = 'pattern' in table ? table.pattern.test(line) : table.patterns.some((re) => re.test(line));
      return { example, ok: found === pass, want: `${must}${LAYOUT_LABELS[example.table]}`, got: found ? `识别为${LAYOUT_LABELS[example.table]}` : '未识别' };
    }
    if (example.table === 'findings') {
      const found = isFinding(wording.sections, example.text);
      return { example, ok: found === pass, want: `${must}${FINDING_LABEL}`, got: found ? `识别为${FINDING_LABEL}` : '未识别' };
    }
    if (example.table === 'data_boxes') {
      const found = isDataBoxCaption(wording.sections, example.text);
      return { example, ok: found === pass, want: `${must}${DATA_BOX_LABEL}`, got: found ? `识别为${DATA_BOX_LABEL}` : '未识别' };
    }
    if (example.table === 'retellings') {
      const found = isRetellingCaption(wording.sections, example.text);
      return { example, ok: found === pass, want: `${must}${RETELLING_LABEL}`, got: found ? `识别为${RETELLING_LABEL}` : '未识别' };
    }
    if (example.table === 'unnumbered') {
      const found = headingShaped(wording.sections, example.text);
      return { example, ok: found === pass, want: `${must}${HEADING_LABEL}`, got: found ? `识别为${HEADING_LABEL}` : '未识别为标题' };
    }
    const doc = buildDocument(exampleSource(example.text, `${example.table}(示例)`), wording);
    if (example.table === 'years') {
      const ok = (doc.year === example.year) === pass;
      return { example, ok, want: `${must}${yearLabel(example.year)}`, got: `识别为${yearLabel(doc.year)}` };
    }
    if (example.table === 'reporters') {
      const ok = (doc.level === example.level && doc.place === example.place) === pass;
      return { example, ok, want: `${must}${bodyLabel(example.level, example.place)}`, got: `识别为${bodyLabel(doc.level, doc.place)}` };
    }
    // a sample example is about being a template or a model text: of kind other, no sentence read
    if (example.table === 'sample') {
      const found = doc.kind === 'other' && doc.sentences.length === 0;
      return {
        example,
        ok: found === pass,
        want: `${must}「${SAMPLE_LABEL}」`,
        got: found ? `识别为「${SAMPLE_LABEL}」` : `识别为「${KIND_LABELS[doc.kind]}」`,
      };
    }
    // a domain example is about being a 法治政府 document at all, whichever kind
    const hit = example.table === 'domain' ? doc.kind !== 'other' : doc.kind === example.table;
    const target = example.table === 'domain' ? DOMAIN_LABEL : KIND_LABELS[example.table];
    return { example, ok: hit === pass, want: `${must}「${target}」`, got: `识别为「${KIND_LABELS[doc.kind]}」` };
  });
}
