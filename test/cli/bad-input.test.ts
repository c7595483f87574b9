import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';
import iconv from 'iconv-lite';
import { runCli, snapshot, tempDir } from '../helpers/cli.js';
import { sampleReport } from '../../src/paths.js';

/**
 * Issue 6, "Proof": every bad input a user really produces gets a Chinese message naming the
 * file, exit code 2, and leaves the output folder exactly as it was. Each case runs together
 * with a good report, so a half-written result would show up in the snapshot.
 */
let dir: string;
let out: string;

const NOT_A_REPORT =
  '红烧肉的做法:五花肉切块,冷水下锅焯水,捞出沥干。锅中放少许油,加冰糖小火炒出糖色,放入肉块翻炒上色。' +
  '加入葱姜、料酒、生抽和老抽,倒入开水没过肉块,大火烧开后转小火炖一个小时,最后大火收汁即可。\n';

beforeAll(async () => {
  dir = tempDir();
  out = path.join(dir, 'out');
  mkdirSync(out);
  writeFileSync(path.join(out, 'previous.md'), '上一次的结果,不应被改动\n');

  mkdirSync(path.join(dir, 'a-folder.txt'));
  symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
  symlinkSync('gone.txt', path.join(dir, 'dangling.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n \u3000\n');
  writeFileSync(path.join(dir, 'junk.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // a PNG signature and header, renamed to .txt
  writeFileSync(
    path.join(dir, 'picture.txt'),
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.alloc(2000, 1)]),
  );
  const docx = await Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('一、主要举措和成效'), new Paragraph('全年行政复议案件30件。')] }] }),
  );
  writeFileSync(path.join(dir, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(path.join(dir, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nthis is not a real pdf body\n');
  const scanned = await PDFDocument.create();
  scanned.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
  writeFileSync(path.join(dir, 'scanned.pdf'), await scanned.save());
  // 100 MB, sparse: the size limit must refuse it before reading a byte
  const huge = openSync(path.join(dir, 'huge.txt'), 'w');
  ftruncateSync(huge, 100 * 1024 * 1024);
  closeSync(huge);
  writeFileSync(path.join(dir, 'one-line.txt'), '今天天气晴朗我们一起去公园散步看花'.repeat((10 * 1024 * 1024) / 51));
  writeFileSync(path.join(dir, 'recipe.txt'), NOT_A_REPORT);

  const tailoring = (name: string, text: string): void => writeFileSync(path.join(dir, name), text);
  tailoring('syntax.yaml', "extends: '2021'\nmodify:\n  - id: x\n   points: 2\n");
  tailoring('unknown-key.yaml', "extends: '2021'\ncolour: red\n");
  tailoring('unknown-id.yaml', "extends: '2021'\ndeselect:\n  - no.such-indicator\n");
  tailoring(
    'bomb.yaml',
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n',
  );
  tailoring('deep.yaml', `extends: '2021'\ntitle: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
  // Notepad's ANSI (GBK) and Unicode (UTF-16): read as UTF-8, the title came out garbled and the status as a wrong value
  writeFileSync(path.join(dir, 'gbk.yaml'), iconv.encode("extends: '2021'\ntitle: 某省评估口径\n", 'gbk'));
  writeFileSync(
    path.join(dir, 'utf16.yaml'),
    iconv.encode(
      'overrides:\n  - id: litigation.head-appearance-rate\n    status: 达标\n    note: 现场核查\n    who: 督察组\n    date: 2025-03-12\n',
      'utf-16le',
      {
        addBOM: true,
      },
    ),
  );
  tailoring('many.yaml', `extends: '2021'\ndeselect: [${'x, '.repeat(30_000)}]\n`);
  // YAML's own escapes: the screen-clearing sequence reached the terminal through check's Markdown
  tailoring('escape.yaml', 'extends: \'2021\'\ntitle: "\\e[2J\\e]0;本省口径\\a"\n');
  tailoring(
    'escape-overrides.yaml',
    'overrides:\n  - id: litigation.head-appearance-rate\n    status: 达标\n    note: "现场核查\\u202e\\x1b[31m"\n    who: 督察组\n    date: 2025-03-12\n',
  );
  tailoring('edition-2021.yaml', "extends: '2021'\ntitle: 本省评估口径\n");
  tailoring('extends-missing.yaml', 'title: 本省口径\nextends: 省/口径.yaml\n');
  tailoring('extends-url.yaml', 'extends: https://example.gov.cn/口径.yaml\n');
  tailoring('cycle-a.yaml', 'extends: cycle-b.yaml\n');
  tailoring('cycle-b.yaml', 'extends: cycle-a.yaml\n');
});

interface BadCase {
  name: string;
  args: () => string[];
  /** what the Chinese message must say */
  says: RegExp;
  /** the file the message must name */
  names: () => string;
}

const at = (name: string): string => path.join(dir, name);

const cases: BadCase[] = [
  { name: 'missing file', args: () => ['check', sampleReport, at('nope.txt')], says: /不存在/, names: () => 'nope.txt' },
  // a path through a regular file: stat fails with ENOTDIR, not ENOENT
  { name: 'path below a file', args: () => ['check', path.join(at('recipe.txt'), 'nope.txt')], says: /不存在/, names: () => 'nope.txt' },
  { name: 'directory instead of a file', args: () => ['check', sampleReport, at('a-folder.txt')], says: /目录/, names: () => 'a-folder.txt' },
  // was 系统错误 ELOOP
  { name: 'symlink loop', args: () => ['check', sampleReport, at('loop.txt')], says: /无法读取文件:符号链接形成了循环/, names: () => 'loop.txt' },
  // was 文件不存在, of a name ls lists
  {
    name: 'dangling symlink',
    args: () => ['check', sampleReport, at('dangling.txt')],
    says: /是失效的符号链接\(指向的文件不存在\)/,
    names: () => 'dangling.txt',
  },
  // was 文件或目录不存在
  { name: 'batch: symlink loop', args: () => ['batch', at('loop.txt')], says: /: 符号链接形成了循环/, names: () => 'loop.txt' },
  // was 无法读取文件(ELOOP)
  {
    name: 'tailoring: symlink loop',
    args: () => ['check', '--tailoring', at('loop.txt')],
    says: /loop\.txt:1:1: .*无法读取文件:符号链接形成了循环/,
    names: () => 'loop.txt',
  },
  { name: 'empty file', args: () => ['check', sampleReport, at('empty.txt')], says: /空/, names: () => 'empty.txt' },
  { name: 'whitespace-only file', args: () => ['check', sampleReport, at('blank.txt')], says: /空/, names: () => 'blank.txt' },
  { name: 'binary junk', args: () => ['check', sampleReport, at('junk.txt')], says: /不是文本|二进制|无法识别/, names: () => 'junk.txt' },
  { name: 'image renamed to .txt', args: () => ['check', sampleReport, at('picture.txt')], says: /图片|不是文本|PNG/, names: () => 'picture.txt' },
  { name: 'truncated docx', args: () => ['check', sampleReport, at('truncated.docx')], says: /损坏|不完整/, names: () => 'truncated.docx' },
  { name: 'corrupt pdf', args: () => ['check', sampleReport, at('corrupt.pdf')], says: /损坏|不完整/, names: () => 'corrupt.pdf' },
  { name: 'scanned pdf without text', args: () => ['check', sampleReport, at('scanned.pdf')], says: /OCR|文字识别/, names: () => 'scanned.pdf' },
  { name: '100 MB file', args: () => ['check', sampleReport, at('huge.txt')], says: /MiB|过大|超过/, names: () => 'huge.txt' },
  { name: 'one 10 MB line', args: () => ['check', sampleReport, at('one-line.txt')], says: /不是法治政府建设报告|过长/, names: () => 'one-line.txt' },
  { name: 'not a rule-of-law report', args: () => ['check', sampleReport, at('recipe.txt')], says: /不是法治政府建设报告/, names: () => 'recipe.txt' },
  { name: 'tailoring: YAML syntax error', args: () => ['check', '--tailoring', at('syntax.yaml')], says: /syntax\.yaml:\d+:\d+/, names: () => 'syntax.yaml' },
  {
    name: 'tailoring: unknown key',
    args: () => ['check', '--tailoring', at('unknown-key.yaml')],
    says: /unknown-key\.yaml:2:\d+/,
    names: () => 'unknown-key.yaml',
  },
  {
    name: 'tailoring: unknown indicator',
    args: () => ['check', '--tailoring', at('unknown-id.yaml')],
    says: /unknown-id\.yaml:3:\d+.*no\.such-indicator/,
    names: () => 'unknown-id.yaml',
  },
  { name: 'tailoring: alias bomb', args: () => ['check', '--tailoring', at('bomb.yaml')], says: /bomb\.yaml(:\d+:\d+)?/, names: () => 'bomb.yaml' },
  { name: 'tailoring: deep nesting', args: () => ['check', '--tailoring', at('deep.yaml')], says: /deep\.yaml(:\d+:\d+)?/, names: () => 'deep.yaml' },
  {
    name: 'tailoring: saved as GBK',
    args: () => ['check', '--tailoring', at('gbk.yaml')],
    says: /gbk\.yaml:2:\d+: .*不是 UTF-8 编码/,
    names: () => 'gbk.yaml',
  },
  {
    name: 'overrides: saved as UTF-16',
    args: () => ['check', sampleReport, '--overrides', at('utf16.yaml')],
    says: /utf16\.yaml:1:1: .*不是 UTF-8 编码/,
    names: () => 'utf16.yaml',
  },
  {
    name: 'tailoring: a control character in a text',
    args: () => ['check', sampleReport, '--tailoring', at('escape.yaml')],
    says: /escape\.yaml:2:8: .*文字中有控制字符 \\x1b/,
    names: () => 'escape.yaml',
  },
  {
    name: 'overrides: a control character in a note',
    args: () => ['check', sampleReport, '--overrides', at('escape-overrides.yaml')],
    says: /escape-overrides\.yaml:4:11: .*文字中有控制字符 \\u202e/,
    names: () => 'escape-overrides.yaml',
  },
  { name: 'tailoring: 30,000 entries', args: () => ['check', '--tailoring', at('many.yaml')], says: /many\.yaml:1:1: .*内容过多/, names: () => 'many.yaml' },
  // told at the missing file's own 1:1, and a web address as a path with its // collapsed
  {
    name: 'tailoring: extends a file that is not there',
    args: () => ['check', '--tailoring', at('extends-missing.yaml')],
    says: /extends-missing\.yaml:2:10: .*extends 指向的剪裁文件 省\/口径\.yaml 不存在或不是文件/,
    names: () => 'extends-missing.yaml',
  },
  {
    name: 'tailoring: extends a web address',
    args: () => ['check', '--tailoring', at('extends-url.yaml')],
    says: /extends-url\.yaml:1:10: .*extends 不能是网址;请先下载该剪裁文件/,
    names: () => 'extends-url.yaml',
  },
  // was 不是文件
  { name: 'tailoring: a folder', args: () => ['check', '--tailoring', dir], says: /:1:1: .*是目录,不是文件;请给出 YAML 文件的路径/, names: () => dir },
  {
    name: 'overrides: a device',
    args: () => ['check', sampleReport, '--overrides', '/dev/zero'],
    says: /\/dev\/zero:1:1: .*不是普通文件\(是设备、管道或套接字\)/,
    names: () => '/dev/zero',
  },
  { name: 'tailoring: extends cycle', args: () => ['check', '--tailoring', at('cycle-a.yaml')], says: /循环/, names: () => 'cycle-' },
  // the tailoring's edition was used and --edition dropped without a word
  {
    name: '--edition beside a tailoring of another edition',
    args: () => ['check', sampleReport, '--edition', '2019', '--tailoring', at('edition-2021.yaml')],
    says: /剪裁文件依据 2021 年版,与 --edition 2019 不一致/,
    names: () => 'edition-2021.yaml',
  },
  { name: '--out is the input file', args: () => ['check', at('recipe.txt'), '--out', at('recipe.txt')], says: /输入文件/, names: () => 'recipe.txt' },
  {
    name: '--out below a regular file',
    args: () => ['check', sampleReport, '--out', path.join(at('recipe.txt'), 'sub')],
    says: /是文件|目录/,
    names: () => 'recipe.txt',
  },
  // made a folder 结果.md holding the report's result
  {
    name: 'check --out named as a file',
    args: () => ['check', sampleReport, '--out', at('结果.md')],
    says: /结果\.md: --out 应为存放结果的目录\(每份报告写一个文件\),\.md 是文件的扩展名/,
    names: () => '结果.md',
  },
  {
    name: 'batch --out named as a file',
    args: () => ['batch', sampleReport, '--out', at('汇总.xlsx')],
    says: /\.xlsx 是文件的扩展名/,
    names: () => '汇总.xlsx',
  },
  // was "--out 指向了输入文件"
  { name: 'batch --out is the input folder', args: () => ['batch', dir, '--out', dir], says: /--out 指向了输入目录/, names: () => dir },
  {
    name: '--out in a read-only place',
    args: () => ['check', sampleReport, '--out', '/sys/duibiao-out'],
    says: /无法写入|无法创建|权限|只读/,
    names: () => '/sys/duibiao-out',
  },
];

describe('bad input: a Chinese message naming the file, exit 2, nothing written', () => {
  it.each(cases)('$name', ({ args, says, names }) => {
    const before = snapshot(out);
    const givenArgs = args();
    const run = runCli(givenArgs.includes('--out') ? givenArgs : [...givenArgs, '--out', out]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(says);
    expect(run.stderr).toContain(names());
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('.duibiao-'))).toEqual([]);
  });

  it('a text that is not a report is classified other by `facts`, and nothing is scored', () => {
    const run = runCli(['facts', at('recipe.txt'), '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { document: { kind: string }; facts: unknown[] };
    expect(output.document.kind).toBe('other');
    expect(output.facts).toEqual([]);
  });

  it.each([
    [['check', '--colour'], /未知选项 '--colour'/],
    [['check', '--formt', 'json'], /未知选项 '--formt'\n\(是否想用 --format\?\)/],
    [['chek'], /未知命令 'chek'\n\(是否想用 check\?\)/],
    [['check', '--format', 'pdf'], /'pdf' 无效。可选:md、json、html/],
    [['check', '--edition', '2022'], /'2022' 无效。可选:2019、2021/],
    [['--log-level', 'loud', 'facts', sampleReport], /'loud' 无效。可选:silent、error、warn、info、debug/],
    [['batch', sampleReport], /缺少必需的选项 '--out <dir>'/],
    [['diff', sampleReport], /缺少参数 'new'/],
    [['check', '--out'], /选项 '--out <dir>' 缺少取值/],
    [['facts', sampleReport, sampleReport], /参数过多/],
  ])('usage error %j: Chinese, exit 2', (args, says) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(says);
    // no English left outside what the user typed, option and command names and the list of choices
    expect(run.stderr.replace(/'[^']*'|--?[a-z-]+|\bcheck\b|可选:.*/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  // the workers refuse a tailoring after the output folder was made: it was left behind, empty
  it('a batch its tailoring stops leaves no output folder behind', () => {
    const parent = tempDir();
    const run = runCli(['batch', sampleReport, '--out', path.join(parent, 'results', 'today'), '--tailoring', at('syntax.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/syntax\.yaml:\d+:\d+/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('a file name starting with "-" is told how to give it', () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, '-甲区.txt'), NOT_A_REPORT);
    const run = runCli(['check', '-甲区.txt'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("未知选项 '-甲区.txt'(若是文件名,请写作 ./-甲区.txt)");
  });

  // the parser's own English message reached the user for the slips it had no Chinese words for
  it.each([
    ['windows-path.yaml', 'extends: "D:\\评估\\省.yaml"\n', /windows-path\.yaml:1:\d+: .*双引号中的反斜杠/],
    ['flow-block.yaml', "extends: '2021'\ndeselect: [\n  - a\n]\n", /flow-block\.yaml:3:\d+: .*方括号/],
    ['two-anchors.yaml', "extends: '2021'\ntitle: &a &b 标题\n", /two-anchors\.yaml:2:\d+: .*锚点/],
    ['indent.yaml', "extends: '2021'\nmodify:\n  - id: x\n   points: 2\n", /indent\.yaml:4:\d+: .*列表项缺少开头的 "- "/],
  ])('tailoring %s: a Chinese YAML message at its line', (name, text, says) => {
    writeFileSync(at(name), text);
    const run = runCli(['check', '--tailoring', at(name)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(says);
    expect(run.stderr.replace(at(name), '').replace(/duibiao|YAML|catalogue lint/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  // '' from an unset shell variable (--out "$DIR") read as "not given": check printed to stdout, batch wrote into the working folder
  it.each([
    [['check', sampleReport, '--out', ''], /选项 --out 的取值为空/],
    [['batch', sampleReport, '--out', ''], /选项 --out 的取值为空/],
    [['check', sampleReport, '--tailoring', ''], /选项 --tailoring 的取值为空/],
    [['draft', sampleReport, '--overrides', ''], /选项 --overrides 的取值为空/],
    [['facts', ''], /文件名为空/],
    [['diff', sampleReport, ''], /文件名为空/],
    // '' read as 0, a line no report falls below
    [['check', sampleReport, '--fail-under', ''], /--fail-under 的取值应为 0 到 100 之间的数/],
    // the second '-' read nothing and was refused as an empty file; batch looked '-' up as a file
    [['check', '-', '-'], /标准输入\(-\)只能读取一次/],
    [['diff', '-', '-'], /标准输入\(-\)只能读取一次/],
    [['batch', '-', '--out', 'results'], /batch 不读取标准输入/],
    // read as a file named '-': "-:1:1: 文件不存在"
    [['check', sampleReport, '--overrides', '-'], /选项 --overrides 不读取标准输入\(-\);请给出 YAML 文件的路径/],
    [['check', sampleReport, '--tailoring', '-'], /选项 --tailoring 不读取标准输入\(-\);请给出 YAML 文件的路径/],
    // path.resolve dropped the slash: "路径中的某一级不是目录", of a folder not yet made
    [['diff', sampleReport, sampleReport, '--out', 'results/'], /results\/: --out 应为输出文件的路径\(如 结果\.md\),不能以 \/ 结尾/],
  ])('an empty or unusable argument %j is refused, nothing written', (args, says) => {
    const cwd = tempDir();
    const run = runCli(args, { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(says);
    expect(run.stdout).toBe('');
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('outputs are replaced atomically', () => {
  it('a second run replaces the result in place and leaves no temporary file', () => {
    const target = tempDir();
    expect(runCli(['check', sampleReport, '--out', target, '--format', 'json']).status).toBe(0);
    const first = readFileSync(path.join(target, 'sample-2024-district.json'), 'utf8');
    expect(runCli(['check', sampleReport, '--out', target, '--format', 'json', '--edition', '2019']).status).toBe(0);
    const second = readFileSync(path.join(target, 'sample-2024-district.json'), 'utf8');
    expect(JSON.parse(first).edition).toBe('2021');
    expect(JSON.parse(second).edition).toBe('2019');
    expect(readdirSync(target)).toEqual(['sample-2024-district.json']);
  });
});
