/**
 * Fuzzy search over labels, aliases and former names, with MiniSearch: it tolerates typos and
 * prefixes ("kube" → Kubernetes, "pytroch" → PyTorch) and ranks label hits above alias hits.
 */
import MiniSearch from 'minisearch';
import type { GraphIndex } from '../graph-index.ts';

export interface SearchHit {
  id: string;
  score: number;
}

export type Search = (text: string, limit?: number) => SearchHit[];

function buildEngine(index: GraphIndex) {
  const engine = new MiniSearch<{ id: string; label: string; names: string; key: string }>({
    fields: ['label', 'names', 'key'],
    storeFields: [],
    searchOptions: {
      boost: { label: 3, names: 2, key: 1 },
      prefix: true,
      fuzzy: (term) => (term.length > 3 ? 0.3 : false),
      combineWith: 'AND',
    },
    // Keep "c++", "c#", "a/b" and "next.js" searchable: split on spaces and a few separators only.
    tokenize: (text) => text.split(/[\s,;:()/]+/).filter(Boolean),
    processTerm: (term) => term.toLowerCase(),
  });
  engine.addAll(
    index.graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      names: [...(n.aliases ?? []), ...(n.formerNames ?? []), n.checklist ?? ''].join(' ; '),
      key: n.id.replaceAll('-', ' '),
    })),
  );
  return engine;
}

export function createSearch(index: GraphIndex): Search {
  // Built on the first search, not when the graph loads: start-up (and the first frame) skip it.
  let engine: MiniSearch | undefined;
  return (text, limit = 20) => {
    const query = text.trim();
    if (!query) return [];
    engine ??= buildEngine(index);
    const exact = index.byName.get(query.toLowerCase());
    const hits = engine.search(query).map((r) => ({ id: String(r.id), score: r.score }));
    // An exact name (label, alias, id) always comes first: "R" must find R before "RAG".
    if (exact) {
      const rest = hits.filter((h) => h.id !== exact);
      return [{ id: exact, score: Infinity }, ...rest].slice(0, limit);
    }
    return hits.slice(0, limit);
  };
}
