/**
 * `npm run test:stress`: the whole suite while two busy loops hold both cores, as on a shared CI
 * machine. Passing here is the proof that no test depends on an idle machine. Prints the wall time.
 * Arguments go to Vitest (`npm run test:stress -- --project unit`).
 */
import { spawn, type ChildProcess } from 'node:child_process';

const LOOPS = 2;
const busy: ChildProcess[] = Array.from({ length: LOOPS }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopLoops = () => busy.forEach((loop) => loop.kill());
process.on('exit', stopLoops);

const started = Date.now();
const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
vitest.on('exit', (code) => {
  stopLoops();
  console.log(`\n${LOOPS} busy loops running: the suite took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(code ?? 1);
});
