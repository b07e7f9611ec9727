import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/app-state';
import { DEFAULT_FILTERS } from '../../src/store/filters';
import { formatUrl, parseUrl } from '../../src/store/url-state';
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
      view: 'explore',
    };
    const url = formatUrl(view);
    expect(url).toBe(
      '?sel=rag&focus=rag&depth=2&dir=prerequisites&layout=layered&mode=hide&edges.off=offered-by&off.tier=3&off.kind=service%2Ccapability&off.priority=none',
    );
    expect(parseUrl(url, index)).toEqual({ view, dropped: [] });
  });

  it('writes nothing for the default view', () => {
    expect(formatUrl(DEFAULT_VIEW)).toBe('');
    expect(parseUrl('', index)).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });

  it('drops stale ids and bad values, keeping the rest, and says what it dropped', () => {
    const { view, dropped } = parseUrl('?sel=gone&layout=spiral&depth=9&focus=rag&dir=up&edges.off=nope', index);
    expect(view.selectedId).toBeNull();
    expect(view.layout).toBe('force');
    expect(view.focus).toEqual({ id: 'rag', depth: 1, direction: 'both' });
    expect(view.filters).toEqual(DEFAULT_FILTERS);
    expect(dropped.sort()).toEqual(['depth=9', 'dir=up', 'edges.off=nope', 'layout=spiral', 'sel=gone (no such item)']);
  });

  it('never throws on garbage', () => {
    for (const junk of ['?%', '?sel=%E0%A4%A', '?&&&=', `?sel=${'x'.repeat(5000)}`, '?__proto__=1&constructor=2'])
      expect(() => parseUrl(junk, index)).not.toThrow();
  });
});
