/**
 * Schemas built on first use. Building a zod 4 schema is not free (every object, string check and
 * enum constructs its internals), and the app's ~200 schemas were all built while its modules were
 * evaluated: about 50 ms of every start (bench/README.md), though a start parses nothing; only the
 * write, import and restore paths do. `lazySchema(() => z.…)` stands for the schema it builds:
 * the first property read (`.safeParse`, `.shape`, or zod reading it as part of another schema)
 * builds it, once.
 */

/** A stand-in for the value `build` returns, built on first use. */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_target, key) => {
      const schema = real();
      const value: unknown = Reflect.get(schema, key);
      // Methods run on the schema itself, so that what zod keys by `this` is the built schema.
      return typeof value === 'function' && key !== 'constructor' ? value.bind(schema) : value;
    },
    has: (_target, key) => Reflect.has(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      // The stand-in's own target has no such property, so a proxy may only call it configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}
