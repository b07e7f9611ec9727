/**
 * Opening a graph file, step by step: read and check it (in a worker), confirm a very large one,
 * lay it out (in a worker, with progress), then switch the workspace. Until that last step nothing
 * in the store changes, so problems, a cancel or a failure leave the graph, the view and the
 * progress exactly as they were.
 */
import { useEffect, useRef, useState } from 'react';
import { progressKey, readStoredProgress } from '../../store/progress-storage';
import { createAtlas, createAtlasInSteps, type Atlas } from '../../domain/atlas';
import type { ImportResult } from '../../domain/formats/import-graph';
import type { Graph } from '../../domain/graph';
import type { GraphIndex } from '../../domain/graph-index';
import type { Problem } from '../../domain/problems';
import { readProgress, type Progress } from '../../domain/progress';
import { DRAFT_LIMIT, drawsAsLargeGraph } from '../../encoding/large-graph';
import { layoutInWorker } from '../../layouts/layout-in-worker';
import type { AppState, AppStore, Workspace } from '../../store/app-state';
import { useAppStoreApi } from '../../store/store-context';
import type { LayoutPositions } from '../../store/view-options';
import { importInWorker, type ImportRunner } from './import-in-worker';
import { OPENED, openedMessage } from './workspace-text';

/** The built-in graph, kept as it was loaded so "Back to the curriculum" restores it exactly. */
export interface Curriculum {
  atlas: Atlas;
  positions: LayoutPositions;
}

export type LayoutRunner = typeof layoutInWorker;

export type ImportStage =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'problems'; name: string; problems: Problem[] }
  | { step: 'confirm'; name: string; nodes: number }
  | { step: 'layout'; name: string; done: number; total: number }
  | { step: 'drawing'; name: string; done: number; total: number };

type Opened = Extract<ImportResult, { ok: true }>;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failure = (name: string, message: string): ImportStage => ({
  step: 'problems',
  name,
  problems: [{ file: name, path: '', message }],
});

/**
 * Waits for the canvas to take every element in, reporting progress; if `signal` aborts first,
 * calls `onAbort` synchronously and answers false.
 */
function drawn(
  store: AppStore,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
  onAbort: () => void,
) {
  return new Promise<boolean>((resolve) => {
    const check = ({ drawing }: AppState) => {
      if (!drawing) return false;
      onProgress(drawing.done, drawing.total);
      return drawing.done >= drawing.total;
    };
    const finish = (complete: boolean) => {
      unsubscribe();
      signal.removeEventListener('abort', abort);
      resolve(complete);
    };
    const abort = () => {
      onAbort();
      finish(false);
    };
    const unsubscribe = store.subscribe((state) => {
      if (check(state)) finish(true);
    });
    signal.addEventListener('abort', abort, { once: true });
    if (signal.aborted) abort();
    else if (check(store.getState())) finish(true);
  });
}

export interface GraphImportOptions {
  /** By default the graph the store holds when the controls first render (the app starts on it). */
  curriculum?: Curriculum;
  runImport?: ImportRunner;
  runLayout?: LayoutRunner;
}

export function useGraphImport({
  curriculum,
  runImport = importInWorker,
  runLayout = layoutInWorker,
}: GraphImportOptions) {
  const store = useAppStoreApi();
  const [builtIn] = useState<Curriculum>(
    () => curriculum ?? { atlas: store.getState().atlas, positions: store.getState().positions },
  );
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  /** The run in progress: a new file, a cancel or leaving the page aborts it. */
  const run = useRef<AbortController | null>(null);
  /** A large graph waiting for the person's go-ahead. */
  const waiting = useRef<{ name: string; result: Opened } | null>(null);
  /**
   * Each workspace's progress as it was when it was left. Storage holds the same whenever saving
   * works; where it does not (blocked or full storage) this is the only copy.
   */
  const left = useRef(new Map<string, Progress>());

  useEffect(() => () => run.current?.abort(), []);

  function progressFor(workspace: Workspace, index: GraphIndex) {
    const remembered = left.current.get(progressKey(workspace));
    if (!remembered) return readStoredProgress(workspace, index);
    // Checked against the graph being opened: a file of the same name may hold other ids now.
    const reading = readProgress(JSON.stringify(remembered), index);
    return reading.ok ? reading : readStoredProgress(workspace, index);
  }

  function switchTo(atlas: Atlas, positions: LayoutPositions, workspace: Workspace) {
    const state = store.getState();
    // "Opened …" speaks of the graph being left: it goes with it.
    for (const notice of state.notices) if (notice.message.startsWith(OPENED)) state.dismiss(notice.id);
    left.current.set(progressKey(state.workspace), state.progress);
    const { progress, notes } = progressFor(workspace, atlas.index);
    state.openWorkspace({ atlas, positions, workspace, progress });
    for (const note of notes) store.getState().notify(note);
  }

  function begin() {
    run.current?.abort();
    waiting.current = null;
    const controller = new AbortController();
    run.current = controller;
    return controller;
  }

  async function layOut(
    name: string,
    { graph, warnings }: { graph: Graph; warnings: string[] },
    controller: AbortController,
  ) {
    const { signal } = controller;
    setStage({ step: 'layout', name, done: 0, total: 4 });
    let positions: LayoutPositions;
    try {
      positions = await runLayout(graph, {
        signal,
        onProgress: (done, total) => {
          if (!signal.aborted) setStage({ step: 'layout', name, done, total });
        },
      });
    } catch (error) {
      if (!signal.aborted) setStage(failure(name, `could not be laid out: ${reason(error)}`));
      return;
    }
    if (signal.aborted) return;
    // A large graph's result, its index, its search index and the switch to it are four tasks, not
    // one (each 0.1–0.4 s at 20,000–45,000 nodes): the page answers input in between.
    const large = drawsAsLargeGraph(graph);
    if (large) await nextTask();
    if (signal.aborted) return;
    let atlas: Atlas;
    try {
      atlas = large ? await createAtlasInSteps(graph, nextTask) : createAtlas(graph);
    } catch (error) {
      setStage(failure(name, `could not be opened: ${reason(error)}`));
      return;
    }
    if (large) await nextTask();
    if (signal.aborted) return;
    const before = store.getState();
    switchTo(atlas, positions, { kind: 'imported', name });
    // A large graph is drawn by slices (graph-view/use-sliced-loading.ts); until every element is
    // in, Cancel puts back the state from before the switch: graph, view, progress and notices.
    // At once, in the abort itself: "Back to the curriculum" or another file then starts from it.
    const restore = () => store.setState(before, true);
    const onProgress = (done: number, total: number) => setStage({ step: 'drawing', name, done, total });
    if (large && !(await drawn(store, signal, onProgress, restore))) return;
    run.current = null;
    store.getState().notify(openedMessage(name, graph.nodes.length, graph.edges.length, warnings));
    setStage({ step: 'idle' });
  }

  async function open(file: File) {
    const controller = begin();
    const { name } = file;
    setStage({ step: 'reading', name });
    let result: ImportResult;
    try {
      const bytes = await file.arrayBuffer();
      if (controller.signal.aborted) return;
      result = await runImport({ name, bytes }, controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) setStage(failure(name, `could not read the file: ${reason(error)}`));
      return;
    }
    if (controller.signal.aborted) return;
    if (!result.ok) {
      run.current = null;
      setStage({ step: 'problems', name, problems: result.problems });
      return;
    }
    if (result.graph.nodes.length > DRAFT_LIMIT) {
      waiting.current = { name, result };
      setStage({ step: 'confirm', name, nodes: result.graph.nodes.length });
      return;
    }
    await layOut(name, result, controller);
  }

  function confirm() {
    const pending = waiting.current;
    const controller = run.current;
    if (!pending || !controller) return;
    waiting.current = null;
    void layOut(pending.name, pending.result, controller);
  }

  function cancel() {
    run.current?.abort();
    run.current = null;
    waiting.current = null;
    setStage({ step: 'idle' });
  }

  function backToCurriculum() {
    cancel();
    switchTo(builtIn.atlas, builtIn.positions, { kind: 'curriculum' });
  }

  return { stage, open, confirm, cancel, dismiss: cancel, backToCurriculum };
}
