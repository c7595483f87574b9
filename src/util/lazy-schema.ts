/**
 * A zod schema built on its first use. The pipeline's modules declare about a thousand schema
 * objects (the YAML of rules/ and indicators/, the results, the options) that only a cache miss or
 * a validation uses; built as the modules loaded, they were ≈ 25 ms of every cold check. The proxy
 * stands for the schema wherever it is used — parse, composition into other schemas, z.infer — and
 * builds it, with the schemas it is composed of, the first time anything reads it.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const built = (): T => (schema ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
