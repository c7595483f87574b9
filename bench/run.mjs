#!/usr/bin/env node
// npm run bench -- [--docs N] [--rounds R] [--big] [--keep]
//
// How fast duibiao is where users feel it, measured in one run on this machine, paired and repeated:
//   (1) baseline — reading every file of the corpus and one regex pass over it (the floor any tool pays);
//   (2) batch    — `duibiao batch` end to end over the corpus, as a user runs it (a new process);
//   (3) cold     — `duibiao check` of one ~25 KB report and `duibiao --version`, each a new process
//                  (the median of 5 runs a round);
//   (4) memory   — the peak resident memory (VmHWM) of the batch and check processes, workers included;
//   with --big, also a single 20 MiB report: as text (past the text limit) and as a .docx (time and peak memory).
// Each round runs (1) and (2) back to back, so their ratio is paired; the medians over the rounds are
// printed and written to bench/results/latest.json. The corpus is generated from our own texts
// (reports/ and test/fixtures/) with varied numbers, places and formats (txt, GBK txt, html, docx).
// Never a timed unit test: the figures depend on the machine and on what else runs on it.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '3' },
    big: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const DOCS = Number(args.docs);
const ROUNDS = Number(args.rounds);
const TARGET_BYTES = 25 * 1024;
const work = mkdtempSync(path.join(os.tmpdir(), 'duibiao-bench-'));
const cli = path.join(root, 'dist', 'cli.js');
/**
 * The stages the corpus generator borrows (the document stage, the character fold, the input limits),
 * bundled from src/: dist/ holds only the CLI's chunks. Inside the package, so that its packages resolve.
 */
const helpers = path.join(root, 'node_modules', '.cache', 'duibiao-bench', 'helpers.mjs');
await build({
  stdin: {
    contents:
      "export { buildDocument } from './src/document/index.js'; export { foldCharacters } from './src/ingest/index.js'; export { LIMITS } from './src/ingest/budget.js';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: helpers,
  logLevel: 'error',
});
const { buildDocument, foldCharacters, LIMITS } = await import(pathToFileURL(helpers).href);

// ---------------------------------------------------------------- corpus

/** A small deterministic generator, so that every run measures the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ourTexts() {
  const dirs = [path.join(root, 'reports'), ...readdirSync(path.join(root, 'test', 'fixtures')).map((d) => path.join(root, 'test', 'fixtures', d))];
  const files = dirs
    .flatMap((dir) =>
      statSync(dir).isDirectory()
        ? readdirSync(dir)
            .filter((f) => f.endsWith('.txt'))
            .map((f) => path.join(dir, f))
        : [],
    )
    .sort();
  // some fixtures are GBK on purpose (test/fixtures/heldout7): the generator writes its own GBK copies of UTF-8 texts
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const texts = files.flatMap((file) => {
    // a batch scores reports and plans: a fixture whose gold file says it is another kind (a 述法报告) is refused
    if (goldKind(file) === 'other') return [];
    try {
      return [utf8.decode(readFileSync(file))];
    } catch {
      return [];
    }
  });
  if (texts.length === 0) throw new Error('no texts of our own to build the corpus from (reports/, test/fixtures/)');
  return texts;
}

/** The document kind the gold file beside a fixture gives it, if there is one. */
function goldKind(file) {
  const gold = file.replace(/\.txt$/, '.yaml');
  if (!existsSync(gold)) return null;
  return parseYaml(readFileSync(gold, 'utf8'))?.document?.kind ?? null;
}

const SYLLABLES = [
  '云',
  '青',
  '临',
  '安',
  '平',
  '宁',
  '江',
  '山',
  '河',
  '岭',
  '松',
  '柳',
  '石',
  '泉',
  '兴',
  '和',
  '永',
  '新',
  '东',
  '西',
  '南',
  '北',
  '桂',
  '梅',
];
const SUFFIX = /(自治县|自治旗|街道|区|县|市|旗|镇|乡|厅|局)$/;

/** The place a text names in its title line, found by the same rule the document stage uses. */
function placeOf(text) {
  const folded = foldCharacters(text);
  return buildDocument({ file: 'bench', format: 'txt', encoding: 'utf-8', text: folded, original: text, traditional: false }).place;
}

/** Numbers vary by ±30% (years and ordinals stay); rates stay at most 100. */
function varyNumbers(text, rnd) {
  return text.replace(/(?<![\d.])(\d+)(\.\d+)?(?![\d.])(\s*%)?/g, (whole, int, frac, percent, offset) => {
    const value = Number(int + (frac ?? ''));
    const after = text.slice(offset + whole.length, offset + whole.length + 1);
    if (/^(19|20)\d\d$/.test(int) || /[年月日届]/.test(after)) return whole;
    let varied = value * (0.7 + 0.6 * rnd());
    if (percent) varied = Math.min(100, varied);
    const digits = frac ? frac.length - 1 : 0;
    return `${varied.toFixed(digits)}${percent ?? ''}`;
  });
}

/** Paragraphs long enough to pad a report with, outside any 不足 or plan part. */
const paddingLines = (text) => text.split('\n').filter((line) => line.length > 60 && !/不足|问题|计划|安排|将/.test(line));

/**
 * One report of about 25 KB: a text of ours, padded before its 不足 part with paragraphs of others,
 * each paragraph once: real reports do not repeat a paragraph, and repeats would flatter any cache.
 */
function makeReport(texts, places, i) {
  const rnd = random(i + 1);
  const baseIndex = i % texts.length;
  const lines = texts[baseIndex].split('\n');
  const gapAt = lines.findIndex((line) => line.length < 40 && /不足|问题/.test(line));
  const padding = [];
  let size = Buffer.byteLength(texts[baseIndex]);
  const firstDonor = baseIndex * 7 + 3 + Math.floor(i / texts.length);
  for (let d = 0; size < TARGET_BYTES && d < texts.length; d++) {
    const donorIndex = (firstDonor + d) % texts.length;
    if (donorIndex === baseIndex) continue;
    for (const line of paddingLines(texts[donorIndex])) {
      if (size >= TARGET_BYTES) break;
      padding.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  const at = gapAt > 0 ? gapAt : lines.length;
  let text = [...lines.slice(0, at), ...padding, ...lines.slice(at)].join('\n');
  const place = places[baseIndex];
  if (place) {
    const suffix = SUFFIX.exec(place)?.[1] ?? '区';
    const name = `${SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]}${SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]}${suffix}`;
    text = text.replaceAll(place, name);
  }
  return varyNumbers(text, rnd);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const texts = ourTexts();
  const places = texts.map(placeOf);
  const docx = await import('docx');
  const formats = { txt: 0, 'txt (GBK)': 0, html: 0, docx: 0 };
  let bytes = 0;
  for (let i = 0; i < DOCS; i++) {
    const text = makeReport(texts, places, i);
    const name = path.join(dir, String(Math.floor(i / 500)).padStart(2, '0'), `report-${String(i).padStart(5, '0')}`);
    mkdirSync(path.dirname(name), { recursive: true });
    let data;
    let kind;
    if (i % 20 === 1) {
      kind = 'txt (GBK)';
      data = iconv.encode(text, 'gbk');
      writeFileSync(`${name}.txt`, data);
    } else if (i % 20 === 2) {
      kind = 'html';
      const body = text
        .split('\n')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('\n');
      data = Buffer.from(
        `<!doctype html><html><head><meta charset="utf-8"><title>报告</title></head><body><nav>首页 | 政务公开</nav><div id="zoom">${body}</div><footer>版权所有</footer></body></html>`,
      );
      writeFileSync(`${name}.html`, data);
    } else if (i % 20 === 3) {
      kind = 'docx';
      const document = new docx.Document({
        sections: [{ children: text.split('\n').map((line) => new docx.Paragraph({ children: [new docx.TextRun(line)] })) }],
      });
      data = await docx.Packer.toBuffer(document);
      writeFileSync(`${name}.docx`, data);
    } else {
      kind = 'txt';
      data = Buffer.from(text);
      writeFileSync(`${name}.txt`, data);
    }
    formats[kind]++;
    bytes += data.length;
  }
  return { formats, bytes };
}

function allFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => statSync(file).isFile())
    .sort();
}

// ---------------------------------------------------------------- measuring

// CommonJS, required: a module given to --import starts Node's ES module loader (about 20 ms) in every run, even
// `node -e ''`, which a user's run does not pay
const probe = path.join(work, 'peak-probe.cjs');
writeFileSync(
  probe,
  "const { readFileSync, writeSync } = require('node:fs');\n" +
    "process.on('exit', () => { const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')); writeSync(2, `\\npeak-rss-kb ${m ? m[1] : 'NaN'}\\n`); });\n",
);

/** Runs Node with the peak probe; wall milliseconds, peak resident MiB, exit status, stderr. */
function runNode(nodeArgs, env = {}) {
  const started = process.hrtime.bigint();
  // a variable given as null is left out of the run's environment
  const runEnv = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== null));
  const result = spawnSync(process.execPath, ['--require', probe, ...nodeArgs], { encoding: 'utf8', maxBuffer: 256 << 20, env: runEnv });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = /\npeak-rss-kb (\d+)\n/.exec(result.stderr ?? '');
  return { ms, peakMb: peak ? Number(peak[1]) / 1024 : NaN, status: result.status, stderr: result.stderr };
}

/** Runs the CLI as a user does. */
const runCli = (cliArgs, env = {}) => runNode([cli, ...cliArgs], env);

/**
 * A start-up is a fraction of a second, so one run says little, and this machine's speed moves from one minute
 * to the next: the kinds run in turns (A B C D, A B C D …), the median of a few each. Node's own start-up
 * (`node -e ''`, with the same probe) runs among them: what a start-up costs beyond it is ours.
 */
const START_UP_RUNS = 5;
function startUps(kinds) {
  const runs = Object.fromEntries(Object.keys(kinds).map((name) => [name, []]));
  for (let i = 0; i < START_UP_RUNS; i++) for (const [name, { nodeArgs, env }] of Object.entries(kinds)) runs[name].push(runNode(nodeArgs, env));
  return Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { ms: median(list.map((run) => run.ms)), peakMb: Math.max(...list.map((run) => run.peakMb)), samples: list.map((run) => Math.round(run.ms)) },
    ]),
  );
}

/** The floor: read every file, decode it, one regex pass for numbers with a unit. */
function baseline(files) {
  const started = process.hrtime.bigint();
  let found = 0;
  for (const file of files) {
    const text = readFileSync(file).toString('utf8');
    for (const _ of text.matchAll(/\d+(?:\.\d+)?\s*(?:%|件|名|人次|人|项|次)/g)) found++;
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, found };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------- run

const corpus = path.join(work, 'corpus');
process.stderr.write(`generating ${DOCS} reports in ${corpus} …\n`);
const generated = await writeCorpus(corpus);
const files = allFiles(corpus);
const single = files.find((file) => /report-\d*0\.txt$/.test(file)) ?? files[0]; // i % 20 ∈ {0, 10}: UTF-8 txt

/**
 * NODE_EXTRA_CA_CERTS makes every Node process parse those certificates as it starts, before any code runs (the
 * machine this project is developed on sets it). The start-ups are also measured
 * without it, to tell Node's own start-up here from the tool's.
 */
const EXTRA_CERTS = process.env.NODE_EXTRA_CA_CERTS || null;

// one untimed run each, as any installed copy has had: the disk cache holds the lexicon and catalogue
runCli(['check', single]);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  process.stderr.write(`round ${r + 1}/${ROUNDS} …\n`);
  const base = baseline(files);
  const out = path.join(work, `out-${r}`);
  const batch = runCli(['batch', corpus, '--out', out]);
  if (batch.status !== 0) throw new Error(`batch exited ${batch.status}:\n${batch.stderr.slice(-2000)}`);
  const scored = Number(/已评分 (\d+) 份/.exec(batch.stderr)?.[1] ?? NaN);
  rmSync(out, { recursive: true, force: true });
  const { node, cold, coldNoCache, version, nodeNoExtraCerts, coldNoExtraCerts } = startUps({
    node: { nodeArgs: ['-e', ''] },
    cold: { nodeArgs: [cli, 'check', single] },
    coldNoCache: { nodeArgs: [cli, 'check', single], env: { DUIBIAO_CACHE: 'off' } },
    version: { nodeArgs: [cli, '--version'] },
    ...(EXTRA_CERTS
      ? {
          nodeNoExtraCerts: { nodeArgs: ['-e', ''], env: { NODE_EXTRA_CA_CERTS: null } },
          coldNoExtraCerts: { nodeArgs: [cli, 'check', single], env: { NODE_EXTRA_CA_CERTS: null } },
        }
      : {}),
  });
  rounds.push({
    baselineMs: base.ms,
    batchMs: batch.ms,
    batchPeakMb: batch.peakMb,
    scored,
    reportsPerSecond: (scored / batch.ms) * 1000,
    batchOverBaseline: batch.ms / base.ms,
    nodeStartMs: node.ms,
    coldCheckMs: cold.ms,
    coldCheckPeakMb: cold.peakMb,
    coldCheckNoCacheMs: coldNoCache.ms,
    versionMs: version.ms,
    ...(EXTRA_CERTS ? { nodeStartNoExtraCertsMs: nodeNoExtraCerts.ms, coldCheckNoExtraCertsMs: coldNoExtraCerts.ms } : {}),
    startUpSamplesMs: {
      node: node.samples,
      coldCheck: cold.samples,
      coldCheckNoCache: coldNoCache.samples,
      version: version.samples,
      ...(EXTRA_CERTS ? { nodeNoExtraCerts: nodeNoExtraCerts.samples, coldCheckNoExtraCerts: coldNoExtraCerts.samples } : {}),
    },
  });
}

let big = null;
if (args.big) {
  process.stderr.write('a single 20 MiB report …\n');
  const file = path.join(work, 'big.txt');
  const unit = readFileSync(single);
  const copies = Math.floor((20 * 1024 * 1024 - 1024) / (unit.length + 1));
  writeFileSync(file, Buffer.concat(Array.from({ length: copies }, () => Buffer.concat([unit, Buffer.from('\n')]))));
  const run = runCli(['check', file, '--format', 'json']);
  // 20 MiB of text is past the text limit (src/ingest/budget.ts) and refused; the largest report
  // accepted shows what a long one costs: copies of the same report up to just under the limit
  const limit = path.join(work, 'at-limit.txt');
  const unitChars = unit.toString('utf8').length + 1;
  writeFileSync(limit, Buffer.concat(Array.from({ length: Math.floor(LIMITS.textChars / unitChars) - 1 }, () => Buffer.concat([unit, Buffer.from('\n')]))));
  const atLimit = runCli(['check', limit, '--format', 'json']);
  // a 20 MiB input as reports come: a .docx whose size is its pictures (incompressible bytes, as photos are)
  const docxFile = path.join(work, 'big.docx');
  const { Document, Packer, Paragraph, TextRun, ImageRun } = await import('docx');
  const paragraphs = (picture) => [
    ...unit
      .toString('utf8')
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun(line)] })),
    ...(picture ? [new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 600, height: 400 } })] })] : []),
  ];
  const picture = (bytes) => {
    const rnd = random(20);
    return Buffer.from(Uint8Array.from({ length: bytes }, () => Math.floor(rnd() * 256)));
  };
  const withoutPicture = (await Packer.toBuffer(new Document({ sections: [{ children: paragraphs(null) }] }))).length;
  const pictureBytes = 20 * 1024 * 1024 - withoutPicture - 64 * 1024;
  writeFileSync(docxFile, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs(picture(pictureBytes)) }] })));
  const docxRun = runCli(['check', docxFile, '--format', 'json']);
  big = {
    bytes: statSync(file).size,
    ms: run.ms,
    peakMb: run.peakMb,
    status: run.status,
    atLimit: { bytes: statSync(limit).size, chars: readFileSync(limit, 'utf8').length, ms: atLimit.ms, peakMb: atLimit.peakMb, status: atLimit.status },
    docx: { bytes: statSync(docxFile).size, ms: docxRun.ms, peakMb: docxRun.peakMb, status: docxRun.status },
  };
}

const summary = Object.fromEntries(
  Object.keys(rounds[0])
    .filter((key) => typeof rounds[0][key] === 'number')
    .map((key) => [key, median(rounds.map((round) => round[key]))]),
);
const result = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  corpus: { reports: files.length, bytes: generated.bytes, formats: generated.formats, singleCheckBytes: statSync(single).size },
  rounds,
  median: summary,
  big,
  targets: {
    coldCheckMs: { target: 400, met: summary.coldCheckMs <= 400 },
    versionMs: { target: 150, met: summary.versionMs <= 150 },
    reportsPerSecond: { target: 300, met: summary.reportsPerSecond >= 300 },
    batchPeakMb: { target: 400, met: summary.batchPeakMb < 400 },
    ...(big
      ? {
          bigMs: { target: 10000, met: big.ms <= 10000 },
          bigPeakMb: { target: 400, met: big.peakMb < 400 },
          bigDocxMs: { target: 10000, met: big.docx.status === 0 && big.docx.ms <= 10000 },
          bigDocxPeakMb: { target: 400, met: big.docx.peakMb < 400 },
        }
      : {}),
  },
};

const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '—');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '—');
console.log(
  `corpus: ${files.length} reports, ${(generated.bytes / 2 ** 20).toFixed(1)} MiB (${Object.entries(generated.formats)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}); ${ROUNDS} rounds, medians`,
);
console.log(`machine: ${result.machine.cpus} × ${result.machine.cpu}, load at start ${result.machine.loadAverageAtStart.join(' ')}, node ${process.version}`);
console.log(`baseline (read + one regex pass)   ${f0(summary.baselineMs)} ms`);
console.log(
  `batch end to end                   ${f0(summary.batchMs)} ms = ${f1(summary.batchOverBaseline)} × baseline, ${f1(summary.reportsPerSecond)} reports/s (target ≥ 300), peak ${f0(summary.batchPeakMb)} MB (target < 400)`,
);
console.log(
  `cold check of ${(statSync(single).size / 1024).toFixed(0)} KB              ${f0(summary.coldCheckMs)} ms (target ≤ 400), peak ${f0(summary.coldCheckPeakMb)} MB; without the disk cache ${f0(summary.coldCheckNoCacheMs)} ms`,
);
console.log(`--version                          ${f0(summary.versionMs)} ms (target ≤ 150)`);
console.log(
  `Node alone (node -e '')            ${f0(summary.nodeStartMs)} ms: cold check = Node + ${f0(summary.coldCheckMs - summary.nodeStartMs)} ms, --version = Node + ${f0(summary.versionMs - summary.nodeStartMs)} ms`,
);
if (EXTRA_CERTS) {
  console.log(
    `without NODE_EXTRA_CA_CERTS        Node alone ${f0(summary.nodeStartNoExtraCertsMs)} ms, cold check ${f0(summary.coldCheckNoExtraCertsMs)} ms (it is set here: ${EXTRA_CERTS})`,
  );
}
if (big) {
  console.log(`one 20 MiB report                  ${f0(big.ms)} ms (target ≤ 10000), peak ${f0(big.peakMb)} MB (target < 400), exit ${big.status}`);
  const { atLimit } = big;
  console.log(
    `largest accepted (${(atLimit.chars / 1e4).toFixed(0)} 万字, ${(atLimit.bytes / 2 ** 20).toFixed(1)} MiB)  ${f0(atLimit.ms)} ms, peak ${f0(atLimit.peakMb)} MB, exit ${atLimit.status}`,
  );
  const { docx } = big;
  console.log(
    `one ${(docx.bytes / 2 ** 20).toFixed(1)} MiB .docx (pictures)     ${f0(docx.ms)} ms (target ≤ 10000), peak ${f0(docx.peakMb)} MB (target < 400), exit ${docx.status}`,
  );
}

const resultsDir = path.join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`written: bench/results/latest.json${args.keep ? `; corpus kept in ${corpus}` : ''}`);
if (!args.keep) rmSync(work, { recursive: true, force: true });
