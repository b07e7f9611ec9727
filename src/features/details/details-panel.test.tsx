import { act, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { prerequisiteClosure } from '../../domain/queries/closure';
import { learningPlan } from '../../domain/queries/plan';
import { DetailsPanel } from './details-panel';

const region = (container: HTMLElement) => within(container).getByRole('region', { name: 'Details' });

/** The list under a section heading, found by the heading's visible title. */
function listUnder(scope: HTMLElement, title: string) {
  const heading = within(scope).getByRole('heading', { level: 3, name: new RegExp(`^${title}`) });
  return heading.closest('section')!;
}

describe('DetailsPanel', () => {
  it('shows a friendly empty state when nothing is selected', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />);
    const panel = region(container);
    expect(within(panel).getByRole('heading', { level: 2, name: 'Explore the atlas' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(/search with \/ or click a node/i);
    await user.click(within(panel).getByRole('button', { name: 'Docker' }));
    expect(store.getState().selectedId).toBe('docker');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Docker' })).toHaveFocus();
  });

  it('shows RAG Systems with its prerequisites as buttons that select them', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'rag-systems' } });
    const panel = region(container);
    expect(within(panel).getByRole('heading', { level: 2, name: 'RAG Systems' })).toBeInTheDocument();
    const badges = within(panel).getByRole('list', { name: 'About this item' });
    expect(badges).toHaveTextContent('Tier 2 — Shipping');
    expect(badges).toHaveTextContent('essential');
    expect(panel).toHaveTextContent('Also known as');

    const prerequisites = listUnder(panel, 'Prerequisites');
    expect(prerequisites).toHaveTextContent(/one of:\s*LangChain\s*\/\s*LlamaIndex\s*recommended/);
    await user.click(within(prerequisites).getByRole('button', { name: 'Embedding Models' }));
    expect(store.getState().selectedId).toBe('embedding-models');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Embedding Models' })).toHaveFocus();
  });

  it('reports what an item unlocks, directly and in all', () => {
    const { container } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const unlocks = listUnder(region(container), 'Unlocks directly');
    expect(within(unlocks).getByRole('button', { name: 'Kubernetes' })).toBeInTheDocument();
    // Per tier, in the trace bar's words.
    expect(unlocks).toHaveTextContent(/Leads to \d+ items to learn \(Tier \d: \d+(, Tier \d: \d+)*\) in all$/);
  });

  it('traces the prerequisites and the unlocks of the item, as toggles', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'rag-systems' } });
    const panel = region(container);
    const prerequisites = within(panel).getByRole('button', { name: 'Trace prerequisites' });
    const unlocks = within(panel).getByRole('button', { name: 'What it unlocks' });
    // The counts per tier sit next to the buttons and describe them.
    // The plan's length without the item, then what the trace lights (domain/queries/counts.ts).
    const { index } = store.getState().atlas;
    const steps = learningPlan(index, ['rag-systems']).steps.length - 1;
    const chain = prerequisiteClosure(index, ['rag-systems']).size;
    expect(prerequisites).toHaveAccessibleDescription(
      `${steps} steps to learn first (${chain} counting recommended prerequisites and alternatives)`,
    );
    expect(unlocks).toHaveAccessibleDescription('leads to 1 item to learn (Tier 2: 1)');

    await user.click(prerequisites);
    expect(store.getState().trace).toEqual({ mode: 'prerequisites', id: 'rag-systems', alone: false });
    expect(prerequisites).toHaveAttribute('aria-pressed', 'true');
    expect(unlocks).toHaveAttribute('aria-pressed', 'false');

    await user.click(unlocks);
    expect(store.getState().trace).toMatchObject({ mode: 'unlocks', id: 'rag-systems' });
    expect(prerequisites).toHaveAttribute('aria-pressed', 'false');
    await user.click(unlocks);
    expect(store.getState().trace).toBeNull();
  });

  it('adds the item to the plan and confirms it without leaving the tab', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const panel = region(container);
    const add = within(panel).getByRole('button', { name: 'Add to plan' });
    await user.click(add);
    expect(store.getState().plan.targets).toEqual(['docker']);
    expect(store.getState().view).toBe('explore');
    // The same button, still focusable, now says so.
    expect(add).toHaveAccessibleName('In plan ✓');
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(within(panel).getByRole('status')).toHaveTextContent('Docker added to your plan.');
    await user.click(add);
    expect(store.getState().plan.targets).toEqual(['docker']);

    await user.click(within(panel).getByRole('button', { name: 'See plan' }));
    expect(store.getState().view).toBe('plan');

    act(() => store.getState().select('kubernetes'));
    expect(within(panel).getByRole('button', { name: 'Add to plan' })).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toBeEmptyDOMElement();
  });

  it('sets the progress on the item', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const progress = within(region(container)).getByRole('radiogroup', { name: 'Progress on Docker' });
    expect(within(progress).getByRole('radio', { name: 'Not started' })).toBeChecked();
    await user.click(within(progress).getByRole('radio', { name: 'Learning' }));
    expect(store.getState().progress.items).toEqual({ docker: 'learning' });
  });

  it('lists the Azure and Google Cloud equivalents of AWS Lambda with grades and sources', () => {
    const { container } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'aws-lambda' } });
    const equivalents = listUnder(region(container), 'Equivalents on other clouds');
    const azure = within(equivalents).getByRole('list', { name: /Azure$/ });
    const gcp = within(equivalents).getByRole('list', { name: /Google Cloud$/ });
    expect(within(azure).getByRole('button', { name: 'Azure Functions' })).toBeInTheDocument();
    expect(within(gcp).getByRole('button', { name: 'Cloud Run functions' })).toBeInTheDocument();
    expect(azure).toHaveTextContent(/Full match|Partial match/);
    expect(gcp).toHaveTextContent(/Full match|Partial match/);
    const link = within(azure).getAllByRole('link')[0]!;
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(azure).toHaveTextContent(/checked \d{4}-\d{2}-\d{2}/);
    // Its own cloud is not a counterpart.
    expect(within(equivalents).queryByRole('heading', { name: 'AWS' })).toBeNull();
  });

  it('shows a partial grade with its caveat as text, and "No equivalent" for a missing cloud', () => {
    const { container } = renderWithStore(<DetailsPanel />, { data: 'mini', view: { selectedId: 'aws-s3' } });
    const equivalents = listUnder(region(container), 'Equivalents on other clouds');
    expect(equivalents).toHaveTextContent('No equivalent');

    const lambda = renderWithStore(<DetailsPanel />, { data: 'mini', view: { selectedId: 'aws-lambda' } });
    const gcp = within(region(lambda.container)).getByRole('list', { name: /Google Cloud$/ });
    expect(gcp).toHaveTextContent('Partial match');
    expect(gcp).toHaveTextContent('Fewer triggers.');
  });

  it('renders item links as https links opening in a new tab', () => {
    const { container } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'aws-lambda' } });
    const links = listUnder(region(container), 'Links');
    const anchors = within(links).getAllByRole('link');
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
      expect(a).toHaveAttribute('target', '_blank');
    }
    expect(within(links).getByRole('link', { name: /docs\.aws\.amazon\.com\/lambda/ })).toBeInTheDocument();
  });

  it('focuses on the neighbourhood and clears the focus again', async () => {
    const { container, user, store } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const panel = region(container);
    await user.click(within(panel).getByRole('button', { name: 'Focus on neighbourhood' }));
    expect(store.getState().focus?.id).toBe('docker');
    await user.click(within(panel).getByRole('button', { name: 'Clear focus' }));
    expect(store.getState().focus).toBeNull();
  });

  it('shows who offers a capability and what a provider offers', () => {
    const cap = renderWithStore(<DetailsPanel />, { data: 'mini', view: { selectedId: 'functions' } });
    const offered = listUnder(region(cap.container), 'Offered by');
    expect(within(offered).getByRole('button', { name: 'AWS Lambda' })).toBeInTheDocument();
    expect(within(offered).getByRole('button', { name: 'Cloud Run functions' })).toBeInTheDocument();

    const provider = renderWithStore(<DetailsPanel />, { data: 'mini', view: { selectedId: 'gcp' } });
    const services = listUnder(region(provider.container), 'Services');
    expect(
      within(services)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Cloud Run functions', 'Cloud Storage']);
  });

  it('omits empty lists', () => {
    const { container } = renderWithStore(<DetailsPanel />, { data: 'mini', view: { selectedId: 'kubernetes' } });
    const panel = region(container);
    expect(within(panel).queryByRole('heading', { name: /^Unlocks directly/ })).toBeNull();
    expect(within(panel).queryByRole('heading', { name: /^Equivalents/ })).toBeNull();
    expect(within(panel).getByRole('heading', { name: /^Prerequisites/ })).toBeInTheDocument();
  });

  it('lists the learning objectives an item serves, each a button', async () => {
    const { container, store, user } = renderWithStore(<DetailsPanel />, { view: { selectedId: 'docker' } });
    const serves = listUnder(region(container), 'Serves the learning objectives');
    expect(within(serves).getByRole('button', { name: 'Containerize applications with Docker' })).toBeInTheDocument();
    // An item serves sub-objectives; it is not itself part of an objective.
    expect(within(region(container)).queryByRole('heading', { name: /^Part of the objective/ })).toBeNull();
    await user.click(within(serves).getAllByRole('button', { name: 'Deploy to Production' })[0]!);
    expect(store.getState().selectedId).toBe('t2-deploy-to-production');
  });

  it('shows an objective with what achieves it, traceable and plannable but not a thing to mark learned', () => {
    const { container } = renderWithStore(<DetailsPanel />, { view: { selectedId: 't2-implement-rag-systems' } });
    const panel = region(container);
    const achieved = listUnder(panel, 'Achieved by');
    expect(within(achieved).getByRole('button', { name: 'RAG Systems' })).toBeInTheDocument();
    expect(achieved).toHaveTextContent(/one of:.*LangChain.*LlamaIndex/);
    expect(
      within(listUnder(panel, 'Part of the objective')).getByRole('button', { name: 'Build Advanced ML' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Trace what achieves it' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Add to plan' })).toBeInTheDocument();
    expect(within(panel).queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Focus on neighbourhood' })).not.toBeInTheDocument();
  });
});
