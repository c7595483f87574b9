import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/render/html.js';
import { packageRoot } from '../../src/paths.js';
import type { Scorecard } from '../../src/engine/schema.js';
import type { SourceText } from '../../src/ingest/types.js';
import { fixtureScorecard, fixtureSource } from '../render/fixtures.js';
import { evaluateSeeds } from '../render/seeds.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const artifacts = path.join(packageRoot, 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (we never download a browser)`);

let browser: Browser;
beforeAll(async () => {
  if (!haveChromium) return;
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  errors: string[];
  dialogs: string[];
}

async function open(name: string, scorecard: Scorecard, source: SourceText): Promise<Opened> {
  const file = path.join(artifacts, `${name}.html`);
  writeFileSync(file, renderHtml(scorecard, source));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  return { page, errors, dialogs };
}

/** Clicks the last evidence quote (its mark is far down the page) and checks where it lands. */
async function clickEvidence(page: Page): Promise<void> {
  const quote = page.locator('a.quote').last();
  const target = (await quote.getAttribute('data-target'))!;
  await quote.click();
  const mark = page.locator(`#${target}`);
  await expect.poll(() => mark.evaluate((el) => el.classList.contains('hl'))).toBe(true);
  await expect
    .poll(() =>
      mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }),
    )
    .toBe(true);
}

describe.skipIf(!haveChromium)('HTML report in a browser', () => {
  it('fixture: charts, tables, evidence jump, filters, no script injection', async () => {
    const { page, errors, dialogs } = await open('fixture-report', fixtureScorecard(), fixtureSource());
    await expect.poll(() => page.locator('svg.chart .area-bar').count()).toBe(fixtureScorecard().areas.length);
    await page.screenshot({ path: path.join(artifacts, 'fixture-report-top.png') });
    expect(await page.locator('table.areas tbody tr').count()).toBe(fixtureScorecard().areas.length);
    expect(await page.locator('tr.result').count()).toBe(fixtureScorecard().results.length);

    await clickEvidence(page);

    expect(await page.locator('#fulltext').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#fulltext b').count()).toBe(0);

    await page.selectOption('#filter-mode', 'gaps');
    const visibleStatuses = await page.locator('tr.result:not(.hidden)').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(visibleStatuses.length).toBeGreaterThan(0);
    expect(visibleStatuses.every((s) => s === 'unmet' || s === 'partial' || s === 'no_evidence')).toBe(true);
    await page.selectOption('#filter-mode', 'no_evidence');
    expect(await page.locator('tr.result:not(.hidden)').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-status') === 'no_evidence'))).toBe(true);
    await page.selectOption('#filter-mode', 'all');
    await page.fill('#filter-search', '出庭');
    expect(await page.locator('tr.result:not(.hidden)').count()).toBe(1);

    await page.screenshot({ path: path.join(artifacts, 'fixture-report.png'), fullPage: false });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('each seed: opens cleanly, evidence quotes jump to the full text', async () => {
    const result = await evaluateSeeds();
    for (const { file, evaluated } of result.seeds) {
      const name = path.basename(file, '.txt');
      // a report containing markup must show it as text: append some to the seed's own text
      const injected = '\n<script>alert(1)</script><img src=x onerror="alert(2)">';
      const source = { ...evaluated.source, text: evaluated.source.text + injected, original: evaluated.source.original + injected };
      const { page, errors, dialogs } = await open(`seed-${name}`, evaluated.scorecard, source);
      expect(await page.locator('svg.chart .area-bar').count()).toBe(evaluated.scorecard.areas.length);
      expect(await page.locator('tr.result').count()).toBe(evaluated.scorecard.results.length);
      if ((await page.locator('a.quote').count()) > 0) await clickEvidence(page);
      expect(await page.locator('#fulltext').textContent()).toContain('<script>alert(1)</script>');
      await page.screenshot({ path: path.join(artifacts, `seed-${name}.png`) });
      expect(dialogs, name).toEqual([]);
      expect(errors, name).toEqual([]);
      await page.close();
    }
  });
});
