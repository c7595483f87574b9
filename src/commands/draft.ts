import { Option, type Command } from 'commander';
import { UserError } from '../errors.js';
import { catalogueOptions, formatForOut, inputPaths, prepareOutFile, tellNotices, withCatalogueOptions, withOverridesOption, writeAll } from './common.js';
import { load } from '../load.js';

const DRAFT_FORMATS = ['md', 'docx'] as const;

interface DraftOptions {
  format: (typeof DRAFT_FORMATS)[number];
  out?: string;
  edition: string;
  tailoring?: string;
  overrides?: string;
}

export function registerDraft(program: Command): void {
  withOverridesOption(
    withCatalogueOptions(
      program
        .command('draft')
        .description('依据核查结果起草报告的"存在的不足和原因"及"下一年度主要安排"两部分')
        .argument('<file>', '报告文件(txt、html、docx、doc、pdf、ofd;- 表示标准输入)'),
    ),
  )
    .addOption(new Option('--format <format>', '输出格式:md(Markdown)或 docx(公文版式 Word);不给时按 --out 的扩展名').choices(DRAFT_FORMATS).default('md'))
    .option('--out <file>', '写入此文件(docx 必须指定;md 不给则输出到标准输出)')
    .action(async (file: string, given: DraftOptions, command: Command) => {
      const opts = { ...given, format: formatForOut(command, given.format, given.out, DRAFT_FORMATS) };
      if (opts.format === 'docx' && !opts.out) throw new UserError('docx 为二进制文件,请用 --out 指定输出文件,如 --out 不足部分.docx');
      const inputs = inputPaths([file], opts);
      if (opts.out) await prepareOutFile(opts.out, inputs);
      const [{ Checker }, { buildDraft, renderDraftMarkdown, wordingFromCatalogue }, { loadDraftPhrases }] = await Promise.all([
        load('pipeline'),
        load('render/draft'),
        load('render/draft-phrases'),
      ]);
      const [checker, phrases] = await Promise.all([Checker.create(catalogueOptions(opts)), loadDraftPhrases()]);
      const evaluated = await checker.check(file, { overrides: opts.overrides });
      tellNotices(file, evaluated.notices);
      if (evaluated.document.kind === 'plan') {
        throw new UserError('这是实施方案或工作要点,不是年度报告:它写的是要做的事,没有"存在的不足"可起草。请用 duibiao check 查看它对各项指标的覆盖情况', {
          file,
        });
      }
      const draft = buildDraft({ scorecard: evaluated.scorecard, document: evaluated.document, wording: wordingFromCatalogue(evaluated.catalogue), phrases });
      const data = opts.format === 'docx' ? await (await load('render/docx')).renderDraftDocx(draft) : renderDraftMarkdown(draft);
      if (opts.out) await writeAll([{ path: opts.out, data }], inputs);
      else process.stdout.write(data);
    });
}
