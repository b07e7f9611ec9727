/**
 * Fuzzy search over labels, aliases and former names, with MiniSearch: it tolerates typos and
 * prefixes ("kube" → Kubernetes, "pytroch" → PyTorch) and ranks label hits above alias hits.
 */
import MiniSearch from 'minisearch';
import type { GraphIndex } from '../graph-index.ts';
import { namedNodes } from './resolve.ts';

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
    const hits = engine.search(query).map((r) => ({ id: String(r.id), score: r.score }));
    // What the name resolves to comes first ("R" finds R before "RAG"; "EKS" finds Amazon EKS);
    // a name that fits several items ("API Gateway") puts all of them first.
    const named = namedNodes(index, query);
    const rest = hits.filter((h) => !named.includes(h.id));
    return [...named.map((id) => ({ id, score: Infinity })), ...rest].slice(0, limit);
  };
}
