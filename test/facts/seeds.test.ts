/** The five seeds against their gold files, scored as ../shared/tools/eval-facts.mjs does. */
import { describe, expect, it } from 'vitest';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { gold, score, seedDoc, seedNames } from './helpers.js';

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
      for (const f of facts) expect(doc.source.text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
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
