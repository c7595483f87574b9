/** The five seeds against their gold files, scored as ../shared/tools/eval-facts.mjs does. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { expectQuoted, gold, score, seedDoc, seedNames } from './helpers.js';

describe('seeds', () => {
  it('reach precision ≥ 0.95, recall ≥ 0.90 and leak no plan', async () => {
    const lexicon = await loadLexicon();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let leaks = 0;
    const report: string[] = [];
    for (const file of seedNames()) {
      const name = file.replace(/\.txt$/, '');
      const doc = await seedDoc(name);
      const facts = extractFacts(doc, lexicon);
      expectQuoted(doc, facts);
      const s = score(facts, gold(name));
      tp += s.tp;
      fp += s.fp.length;
      fn += s.fn.length;
      leaks += s.leaks.length;
      report.push(`${name}: tp=${s.tp} fp=${s.fp.length} fn=${s.fn.length} leaks=${s.leaks.length} plans=${s.plansFound}`);
      for (const g of s.fn) report.push(`   missed   ${g.id}=${String(g.value)}`);
      for (const f of s.fp) report.push(`   spurious ${f.id}=${String(f.value)} «${f.evidence.text}» ${f.status}`);
      for (const g of s.leaks) report.push(`   leaked   ${g.id}=${String(g.value)}`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    report.push(`precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} leaks=${leaks}`);
    if (process.env.FACTS_VERBOSE) console.log(report.join('\n'));
    expect(leaks).toBe(0);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('seed facts that matter', () => {
  it('004: the appearance rate is read, its counts are achieved, and no rate is derived', async () => {
    const facts = extractFacts(await seedDoc('004'), await loadLexicon());
    const pick = (id: string) => facts.filter((f) => f.id === id).map((f) => [f.value, f.status, f.derived]);
    expect(pick('head_appearance_rate')).toEqual([[90.2, 'achieved', false]]);
    expect(pick('head_appearance_cases')).toEqual([[46, 'achieved', false]]);
    expect(pick('head_appearance_required')).toEqual([[51, 'achieved', false]]);
    // damaged dates (201910月, 20191231日) give no number to any fact
    expect(facts.some((f) => /2019\d{2,4}[月日]/.test(f.evidence.text))).toBe(false);
  });

  it('000: the 60 training hours are a plan, not achieved', async () => {
    const facts = extractFacts(await seedDoc('000'), await loadLexicon());
    const hours = facts.filter((f) => f.id === 'enforcement_training_hours');
    expect(hours.map((f) => [f.value, f.status])).toEqual([[60, 'plan']]);
  });

  it('003, a plan document, yields no achieved fact', async () => {
    const facts = extractFacts(await seedDoc('003'), await loadLexicon());
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((f) => f.status !== 'plan')).toEqual([]);
  });

  it('002: the planned team size is a plan', async () => {
    const facts = extractFacts(await seedDoc('002'), await loadLexicon());
    expect(facts.filter((f) => f.value === 51).map((f) => f.status)).toEqual(['plan']);
  });

  it('names the top-level section as written', async () => {
    const doc = await seedDoc('004');
    const facts = extractFacts(doc, await loadLexicon());
    const headings = new Set(doc.sections.filter((s) => s.depth === 1).map((s) => s.heading));
    for (const f of facts) expect(f.section === null || headings.has(f.section)).toBe(true);
  });
});
