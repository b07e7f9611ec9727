import { describe, expect, it } from 'vitest';
import { nearestTo, neighbourInDirection, type ScreenPoint } from '../../src/graph-view/neighbour-in-direction';

/** A plus sign around `c` (screen coordinates: y grows downwards). */
const PLUS: ScreenPoint[] = [
  { id: 'c', x: 100, y: 100 },
  { id: 'l', x: 50, y: 100 },
  { id: 'r', x: 150, y: 100 },
  { id: 'u', x: 100, y: 50 },
  { id: 'd', x: 100, y: 150 },
];

describe('neighbourInDirection', () => {
  it('moves to the item straight ahead in each direction, up being smaller y', () => {
    expect(neighbourInDirection(PLUS, 'c', 'left')).toBe('l');
    expect(neighbourInDirection(PLUS, 'c', 'right')).toBe('r');
    expect(neighbourInDirection(PLUS, 'c', 'up')).toBe('u');
    expect(neighbourInDirection(PLUS, 'c', 'down')).toBe('d');
  });

  it('returns null at the edge: nothing lies in that direction', () => {
    expect(neighbourInDirection(PLUS, 'l', 'left')).toBeNull();
    expect(neighbourInDirection(PLUS, 'd', 'down')).toBeNull();
  });

  it('returns null for an id that is not among the points', () => {
    expect(neighbourInDirection(PLUS, 'nowhere', 'left')).toBeNull();
  });

  it('prefers the nearer of two items on the axis', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'far', x: 300, y: 0 },
      { id: 'near', x: 100, y: 0 },
    ];
    expect(neighbourInDirection(points, 'a', 'right')).toBe('near');
  });

  it('weighs angle against distance: slightly off the axis and near beats straight ahead and far', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'ahead-far', x: 200, y: 0 },
      { id: 'near-off-axis', x: 60, y: 20 },
    ];
    expect(neighbourInDirection(points, 'a', 'right')).toBe('near-off-axis');
  });

  it('but an item well off to the side loses to one straight ahead a little further away', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'ahead', x: 100, y: 0 },
      { id: 'steep', x: 60, y: 50 },
    ];
    expect(neighbourInDirection(points, 'a', 'right')).toBe('ahead');
  });

  it('ignores what lies outside the cone, however near', () => {
    // 10 px to the right but 40 px down: far more sideways than ahead, so not "to the right".
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'below', x: 10, y: 40 },
    ];
    expect(neighbourInDirection(points, 'a', 'right')).toBeNull();
    expect(neighbourInDirection(points, 'a', 'down')).toBe('below');
  });

  it('never counts an item level with the start as ahead of it', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'beside', x: 50, y: 0 },
    ];
    expect(neighbourInDirection(points, 'a', 'up')).toBeNull();
    expect(neighbourInDirection(points, 'a', 'down')).toBeNull();
  });

  it('breaks ties by id, so the same key press always lands on the same item', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'z-upper', x: 100, y: -10 },
      { id: 'b-lower', x: 100, y: 10 },
    ];
    expect(neighbourInDirection(points, 'a', 'right')).toBe('b-lower');
    expect(neighbourInDirection([...points].reverse(), 'a', 'right')).toBe('b-lower');
  });

  it('comes back where it started when going right then left on a row', () => {
    const row = [0, 80, 170, 260].map((x, i) => ({ id: `n${i}`, x, y: i % 2 ? 12 : -12 }));
    expect(neighbourInDirection(row, 'n1', 'right')).toBe('n2');
    expect(neighbourInDirection(row, 'n2', 'left')).toBe('n1');
  });
});

describe('nearestTo', () => {
  it('picks the point closest to the target, or null when there are none', () => {
    expect(nearestTo(PLUS, { x: 140, y: 95 })).toBe('r');
    expect(nearestTo([], { x: 0, y: 0 })).toBeNull();
  });
});
