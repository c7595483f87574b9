import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { runCli, seed, tempDir } from '../helpers/cli.js';
import { sampleReport } from '../../src/paths.js';
import type { Scorecard } from '../../src/engine/schema.js';

/** The commands people use beside `check`, run as they run them. */
describe('batch', () => {
  it('scores a folder recursively; a bad file is listed with its reason and the rest complete, exit 2', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    for (const prefix of ['000', '002', '004']) copyFileSync(seed(prefix), path.join(dir, 'in', `${prefix}.txt`));
    copyFileSync(sampleReport, path.join(dir, 'in', 'sub', 'sample.txt'));
    writeFileSync(path.join(dir, 'in', 'sub', 'broken.docx'), 'not a word file');
    const out = path.join(dir, 'out');

    const run = runCli(['batch', path.join(dir, 'in'), '--out', out]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/已评分 4 份/);
    expect(run.stderr).toMatch(/broken\.docx.*(损坏|不完整|不是)/);
    for (const stem of ['000', '002', '004', 'sample']) {
      expect(existsSync(path.join(out, `${stem}.json`))).toBe(true);
      expect(existsSync(path.join(out, `${stem}.html`))).toBe(true);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'summary.xlsx'));
    const ranking = workbook.worksheets[0]!;
    const scores = JSON.parse(readFileSync(path.join(out, '000.json'), 'utf8')).total.score as number;
    const places: string[] = [];
    ranking.eachRow((row, n) => {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- this column holds plain strings
      if (n > 1) places.push(String(row.getCell(2).value));
    });
    expect(places).toEqual(expect.arrayContaining(['和平区', '荣昌区', '环市街', '云溪区']));
    expect(scores).toBeGreaterThan(0);
    expect(readFileSync(path.join(out, 'overview.html'), 'utf8')).toContain('broken.docx');
  });
});

describe('reading standard input', () => {
  it('`facts -` reads the report from stdin, GBK included', async () => {
    const iconv = (await import('iconv-lite')).default;
    const run = runCli(['facts', '-', '--format', 'json'], { input: iconv.encode(readFileSync(sampleReport, 'utf8'), 'gbk') });
    expect(run.status, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout) as { document: { place: string; year: number }; facts: Array<{ id: string }> };
    expect(output.document).toMatchObject({ place: expect.stringContaining('云溪区'), year: 2024 });
    expect(output.facts.map((f) => f.id)).toContain('normative_doc_review_rate');
  });
});

describe('draft', () => {
  it('writes a Word 不足 draft whose items read back with mammoth', async () => {
    const file = path.join(tempDir(), 'draft.docx');
    const run = runCli(['draft', seed('000'), '--format', 'docx', '--out', file]);
    expect(run.status, run.stderr).toBe(0);
    const { value } = await mammoth.extractRawText({ path: file });
    expect(value).toMatch(/存在的不足和原因/);
    expect(value).toMatch(/（一）/);
    expect(value).toMatch(/下一年度/);
  });

  // without --format, Markdown went into 不足.docx (and diff's into 对比.html): Word and browsers could not open it
  it('without --format writes the format its --out file is named for; a format given is kept', () => {
    const dir = tempDir();
    const at = (name: string) => path.join(dir, name);
    expect(runCli(['draft', sampleReport, '--out', at('不足.docx')]).status).toBe(0);
    expect(readFileSync(at('不足.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(runCli(['diff', sampleReport, sampleReport, '--out', at('对比.HTM')]).status).toBe(0);
    expect(readFileSync(at('对比.HTM'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(runCli(['draft', sampleReport, '--format', 'md', '--out', at('草稿.docx')]).status).toBe(0);
    expect(readFileSync(at('草稿.docx'), 'utf8')).toMatch(/^# /);
    expect(runCli(['draft', sampleReport, '--out', at('草稿.txt')]).status).toBe(0);
    expect(readFileSync(at('草稿.txt'), 'utf8')).toMatch(/^# /);
  });
});

describe('diff', () => {
  it('compares two results of the same kind and reports the score change per area', () => {
    const dir = tempDir();
    const old = path.join(dir, 'old.json');
    writeFileSync(old, runCli(['check', seed('004'), '--format', 'json', '--edition', '2019']).stdout);
    const run = runCli(['diff', old, seed('000')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/新达标|新增达标/);
    expect(run.stdout).toMatch(/地区不同|不是同一地区|荣昌区.*和平区|和平区.*荣昌区/);
  });
});

describe('diff of hand-edited results', () => {
  it('refuses a repeated or unknown indicator id, naming the file and the id, nothing written', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.json');
    writeFileSync(good, runCli(['check', seed('000'), '--format', 'json']).stdout);
    const result = JSON.parse(readFileSync(good, 'utf8')) as Scorecard;
    const edited = (name: string, results: Scorecard['results']) => {
      writeFileSync(path.join(dir, name), JSON.stringify({ ...result, results }));
      return path.join(dir, name);
    };
    const [first, second] = result.results;
    for (const [file, message] of [
      [edited('repeated.json', [...result.results, first!]), `repeated.json: 评分结果中指标“${first!.indicator}”出现了不止一次`],
      [edited('unknown.json', [first!, { ...second!, indicator: 'no.such-indicator' }]), 'unknown.json: 评分结果中的指标“no.such-indicator”不在 2021 年版'],
    ] as const) {
      const out = path.join(dir, 'diff.md');
      const run = runCli(['diff', good, file, '--out', out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('logging', () => {
  it('is silent by default and writes JSON lines to stderr with --log-level when not a terminal', () => {
    const quiet = runCli(['check', '--format', 'json']);
    expect(quiet.stderr).toBe('');
    const verbose = runCli(['check', '--format', 'json', '--log-level', 'debug']);
    const records = verbose.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string; level: number });
    expect(records.map((r) => r.msg)).toEqual(expect.arrayContaining(['ingested', 'segmented', 'facts extracted', 'scored']));
    expect(JSON.parse(verbose.stdout).schemaVersion).toBe(1);
  });
});

describe('traditional characters', () => {
  it('are read like simplified text, and the facts table quotes the report as written', () => {
    const file = path.join(tempDir(), 'traditional.txt');
    writeFileSync(file, '一、主要工作成效\n全年辦理行政復議案件35件，行政機關負責人出庭應訴率達到１００％。\n');
    const json = JSON.parse(runCli(['facts', file, '--format', 'json']).stdout) as { facts: Array<{ id: string; value: number }> };
    expect(json.facts.map((f) => [f.id, f.value])).toEqual([
      ['reconsideration_cases', 35],
      ['head_appearance_rate', 100],
    ]);
    const table = runCli(['facts', file, '--explain']).stdout;
    expect(table).toContain('「出庭應訴率達到１００％」');
  });
});
