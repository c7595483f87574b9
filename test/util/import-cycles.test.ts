import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

/**
 * A cycle of value imports makes the order modules initialise depend on which one is loaded first:
 * one such cycle (lexicon → presence → status → text → lexicon) once left a zod schema undefined
 * when `catalogue show` loaded the modules in another order. Type-only imports do not count.
 */
const srcDir = path.join(packageRoot, 'src');
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;'"]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

function valueImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)].map((m) => path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, valueImports(file)]));
  const found: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = stack.indexOf(next);
      if (at >= 0) found.push(stack.slice(at).map((f) => path.relative(srcDir, f)));
      else if (!done.has(next)) visit(next);
    }
    stack.pop();
    done.add(file);
  };
  for (const file of files) if (!done.has(file)) visit(file);
  return found;
}

describe('imports between the modules of src/', () => {
  const files = readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(srcDir, f));

  it('form no cycle of value imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(cycles(files)).toEqual([]);
  });

  it('sees a cycle when there is one (the check itself)', () => {
    const lexicon = path.join(srcDir, 'facts', 'lexicon.ts');
    expect(valueImports(lexicon).length).toBeGreaterThan(0);
    expect(valueImports(path.join(srcDir, 'facts', 'presence.ts'))).toContain(path.join(srcDir, 'facts', 'status.ts'));
  });
});
