import { distance } from 'fastest-levenshtein';

/** The few candidates nearest to `wanted` by edit distance, for "did you mean" hints. */
export function closest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const w = wanted.toLowerCase();
  const scored: [string, number][] = [];
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A name containing the other ("langchain" in "langchain-core") is nearer than its edit distance says.
    const contains = Math.min(c.length, w.length) >= 3 && (c.includes(w) || w.includes(c));
    const d = contains ? Math.abs(c.length - w.length) / 4 : distance(w, c);
    if (d <= Math.max(2, w.length / 3)) scored.push([candidate, d]);
  }
  return scored
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([candidate]) => candidate);
}
