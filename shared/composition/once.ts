/** Made on first use, then reused: a function only touches (and is only configured for) what it uses. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
