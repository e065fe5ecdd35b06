/**
 * A pure function's results for the arguments it was last given, the oldest forgotten first. One message is read by
 * several layers that ask the same thing of the same text (the router, retrieval, the route model's checks); each
 * answer is worked out once. Bounded, so whatever people type the memory stays small. Round 22 (issue 12's 5 ms).
 *
 * Only for functions whose result depends on the key alone and that nobody changes afterwards: callers share the
 * value returned.
 */
export class RecentResults<V> {
  private readonly results = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, compute: (key: string) => V): V {
    const known = this.results.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.results.size >= this.size) this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, value);
    return value;
  }
}
