import { act, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import type { PlanSettings } from '../../store/app-state';
import { PlanPanel } from './plan-panel';

const RAG: PlanSettings = { targets: ['rag-systems'], choices: {}, includeRecommended: false };

function setup(plan: PlanSettings = RAG, selectedId: string | null = null) {
  const result = renderWithStore(<PlanPanel />, { view: { plan, selectedId } });
  const panel = within(result.container).getByRole('region', { name: 'Plan' });
  return { ...result, panel, ui: within(panel) };
}

/** The step rows, in the order a reader meets them. */
const stepLabels = (panel: HTMLElement) =>
  [...panel.querySelectorAll('.plan-step')].map(
    (li) => within(li as HTMLElement).getAllByRole('button')[0]!.textContent,
  );

const stepOf = (panel: HTMLElement, label: string) =>
  within(panel).getByRole('button', { name: label }).closest('li') as HTMLElement;

afterEach(() => vi.restoreAllMocks());

describe('PlanPanel', () => {
  it('explains itself and offers examples and the selection when there is no target', async () => {
    const { ui, user, store } = setup({ targets: [], choices: {}, includeRecommended: false }, 'docker');
    expect(ui.getByText(/Choose what you want to learn/)).toBeInTheDocument();
    await user.click(ui.getByRole('button', { name: 'Add Docker' }));
    expect(store.getState().plan.targets).toEqual(['docker']);
    expect(ui.queryByRole('button', { name: 'Add Docker' })).not.toBeInTheDocument();
    await user.click(ui.getByRole('button', { name: 'Remove Docker from the plan' }));
    await user.click(ui.getByRole('button', { name: 'RAG Systems' }));
    expect(store.getState().plan.targets).toEqual(['rag-systems']);
  });

  it('lists the steps for RAG Systems by tier, prerequisites first, numbered in order', () => {
    const { panel, ui } = setup();
    const tier1 = ui.getByRole('region', { name: /Tier 1 — Foundation/ });
    const tier2 = ui.getByRole('region', { name: /Tier 2 — Shipping/ });
    expect(within(tier1).getByRole('button', { name: 'Python' })).toBeInTheDocument();
    expect(within(tier2).getByRole('button', { name: 'Embedding Models' })).toBeInTheDocument();
    const labels = stepLabels(panel);
    expect(labels.indexOf('Python')).toBeGreaterThanOrEqual(0);
    expect(labels.indexOf('Python')).toBeLessThan(labels.indexOf('Embedding Models'));
    expect(labels.at(-1)).toBe('RAG Systems');
    const numbers = [...panel.querySelectorAll('.plan-step-number')].map((n) => n.textContent);
    expect(numbers).toEqual(labels.map((_, i) => `${i + 1}.`));
    expect(within(stepOf(panel, 'RAG Systems')).getByText('target')).toBeInTheDocument();
    expect(stepOf(panel, 'Python')).toHaveTextContent('for Data Science Fundamentals');
    expect(ui.getByText(/11 steps/).closest('p')).toHaveTextContent(
      '11 steps: 10 to learn first, then RAG Systems · 0 in progress',
    );
  });

  it('selects an item from its step', async () => {
    const { ui, user, store } = setup();
    await user.click(ui.getByRole('button', { name: 'Embedding Models' }));
    expect(store.getState().selectedId).toBe('embedding-models');
    expect(ui.getByRole('button', { name: 'Embedding Models' })).toHaveAttribute('aria-current', 'true');
  });

  it('drops Python from the plan once it is marked learned in the plan, and can undo', async () => {
    const { panel, ui, user, store } = setup();
    const control = ui.getByRole('radiogroup', { name: 'Progress on Python' });
    await user.click(within(control).getByRole('radio', { name: 'Learned' }));
    expect(store.getState().progress.items).toEqual({ python: 'learned' });
    expect(stepLabels(panel)).not.toContain('Python');
    expect(ui.getByText("1 item you've learned is left out")).toBeInTheDocument();
    expect(panel).toHaveTextContent('Python marked learned and left out of the plan.');
    // Focus does not fall to the page: it moves to the step that took Python's place.
    expect(document.activeElement).toHaveClass('plan-step-label');

    await user.click(ui.getByRole('button', { name: 'Undo' }));
    expect(store.getState().progress.items).toEqual({});
    expect(stepLabels(panel)).toContain('Python');
  });

  it('offers to mark the prerequisites of a step marked learned in the plan, and undoes both', async () => {
    const { panel, ui, user, store } = setup();
    const control = ui.getByRole('radiogroup', { name: 'Progress on Statistics' });
    await user.click(within(control).getByRole('radio', { name: 'Learned' }));
    // Probability was only needed for Statistics, so it leaves too; focus goes to the next step.
    expect(stepLabels(panel)).not.toContain('Statistics');
    expect(stepLabels(panel)).not.toContain('Probability');
    expect(document.activeElement).toHaveTextContent('Predictive Analytics');
    // The row's own offer went with the row; the notice makes it instead.
    expect(panel).toHaveTextContent(
      'Statistics marked learned and left out of the plan. Also mark its prerequisite Probability learned?',
    );
    await user.click(ui.getByRole('button', { name: 'Mark 1 learned' }));
    expect(store.getState().progress.items).toEqual({ statistics: 'learned', probability: 'learned' });
    expect(panel).toHaveTextContent('Statistics and Probability marked learned and left out of the plan.');
    expect(ui.queryByRole('button', { name: /^Mark \d+ learned$/ })).not.toBeInTheDocument();
    expect(ui.getByRole('button', { name: 'Undo' })).toHaveFocus();

    await user.click(ui.getByRole('button', { name: 'Undo' }));
    expect(store.getState().progress.items).toEqual({});
    expect(stepLabels(panel)).toEqual(expect.arrayContaining(['Statistics', 'Probability']));
    // The Undo button is gone: focus goes back to the step it brought back.
    expect(document.activeElement).toHaveTextContent('Statistics');
    expect(document.activeElement).toHaveClass('plan-step-label');
  });

  it('follows progress set elsewhere, and counts steps in progress', () => {
    const { panel, ui, store } = setup();
    act(() => store.getState().setStatus(['gpt'], 'learning'));
    expect(ui.getByText(/in progress/)).toHaveTextContent(
      '11 steps: 10 to learn first, then RAG Systems · 1 in progress',
    );
    act(() => store.getState().setStatus(['python'], 'learned'));
    expect(stepLabels(panel)).not.toContain('Python');
    expect(ui.getByText(/in progress/)).toHaveTextContent(
      '10 steps: 9 to learn first, then RAG Systems · 1 in progress',
    );
  });

  it('adds a second target with the picker, and says which target needs each step', async () => {
    const { panel, ui, user, store } = setup();
    const picker = ui.getByRole('combobox', { name: 'Add a target' });
    await user.type(picker, 'mlflo');
    expect(ui.getByRole('listbox', { name: 'Suggested targets' })).toBeInTheDocument();
    expect(ui.getByRole('option', { name: /^MLflow/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(store.getState().plan.targets).toEqual(['rag-systems', 'mlflow']);
    expect(picker).toHaveValue('');
    expect(ui.getByRole('button', { name: 'Remove MLflow from the plan' })).toBeInTheDocument();
    expect(stepLabels(panel)).toContain('PyTorch');
    expect(stepOf(panel, 'PyTorch')).toHaveTextContent('needed by MLflow');
    expect(stepOf(panel, 'Python')).toHaveTextContent('needed by RAG Systems and MLflow');
    expect(stepOf(panel, 'MLflow')).not.toHaveTextContent('needed by');
    // One target per trace: the canvas button goes away with two.
    expect(ui.queryByRole('button', { name: 'Trace on canvas' })).not.toBeInTheDocument();
  });

  it('chooses a suggestion with the arrow keys or the mouse', async () => {
    const { ui, user, store } = setup();
    const picker = ui.getByRole('combobox', { name: 'Add a target' });
    await user.type(picker, 'docker');
    await user.click(ui.getByRole('option', { name: /^Docker/ }));
    expect(store.getState().plan.targets).toEqual(['rag-systems', 'docker']);
    await user.type(picker, 'kube{ArrowDown}');
    const first = ui.getAllByRole('option')[0]!;
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(picker).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{Enter}');
    expect(store.getState().plan.targets).toHaveLength(3);
  });

  it('removes a target', async () => {
    const { ui, user, store } = setup({ targets: ['rag-systems', 'mlflow'], choices: {}, includeRecommended: false });
    await user.click(ui.getByRole('button', { name: 'Remove RAG Systems from the plan' }));
    expect(store.getState().plan.targets).toEqual(['mlflow']);
    expect(ui.queryByRole('button', { name: 'Embedding Models' })).not.toBeInTheDocument();
    expect(ui.getByRole('combobox', { name: 'Add a target' })).toHaveFocus();
    await user.click(ui.getByRole('button', { name: 'Remove MLflow from the plan' }));
    expect(ui.getByText(/Choose what you want to learn/)).toBeInTheDocument();
  });

  it('changes the plan when an any-of choice changes', async () => {
    const { panel, ui, user, store } = setup();
    expect(panel).toHaveTextContent('Data Science Fundamentals needs one of: Python / R');
    const choice = ui.getByRole('combobox', { name: 'Choice for Data Science Fundamentals' });
    expect(choice).toHaveValue('python');
    await user.selectOptions(choice, 'R');
    expect(store.getState().plan.choices).toEqual({ 'data-science#any-of-0': 'r' });
    const labels = stepLabels(panel);
    expect(labels).toContain('R');
    expect(labels).not.toContain('Python');
  });

  it('shows recommended prerequisites apart when they are included', async () => {
    const { panel, ui, user, store } = setup();
    expect(ui.queryByText('recommended')).not.toBeInTheDocument();
    await user.click(ui.getByRole('checkbox', { name: 'Include recommended prerequisites' }));
    expect(store.getState().plan.includeRecommended).toBe(true);
    const langchain = stepOf(panel, 'LangChain');
    expect(langchain).toHaveClass('plan-step-recommended');
    expect(within(langchain).getByText('recommended')).toBeInTheDocument();
    expect(within(stepOf(panel, 'Python')).queryByText('recommended')).not.toBeInTheDocument();
    expect(ui.getByRole('combobox', { name: 'Choice for RAG Systems' })).toHaveValue('langchain');
    await user.click(ui.getByRole('checkbox', { name: 'Include recommended prerequisites' }));
    expect(stepLabels(panel)).not.toContain('LangChain');
  });

  it('traces the target on the canvas', async () => {
    const { ui, user, store } = setup();
    await user.click(ui.getByRole('button', { name: 'Trace on canvas' }));
    expect(store.getState().trace).toMatchObject({ mode: 'prerequisites', id: 'rag-systems' });
  });

  it('downloads the plan as Markdown and CSV, and prints', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:plan';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { ui, user } = setup();

    await user.click(ui.getByRole('button', { name: 'Export Markdown' }));
    await user.click(ui.getByRole('button', { name: 'Export CSV' }));
    expect(names).toEqual(['learning-plan-rag-systems.md', 'learning-plan-rag-systems.csv']);
    const markdown = await blobs[0]!.text();
    expect(markdown.startsWith('# Learning plan: RAG Systems\n')).toBe(true);
    expect(markdown.indexOf('**Python**')).toBeLessThan(markdown.indexOf('**Embedding Models**'));
    const csv = await blobs[1]!.text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'order,id,label,kind,tier,category,needed_by,via,recommended_only,status,description,links',
    );

    await user.click(ui.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says so when the browser cannot save files', async () => {
    const original = URL.createObjectURL;
    // jsdom has no object URLs at all; make sure of it whatever the version.
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
    try {
      const { ui, user, store } = setup();
      await user.click(ui.getByRole('button', { name: 'Export CSV' }));
      expect(store.getState().notices.map((n) => n.message)).toEqual(['This browser cannot save files from the page.']);
    } finally {
      Object.defineProperty(URL, 'createObjectURL', { value: original, configurable: true });
    }
  });

  it('says when everything the targets need is learned', () => {
    const { ui, store } = setup();
    act(() => store.getState().setStatus(['rag-systems'], 'learned'));
    expect(ui.getByText('You have learned everything these targets need.')).toBeInTheDocument();
    expect(ui.getByText(/1 item you've learned is left out, with 10 items only it needed/)).toBeInTheDocument();
  });

  it('marks several items learned at once from "I already know…"', async () => {
    const { panel, ui, user, store } = setup();
    const known = ui.getByRole('combobox', { name: 'Pick what you know' });
    await user.type(known, 'pyth');
    await user.click(ui.getByRole('option', { name: /^Pythonlanguage/ }));
    await user.type(known, 'sql');
    await user.click(ui.getByRole('option', { name: /^SQLlanguage/ }));
    expect(ui.getByRole('button', { name: 'Unpick Python' })).toBeInTheDocument();
    // Nothing changes until the learner says so.
    expect(store.getState().progress.items).toEqual({});
    await user.click(ui.getByRole('button', { name: 'Mark 2 learned' }));
    expect(store.getState().progress.items).toEqual({ python: 'learned', sql: 'learned' });
    expect(stepLabels(panel)).not.toContain('Python');
    expect(ui.queryByRole('button', { name: 'Unpick Python' })).not.toBeInTheDocument();
    // Learned items are no longer offered.
    await user.type(known, 'pyth');
    expect(ui.queryByRole('option', { name: /^Pythonlanguage/ })).not.toBeInTheDocument();
  });

  it('marks everything before a chosen step learned, in plan order', async () => {
    const { panel, ui, user, store } = setup();
    const before = stepLabels(panel);
    const group = ui.getByRole('group', { name: 'Mark everything before step' });
    await user.selectOptions(within(group).getByRole('combobox'), `4. ${before[3]}`);
    await user.click(within(group).getByRole('button', { name: 'Mark 3 steps learned' }));
    const { index } = store.getState().atlas;
    const learned = Object.keys(store.getState().progress.items).map((id) => index.byId.get(id)!.label);
    expect(learned.sort()).toEqual(before.slice(0, 3).sort());
    expect(stepLabels(panel)[0]).toBe(before[3]);
    // The panel's notice can take it back.
    await user.click(ui.getByRole('button', { name: 'Undo' }));
    expect(store.getState().progress.items).toEqual({});
  });

  it('plans for a learning objective: what achieves it, the objective itself not a step', () => {
    const { panel, ui } = setup({ targets: ['t2-implement-rag-systems'], choices: {}, includeRecommended: false });
    const steps = stepLabels(panel);
    expect(steps).toContain('RAG Systems');
    expect(steps).toContain('LangChain');
    expect(steps).not.toContain('Implement RAG systems');
    expect(ui.getByText(/in progress/)).toHaveTextContent(`${steps.length} steps · 0 in progress`);
    expect(panel).toHaveTextContent('Implement RAG systems needs one of: LangChain / LlamaIndex');
  });
});
