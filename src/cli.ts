import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { EXIT, UserError } from './errors.js';
import { configureLogging, log } from './log.js';
import { codeCacheFor, saveCompiledCode } from './load.js';
import { dashedOption } from './util/fs-errors.js';
import { printableLines } from './util/printable.js';
import { baselineForShortRun, patientTieringForBatch } from './util/tiering.js';
import { version } from './version.js';
import type { CommandName } from './commands/names.js';
import { registerFacts } from './commands/facts.js';
import { registerCheck } from './commands/check.js';
import { registerCatalogue } from './commands/catalogue.js';
import { registerDraft } from './commands/draft.js';
import { registerBatch } from './commands/batch.js';
import { registerDiff } from './commands/diff.js';

const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug'] as const;

/** The CLI only wires stages: each command lives in src/commands/ and registers itself here. */
const program = new Command('duibiao')
  .description('对标:将法治政府建设年度报告对照《市县法治政府建设示范指标体系》逐项核查、评分')
  .version(version, '-V, --version', '显示版本号')
  .helpOption('-h, --help', '显示帮助')
  .addHelpCommand('help [命令]', '显示某个命令的帮助')
  .addOption(new Option('--log-level <level>', '诊断日志级别(写到标准错误)').choices(LOG_LEVELS).default('silent'))
  .hook('preAction', (cmd, action) => {
    // before this run's V8 flags may change: V8 takes a code cache only under the flags it was written with
    compiledCli.save();
    configureLogging(String(cmd.optsWithGlobals().logLevel ?? 'silent'));
    refuseUnusableArguments(action);
    const command = commandPath(action);
    const baseline = baselineForShortRun(command, action.args);
    patientTieringForBatch(command);
    codeCacheFor(baseline ? `${command}-baseline` : command);
  })
  .showHelpAfterError('(用 --help 查看用法)')
  .configureHelp({
    styleTitle: (title) => HELP_TITLES[title] ?? title,
    optionDescription: (option) => withChoices(option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
    argumentDescription: (argument) => withChoices(argument.description, argument.argChoices, argument.defaultValue),
  })
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) });

const COMMANDS: Record<CommandName, (program: Command) => void> = {
  facts: registerFacts,
  check: registerCheck,
  catalogue: registerCatalogue,
  draft: registerDraft,
  batch: registerBatch,
  diff: registerDiff,
};
// a run of one command sets up that command only (commander's options cost a few ms each run);
// help, a mistyped command or options before the command see them all
const named = Object.hasOwn(COMMANDS, process.argv[2] ?? '') ? COMMANDS[process.argv[2] as CommandName] : undefined;
for (const register of named ? [named] : Object.values(COMMANDS)) register(program);

/** commander's help is English; users read Chinese. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法:',
  'Arguments:': '参数:',
  'Options:': '选项:',
  'Commands:': '命令:',
  'Global Options:': '通用选项:',
};

function withChoices(description: string, choices: readonly string[] | undefined, fallback: unknown): string {
  const extra = [
    ...(choices ? [`可选:${choices.join('、')}`] : []),
    ...(fallback !== undefined && fallback !== false ? [`默认:${typeof fallback === 'string' ? fallback : JSON.stringify(fallback)}`] : []),
  ];
  return extra.length ? `${description}(${extra.join(';')})` : description;
}

/**
 * An empty argument ('' from an unset shell variable: --out "$DIR") would read as "not given"
 * (check prints to stdout instead, batch writes into the working folder) or name no file at all.
 */
function refuseUnusableArguments(command: Command): void {
  const option = command.options.find((o) => command.getOptionValue(o.attributeName()) === '');
  if (option) throw new UserError(`选项 ${option.long ?? option.flags} 的取值为空;请给出文件或目录的路径`);
  // read as a file named '-': "-:1:1: 文件不存在"
  const fromStdin = ['tailoring', 'overrides'].find((name) => command.getOptionValue(name) === '-');
  if (fromStdin) throw new UserError(`选项 --${fromStdin} 不读取标准输入(-);请给出 YAML 文件的路径`);
  if (command.args.includes('')) throw new UserError('文件名为空;请给出报告文件的路径');
  // the second '-' read nothing and was refused as an empty file
  if (command.args.filter((arg) => arg === '-').length > 1) throw new UserError('标准输入(-)只能读取一次;请最多给出一个 -');
}

/** `facts test` → 'facts-test': the command's names below the program's. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join('-');
}

/**
 * commander's own usage errors are English; users read Chinese. Every message commander can
 * give (its command.js, option.js, argument.js and suggestSimilar.js) has a line here.
 */
function translateCommanderError(text: string): string {
  return text
    .replace(
      /^error: unknown option '(.+)'/m,
      (_all, option: string) => `错误:未知选项 '${option}'${existsSync(option) ? `(若是文件名,请写作 ./${option})` : ''}`,
    )
    .replace(/^error: unknown command '(.+)'/m, "错误:未知命令 '$1'")
    .replace(/^error: missing required argument '(.+)'/m, "错误:缺少参数 '$1'")
    .replace(/^error: required option '(.+)' not specified/m, "错误:缺少必需的选项 '$1'")
    .replace(/^error: option '(.+)' argument missing/m, "错误:选项 '$1' 缺少取值")
    .replace(/^error: option '(.+)' argument '(.*)' is invalid\.(.*)/m, "错误:选项 '$1' 的取值 '$2' 无效。$3")
    .replace(/^error: command-argument value '(.*)' is invalid for argument '(.+)'\.(.*)/m, "错误:参数 '$2' 的取值 '$1' 无效。$3")
    .replace(/^error: (.+) cannot be used with (.+)/m, '错误:$1 不能与 $2 同时使用')
    .replace(/^error: too many arguments.*/m, '错误:参数过多')
    .replace(/ ?Allowed choices are (.+)\./, (_all, choices: string) => `可选:${choices.split(', ').join('、')}`)
    .replace(/^\(Did you mean (?:one of )?(.+)\?\)/m, '(是否想用 $1?)')
    .replace(/^error: /m, '错误:');
}

/** Writes the code cache of the CLI's bundle (src/bin.ts), when this run is to write it: at most once. */
const compiledCli = { save: (): void => {} };

/**
 * Runs the command line and returns its exit code. `saveCompiledCli` writes the code cache of
 * the bundle this module is part of (src/bin.ts): called before a command's V8 flags are set, or
 * when a run that sets none (`--version`, `--help`, a usage mistake) ends.
 */
export async function main(argv: string[], saveCompiledCli: () => void): Promise<number> {
  let saved = false;
  compiledCli.save = () => {
    if (!saved) saveCompiledCli();
    saved = true;
  };
  try {
    // read as a file's name, an option so written was "not there", or one argument too many (facts —explain 报告.txt)
    const dashed = argv.slice(2).find((argument) => dashedOption(argument) !== undefined && !existsSync(argument));
    if (dashed !== undefined) throw new UserError(dashedOption(dashed)!, { file: dashed });
    await program.parseAsync(argv);
    compiledCli.save();
    saveCompiledCode();
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      compiledCli.save();
      // help and version are "errors" to commander; everything else is a usage mistake
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (error instanceof UserError) {
      process.stderr.write(`duibiao: ${error.toString()}\n`);
      return error.exitCode;
    }
    log.error({ err: error }, 'internal error');
    process.stderr.write(
      `duibiao: 内部错误:${printableLines((error as Error)?.message ?? String(error))}\n(这是 duibiao 的缺陷,请附上命令和输入文件报告给维护者)\n`,
    );
    return EXIT.internal;
  }
}
