/**
 * `importGraph` in a Web Worker, cancellable through an AbortSignal. Where there is no Worker
 * (tests under jsdom), or the worker cannot start, it runs on the main thread instead; the
 * importer is loaded on first use either way, so the first page load never carries the YAML and
 * XML parsers.
 */
import type { ImportResult } from '../../domain/formats/import-graph.ts';
import type { ImportRequest } from './import-worker.ts';

export type ImportRunner = (file: { name: string; bytes: ArrayBuffer }, signal?: AbortSignal) => Promise<ImportResult>;

const aborted = () => new DOMException('Import cancelled', 'AbortError');

async function onMainThread(file: ImportRequest, signal?: AbortSignal): Promise<ImportResult> {
  const { importGraph } = await import('../../domain/formats/import-graph.ts');
  if (signal?.aborted) throw aborted();
  const result = importGraph({ name: file.name, bytes: new Uint8Array(file.bytes) });
  if (signal?.aborted) throw aborted();
  return result;
}

export const importInWorker: ImportRunner = (file, signal) => {
  if (typeof Worker === 'undefined') return onMainThread(file, signal);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(aborted());
    };
    signal?.addEventListener('abort', stop, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<ImportResult>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      // A worker that cannot start (a locked-down browser): the same work, on this thread.
      event.preventDefault();
      finish();
      onMainThread(file, signal).then(resolve, reject);
    };
    // Copied, not transferred: the main thread keeps the bytes for that fallback.
    worker.postMessage({ name: file.name, bytes: file.bytes } satisfies ImportRequest);
  });
};
