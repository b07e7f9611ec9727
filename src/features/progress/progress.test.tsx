import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import type { GraphIndex } from '../../domain/graph-index';
import { inLevel } from '../../domain/levels';
import { EMPTY_PROGRESS, withStatus, type Progress } from '../../domain/progress';
import { readyToLearn } from '../../domain/queries/ready';
import type { Tier } from '../../domain/vocabulary';
import { ProgressPanel } from './progress-panel';
import { progressFileText } from './progress-file';

afterEach(() => {
  vi.restoreAllMocks();
});

const panel = () => screen.getByRole('region', { name: 'Progress' });
const list = (name: string) => within(panel()).getByRole('list', { name });
const row = (listName: string, name: RegExp) => {
  const found = within(list(listName))
    .getAllByRole('listitem')
    .find((li) => name.test(li.textContent ?? ''));
  if (!found) throw new Error(`no row ${name} in ${listName}`);
  return found;
};
const readySection = () => screen.getByRole('region', { name: /^Ready to learn now/ });
const importInput = () => screen.getByLabelText<HTMLInputElement>('Import progress');
const jsonFile = (text: string, name = 'progress.json') => new File([text], name, { type: 'application/json' });

/** Expected counts, worked out from the nodes directly: distinct checklist names per tier. */
function expectedTally(index: GraphIndex, progress: Progress, tiers: readonly Tier[]) {
  const names = new Map<string, string[]>();
  for (const n of index.graph.nodes)
    if (n.tier !== undefined && tiers.includes(n.tier) && n.checklist)
      names.set(n.checklist, [...(names.get(n.checklist) ?? []), n.id]);
  const statuses = [...names.values()].map((ids) => ids.map((id) => progress.items[id] ?? 'not-started'));
  const learned = statuses.filter((s) => s.every((x) => x === 'learned')).length;
  const learning = statuses.filter((s) => !s.every((x) => x === 'learned') && s.some((x) => x !== 'not-started'));
  return `${learned} of ${names.size} checklist rows learned, ${learning.length} learning`;
}

describe('ProgressPanel', () => {
  it('sets the level from the "Level" radio group', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    const group = within(panel()).getByRole('radiogroup', { name: 'Level' });
    expect(within(group).getByRole('radio', { name: 'All tiers (no level)' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Beginner (Tier 1)' }));
    expect(store.getState().level).toBe('beginner');
    await user.click(within(group).getByRole('radio', { name: 'Advanced (Tiers 1–3)' }));
    expect(store.getState().level).toBe('advanced');
    await user.click(within(group).getByRole('radio', { name: 'All tiers (no level)' }));
    expect(store.getState().level).toBeNull();
    expect(within(panel()).getByText(/Levels are cumulative/)).toBeInTheDocument();
  }, 30_000); // the file's first test also loads and validates the real graph-data: slow on a busy machine

  it('shows checklist counts per tier and per level, computed from the data', () => {
    const { store } = renderWithStore(<ProgressPanel />);
    const { index } = store.getState().atlas;
    act(() => {
      store.getState().setStatus(['python', 'sql'], 'learned');
      store.getState().setStatus(['numpy'], 'learning');
      // Half of a shared checklist row: it counts as learning.
      store.getState().setStatus(['openai-file-search'], 'learned');
    });
    const { progress } = store.getState();
    expect(expectedTally(index, EMPTY_PROGRESS, [1])).toBe('0 of 56 checklist rows learned, 0 learning'); // cross-check
    expect(row('By tier', /Tier 1/)).toHaveTextContent(expectedTally(index, progress, [1]));
    expect(row('By tier', /Tier 2/)).toHaveTextContent(expectedTally(index, progress, [2]));
    expect(row('By tier', /Tier 3/)).toHaveTextContent(expectedTally(index, progress, [3]));
    expect(row('By level', /^Beginner/)).toHaveTextContent(expectedTally(index, progress, [1]));
    expect(row('By level', /^Intermediate/)).toHaveTextContent(expectedTally(index, progress, [1, 2]));
    expect(row('By level', /^Advanced/)).toHaveTextContent(expectedTally(index, progress, [1, 2, 3]));
    expect(row('By tier', /Tier 2/)).toHaveTextContent(/learned, 1 learning/);

    // Nodes in a tier without a checklist row are named apart, not counted.
    for (const tier of [1, 2] as const) {
      const further = index.graph.nodes.filter(
        (n) => n.tier === tier && !n.checklist && !['tier', 'objective', 'sub-objective'].includes(n.kind),
      );
      expect(further.length).toBeGreaterThan(0);
      const text = row('By tier', new RegExp(`Tier ${tier}`)).textContent ?? '';
      expect(text).toContain(`Plus ${further.length} further item`);
      for (const n of further) expect(text).toContain(n.label);
    }
  });

  it('shows each learning objective of the level met part by part, and plans one', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />, { view: { level: 'intermediate' } });
    const section = screen.getByRole('region', { name: 'Learning objectives' });
    // Intermediate covers Tiers 1 and 2: ten objectives, none of Tier 3.
    expect(within(section).getByRole('button', { name: 'Build Advanced ML' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Scale Systems' })).not.toBeInTheDocument();
    const row = () => within(section).getByRole('button', { name: 'Build Advanced ML' }).closest('li')!;
    expect(row()).toHaveTextContent('0 of 3 parts met');
    // One of LangChain and LlamaIndex is enough for "Implement RAG systems".
    act(() => store.getState().setStatus(['rag-systems', 'llamaindex'], 'learned'));
    expect(row()).toHaveTextContent('1 of 3 parts met');
    expect(row()).toHaveTextContent(/Implement RAG systems\s*met/);
    // RAG Systems is one requirement, the LangChain-or-LlamaIndex choice another.
    act(() => store.getState().setStatus(['llamaindex'], 'not-started'));
    expect(row()).toHaveTextContent(/Implement RAG systems\s*1 of 2 needed learned/);
    await user.click(within(row()).getByRole('button', { name: 'Plan it: Build Advanced ML' }));
    expect(store.getState().plan.targets).toEqual(['t2-build-advanced-ml']);
    expect(store.getState().view).toBe('plan');
  });

  it('lists the starting points, then what learning Python opens up', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    const { index } = store.getState().atlas;
    expect(readySection()).toHaveTextContent(/Nothing is marked learned yet, so these are the starting points/);
    expect(within(readySection()).getByRole('button', { name: 'Python' })).toBeInTheDocument();
    expect(within(readySection()).queryByRole('button', { name: 'NumPy' })).not.toBeInTheDocument();

    act(() => store.getState().setStatus(['python'], 'learned'));
    expect(within(readySection()).getByRole('button', { name: 'NumPy' })).toBeInTheDocument();
    expect(readySection()).not.toHaveTextContent(/starting points/);
    // Python was on the list when it was learned, so it stays, showing its new status.
    expect(
      within(within(readySection()).getByRole('radiogroup', { name: 'Progress on Python' })).getByRole('radio', {
        name: 'Learned',
      }),
    ).toBeChecked();

    // Counts per tier match the query.
    const ready = readyToLearn(index, new Set(['python']));
    const tier1 = ready.filter((id) => index.byId.get(id)!.tier === 1).length;
    expect(within(readySection()).getByRole('heading', { name: /Tier 1/ })).toHaveTextContent(`${tier1} ready`);

    await user.click(within(readySection()).getByRole('button', { name: 'NumPy' }));
    expect(store.getState().selectedId).toBe('numpy');
  });

  it('scopes the ready list to the chosen level', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    const { index } = store.getState().atlas;
    act(() => store.getState().setStatus(['python'], 'learned'));
    expect(within(readySection()).getByRole('heading', { name: /Tier 2/ })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Beginner (Tier 1)' }));
    expect(within(readySection()).queryByRole('heading', { name: /Tier 2/ })).not.toBeInTheDocument();
    const expected = readyToLearn(index, new Set(['python'])).filter((id) =>
      inLevel(index.byId.get(id)!, 'beginner'),
    ).length;
    expect(within(readySection()).getByRole('heading', { name: /^Ready to learn now/ })).toHaveTextContent(
      String(expected),
    );
  });

  it('imports a valid file, replacing the progress', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    act(() => store.getState().setStatus(['sql'], 'learned'));
    const text = JSON.stringify({
      version: 2,
      items: { python: 'learned', numpy: 'learning', 'no-such-item': 'learned' },
    });
    await user.upload(importInput(), jsonFile(text));
    await waitFor(() =>
      expect(store.getState().progress).toEqual({ version: 2, items: { python: 'learned', numpy: 'learning' } }),
    );
    const messages = store.getState().notices.map((n) => n.message);
    expect(messages).toContain('Imported progress: 2 items');
    expect(messages.some((m) => m.includes('no-such-item'))).toBe(true);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['broken JSON', '{', /not valid JSON/],
    ['a wrong shape', '{"version":2,"items":["python"]}', /unknown shape/],
    ['an empty file', '', /the file is empty/],
  ])('refuses %s and changes nothing', async (_, text, message) => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    act(() => store.getState().setStatus(['sql'], 'learned'));
    const before = store.getState().progress;
    await user.upload(importInput(), jsonFile(text, 'bad.json'));
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Could not import “bad.json”');
    expect(alert).toHaveTextContent('Your progress is unchanged.');
    expect(store.getState().progress).toBe(before);
    expect(store.getState().notices).toEqual([]);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a file over 2 MB', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    await user.upload(
      importInput(),
      new File([new Uint8Array(2 * 1024 * 1024 + 10)], 'huge.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/too large .* at most 2 MB/);
    expect(store.getState().progress).toBe(EMPTY_PROGRESS);
  });

  it('exports the stored JSON as stack-atlas-progress.json', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    act(() => store.getState().setStatus(['python'], 'learned'));
    const blobs: (Blob | MediaSource)[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob), 'blob:progress'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(downloads).toEqual(['stack-atlas-progress.json']);
    const blob = blobs[0];
    if (!(blob instanceof Blob)) throw new Error('no file was made');
    expect(await blob.text()).toBe(progressFileText(store.getState().progress));
    expect(JSON.parse(await blob.text())).toEqual({ version: 2, items: { python: 'learned' } });
  });

  it('says so when the browser cannot save files', async () => {
    // Some environments (older jsdom, locked-down browsers) have no object URLs.
    const original = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
    try {
      const { user } = renderWithStore(<ProgressPanel />);
      await user.click(screen.getByRole('button', { name: 'Export progress' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/cannot save files/);
    } finally {
      if (original) Object.defineProperty(URL, 'createObjectURL', original);
    }
  });

  it('resets progress only after confirmation', async () => {
    const { store, user } = renderWithStore(<ProgressPanel />);
    act(() => store.getState().setStatus(['python', 'sql'], 'learned'));
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    expect(panel()).toHaveTextContent('Reset all progress? This clears 2 items');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.keys(store.getState().progress.items)).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Reset progress' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().progress).toEqual(withStatus(EMPTY_PROGRESS, [], 'learned'));
    expect(store.getState().notices.map((n) => n.message)).toContain('Progress reset: 2 items cleared.');
    expect(readySection()).toHaveTextContent(/starting points/);
  });
});
