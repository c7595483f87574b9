#!/usr/bin/env node
// npm run bench — how fast the pipeline is, reported as ratios against baselines measured in
// the same run on the same machine (never as absolute seconds, which depend on the machine).
//
// Baselines:
//   read      — reading and UTF-8 decoding the files (the floor any pipeline pays);
//   naive-nlp — running @microsoft/recognizers-text-number over every sentence of every report,
//               which is what extraction would cost without the cue filter in front of it.
// Measured: each stage of the pipeline per document, the whole `check` per document, and a
// batch-sized corpus (the seeds and the sample repeated) to show that cost is linear.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Recognizers from '@microsoft/recognizers-text-number';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));
const { ingestFile } = await dist('ingest/index.js');
const { buildDocument } = await dist('document/index.js');
const { extractFacts, loadLexicon } = await dist('facts/index.js');
const { loadCatalogue } = await dist('catalogue/index.js');
const { evaluate } = await dist('engine/index.js');

const seedsDir = path.resolve(root, '..', 'shared', 'corpus', 'seeds');
let files = [path.join(root, 'reports', 'sample-2024-district.txt')];
try {
  files = [...files, ...readdirSync(seedsDir).sort().map((f) => path.join(seedsDir, f))];
} catch {
  // the seeds live beside the project; without them the sample alone is measured
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
  const samples = [];
  await fn(); // warm-up: module caches, JIT, lexicon
  for (let i = 0; i < rounds; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

const lexicon = await loadLexicon();
const catalogue = await loadCatalogue({ edition: '2021' });
const sources = await Promise.all(files.map((f) => ingestFile(f)));
const documents = sources.map((s) => buildDocument(s));
const factLists = documents.map((d) => extractFacts(d, lexicon));
const characters = sources.reduce((n, s) => n + s.text.length, 0);

const read = await time(() => files.forEach((f) => readFileSync(f, 'utf8')));
const naive = await time(() =>
  documents.forEach((d) => d.sentences.forEach((s) => {
    Recognizers.recognizeNumber(s.text, 'zh-cn');
    Recognizers.recognizePercentage(s.text, 'zh-cn');
  })),
);
const stages = {
  ingest: await time(() => Promise.all(files.map((f) => ingestFile(f)))),
  segment: await time(() => sources.forEach((s) => buildDocument(s))),
  extract: await time(() => documents.forEach((d) => extractFacts(d, lexicon))),
  evaluate: await time(() => Promise.all(documents.map((d, i) => evaluate(catalogue, d, factLists[i], lexicon)))),
};
const whole = await time(async () => {
  for (const f of files) {
    const d = buildDocument(await ingestFile(f));
    await evaluate(catalogue, d, extractFacts(d, lexicon), lexicon);
  }
});
// linearity: the same corpus four times over should cost about four times as much
const fourfold = await time(async () => {
  for (let k = 0; k < 4; k++) {
    for (const d of documents) await evaluate(catalogue, d, extractFacts(d, lexicon), lexicon);
  }
});
const once = stages.extract + stages.evaluate;

const ratio = (x, base) => (x / base).toFixed(2);
console.log(`corpus: ${files.length} documents, ${characters} characters, ${catalogue.indicators.length} indicators, median of ${rounds} rounds`);
console.log('stage            × read baseline   × naive-nlp baseline');
for (const [name, ms] of Object.entries(stages)) {
  console.log(`${name.padEnd(16)} ${ratio(ms, read).padStart(15)}   ${ratio(ms, naive).padStart(18)}`);
}
console.log(`${'whole check'.padEnd(16)} ${ratio(whole, read).padStart(15)}   ${ratio(whole, naive).padStart(18)}`);
console.log(`extraction with the cue filter costs ${ratio(stages.extract, naive)}× running the number recognizer on every sentence`);
console.log(`4× the corpus costs ${ratio(fourfold, once)}× the corpus once (4.00 = linear)`);
