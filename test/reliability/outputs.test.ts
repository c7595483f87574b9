import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, sampleReport } from '../../src/paths.js';
import { runCli, snapshot, tempDir, type CliRun } from '../helpers/cli.js';

/**
 * Issue 12, the output side: each row reproduces one way an output could destroy an input, follow
 * a link, hang or lie, with inputs the test generates in a fresh folder. Every row asserts the
 * exit code and the message, that every file that was there before is unchanged, and that no
 * temporary file is left.
 */
interface Row {
  issueCase: number;
  name: string;
  /** creates the inputs in dir; returns the command line */
  setup: (dir: string) => string[];
  status: number;
  stderr?: RegExp;
  stdout?: RegExp;
  /** what must appear neither on stdout nor on stderr */
  never?: RegExp;
  /** files the run must create (relative to dir) */
  creates?: string[];
  /** a check of its own after the run */
  after?: (dir: string, run: CliRun) => void;
}

const report = (dir: string, name = 'r.txt'): string => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(sampleReport, file);
  return file;
};

/** A tailoring giving two indicators absurd points: their sum would be Infinity, the rate NaN. */
const HUGE_POINTS = `extends: '2021'
modify:
  - id: decision.catalogue-published
    points: 1e308
  - id: litigation.head-appearance-rate
    points: 1e308
    value: .inf
`;

/** Lines shaped like /etc/shadow, in a file that is no YAML of ours. */
const SECRET = 'root:$6$s3cr3tHash:19000:0:99999:7:::\nadmin:$6$an0therHash:19000:0:99999:7:::\n';

/** A file name that would clear the screen, colour it and reverse what follows, if printed raw. */
const HOSTILE_NAME = 'r\u001b[2J\u001b[31m\u202eevil.txt';
// eslint-disable-next-line no-control-regex -- what must not appear is exactly these characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ROWS: Row[] = [
  {
    issueCase: 1,
    name: 'draft --out onto its own input',
    setup: (dir) => ['draft', report(dir), '--out', path.join(dir, 'r.txt')],
    status: 2,
    stderr: /r\.txt: 输出路径就是输入文件 .*r\.txt/,
  },
  {
    issueCase: 1,
    name: 'draft --out onto its input spelt another way',
    setup: (dir) => ['draft', report(dir), '--out', path.join(dir, '.', '..', path.basename(dir), 'r.txt')],
    status: 2,
    stderr: /输出路径就是输入文件/,
  },
  {
    issueCase: 1,
    name: 'draft --out onto a hard link of its input',
    setup: (dir) => {
      linkSync(report(dir), path.join(dir, 'same.txt'));
      return ['draft', path.join(dir, 'r.txt'), '--out', path.join(dir, 'same.txt')];
    },
    status: 2,
    stderr: /same\.txt: 输出路径就是输入文件/,
  },
  {
    issueCase: 1,
    name: 'draft --out onto its tailoring file',
    setup: (dir) => {
      writeFileSync(path.join(dir, 't.yaml'), "extends: '2021'\n");
      return ['draft', report(dir), '--tailoring', path.join(dir, 't.yaml'), '--out', path.join(dir, 't.yaml')];
    },
    status: 2,
    stderr: /t\.yaml: 输出路径就是输入文件/,
  },
  {
    issueCase: 1,
    name: 'diff a b --out b',
    setup: (dir) => ['diff', report(dir, 'a.txt'), report(dir, 'b.txt'), '--out', path.join(dir, 'b.txt')],
    status: 2,
    stderr: /b\.txt: 输出路径就是输入文件/,
  },
  {
    issueCase: 1,
    name: 'check --out onto the folder of an input with the output format as its extension',
    setup: (dir) => {
      // the content decides the format: an HTML report named r.html would be replaced by r.html
      writeFileSync(path.join(dir, 'r.html'), `<html><body><pre>${readFileSync(sampleReport, 'utf8')}</pre></body></html>`);
      return ['check', path.join(dir, 'r.html'), '--format', 'html', '--out', dir];
    },
    status: 2,
    stderr: /r\.html: 输出路径就是输入文件/,
  },
  {
    issueCase: 1,
    name: 'check a/report.txt b/report.txt --out o keeps both and says so',
    setup: (dir) => ['check', report(dir, 'a/report.txt'), report(dir, 'b/report.txt'), '--out', path.join(dir, 'o')],
    status: 0,
    stderr: /b\/report\.txt 与另一份报告同名,结果写入 report-2\.md/,
    creates: ['o/report.md', 'o/report-2.md'],
  },
  {
    issueCase: 9,
    name: '--out onto a symlink to an input',
    setup: (dir) => {
      symlinkSync('r.txt', path.join(dir, 'link.md'));
      return ['draft', report(dir), '--out', path.join(dir, 'link.md')];
    },
    status: 2,
    stderr: /link\.md: 输出路径是符号链接/,
    after: (dir) => expect(lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true),
  },
  {
    issueCase: 9,
    name: '--out onto a dangling symlink',
    setup: (dir) => {
      symlinkSync(path.join(dir, 'elsewhere.md'), path.join(dir, 'dangling.md'));
      return ['draft', report(dir), '--out', path.join(dir, 'dangling.md')];
    },
    status: 2,
    stderr: /dangling\.md: 输出路径是符号链接/,
    after: (dir) => expect(existsSync(path.join(dir, 'elsewhere.md'))).toBe(false),
  },
  {
    issueCase: 9,
    name: '--out onto a FIFO',
    setup: (dir) => {
      expect(spawnSync('mkfifo', [path.join(dir, 'pipe')]).status).toBe(0);
      return ['diff', report(dir, 'a.txt'), report(dir, 'b.txt'), '--out', path.join(dir, 'pipe')];
    },
    status: 2,
    stderr: /pipe: 输出路径不是普通文件/,
    after: (dir) => expect(lstatSync(path.join(dir, 'pipe')).isFIFO()).toBe(true),
  },
  {
    issueCase: 9,
    name: '--out /dev/null (a device; as root rename would replace it)',
    setup: (dir) => ['draft', report(dir), '--out', '/dev/null'],
    status: 2,
    stderr: /\/dev\/null: 输出路径不是普通文件/,
    after: () => expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true),
  },
  {
    issueCase: 9,
    name: 'check --out folder holding a symlink where a result goes',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'o'));
      symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'o', 'r.md'));
      writeFileSync(path.join(dir, 'victim.txt'), '不应被改动\n');
      return ['check', report(dir), '--out', path.join(dir, 'o')];
    },
    status: 2,
    stderr: /r\.md: 输出路径是符号链接/,
  },
  {
    issueCase: 6,
    name: 'catalogue lint flags points 1e308 and .inf at file:line:col',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'huge.yaml'), HUGE_POINTS);
      return ['catalogue', 'lint', '--tailoring', path.join(dir, 'huge.yaml')];
    },
    status: 2,
    stdout:
      /huge\.yaml:4:13: 'modify\.0\.points' 分值应在 0 到 100 之间\n.*huge\.yaml:6:13: 'modify\.1\.points' 分值应在 0 到 100 之间\n.*huge\.yaml:7:12: 'modify\.1\.value' 应为有限的数/s,
  },
  {
    issueCase: 6,
    name: 'check --fail-under with points 1e308 is refused, never passes on NaN',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'huge.yaml'), HUGE_POINTS);
      return ['check', report(dir), '--tailoring', path.join(dir, 'huge.yaml'), '--format', 'json', '--fail-under', '50'];
    },
    status: 2,
    stderr: /huge\.yaml:4:13: 指标体系有误:'modify\.0\.points' 分值应在 0 到 100 之间/,
    never: /NaN|Infinity|"score"/,
  },
  {
    issueCase: 7,
    name: 'extends pointing at a file that is not YAML is refused without opening it',
    setup: (dir) => {
      mkdirSync(path.join(dir, 'etc'));
      writeFileSync(path.join(dir, 'etc', 'shadow'), SECRET);
      mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
      writeFileSync(path.join(dir, 'a', 'b', 't.yaml'), 'extends: ../../etc/shadow\n');
      return ['catalogue', 'lint', '--tailoring', path.join(dir, 'a', 'b', 't.yaml')];
    },
    status: 2,
    stdout: /t\.yaml:1:10: 'extends' 应为指标体系版本/,
    never: /s3cr3t|an0ther|root|admin/,
  },
  {
    issueCase: 7,
    name: '--tailoring given a file that is no tailoring quotes none of its lines',
    setup: (dir) => {
      writeFileSync(path.join(dir, 'shadow'), SECRET);
      return ['check', report(dir), '--tailoring', path.join(dir, 'shadow')];
    },
    status: 2,
    stderr: /shadow:1:1: 指标体系有误:不是剪裁文件/,
    never: /s3cr3t|an0ther|root|admin/,
  },
  {
    issueCase: 12,
    name: 'control characters of a file name reach neither the terminal nor the Markdown nor the output name',
    setup: (dir) => ['check', report(dir, HOSTILE_NAME), '--out', path.join(dir, 'o')],
    status: 0,
    creates: ['o/r_[2J_[31m_evil.md'],
    after: (dir) => {
      const markdown = readFileSync(path.join(dir, 'o', 'r_[2J_[31m_evil.md'), 'utf8');
      expect(markdown).not.toMatch(RAW_CONTROL);
      // shown escaped (Markdown doubles the backslash of a table cell)
      expect(markdown).toContain('r\\\\x1b[2J\\\\x1b[31m\\\\u202eevil.txt');
    },
  },
  {
    issueCase: 12,
    name: 'control characters of a file name are escaped in Markdown on stdout',
    setup: (dir) => ['check', report(dir, HOSTILE_NAME)],
    status: 0,
    stdout: /r\\\\x1b\[2J\\\\x1b\[31m\\\\u202eevil\.txt/,
    after: (_dir, run) => expect(run.stdout).not.toMatch(RAW_CONTROL),
  },
  {
    issueCase: 12,
    name: 'control characters of a missing file name are escaped in the error message',
    setup: (dir) => ['facts', path.join(dir, HOSTILE_NAME)],
    status: 2,
    stderr: /r\\x1b\[2J\\x1b\[31m\\u202eevil\.txt/,
    after: (_dir, run) => expect(run.stderr).not.toMatch(RAW_CONTROL),
  },
];

/** Every file below dir, symlinks and FIFOs included, without following them. */
function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('issue 12: outputs never destroy inputs nor follow links', () => {
  it.each(ROWS.map((row) => [`case ${row.issueCase}: ${row.name}`, row] as const))('%s', (_name, row) => {
    const dir = tempDir('duibiao-outputs-');
    const args = row.setup(dir);
    const before = snapshot(dir);
    const names = entries(dir);
    const run = runCli(args);
    expect(run.status, run.stderr).toBe(row.status);
    if (row.stderr) expect(run.stderr).toMatch(row.stderr);
    if (row.stdout) expect(run.stdout).toMatch(row.stdout);
    if (row.never) expect(run.stdout + run.stderr).not.toMatch(row.never);
    expect(run.stderr).not.toMatch(/内部错误|at .*\.js:\d+/);
    // every input untouched, only the expected files added, no temporary file anywhere
    const after = snapshot(dir);
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    expect(entries(dir)).toEqual(
      [...names, ...(row.creates ?? []), ...(row.creates ?? []).map((f) => path.dirname(f))].filter((f, i, all) => f !== '.' && all.indexOf(f) === i).sort(),
    );
    expect(entries(dir).filter((f) => f.includes('.duibiao-tmp-'))).toEqual([]);
    row.after?.(dir, run);
  });
});

describe('issue 12 case 11: a reader that stops early', () => {
  it('check … --format json | head -c 10 ends quietly with exit 0', () => {
    const dir = tempDir('duibiao-outputs-');
    // enough output to fill the pipe several times over
    const inputs = Array.from({ length: 6 }, (_, i) => report(dir, `r${i}.txt`));
    const cli = path.join(packageRoot, 'dist', 'cli.js');
    const quoted = [cli, 'check', ...inputs, '--format', 'json'].map((a) => `'${a}'`).join(' ');
    const run = spawnSync('bash', ['-c', `'${process.execPath}' ${quoted} | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('status=0');
    expect(run.stderr).toBe('');
  });

  // the stream's error was rethrown: a stack trace and exit 1 (--version: "Unhandled 'error' event")
  it.each([[['check', sampleReport]], [['check', sampleReport, '--format', 'json']], [['--version']], [['catalogue', 'show']]])(
    '%j > /dev/full (a full disk) says the output is cut short, exit 2',
    (args) => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), ...args], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('duibiao: 标准输出: 无法写入,输出不完整:磁盘空间不足\n');
      } finally {
        closeSync(full);
      }
    },
  );

  it('a message to a stderr that cannot be written is dropped; the exit code still tells', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [path.join(packageRoot, 'dist', 'cli.js'), 'check', 'no-such-report.txt'], { stdio: ['ignore', 'pipe', full] });
      expect(run.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('issue 12 case 10: SIGINT/SIGTERM remove temporary files', () => {
  // src/util/atomic.ts on its own, as plain JavaScript a child process can import
  const atomic = pathToFileURL(path.join(tempDir('duibiao-atomic-'), 'atomic.mjs')).href;
  beforeAll(() =>
    build({
      entryPoints: [path.join(packageRoot, 'src', 'util', 'atomic.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: fileURLToPath(atomic),
      logLevel: 'error',
    }),
  );

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while a temporary file is open removes it and ends by the signal', async (signal) => {
    const dir = tempDir('duibiao-outputs-');
    const target = path.join(dir, 'out.md');
    // a writer that has created its temporary file and is still busy
    const script = `
      import { writeFileSync } from 'node:fs';
      import { removeOnExit, tempPathFor } from '${atomic}';
      const tmp = tempPathFor(${JSON.stringify(target)});
      writeFileSync(tmp, 'half');
      removeOnExit(tmp);
      process.stdout.write('ready\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(readdirSync(dir).filter((f) => f.startsWith('.duibiao-tmp-'))).toHaveLength(1);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a re-run removes the temporary files a killed run (kill -9) left beside its output', () => {
    const dir = tempDir('duibiao-outputs-');
    const input = report(dir);
    // a process id that cannot be alive: above the kernel's pid_max
    const leftover = path.join(dir, '.duibiao-tmp-99999999-abc123-draft.md');
    writeFileSync(leftover, 'half');
    const run = runCli(['draft', input, '--out', path.join(dir, 'draft.md')]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['draft.md', 'r.txt']);
  });
});
