import path from 'node:path';
import { Option, type Command } from 'commander';
import { CHECK_FORMATS, type CheckFormat } from '../render/formats.js';
import { EXIT } from '../errors.js';
import { sampleReport } from '../paths.js';
import { printable } from '../util/printable.js';
import {
  assertOutputs,
  catalogueOptions,
  eachFileOnce,
  inputPaths,
  outputStem,
  parseScore,
  prepareOutDir,
  singleReportOverrides,
  tellNotices,
  uniqueStems,
  withCatalogueOptions,
  withOverridesOption,
  writeAll,
} from './common.js';
import { load } from '../load.js';

interface CheckOptions {
  format: CheckFormat;
  out?: string;
  edition: string;
  tailoring?: string;
  failUnder?: number;
  overrides?: string;
}

export function registerCheck(program: Command): void {
  withOverridesOption(
    withCatalogueOptions(
      program
        .command('check')
        .description('对照指标体系逐项核查报告,输出评分和差距报告(不给文件时核查内置样例报告)')
        .argument('[files...]', '报告文件(txt、html、docx、doc、pdf、ofd;- 表示标准输入)'),
    ),
  )
    .addOption(new Option('--format <format>', '输出格式').choices([...CHECK_FORMATS]).default('md'))
    .option('--out <dir>', '把每份报告的结果写入此目录(不给则输出到标准输出)')
    .option('--fail-under <score>', '任一报告得分低于此分(0–100)时以退出码 1 结束', parseScore)
    .action(async (files: string[], opts: CheckOptions) => {
      const inputs = await eachFileOnce(files.length > 0 ? files : [sampleReport]);
      const overrides = singleReportOverrides(inputs, opts.overrides);
      const readFiles = inputPaths(inputs, opts);
      const outPaths = opts.out ? plannedOutputs(await prepareOutDir(opts.out, readFiles), inputs, opts.format) : undefined;
      if (outPaths) await assertOutputs(outPaths, readFiles);
      const [{ Checker }, { renderCheck }] = await Promise.all([load('pipeline'), load('render/index')]);
      const checker = await Checker.create(catalogueOptions(opts));
      // Render every report before writing any: a failing input leaves no output behind.
      const rendered: Array<{ data: string; score: number | null }> = [];
      for (const input of inputs) {
        const evaluated = await checker.check(input, { overrides });
        tellNotices(input, evaluated.notices);
        rendered.push({ data: await renderCheck(opts.format, evaluated), score: evaluated.scorecard.total.score });
      }
      if (outPaths) {
        await writeAll(
          rendered.map(({ data }, i) => ({ path: outPaths[i]!, data })),
          readFiles,
        );
      } else {
        for (const { data } of rendered) process.stdout.write(data);
      }
      // a score that is not a finite number can never pass a bar
      const below = opts.failUnder !== undefined && rendered.some(({ score }) => score === null || !(score >= opts.failUnder!));
      if (below) process.exitCode = EXIT.belowThreshold;
    });
}

/**
 * One output per input, named after it; two inputs with the same name (a/report.txt,
 * b/report.txt) get report.md and report-2.md, and the user is told which is which.
 */
function plannedOutputs(outDir: string, inputs: readonly string[], format: CheckFormat): string[] {
  const stems = uniqueStems(inputs);
  return inputs.map((input, i) => {
    const stem = stems[i]!;
    const name = `${stem}.${format}`;
    if (stem !== outputStem(input)) process.stderr.write(`duibiao: ${printable(input)} 与另一份报告同名,结果写入 ${name}\n`);
    return path.join(outDir, name);
  });
}
