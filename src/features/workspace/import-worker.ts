/**
 * Reads a graph file off the main thread: parsing and checking a large file takes seconds, and the
 * page stays responsive meanwhile (and can cancel by terminating the worker).
 */
import '../../domain/zod-without-eval.ts';
import { importGraph, type ImportResult } from '../../domain/formats/import-graph.ts';

export type ImportRequest = { name: string; bytes: ArrayBuffer };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  // importGraph never throws: whatever the bytes, the reply is a graph or a list of problems.
  const result: ImportResult = importGraph({ name: event.data.name, bytes: new Uint8Array(event.data.bytes) });
  (self as unknown as Worker).postMessage(result);
};
