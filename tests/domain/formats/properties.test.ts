// @vitest-environment node
/**
 * The fuzz targets (tests/fuzz/targets.ts), a couple of hundred runs each: whatever the input,
 * importGraph never throws and gives a graph the app can rely on or a non-empty list of problems;
 * parseUrl always gives a valid view; readProgress a valid progress or an error.
 * `npm run fuzz` runs the same properties ten thousand times each.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data';
import { loadGraph } from '../../../src/domain/load-graph';
import { atlasIndex, IMPORT_TARGETS, stateTargets } from '../../fuzz/targets';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

const loaded = loadGraph(readGraphData());
if (!loaded.ok) throw new Error('graph-data is invalid');

describe('parsers of outside input, on anything', () => {
  for (const target of [...IMPORT_TARGETS, ...stateTargets(atlasIndex(loaded.graph))])
    it(target.name, { timeout: 60_000 }, () => {
      fc.assert(
        fc.property(target.arbitrary, (input) => target.check(input as never)),
        { numRuns: RUNS },
      );
    });
});
