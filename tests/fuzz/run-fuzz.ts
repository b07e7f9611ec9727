/**
 * `npm run fuzz`: every parser of outside input against at least 10,000 generated inputs each
 * (`FUZZ_RUNS=100000 npm run fuzz` for a longer hunt; `FUZZ_SEED=…` to replay a run).
 * Prints runs and time per target; exits 1 if any target fails, with the shrunk counterexample.
 */
import fc from 'fast-check';
import { readGraphData } from '../../src/cli/read-graph-data';
import { loadGraph } from '../../src/domain/load-graph';
import { atlasIndex, IMPORT_TARGETS, stateTargets } from './targets';

const runs = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 10_000));
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);

const loaded = loadGraph(readGraphData());
if (!loaded.ok) {
  console.error('graph-data is invalid; run npm run validate');
  process.exit(1);
}
const targets = [...IMPORT_TARGETS, ...stateTargets(atlasIndex(loaded.graph))];

console.log(`fuzzing ${targets.length} targets, ${runs.toLocaleString('en')} runs each, seed ${seed}\n`);
let failed = 0;
const started = performance.now();
for (const target of targets) {
  const t0 = performance.now();
  const details = fc.check(
    fc.property(target.arbitrary, (input) => {
      target.check(input as never);
    }),
    { numRuns: runs, seed, endOnFailure: false },
  );
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const status = details.failed ? 'FAIL' : 'ok  ';
  console.log(
    `${status} ${target.name.padEnd(45)} ${String(details.numRuns).padStart(7)} runs ${seconds.padStart(7)} s`,
  );
  if (details.failed) {
    failed++;
    const counterexample = JSON.stringify(details.counterexample, (_, v) =>
      v instanceof Uint8Array ? `Uint8Array[${Array.from(v).join(',')}]` : v,
    );
    console.log(`     counterexample (path ${details.counterexamplePath}): ${counterexample?.slice(0, 2000)}`);
    console.log(`     ${String(details.errorInstance).split('\n')[0]}`);
  }
}
console.log(
  `\n${failed ? `${failed} of ${targets.length} targets FAILED` : `all ${targets.length} targets passed`} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
