/**
 * A schema built the first time anything reads it, rather than when its module loads. A function's bundle carries
 * every schema of the modules it imports, and most of them are never read by it: the answers (which only the
 * OpenAPI document and the web's types read), other routes' bodies, views it does not make. Built at import, they
 * were most of what the project's own code cost a cold start. The value stands in for the schema itself: every
 * property read (`safeParse`, `shape`, `_zod`, …) goes to the schema, built once.
 *
 * Only objects, unions, arrays and records are made so. Every read goes through the stand-in, also from within a
 * schema that holds it, so a lazy instant or enum, read once per field of every item parsed, made a whole
 * application's parse about a quarter slower; such a small schema costs next to nothing to build.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => {
    built ??= build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    set: (_, key, value) => Reflect.set(schema(), key, value),
    ownKeys: () => Reflect.ownKeys(schema()),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    // A proxy may not report a property as fixed that its own (empty) target lacks, so each is reported changeable.
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
