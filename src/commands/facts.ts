import { Option, type Command } from 'commander';

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description('从报告中抽取事实(数值、比率、件数、制度),每条附原文证据')
    .argument('<file>', '报告文件(txt、html、docx、pdf;- 表示标准输入)')
    .addOption(new Option('--format <format>', '输出格式').choices(['json', 'table']).default('table'))
    .option('--explain', '逐条列出事实及其所在句子,说明为何采信')
    .action(async (file: string, opts: { format: 'json' | 'table'; explain?: boolean }) => {
      const [{ analyseFile, factsOutput }, { loadLexicon }, { renderFactsTable }] = await Promise.all([
        import('../pipeline.js'),
        import('../facts/index.js'),
        import('../render/facts-table.js'),
      ]);
      const analysis = await analyseFile(file, await loadLexicon());
      const text =
        opts.format === 'json' ? JSON.stringify(factsOutput(analysis), null, 2) : renderFactsTable(analysis, { explain: Boolean(opts.explain) });
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    });
}
