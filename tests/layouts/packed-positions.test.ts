/** packPositions / unpackPositions: what the layout worker sends is what the page gets back. */
import { describe, expect, it } from 'vitest';
import { packPositions, unpackPositions } from '../../src/layouts/packed-positions';

describe('packed positions', () => {
  it('gives back every id with its point, negative and fractional coordinates included', () => {
    const positions = { a: { x: 1.5, y: -2 }, 'provider:aws': { x: -300.25, y: 1e6 }, '42': { x: 0, y: 0.125 } };
    const packed = packPositions(positions);
    expect(packed.xy).toBeInstanceOf(Float64Array);
    expect(packed.xy.length).toBe(6);
    expect(unpackPositions(packed)).toEqual(positions);
  });

  it('survives a structured clone that transfers the buffer, as postMessage does', () => {
    const packed = packPositions({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
    const copy = structuredClone(packed, { transfer: [packed.xy.buffer] });
    expect(packed.xy.length).toBe(0);
    expect(unpackPositions(copy)).toEqual({ a: { x: 1, y: 2 }, b: { x: 3, y: 4 } });
  });

  it('packs an empty layout', () => {
    expect(unpackPositions(packPositions({}))).toEqual({});
  });
});
