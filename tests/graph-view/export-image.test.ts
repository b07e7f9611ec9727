import { describe, expect, it } from 'vitest';
import { withViewBox } from '../../src/graph-view/export-image';

describe('withViewBox', () => {
  it('adds a viewBox from the width and height, so the SVG scales', () => {
    expect(withViewBox('<svg version="1.1" width="120" height="80.5"><g/></svg>')).toBe(
      '<svg viewBox="0 0 120 80.5" version="1.1" width="120" height="80.5"><g/></svg>',
    );
  });

  it('leaves an SVG that has one, or no size, as it is', () => {
    const has = '<svg viewBox="0 0 1 1" width="120" height="80"/>';
    expect(withViewBox(has)).toBe(has);
    expect(withViewBox('<svg><g/></svg>')).toBe('<svg><g/></svg>');
    expect(withViewBox('not svg')).toBe('not svg');
  });
});
