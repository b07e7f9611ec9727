import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../../../tests/fixtures/render-app';
import { compareMatrix } from '../../domain/queries/compare';
import { PROVIDERS } from '../../domain/vocabulary';
import { PROVIDER_MARKS } from '../../encoding/encoding';
import { CompareView } from './compare-view';
import { PlanOnProvider } from './plan-on-provider';
import { TranslateSection } from './translate-section';

afterEach(() => vi.restoreAllMocks());
// The matrix holds every capability of the comparison pages (about a hundred rows): role queries over
// it are slow under jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

type Options = Parameters<typeof renderWithStore>[1];
const renderView = (options: Options = {}) =>
  renderWithStore(<CompareView />, { ...options, view: { view: 'compare', ...options.view } });
/** The view above the matrix: the matrix is most of the page, and slows every query on it. */
const renderAboveMatrix = (options: Options = {}) =>
  renderWithStore(
    <>
      <TranslateSection />
      <PlanOnProvider />
    </>,
    { ...options, view: { view: 'compare', ...options.view } },
  );

const matrix = () => within(screen.getByRole('region', { name: 'Compare' })).getByRole('table');
/** The row whose header names the capability, and its cells by provider (in column order). */
function rowOf(capability: string) {
  const row = within(matrix()).getByRole('rowheader', { name: capability }).closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return { row, cell: Object.fromEntries(PROVIDERS.map((p, i) => [p, cells[i]!])) };
}

describe('the comparison matrix', () => {
  it('is a table with a column per cloud and rows grouped by area', () => {
    const { store } = renderView();
    const table = matrix();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Capability', 'AWS', 'Azure', 'Google Cloud']);
    const rows = compareMatrix(store.getState().atlas.index);
    expect(screen.getByRole('status')).toHaveTextContent(`${rows.length} of ${rows.length} capabilities`);
    for (const area of [
      'Compute',
      'Storage',
      'Databases',
      'Analytics',
      'ML & AI',
      'Integration',
      'Networking',
      'Operations',
      'Security',
    ])
      expect(within(table).getByText(area)).toBeInTheDocument();
  });

  it('shows each provider’s services in the Serverless functions row; a service button selects it', async () => {
    const { store, user } = renderView();
    const { cell } = rowOf('Serverless functions');
    expect(within(cell.aws!).getByRole('button', { name: 'AWS Lambda' })).toBeInTheDocument();
    expect(within(cell.azure!).getByRole('button', { name: 'Azure Functions' })).toBeInTheDocument();
    expect(within(cell.gcp!).getByRole('button', { name: 'Cloud Run functions' })).toBeInTheDocument();
    expect(within(cell.gcp!).getByText('Full')).toBeInTheDocument();
    expect(within(cell.gcp!).getByText(/formerly Cloud Functions/)).toBeInTheDocument();
    expect(within(cell.gcp!).getByText('★ In curriculum')).toBeInTheDocument();
    const source = within(cell.gcp!).getByRole('link', { name: /source, opens in a new tab/ });
    expect(source).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(cell.gcp!).getByText(/checked \d{4}-\d{2}-\d{2}/)).toBeInTheDocument();

    await user.click(within(cell.gcp!).getByRole('button', { name: 'Cloud Run functions' }));
    expect(store.getState().selectedId).toBe('gcp-cloud-run-functions');
  });

  it('shows a partial match with its caveat as text', () => {
    const { store } = renderView();
    const index = store.getState().atlas.index;
    const row = compareMatrix(index).find((r) => PROVIDERS.some((p) => r.cells[p].some((c) => c.match === 'partial')))!;
    const provider = PROVIDERS.find((p) => row.cells[p].some((c) => c.match === 'partial'))!;
    const partial = row.cells[provider].find((c) => c.match === 'partial')!;
    const { cell } = rowOf(index.byId.get(row.capability)!.label);
    const entry = within(cell[provider]!)
      .getByRole('button', { name: index.byId.get(partial.service)!.label })
      .closest('li')!;
    expect(within(entry).getByText('Partial')).toBeInTheDocument();
    expect(within(entry).getByText(partial.caveat!)).toBeInTheDocument();
  });

  it('says "No equivalent" in exactly the cells where a cloud has none', () => {
    // The real data has a counterpart everywhere today; count from the data rather than assume.
    const { store, unmount } = renderView();
    const rows = compareMatrix(store.getState().atlas.index);
    const empty = rows.reduce((n, r) => n + PROVIDERS.filter((p) => r.cells[p].length === 0).length, 0);
    expect(within(matrix()).queryAllByText('No equivalent')).toHaveLength(empty);
    unmount();

    // The mini graph has one: nothing on Azure offers object storage.
    const mini = renderView({ data: 'mini' });
    const miniRows = compareMatrix(mini.store.getState().atlas.index);
    const gap = miniRows.find((r) => r.cells.azure.length === 0)!;
    const { cell } = rowOf(mini.store.getState().atlas.index.byId.get(gap.capability)!.label);
    expect(cell.azure).toHaveTextContent('No equivalent');
    expect(within(cell.aws!).getByRole('button', { name: 'Amazon S3' })).toBeInTheDocument();
  });

  it('narrows the rows by text, area and curriculum, and says how many are left', async () => {
    const { store, user } = renderView();
    const total = compareMatrix(store.getState().atlas.index).length;
    const count = () => screen.getByText(/of \d+ capabilities/);
    const rowHeaders = () =>
      within(matrix())
        .getAllByRole('rowheader')
        .filter((h) => h.closest('tr')!.cells.length > 1);

    await user.type(screen.getByRole('searchbox', { name: 'Filter capabilities and services' }), 'cloud functions');
    expect(rowHeaders().map((h) => h.textContent)).toEqual(['Serverless functions']);
    expect(count()).toHaveTextContent(`1 of ${total} capabilities`);

    await user.clear(screen.getByRole('searchbox', { name: 'Filter capabilities and services' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Storage');
    const storage = rowHeaders().map((h) => h.textContent);
    const index = store.getState().atlas.index;
    const storageLabels = compareMatrix(index)
      .filter((r) => r.area === 'storage')
      .map((r) => index.byId.get(r.capability)!.label);
    expect(storage).toEqual(storageLabels);
    expect(storage).toEqual(
      expect.arrayContaining(['Data lake storage', 'Object storage', 'Parallel file system (Lustre)']),
    );
    expect(within(matrix()).queryByText('Compute')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'All areas');
    await user.click(screen.getByRole('checkbox', { name: 'Only rows with a curriculum service' }));
    const curriculumRows = rowHeaders().length;
    expect(curriculumRows).toBeGreaterThan(0);
    expect(curriculumRows).toBeLessThan(total);

    await user.type(screen.getByRole('searchbox', { name: 'Filter capabilities and services' }), 'zzzz');
    expect(screen.queryByRole('table', { name: /by capability/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count()).toHaveTextContent(`${total} of ${total} capabilities`);
  });

  it('exports the filtered rows as CSV and Markdown files', async () => {
    const saved: { text: Promise<string>; type: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ text: (blob as Blob).text(), type: (blob as Blob).type });
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^cloud-comparison\.(csv|md)$/);
    });
    const { user } = renderView();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Security');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(click).toHaveBeenCalledTimes(2);
    const [csv, md] = await Promise.all(saved.map((s) => s.text));
    expect(saved[0]!.type).toMatch(/^text\/csv/);
    expect(csv!.split('\r\n')[0]).toBe('area,capability,provider,service,match,caveat,former_names,source,checked');
    expect(
      csv!
        .split('\r\n')
        .slice(1, -1)
        .every((l) => l.startsWith('Security,')),
    ).toBe(true);
    expect(md).toContain('## Security');
    expect(md).not.toContain('## Compute');
  });

  it('adds a service to the stack with its + button', async () => {
    const { store, user } = renderView();
    const { cell } = rowOf('Key-value NoSQL database');
    await user.click(within(cell.aws!).getByRole('button', { name: 'Add Amazon DynamoDB to the stack' }));
    expect(store.getState().translation.services).toEqual(['aws-dynamodb']);
    expect(
      within(cell.aws!).queryByRole('button', { name: 'Add Amazon DynamoDB to the stack' }),
    ).not.toBeInTheDocument();
    expect(within(cell.aws!).getByText('Amazon DynamoDB is in the stack')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Services to translate' })).toHaveValue('Amazon DynamoDB');
  });
});

describe('translating a stack', () => {
  const stackBox = () => screen.getByRole('textbox', { name: 'Services to translate' });
  const result = () => screen.getByRole('table', { name: /^Translation to/ });

  it('translates pasted names to Google Cloud and keeps the resolved ids in the store', async () => {
    const { store, user } = renderAboveMatrix();
    await user.click(stackBox());
    await user.paste('S3, Lambda, SageMaker');
    await user.click(screen.getByRole('radio', { name: 'Google Cloud' }));
    await user.click(screen.getByRole('button', { name: 'Translate' }));

    expect(store.getState().translation).toEqual({ services: ['aws-s3', 'aws-lambda', 'aws-sagemaker-ai'], to: 'gcp' });
    expect(result()).toHaveAccessibleName('Translation to Google Cloud');
    const row = (name: string) =>
      within(result())
        .getByRole('rowheader', { name: new RegExp(`^${name}`) })
        .closest('tr')!;
    expect(within(row('Amazon S3')).getByRole('button', { name: 'Cloud Storage' })).toBeInTheDocument();
    expect(within(row('AWS Lambda')).getByRole('button', { name: 'Cloud Run functions' })).toBeInTheDocument();
    expect(
      within(row('Amazon SageMaker AI')).getByRole('button', { name: 'Gemini Enterprise Agent Platform' }),
    ).toBeInTheDocument();
    expect(within(row('Amazon S3')).getByText('Full')).toBeInTheDocument();
    // Renamed services keep the names people still use beside the current one.
    expect(within(row('Amazon SageMaker AI')).getByText(/^formerly Vertex AI,/)).toBeInTheDocument();
    expect(within(row('Amazon SageMaker AI')).getByText('formerly Amazon SageMaker')).toBeInTheDocument();
    expect(within(row('AWS Lambda')).getByText(/^formerly Cloud Functions/)).toBeInTheDocument();
    // The box now shows the official names.
    expect(stackBox()).toHaveValue('Amazon S3, AWS Lambda, Amazon SageMaker AI');
  });

  it('translates with Ctrl+Enter from the text box', async () => {
    const { store, user } = renderAboveMatrix();
    await user.type(stackBox(), 'DynamoDB{Control>}{Enter}{/Control}');
    expect(store.getState().translation.services).toEqual(['aws-dynamodb']);
    expect(stackBox()).toHaveValue('Amazon DynamoDB');
  });

  it('lists names it does not know, with suggestions that replace them', async () => {
    const { store, user } = renderAboveMatrix();
    await user.type(stackBox(), 'S3, Lamda, Frobnicator');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(store.getState().translation.services).toEqual(['aws-s3']);
    const unknown = screen.getByRole('list', { name: 'Names to settle' });
    expect(unknown).toHaveTextContent('Not recognised: Lamda — did you mean');
    expect(unknown).toHaveTextContent('Not recognised: Frobnicator');
    expect(stackBox()).toHaveValue('Amazon S3, Lamda, Frobnicator');

    await user.click(within(unknown).getByRole('button', { name: 'Use AWS Lambda (AWS) for Lamda' }));
    expect(store.getState().translation.services).toEqual(['aws-s3', 'aws-lambda']);
    expect(unknown).not.toHaveTextContent('Lamda');
    expect(stackBox()).toHaveValue('Amazon S3, AWS Lambda, Frobnicator');
  });

  it('reads short names as the stack’s cloud, says so, and asks about a name it cannot settle', async () => {
    const { store, user } = renderAboveMatrix();
    await user.type(stackBox(), 'S3, Lambda, OpenSearch, CloudFront');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(store.getState().translation.services).toEqual([
      'aws-s3',
      'aws-lambda',
      'aws-opensearch-service',
      'aws-cloudfront',
    ]);
    expect(screen.getByText('Names read as AWS services, as most of the stack is.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await user.type(stackBox(), 'API Gateway');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(store.getState().translation.services).toEqual([]);
    const ask = screen.getByRole('list', { name: 'Names to settle' });
    expect(ask).toHaveTextContent('Which one? API Gateway could mean');
    await user.click(within(ask).getByRole('button', { name: 'Use API Gateway (Google Cloud) for API Gateway' }));
    expect(store.getState().translation.services).toEqual(['gcp-api-gateway']);
  });

  it('says whose each caveat is', async () => {
    const { user } = renderAboveMatrix();
    await user.type(stackBox(), 'Amazon MemoryDB');
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(result()).toHaveTextContent('On Amazon MemoryDB: A durable primary database, not only a cache.');
  });

  it('states gaps plainly', async () => {
    const { user } = renderAboveMatrix({ data: 'mini' });
    await user.type(stackBox(), 'S3, Python');
    await user.click(screen.getByRole('radio', { name: 'Azure' }));
    await user.click(screen.getByRole('button', { name: 'Translate' }));
    expect(result()).toHaveTextContent('No counterpart on Azure for Amazon S3 (Object storage).');
    expect(result()).toHaveTextContent('Python: not a cloud service.');
    expect(screen.getByText(/0 with a counterpart on Azure/)).toBeInTheDocument();
  });

  it('follows the target, removes and clears services, and adds the selected service', async () => {
    const { store, user } = renderAboveMatrix({
      view: { translation: { services: ['aws-s3', 'aws-lambda'], to: 'gcp' }, selectedId: 'aws-dynamodb' },
    });
    expect(stackBox()).toHaveValue('Amazon S3, AWS Lambda');
    await user.click(screen.getByRole('radio', { name: 'Azure' }));
    expect(store.getState().translation.to).toBe('azure');
    expect(within(result()).getByRole('button', { name: 'Azure Blob Storage' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Amazon S3 from the stack' }));
    expect(store.getState().translation.services).toEqual(['aws-lambda']);
    expect(stackBox()).toHaveValue('AWS Lambda');

    await user.click(screen.getByRole('button', { name: 'Add selected item: Amazon DynamoDB' }));
    expect(store.getState().translation.services).toEqual(['aws-lambda', 'aws-dynamodb']);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(store.getState().translation.services).toEqual([]);
    expect(stackBox()).toHaveValue('');
    expect(screen.queryByRole('table', { name: /^Translation to/ })).not.toBeInTheDocument();
  });

  it('exports the translation', async () => {
    const texts: Promise<string>[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (texts.push((blob as Blob).text()), 'blob:t'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderAboveMatrix({ view: { translation: { services: ['aws-s3'], to: 'azure' } } });
    await user.click(screen.getByRole('button', { name: 'Export translation as CSV' }));
    await user.click(screen.getByRole('button', { name: 'Export translation as Markdown' }));
    const [csv, md] = await Promise.all(texts);
    expect(csv).toContain('Amazon S3,AWS,Azure,Azure Blob Storage,full,');
    expect(md).toContain('# Translation to Azure');
  });

  it('tells the person when the browser cannot save files', async () => {
    const original = URL.createObjectURL;
    // Some environments (older jsdom among them) have no object URLs at all.
    Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true, writable: true });
    try {
      const { store, user } = renderAboveMatrix({ view: { translation: { services: ['aws-s3'], to: 'azure' } } });
      await user.click(screen.getByRole('button', { name: 'Export translation as CSV' }));
      expect(store.getState().notices.map((n) => n.message)).toContain('This browser cannot save files from the page.');
    } finally {
      Object.defineProperty(URL, 'createObjectURL', { value: original, configurable: true, writable: true });
    }
  });
});

describe('your plan on the target cloud', () => {
  it('points to the Plan tab when there is no plan', async () => {
    const { store, user } = renderAboveMatrix();
    const section = screen.getByRole('region', { name: 'Your plan on Google Cloud' });
    expect(section).toHaveTextContent('No learning plan yet');
    await user.click(within(section).getByRole('button', { name: 'Plan tab' }));
    expect(store.getState().view).toBe('plan');
  });

  it('replaces other clouds’ services by their counterparts on the target', async () => {
    const { store, user } = renderAboveMatrix({
      view: { plan: { targets: ['aws-sagemaker-ai'], choices: {}, includeRecommended: false } },
    });
    const section = () =>
      screen.getByRole('region', { name: `Your plan on ${PROVIDER_MARKS[store.getState().translation.to].name}` });
    const list = within(section()).getByRole('list');
    const step = within(list)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Amazon SageMaker AI'))!;
    expect(step).toHaveTextContent('Amazon SageMaker AI → becomes Gemini Enterprise Agent Platform (full)');
    // The plan learns AWS itself first; on Google Cloud that step becomes Google Cloud.
    const index = store.getState().atlas.index;
    const [aws, gcp] = [index.byId.get('aws')!.label, index.byId.get('gcp')!.label];
    expect(within(list).getByText(`${aws}`).closest('li')).toHaveTextContent(`${aws} → becomes ${gcp}`);
    await user.click(screen.getByRole('radio', { name: 'AWS' }));
    expect(within(section()).getByRole('list')).toHaveTextContent('Amazon SageMaker AI');
    expect(within(section()).getByRole('list')).not.toHaveTextContent('Gemini Enterprise Agent Platform');
  });
});
