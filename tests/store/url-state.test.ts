import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/app-state';
import { DEFAULT_FILTERS } from '../../src/store/filters';
import { URL_QUERY_LIMIT, formatUrl, parseUrl, viewLink } from '../../src/store/url-state';
import { miniAtlas } from '../fixtures/mini-atlas';

const { index } = miniAtlas();

describe('URL state', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      selectedId: 'rag',
      focus: { id: 'rag', depth: 2, direction: 'prerequisites' },
      filters: {
        off: { tier: ['3'], kind: ['service', 'capability'], provider: [], category: [], priority: ['none'] },
        offEdgeKinds: ['offered-by'],
        mode: 'hide',
      },
      layout: 'layered',
      view: 'plan',
      level: 'intermediate',
      trace: null,
      path: null,
      plan: { targets: ['rag', 'kubernetes'], choices: { 'rag#any-of-1': 'tensorflow' }, includeRecommended: true },
      translation: { services: ['aws-lambda', 'aws-s3'], to: 'azure' },
    };
    const url = formatUrl(view);
    expect(url).toBe(
      '?sel=rag&focus=rag&depth=2&dir=prerequisites&layout=layered&view=plan&level=intermediate&plan=rag%2Ckubernetes&rec=1&pick=rag%23any-of-1%7Etensorflow&stack=aws-lambda%2Caws-s3&stack.to=azure&mode=hide&edges.off=offered-by&off.tier=3&off.kind=service%2Ccapability&off.priority=none',
    );
    expect(parseUrl(url, index)).toEqual({ view, dropped: [] });
  });

  it('round-trips a trace and a path, keeping one highlight at a time (path, then trace, then focus)', () => {
    const traced: ViewState = { ...DEFAULT_VIEW, trace: { mode: 'unlocks', id: 'numpy', alone: true } };
    expect(parseUrl(formatUrl(traced), index)).toEqual({ view: traced, dropped: [] });
    const pathed: ViewState = {
      ...DEFAULT_VIEW,
      path: { from: 'python', to: 'kubernetes', kinds: ['requires', 'uses'] },
    };
    expect(parseUrl(formatUrl(pathed), index)).toEqual({ view: pathed, dropped: [] });
    const all = parseUrl('?focus=rag&trace=unlocks&trace.id=numpy&from=python&to=kubernetes', index).view;
    expect([all.focus, all.trace, all.path?.from]).toEqual([null, null, 'python']);
  });

  it('writes nothing for the default view', () => {
    expect(formatUrl(DEFAULT_VIEW)).toBe('');
    expect(parseUrl('', index)).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });

  it('drops stale ids and bad values, keeping the rest, and says what it dropped', () => {
    const { view, dropped } = parseUrl(
      '?sel=gone&layout=spiral&depth=9&focus=rag&dir=up&edges.off=nope&plan=rag,gone2&level=expert',
      index,
    );
    expect(view.plan.targets).toEqual(['rag']);
    expect(view.level).toBeNull();
    expect(view.selectedId).toBeNull();
    expect(view.layout).toBe('force');
    expect(view.focus).toEqual({ id: 'rag', depth: 1, direction: 'both' });
    expect(view.filters).toEqual(DEFAULT_FILTERS);
    expect(dropped.sort()).toEqual([
      'depth=9',
      'dir=up',
      'edges.off=nope',
      'layout=spiral',
      'level=expert',
      'plan=gone2 (no such item)',
      'sel=gone (no such item)',
    ]);
  });

  it('never throws on garbage', () => {
    for (const junk of ['?%', '?sel=%E0%A4%A', '?&&&=', `?sel=${'x'.repeat(5000)}`, '?__proto__=1&constructor=2'])
      expect(() => parseUrl(junk, index)).not.toThrow();
  });

  it('says so for junk filter values and unknown keys, as for every other broken part', () => {
    const { view, dropped } = parseUrl('?off.tier=3,4,5,__proto__&off.kind=service,gizmo&colour=red&sel=rag', index);
    expect(view.filters.off.tier).toEqual(['3']);
    expect(view.filters.off.kind).toEqual(['service']);
    expect(view.selectedId).toBe('rag');
    expect(dropped).toEqual([
      'off.tier=4,5,__proto__ (no such value)',
      'off.kind=gizmo (no such value)',
      'colour (unknown)',
    ]);
  });

  it('keeps the address under what servers accept, saying which parts it leaves out', () => {
    const long = (i: number) => `${'x'.repeat(190)}-${i}`;
    const view: ViewState = {
      ...DEFAULT_VIEW,
      selectedId: 'rag',
      plan: { targets: Array.from({ length: 50 }, (_, i) => long(i)), choices: {}, includeRecommended: false },
      translation: { services: Array.from({ length: 100 }, (_, i) => long(i)), to: 'gcp' },
    };
    const link = viewLink(view);
    expect(link.query.length).toBeLessThanOrEqual(URL_QUERY_LIMIT);
    expect(URL_QUERY_LIMIT).toBeLessThan(8_000);
    expect(link.query).toMatch(/^\?sel=rag/);
    expect(link.left).toEqual(['the plan', 'the stack']);
    // Without a limit, the whole view, for the page's own history.
    expect(viewLink(view, Infinity).left).toEqual([]);
    expect(formatUrl(view)).toBe(link.query);
  });
});
