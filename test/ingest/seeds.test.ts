import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/index.js';
import { isBoilerplateLine } from '../../src/ingest/boilerplate.js';
import { seedFiles as listSeeds, seedsDir as SEEDS_DIR } from '../helpers/seeds.js';

const seedFiles = listSeeds();

const seedLines = async (file: string) => (await fs.readFile(file, 'utf8')).split('\n').map((line) => line.trim());
const seed = (prefix: string) => seedFiles.find((file) => path.basename(file).startsWith(prefix))!;
/** Markers of site chrome in the seeds, written independently of the implementation's rules. */
const CHROME_MARKERS =
  /当前位置|字体|分享|请输入检索词|版权所有|主办单位|承办单位|ICP备|公网安备|网站标识码|举报电话|微信公众号|政务微博|相关附件|^来源|^展开$/;

describe(`real reports in ${SEEDS_DIR}`, () => {
  it.each(seedFiles.map((file) => [path.basename(file), file]))('%s: chrome lines are gone, report lines survive unchanged', async (_name, file) => {
    const source = await ingestFile(file);
    const kept = new Set(source.original.split('\n'));
    const lines = await seedLines(file);
    for (const line of lines) {
      if (CHROME_MARKERS.test(line) && line.length < 120) expect(kept.has(line), `chrome line kept: ${line}`).toBe(false);
      else if (/\d/.test(line) && line.length > 40) expect(kept.has(line), `report line lost: ${line.slice(0, 30)}`).toBe(true);
    }
    expect(source.text.length).toBe(source.original.length);
  });

  it('004 loses its breadcrumb, font and share lines at the top and its footer, and keeps the date line', async () => {
    const lines = await seedLines(seed('004'));
    const source = await ingestFile(seed('004'));
    const out = source.original.split('\n');
    expect(out[0]).toBe(lines[1]);
    expect(out).toContain(lines[2]);
    expect(lines[2]).toMatch(/^日期/);
    expect(source.original).not.toMatch(/当前位置|字体|分享|版权所有|微信公众号|ICP/);
  });

  it('000 loses its three footer lines; 001 its search box; 002 its font switcher', async () => {
    const footer = (await seedLines(seed('000'))).filter((l) => l !== '').slice(-3);
    const text000 = (await ingestFile(seed('000'))).original;
    for (const line of footer) expect(text000).not.toContain(line);
    const first001 = (await seedLines(seed('001')))[0]!;
    expect((await ingestFile(seed('001'))).original.startsWith(first001)).toBe(false);
    expect((await ingestFile(seed('002'))).original).not.toMatch(/^字体/m);
  });

  it('no line the document stage needs looks like chrome: headings, sentences, date and sign-off lines', async () => {
    for (const file of seedFiles) {
      for (const line of await seedLines(file)) {
        if (/^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/.test(line) || line.endsWith('。') || /^日期/.test(line)) {
          expect(isBoilerplateLine(line), line.slice(0, 30)).toBe(false);
        }
      }
    }
  });
});
