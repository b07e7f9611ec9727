import { describe, expect, it } from 'vitest';
import { labelBox, placeLabels, type LabelCandidate } from '../../src/graph-view/labels/place-labels';
import { wrapLabel } from '../../src/graph-view/labels/wrap-label';

const screen = { width: 800, height: 600 };
const label = (id: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}) => ({
  id,
  x,
  y,
  radius: 5,
  width: 80,
  height: 12,
  priority,
  ...extra,
});
const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('placeLabels', () => {
  it('gives two colliding labels to the more important node when there is no other room', () => {
    // Same spot, one side allowed, labels taller than any step out: only one label fits.
    const tall = { sides: ['bottom'] as const, height: 40 };
    const placed = placeLabels([label('minor', 100, 100, 1, tall), label('hub', 100, 100, 50, tall)], screen);
    expect(placed.map((p) => p.id)).toEqual(['hub']);
  });

  it('moves the second label to a free side rather than dropping it', () => {
    const placed = placeLabels([label('a', 100, 100, 2), label('b', 100, 112, 1)], screen);
    expect(placed.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(overlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('never lets two placed labels overlap, however crowded the screen', () => {
    const crowd = Array.from({ length: 400 }, (_, i) => label(`n${i}`, (i * 37) % 800, (i * 53) % 600, i % 17));
    const placed = placeLabels(crowd, screen);
    expect(placed.length).toBeGreaterThan(20);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!.box, placed[j]!.box)).toBe(false);
  });

  it('always places forced labels (the selection, a trace), before any other', () => {
    const placed = placeLabels(
      [
        label('hub', 100, 100, 1e6, { sides: ['bottom'] }),
        label('selected', 100, 100, 1, { forced: true, sides: ['bottom'] }),
        label('lit', 100, 100, 1, { forced: true, sides: ['bottom'] }),
      ],
      screen,
    );
    expect(placed.map((p) => p.id).sort()).toEqual(['lit', 'selected']);
  });

  it('moves a forced label further out before letting it overlap another, and then covers the fewest', () => {
    const tall = { forced: true, sides: ['bottom'] as const, height: 30 };
    const [first, second] = placeLabels([label('a', 100, 100, 2, tall), label('b', 100, 100, 1, tall)], screen);
    expect(overlap(first!.box, second!.box)).toBe(false);
    expect(second!.shift).toBeGreaterThan(22);
    // No free spot anywhere: the side that covers one label wins over the side that covers two.
    const crowd = [
      label('below-1', 100, 500, 9, { sides: ['bottom'], height: 250, forced: true }),
      label('below-2', 100, 502, 8, { sides: ['bottom'], height: 250, forced: true }),
      label('above', 100, 460, 7, { sides: ['top'], height: 200, forced: true }),
      label('last', 100, 500, 1, { sides: ['bottom', 'top'], height: 100, forced: true }),
    ];
    const last = placeLabels(crowd, { width: 800, height: 2000 }).find((p) => p.id === 'last')!;
    expect(last.side).toBe('top');
  });

  it('never lays a label across another node, only beside its own', () => {
    // Two big nodes side by side: b's body lies where a's label would go on its right.
    const big = { radius: 20, sides: ['right', 'left'] as const };
    const placed = placeLabels([label('a', 200, 100, 2, big), label('b', 250, 100, 1, big)], screen);
    const a = placed.find((p) => p.id === 'a')!;
    expect(a.side).toBe('left');
    expect(overlap(a.box, { x1: 250 - 15, y1: 100 - 15, x2: 250 + 15, y2: 100 + 15 })).toBe(false);
    // A single node's own body never keeps its label out.
    expect(placeLabels([label('alone', 100, 100, 1, big)], screen).map((p) => p.side)).toEqual(['right']);
  });

  it('leaves out labels that would be cut by the edge of the canvas or lie under an overlay', () => {
    expect(placeLabels([label('edge', 795, 300, 1, { sides: ['right'] })], screen)).toEqual([]);
    const bar = { x1: 0, y1: 0, x2: 400, y2: 150 };
    expect(placeLabels([label('under', 100, 100, 1)], screen, [bar])).toEqual([]);
    expect(placeLabels([label('free', 600, 100, 1)], screen, [bar]).map((p) => p.id)).toEqual(['free']);
  });

  it('puts each side where Cytoscape draws it: below, beside, above and at the corners', () => {
    const c = label('x', 100, 100, 1);
    expect(labelBox(c, 'bottom', 0, 0)).toEqual({ x1: 60, y1: 105, x2: 140, y2: 117 });
    expect(labelBox(c, 'top', 0, 0)).toEqual({ x1: 60, y1: 83, x2: 140, y2: 95 });
    expect(labelBox(c, 'right', 0, 0)).toEqual({ x1: 105, y1: 94, x2: 185, y2: 106 });
    expect(labelBox(c, 'left', 0, 0)).toEqual({ x1: 15, y1: 94, x2: 95, y2: 106 });
    expect(labelBox(c, 'top-right', 0, 0)).toEqual({ x1: 105, y1: 83, x2: 185, y2: 95 });
  });
});

describe('wrapLabel', () => {
  const measure = (line: string) => line.length * 6;
  it('breaks at spaces into lines no wider than the limit, keeping long words whole', () => {
    expect(wrapLabel('Managed Service for Apache Airflow', 80, measure)).toEqual([
      'Managed',
      'Service for',
      'Apache',
      'Airflow',
    ]);
    expect(wrapLabel('Supercalifragilistic', 30, measure)).toEqual(['Supercalifragilistic']);
    expect(wrapLabel('Docker', 80, measure)).toEqual(['Docker']);
  });
});
