/**
 * Schemas are built on first use (src/util/lazy-schema.ts): loading the pipeline builds none, and a
 * lazy schema parses, fails and composes exactly like the schema it stands for.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Zod from 'zod';

/** Every read of a zod factory (z.object, z.string…) while modules load. */
const factoryReads = vi.hoisted(() => [] as string[]);
vi.mock('zod', async (importOriginal) => {
  const zod = await importOriginal<typeof Zod>();
  const z = new Proxy(zod.z, {
    get: (target, key) => {
      factoryReads.push(String(key));
      return Reflect.get(target, key);
    },
  });
  return { ...zod, z };
});

const { z } = await import('zod');
const { lazySchema } = await import('../../src/util/lazy-schema.js');

describe('lazySchema', () => {
  it('builds nothing while the pipeline, its stages and its renderers load', async () => {
    const { lazyModules } = await import('../../src/lazy.js');
    factoryReads.length = 0;
    for (const load of Object.values(lazyModules)) await load();
    expect(factoryReads).toEqual([]);
  });

  it('builds its schema once, on first use', () => {
    const build = vi.fn(() => z.object({ name: z.string().min(1) }));
    const Named = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(Named.parse({ name: '东城区' })).toEqual({ name: '东城区' });
    expect(Named.safeParse({ name: '' }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('parses, reports issues, composes and passes instanceof like the schema itself', () => {
    const eager = () => z.object({ rate: z.number().max(100), unit: z.enum(['%', '件']) }).strict();
    const Lazy = lazySchema(eager);
    const inputs = [{ rate: 98.5, unit: '%' }, { rate: 120, unit: '%' }, { rate: 3, unit: '人' }, { rate: 1, unit: '件', extra: true }, null];
    for (const input of inputs) expect(JSON.stringify(Lazy.safeParse(input))).toBe(JSON.stringify(eager().safeParse(input)));
    expect(Lazy).toBeInstanceOf(z.ZodObject);
    const Rows = z.array(Lazy.extend({ note: z.string().optional() }));
    expect(Rows.parse([{ rate: 1, unit: '件', note: '新增' }])).toEqual([{ rate: 1, unit: '件', note: '新增' }]);
    expect(Rows.safeParse([{ rate: 101, unit: '件' }]).error?.issues[0]?.path).toEqual([0, 'rate']);
    expect(Lazy.shape.unit.options).toEqual(['%', '件']);
  });
});
