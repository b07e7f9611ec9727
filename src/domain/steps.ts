/**
 * Work written as a generator that yields between its steps, run either at once or with a pause
 * (e.g. a yield to the page's event loop) at each yield: the same code builds the same result
 * both ways, so a large graph can be built in several tasks and a small one as it always was.
 */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runWithPauses<T>(steps: Generator<void, T>, pause: () => Promise<unknown>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** How many items a stepped pass handles between two yields. */
export const STEP_ITEMS = 30_000;

/** Calls `visit` on every item, yielding after every `size` of them. */
export function* eachInSteps<T>(
  items: readonly T[],
  visit: (item: T) => void,
  size = STEP_ITEMS,
): Generator<void, void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % size === 0) yield;
    visit(items[i]!);
  }
}
