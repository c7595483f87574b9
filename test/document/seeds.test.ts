import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDocument } from '../../src/document/index.js';
import type { Document, DocumentMeta } from '../../src/document/types.js';
import { goldDir, readSeed, seedNames } from './helpers.js';

const seeds = seedNames();

function gold(name: string): DocumentMeta {
  const file = path.join(goldDir, name.replace(/\.txt$/, '.yaml'));
  return (parse(fs.readFileSync(file, 'utf-8')) as { document: DocumentMeta }).document;
}

function kindOfSentence(doc: Document, needle: string) {
  const s = doc.sentences.find((x) => x.text.includes(needle));
  if (!s) throw new Error(`no sentence with ${needle}`);
  return s.kind;
}

describe('real reports (../shared/corpus/seeds)', () => {
  const docs = new Map(seeds.map((name) => [name, buildDocument(readSeed(name))]));
  const doc = (prefix: string): Document => {
    const name = seeds.find((n) => n.startsWith(prefix));
    if (!name) throw new Error(`no seed ${prefix}`);
    return docs.get(name)!;
  };

  it.each(seeds)('%s: kind, level, place and year equal the gold file', (name) => {
    const { kind, level, place, year } = docs.get(name)!;
    expect({ kind, level, place, year }).toEqual(gold(name));
  });

  it.each(seeds)('%s: every sentence span slices the text exactly and spans are ordered', (name) => {
    const d = docs.get(name)!;
    let previousEnd = 0;
    for (const s of d.sentences) {
      expect(s.span.start).toBeGreaterThanOrEqual(previousEnd);
      expect(d.source.text.slice(s.span.start, s.span.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      previousEnd = s.span.end;
    }
    for (const s of d.sections) {
      expect(d.source.text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.heading);
      if (s.parent !== null) {
        const parent = d.sections[s.parent]!;
        expect(s.span.start).toBeGreaterThanOrEqual(parent.span.start);
        expect(s.span.end).toBeLessThanOrEqual(parent.span.end);
      }
    }
  });

  it.each(seeds.filter((n) => gold(n).kind === 'annual_report'))('%s: finds the shortcomings and plans sections', (name) => {
    const d = docs.get(name)!;
    const topKinds = d.sections.filter((s) => s.parent === null && s.depth < 5).map((s) => s.kind);
    expect(topKinds[0]).toBe('achievements');
    expect(topKinds).toContain('shortcomings');
    expect(topKinds).toContain('plans');
    expect(topKinds.indexOf('shortcomings')).toBeLessThan(topKinds.indexOf('plans'));
    expect(d.sentences.some((s) => s.kind === 'shortcomings' && s.section !== null)).toBe(true);
  });

  it('places the training-hours requirement of 000 in its plans section', () => {
    expect(kindOfSentence(doc('000'), '60学时')).toBe('plans');
    expect(
      doc('000')
        .sections.filter((s) => s.parent === null)
        .map((s) => s.kind),
    ).toEqual(['achievements', 'responsibility', 'shortcomings', 'plans']);
  });

  it('places the court-appearance rate of 004 in its achievements and its signature outside any section', () => {
    const d = doc('004');
    expect(kindOfSentence(d, '90.20%')).toBe('achievements');
    const signatureDate = d.sentences.find((s) => /^\d{7}日$/.test(s.text));
    expect(signatureDate).toMatchObject({ section: null, kind: 'other' });
  });

  it("treats 002's 一是/二是 list under 存在的问题 as shortcomings and its 思路 as plans", () => {
    const d = doc('002');
    const items = d.sections.filter((s) => s.depth === 5);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.every((s) => s.kind === 'shortcomings')).toBe(true);
    expect(d.sections.filter((s) => s.depth === 3).length).toBeGreaterThanOrEqual(15);
  });

  it('reads 003 as a plan whose every body sentence is a plan', () => {
    const d = doc('003');
    const body = d.sentences.filter((s) => s.section !== null);
    expect(body.length).toBeGreaterThan(100);
    expect(body.every((s) => s.kind === 'plans')).toBe(true);
    expect(d.sections.filter((s) => s.depth === 2)).toHaveLength(30);
  });
});
