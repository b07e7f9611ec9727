import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { prerequisiteClosure } from '../../domain/queries/closure';
import { shortestPath } from '../../domain/queries/path';
import { selectVisibility } from '../../store/selectors';
import { PathFinder } from './path-finder';
import { TraceBar } from './trace-bar';

const traceGroup = () => screen.getByRole('group', { name: 'Trace' });

describe('TraceBar', () => {
  it('is empty while nothing is traced', () => {
    renderWithStore(<TraceBar />);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('counts the prerequisites of RAG Systems per tier', () => {
    const { store } = renderWithStore(<TraceBar />);
    act(() => store.getState().traceFrom('rag-systems', 'prerequisites'));
    // Worked out independently of the bar: the whole requires closure, by tier.
    const { index } = store.getState().atlas;
    const chain = [...prerequisiteClosure(index, ['rag-systems'])];
    const inTier = (t: number) => chain.filter((id) => index.byId.get(id)?.tier === t).length;
    expect(inTier(3)).toBe(0);
    expect(traceGroup()).toHaveTextContent(
      `Prerequisites of RAG Systems: ${chain.length} items to learn (Tier 1: ${inTier(1)}, Tier 2: ${inTier(2)})`,
    );
    // Announced too, for people who started the trace from another panel.
    expect(screen.getByRole('status')).toHaveTextContent(`Prerequisites of RAG Systems: ${chain.length} items to learn`);
  });

  it('leaves learned items out of the count, and says how many it met', () => {
    const { store } = renderWithStore(<TraceBar />, {
      view: { trace: { mode: 'prerequisites', id: 'rag-systems', alone: false } },
    });
    const before = Number(/: (\d+) items to learn/.exec(traceGroup().textContent ?? '')?.[1]);
    // Python is below everything RAG Systems needs; Probability only below some of it.
    act(() => store.getState().setStatus(['python'], 'learned'));
    expect(traceGroup()).toHaveTextContent(`: ${before - 1} items to learn`);
    expect(traceGroup()).toHaveTextContent(/, 1 learned already/);
    const { inFocus, learnedInHighlight } = selectVisibility(store.getState());
    expect(inFocus.has('python')).toBe(false);
    expect([...learnedInHighlight]).toEqual(['python']);
  });

  it('shows the chain alone and the whole graph again', async () => {
    const { store, user } = renderWithStore(<TraceBar />, {
      view: { selectedId: 'rag-systems', trace: { mode: 'prerequisites', id: 'rag-systems', alone: false } },
    });
    const toggle = within(traceGroup()).getByRole('button', { name: 'Show the chain alone' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(store.getState().trace?.alone).toBe(true);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(store.getState().trace?.alone).toBe(false);
  });

  it('switches between prerequisites and unlocks, and clears', async () => {
    const { store, user } = renderWithStore(<TraceBar />, {
      view: { selectedId: 'rag-systems', trace: { mode: 'prerequisites', id: 'rag-systems', alone: true } },
    });
    await user.click(screen.getByRole('button', { name: 'Switch to unlocks' }));
    expect(store.getState().trace).toEqual({ mode: 'unlocks', id: 'rag-systems', alone: true });
    expect(traceGroup()).toHaveTextContent(/^What RAG Systems unlocks: 1 item to learn \(Tier 2: 1\)/);
    await user.click(screen.getByRole('button', { name: 'Switch to prerequisites' }));
    expect(store.getState().trace?.mode).toBe('prerequisites');
    await user.click(screen.getByRole('button', { name: 'Clear trace' }));
    expect(store.getState().trace).toBeNull();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('counts what Python unlocks across all three tiers', () => {
    renderWithStore(<TraceBar />, { view: { trace: { mode: 'unlocks', id: 'python', alone: false } } });
    expect(traceGroup()).toHaveTextContent(/^What Python unlocks: \d+ items to learn \(Tier 1: \d+, Tier 2: \d+, Tier 3: \d+\)/);
  });

  it('says how many items of the chain the filters hide', () => {
    const { store } = renderWithStore(<TraceBar />, {
      view: { trace: { mode: 'prerequisites', id: 'rag-systems', alone: false } },
    });
    act(() => store.getState().toggleFilter('tier', '1'));
    expect(traceGroup()).toHaveTextContent(/· \d+ hidden by the filters/);
  });

  it('tells items outside the chosen level from items the filters hide', () => {
    const { store } = renderWithStore(<TraceBar />, {
      view: { trace: { mode: 'prerequisites', id: 'rag-systems', alone: false }, level: 'beginner' },
    });
    // The level leaves out RAG Systems' Tier 2 prerequisites; no filter is on.
    expect(traceGroup()).toHaveTextContent(/· 5 outside the chosen level(?!,)/);
    expect(traceGroup()).not.toHaveTextContent('filters');
    act(() => store.getState().toggleFilter('tier', '1'));
    expect(traceGroup()).toHaveTextContent(/· 5 outside the chosen level, 12 hidden by the filters/);
  });

  it('clears the trace on Escape', async () => {
    const { store, user } = renderWithStore(<TraceBar />, {
      view: { trace: { mode: 'prerequisites', id: 'docker', alone: false } },
    });
    await user.keyboard('{Escape}');
    expect(store.getState().trace).toBeNull();
  });

  it('describes a found path and clears it', async () => {
    const { store, user } = renderWithStore(<TraceBar />, {
      view: { path: { from: 'python', to: 'rag-systems', kinds: ['requires'] } },
    });
    const group = screen.getByRole('group', { name: 'Path' });
    expect(group).toHaveTextContent('Path from Python to RAG Systems: 2 steps');
    await user.click(within(group).getByRole('button', { name: 'Clear path' }));
    expect(store.getState().path).toBeNull();
    expect(screen.queryByRole('group', { name: 'Path' })).not.toBeInTheDocument();
  });

  it('says plainly when there is no path', () => {
    renderWithStore(<TraceBar />, { view: { path: { from: 'aws-fargate', to: 'numpy', kinds: ['requires'] } } });
    expect(screen.getByRole('group', { name: 'Path' })).toHaveTextContent(
      'No path between AWS Fargate and NumPy over requires',
    );
  });
});

const paths = () => screen.getByRole('region', { name: 'Paths' });
const checkbox = (name: string) => within(paths()).getByRole('checkbox', { name });

describe('PathFinder', () => {
  it('offers every relation kind, following requires, builds on and uses by default', () => {
    renderWithStore(<PathFinder />);
    const boxes = within(paths()).getAllByRole('checkbox');
    expect(boxes).toHaveLength(7);
    expect(boxes.filter((b) => (b as HTMLInputElement).checked).map((b) => b.closest('label')!.textContent)).toEqual([
      'prerequisite → what needs it',
      'builds on',
      'uses',
    ]);
    expect(within(paths()).getByRole('group', { name: 'Follow these relations' })).toBeInTheDocument();
  });

  it('finds Python → RAG Systems over requires and lists the steps', async () => {
    const { store, user } = renderWithStore(<PathFinder />);
    await user.type(within(paths()).getByRole('combobox', { name: 'From' }), 'pyth');
    await user.click(screen.getByRole('option', { name: /^Python\s*language/ }));
    expect(within(paths()).getByRole('combobox', { name: 'From' })).toHaveValue('Python');
    await user.type(within(paths()).getByRole('combobox', { name: 'To' }), 'RAG Sys');
    await user.keyboard('{Enter}'); // the first suggestion
    expect(within(paths()).getByRole('combobox', { name: 'To' })).toHaveValue('RAG Systems');
    await user.click(checkbox('builds on'));
    await user.click(checkbox('uses'));
    await user.click(within(paths()).getByRole('button', { name: 'Find path' }));

    expect(store.getState().path).toEqual({ from: 'python', to: 'rag-systems', kinds: ['requires'] });
    const expected = shortestPath(store.getState().atlas.index, 'python', 'rag-systems', { kinds: ['requires'] })!;
    const list = within(paths()).getByRole('list', { name: 'Path from Python to RAG Systems' });
    const steps = within(list).getAllByRole('listitem');
    expect(steps.map((li) => within(li).getByRole('button').textContent)).toEqual([
      'Python',
      'LangChain',
      'RAG Systems',
    ]);
    expect(expected.nodes).toEqual(['python', 'langchain', 'rag-systems']);
    // Read from Python's end: LangChain requires Python, so Python "is required by" LangChain.
    expect(steps[1]).toHaveTextContent(/^is required by\s*LangChain$/);
    expect(steps[2]).toHaveTextContent(/^is required by\s*RAG Systems$/);
    expect(within(paths()).getByText(/2 steps from/)).toHaveTextContent(
      '2 steps from Python to RAG Systems over requires.',
    );

    await user.click(within(list).getByRole('button', { name: 'LangChain' }));
    expect(store.getState().selectedId).toBe('langchain');
    expect(store.getState().path).not.toBeNull();
  });

  it('says which steps the level leaves off the canvas', () => {
    renderWithStore(<PathFinder />, {
      view: { path: { from: 'python', to: 'rag-systems', kinds: ['requires'] }, level: 'beginner' },
    });
    const list = within(paths()).getByRole('list', { name: 'Path from Python to RAG Systems' });
    const steps = within(list).getAllByRole('listitem');
    expect(steps[0]).not.toHaveTextContent('outside');
    expect(steps[1]).toHaveTextContent(/LangChain\s*outside the chosen level$/);
    expect(list).not.toHaveTextContent('hidden by the filters');
  });

  it('reads a relation forwards when the path walks along the edge', async () => {
    const { user } = renderWithStore(<PathFinder />, {
      view: { path: { from: 'rag-systems', to: 'python', kinds: ['requires'] } },
    });
    const list = within(paths()).getByRole('list', { name: 'Path from RAG Systems to Python' });
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(/^requires\s*LangChain$/);
    // A path from a link fills the form in.
    expect(within(paths()).getByRole('combobox', { name: 'From' })).toHaveValue('RAG Systems');
    expect(checkbox('uses')).not.toBeChecked();
    await user.click(within(paths()).getByRole('button', { name: 'Swap From and To' }));
    expect(within(paths()).getByRole('combobox', { name: 'From' })).toHaveValue('Python');
    // An unfinished name moves with its end, empty, rather than staying behind.
    await user.clear(within(paths()).getByRole('combobox', { name: 'To' }));
    await user.type(within(paths()).getByRole('combobox', { name: 'To' }), 'Dock');
    await user.click(within(paths()).getByRole('button', { name: 'Swap From and To' }));
    expect(within(paths()).getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(within(paths()).getByRole('combobox', { name: 'To' })).toHaveValue('Python');
  });

  it('says so when no path exists over the chosen relations', async () => {
    const { store, user } = renderWithStore(<PathFinder />);
    // Checked first: AWS Fargate has no requires edge at all, so nothing links it to NumPy that way.
    const { index } = store.getState().atlas;
    expect(shortestPath(index, 'aws-fargate', 'numpy', { kinds: ['requires'] })).toBeNull();

    await user.type(within(paths()).getByRole('combobox', { name: 'From' }), 'AWS Fargate');
    await user.type(within(paths()).getByRole('combobox', { name: 'To' }), 'NumPy');
    await user.click(checkbox('builds on'));
    await user.click(checkbox('uses'));
    await user.click(within(paths()).getByRole('button', { name: 'Find path' }));
    expect(store.getState().path).toEqual({ from: 'aws-fargate', to: 'numpy', kinds: ['requires'] });
    expect(paths()).toHaveTextContent(
      'No path between AWS Fargate and NumPy over the chosen relations. Try adding more relation kinds.',
    );
    expect(within(paths()).queryByRole('list', { name: /^Path from/ })).not.toBeInTheDocument();

    await user.click(within(paths()).getByRole('button', { name: 'Clear' }));
    expect(store.getState().path).toBeNull();
    expect(within(paths()).getByRole('button', { name: 'Find path' })).toHaveFocus();
  });

  it('uses the selected item as either end', async () => {
    const { store, user } = renderWithStore(<PathFinder />, { view: { selectedId: 'docker' } });
    await user.click(within(paths()).getByRole('button', { name: 'Use selected item as From' }));
    expect(within(paths()).getByRole('combobox', { name: 'From' })).toHaveValue('Docker');
    act(() => store.getState().select('kubernetes'));
    await user.click(within(paths()).getByRole('button', { name: 'Use selected item as To' }));
    expect(within(paths()).getByRole('combobox', { name: 'To' })).toHaveValue('Kubernetes');
    await user.click(within(paths()).getByRole('button', { name: 'Find path' }));
    expect(store.getState().path).toMatchObject({ from: 'docker', to: 'kubernetes' });
  });

  it('says what is missing instead of searching', async () => {
    const { store, user } = renderWithStore(<PathFinder />);
    await user.click(within(paths()).getByRole('button', { name: 'Find path' }));
    expect(within(paths()).getByRole('alert')).toHaveTextContent('Choose an item to start from.');
    await user.type(within(paths()).getByRole('combobox', { name: 'From' }), 'Docker');
    await user.type(within(paths()).getByRole('combobox', { name: 'To' }), 'Docker');
    await user.click(within(paths()).getByRole('button', { name: 'Find path' }));
    expect(within(paths()).getByRole('alert')).toHaveTextContent('Choose two different items.');
    expect(store.getState().path).toBeNull();
  });
});
