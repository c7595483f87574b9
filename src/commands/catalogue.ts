import { promises as fs } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Problem } from '../catalogue/index.js';
import { EXIT, formatProblem } from '../errors.js';
import { indicatorsDir } from '../paths.js';
import { printable } from '../util/printable.js';
import { oneCatalogueOptions, withCatalogueOptions } from './common.js';
import { load } from '../load.js';

interface CatalogueCommandOptions {
  edition?: string;
  tailoring?: string;
}

/** `duibiao catalogue lint|show|compile|test`: check, document and exercise the indicator catalogue itself. */
export function registerCatalogue(program: Command): void {
  const catalogue = program.command('catalogue').description('检查、展示、编译和测试指标体系(含剪裁文件)');

  catalogue
    .command('lint')
    .description('一次列出指标体系和剪裁文件中的全部问题(文件:行:列),有问题时以退出码 2 结束')
    .addOption(new Option('--edition <year>', '指标体系版本(不给则检查全部版本)'))
    .option('--tailoring <file>', '剪裁文件(YAML)')
    .action(async (opts: CatalogueCommandOptions) => {
      const editions = opts.edition || opts.tailoring ? [opts.edition ?? '2021'] : await allEditions();
      const { lintCatalogue } = await load('catalogue/index');
      const problems: Problem[] = [];
      for (const edition of editions) problems.push(...(await lintCatalogue({ edition, tailoring: opts.tailoring })));
      for (const p of problems) process.stdout.write(`${formatProblem(p, p.message)}\n`);
      const what = opts.tailoring ? `剪裁文件 ${printable(opts.tailoring)}` : `指标体系 ${editions.join('、')} 年版`;
      if (problems.length === 0) {
        process.stdout.write(`${what}:未发现问题\n`);
        return;
      }
      const files = new Set(problems.map((p) => p.file)).size;
      process.stdout.write(`${what}:共 ${problems.length} 处问题,涉及 ${files} 个文件\n`);
      process.exitCode = EXIT.badInput;
    });

  withCatalogueOptions(catalogue.command('show').description('展示指标体系的层级、分值和门槛'))
    .addOption(new Option('--format <format>', '输出格式').choices(['md', 'json']).default('md'))
    .action(async (opts: CatalogueCommandOptions & { format: 'md' | 'json' }) => {
      const [{ assertTailoringEdition, loadCatalogue }, { catalogueMarkdown, catalogueView }] = await Promise.all([
        load('catalogue/index'),
        load('catalogue/view'),
      ]);
      const loaded = await loadCatalogue(oneCatalogueOptions(opts));
      assertTailoringEdition(opts.edition, opts.tailoring, loaded);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(catalogueView(loaded), null, 2)}\n` : catalogueMarkdown(loaded));
    });

  withCatalogueOptions(catalogue.command('compile').description('输出编译后的 json-rules-engine 规则(JSON)')).action(async (opts: CatalogueCommandOptions) => {
    const { assertTailoringEdition, compileRules, loadCatalogue } = await load('catalogue/index');
    const loaded = await loadCatalogue(oneCatalogueOptions(opts));
    assertTailoringEdition(opts.edition, opts.tailoring, loaded);
    process.stdout.write(`${JSON.stringify(compileRules(loaded), null, 2)}\n`);
  });

  withCatalogueOptions(catalogue.command('test').description('用每项指标内置的示例句走完整流程:pass 示例须达标,fail 示例须不达标')).action(
    async (opts: CatalogueCommandOptions) => {
      const [{ loadLexicon }, { assertTailoringEdition, loadCatalogue }, { runExamples }] = await Promise.all([
        load('facts/index'),
        load('catalogue/index'),
        load('engine/examples'),
      ]);
      const [lexicon, loaded] = await Promise.all([loadLexicon(), loadCatalogue(oneCatalogueOptions(opts))]);
      assertTailoringEdition(opts.edition, opts.tailoring, loaded);
      const outcomes = await runExamples(loaded, lexicon);
      const failures = outcomes.filter((o) => !o.ok);
      for (const { indicator, expected, sentence, status } of failures) {
        const want = expected === 'pass' ? '应达标' : '不应达标';
        process.stdout.write(
          `${indicator.origin.file}:${indicator.origin.line}:${indicator.origin.column}: ${indicator.id} 的 ${expected} 示例${want},实际为 ${STATUS_NAMES[status]}:${sentence}\n`,
        );
      }
      process.stdout.write(`通过 ${outcomes.length - failures.length}/${outcomes.length}\n`);
      if (failures.length > 0) process.exitCode = EXIT.belowThreshold;
    },
  );
}

const STATUS_NAMES = { met: '达标', partial: '部分达标', unmet: '未达标', no_evidence: '未提及', not_applicable: '不适用' } as const;

async function allEditions(): Promise<string[]> {
  const entries = await fs.readdir(indicatorsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
