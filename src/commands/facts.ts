import { Option, type Command } from 'commander';
import { EXIT } from '../errors.js';
import { load } from '../load.js';
import { tellNotices } from './common.js';

export function registerFacts(program: Command): void {
  const facts = program
    .command('facts')
    .description('从报告中抽取事实(数值、比率、件数、制度),每条附原文证据;facts test 检查词表(rules/)及其示例句')
    .argument('<file>', '报告文件(txt、html、docx、doc、pdf、ofd;- 表示标准输入)')
    .addOption(new Option('--format <format>', '输出格式').choices(['json', 'table']).default('table'))
    .option('--explain', '逐条列出事实及其所在句子,说明为何采信')
    .action(async (file: string, opts: { format: 'json' | 'table'; explain?: boolean }) => {
      const [{ allFacts, analyseFile, factsOutput }, { loadLexicon }, { renderFactsTable }] = await Promise.all([
        load('pipeline'),
        load('facts/index'),
        load('render/facts-table'),
      ]);
      const analysis = await analyseFile(file, await loadLexicon());
      tellNotices(file, analysis.notices);
      const text =
        opts.format === 'json'
          ? JSON.stringify(factsOutput(analysis), null, 2)
          : renderFactsTable({ ...analysis, facts: allFacts(analysis) }, { explain: Boolean(opts.explain) });
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });

  facts
    .command('test')
    .description(
      '检查词表(rules/)的全部问题(文件:行:列),并用每条事实、框架和抽取步骤(rules/passes.yaml)自带的示例句走完整流程:pass 示例须读出该事实,fail 示例须读不出;分段、文件类型和报告主体识别词(rules/sections.yaml、rules/documents.yaml、rules/reporters.yaml、rules/years.yaml、rules/layout.yaml)的示例须识别为所列的部分、类型、主体、年度或行,网页框架规则(rules/boilerplate.yaml)的示例行须识别或不识别为网页框架,表格和图表词表(rules/tables.yaml)的示例须匹配或不匹配,繁体写法(rules/spellings.yaml)的示例行须折叠为所列的简体,形近误认字(rules/lookalikes.yaml)的示例行须读作所列的文字',
    )
    .action(async () => {
      const [
        { lintLexicon },
        { runFactExamples },
        { lintDocumentWording },
        { runWordingExamples },
        { lintBoilerplate, runBoilerplateExamples },
        { lintTableWording, runTableWordingExamples },
        { lintSpellings },
        { runSpellingExamples },
        { lintLookalikes, runLookalikeExamples },
      ] = await Promise.all([
        load('facts/index'),
        load('facts/examples'),
        load('document/wording'),
        load('document/wording-examples'),
        load('ingest/boilerplate'),
        load('ingest/table-wording'),
        load('ingest/spellings'),
        load('ingest/fold'),
        load('ingest/lookalikes'),
      ]);
      const { lexicon, problems: lexiconProblems } = await lintLexicon();
      const { wording, examples, problems: wordingProblems } = lintDocumentWording();
      const { rules: chromeRules, examples: chromeExamples, problems: chromeProblems } = lintBoilerplate();
      const { wording: tableWording, examples: tableExamples, problems: tableProblems } = lintTableWording();
      const { spellings, examples: spellingExamples, problems: spellingProblems } = lintSpellings();
      const { lookalikes, examples: lookalikeExamples, problems: lookalikeProblems } = lintLookalikes();
      const problems = [...lexiconProblems, ...wordingProblems, ...chromeProblems, ...tableProblems, ...spellingProblems, ...lookalikeProblems];
      for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.message}\n`);
      if (!lexicon || !wording || !chromeRules || !tableWording || !spellings || !lookalikes || problems.length > 0) {
        process.stdout.write(`词表:共 ${problems.length} 处问题\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const outcomes = runFactExamples(lexicon);
      const failures = outcomes.filter((o) => !o.ok);
      for (const { example, found } of failures) {
        const { file, line, column } = example.origin;
        const owner = example.frame ? `${example.fact} 的框架「${example.frame}」` : example.pass ? `步骤「${example.pass}」中 ${example.fact}` : example.fact;
        const got = found.length === 0 ? '未读出' : `读出 ${found.map((f) => `${String(f.value)}(${STATUS_NAMES[f.status]})`).join('、')}`;
        const value = example.value === undefined ? '' : ` ${String(example.value)}`;
        const want = example.expected === 'pass' ? `应读出${value}` : `不应读出${value}`;
        process.stdout.write(`${file}:${line}:${column}: ${owner} 的 ${example.expected} 示例${want},实际${got}:${example.text}\n`);
      }
      const kinds = runWordingExamples(wording, examples);
      const kindFailures = kinds.filter((o) => !o.ok);
      for (const { example, want, got } of kindFailures) {
        const { file, line, column } = example.origin;
        process.stdout.write(
          `${file}:${line}:${column}: ${TABLE_NAMES[example.table]}的 ${example.expected} 示例${want},实际${got}:${example.text.trimEnd()}\n`,
        );
      }
      const chrome = runBoilerplateExamples(chromeRules, chromeExamples);
      const chromeFailures = chrome.filter((o) => !o.ok);
      for (const { example } of chromeFailures) {
        const { file, line, column } = example.origin;
        const want = example.expected === 'pass' ? '应识别为网页框架,实际未识别' : '不应识别为网页框架,实际被识别';
        process.stdout.write(`${file}:${line}:${column}: 网页框架的 ${example.expected} 示例${want}:${example.text}\n`);
      }
      const tables = runTableWordingExamples(tableWording, tableExamples);
      const tableFailures = tables.filter((o) => !o.ok);
      for (const { example } of tableFailures) {
        const { file, line, column } = example.origin;
        const want = example.expected === 'pass' ? '应匹配,实际未匹配' : '不应匹配,实际被匹配';
        process.stdout.write(`${file}:${line}:${column}: 表格和图表词表 ${example.table} 的 ${example.expected} 示例${want}:${example.text}\n`);
      }
      const folds = runSpellingExamples(spellings, spellingExamples);
      const foldFailures = folds.filter((o) => !o.ok);
      for (const { example, got } of foldFailures) {
        const { file, line, column } = example.origin;
        process.stdout.write(`${file}:${line}:${column}: 繁体写法的示例应折叠为「${example.folded}」,实际为「${got}」\n`);
      }
      const reads = runLookalikeExamples(lookalikes, lookalikeExamples);
      const readFailures = reads.filter((o) => !o.ok);
      for (const { example, got } of readFailures) {
        const { file, line, column } = example.origin;
        process.stdout.write(`${file}:${line}:${column}: 形近误认字的示例应读作「${example.read}」,实际为「${got}」\n`);
      }
      const total = outcomes.length + kinds.length + chrome.length + tables.length + folds.length + reads.length;
      const failed = failures.length + kindFailures.length + chromeFailures.length + tableFailures.length + foldFailures.length + readFailures.length;
      process.stdout.write(`通过 ${total - failed}/${total}\n`);
      if (failed > 0) process.exitCode = EXIT.belowThreshold;
    });
}

const TABLE_NAMES = {
  titles: '章节标题',
  subheadings: '小标题',
  openers: '段首语',
  findings: '督察指出段',
  data_boxes: '数据速览框标题',
  retellings: '一图读懂标题',
  unnumbered: '无编号标题',
  domain: '文件类型',
  annual_report: '文件类型',
  plan: '文件类型',
  other: '文件类型',
  sample: '报告模板或范文',
  reporters: '报告主体',
  years: '报告年度',
  title_words: '标题行',
  chrome: '网页框架行',
  handover: '开头段',
  appendix: '附件标题',
  appendix_marker: '附件标记行',
  closing: '结尾行',
  related: '相关文章链接标题行',
  editor_note: '编者按',
  editor_note_end: '编者按的结束行',
  box_title: '专栏案例标题行',
  case_story: '案例段落',
  case_story_sequel: '案例续段',
  case_section: '案例章节标题',
  footnote: '落款后的注释行',
  numbered_note: '落款后的编号注释行',
  run_in_item: '条目编号紧接数字的行',
  slide_label: '标题前的幻灯片编号',
  correction: '更正',
  revision: '修改',
  unstated: '引述未陈述',
  default_zero: '默认为0的表格',
  gathered_title: '汇编附件报告标题',
  gathered_item: '地名条目标题',
  gathered_issuer: '报告标题的报告单位',
  task_undone: '台账未完成状态',
  task_mark: '未完成标记',
  task_legend: '台账标记图例',
  task_deadline: '任务完成时限',
} as const;
const STATUS_NAMES = { achieved: '已完成', plan: '计划', gap: '不足' } as const;
