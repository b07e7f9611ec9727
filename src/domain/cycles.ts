/**
 * Finds cycles in a directed graph given as adjacency lists: one representative cycle per
 * strongly connected component (Tarjan), so a maintainer sees each loop once, in order.
 */
export function findCycles(adjacency: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  // Iterative Tarjan: the recursion depth of a long chain must not blow the JS stack.
  for (const root of adjacency.keys()) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = adjacency.get(node) ?? [];
      if (next < targets.length) {
        frame[1]++;
        const target = targets[next]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = (adjacency.get(node) ?? []).includes(node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((component) => cycleWithin(new Set(component), adjacency));
}

/** Walks inside one component from its smallest id until a node repeats: that loop is a cycle. */
function cycleWithin(members: Set<string>, adjacency: ReadonlyMap<string, readonly string[]>): string[] {
  const start = [...members].sort()[0]!;
  const path = [start];
  const seenAt = new Map([[start, 0]]);
  for (;;) {
    const current = path[path.length - 1]!;
    const next = (adjacency.get(current) ?? []).find((t) => members.has(t))!;
    const at = seenAt.get(next);
    if (at !== undefined) return [...path.slice(at), next];
    seenAt.set(next, path.length);
    path.push(next);
  }
}
