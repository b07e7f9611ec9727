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
