/**
 * Which labels to draw, and on which side of their node, so that no two overlap: the greedy
 * placement maps use. Candidates are taken in order of importance (forced ones first: the
 * selection and highlighted items always carry their label); each tries the sides it allows in
 * turn and takes the first whose box is free (of other labels and of other nodes' bodies) and on
 * screen. A label that finds no free side is not drawn. A uniform grid of screen cells keeps the collision test cheap at any number of labels.
 * Pure: screen geometry in, placements out.
 */

export type Side = 'bottom' | 'right' | 'top' | 'left' | 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
/** The sides in the order a map tries them: below, beside, above, then the corners. */
export const SIDES: readonly Side[] = [
  'bottom',
  'right',
  'top',
  'left',
  'bottom-right',
  'top-right',
  'bottom-left',
  'top-left',
];

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The node's centre on screen. */
  x: number;
  y: number;
  /** Half the node's drawn size on screen: labels sit just outside it. */
  radius: number;
  /** The label's size on screen. */
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** Drawn even where it must overlap another forced label (never where it would hide a free one). */
  forced?: boolean;
  /** The sides this label may take, in order of preference (default: all four, bottom first). */
  sides?: readonly Side[];
}

export interface Placement {
  id: string;
  side: Side;
  /** How far the label moved out from the node beyond the usual spot, on screen, to find room. */
  shift: number;
  box: Box;
}

/** How far out from the node a label may move when its usual spot is taken: none, one line, two. */
export const SHIFTS = [0, 10, 22] as const;

/** A forced label may move further out before it gives up on a spot of its own. */
const FORCED_SHIFTS = [...SHIFTS, 36, 52] as const;

/** Space kept free around each label, on screen, so neighbours never touch. */
export const LABEL_GAP = 4;
const CELL = 64;

export function labelBox(c: LabelCandidate, side: Side, shift = 0, gap = LABEL_GAP): Box {
  const { x, y, width: w, height: h } = c;
  const r = c.radius + shift;
  // Horizontal: centred, or starting at the node's right edge, or ending at its left edge.
  const x1 = side.endsWith('right') ? x + r : side.endsWith('left') ? x - r - w : x - w / 2;
  // Vertical: below, above, or centred (beside); the corners sit below or above the node's corner.
  const y1 = side.startsWith('bottom') ? y + r : side.startsWith('top') ? y - r - h : y - h / 2;
  return { x1: x1 - gap, y1: y1 - gap, x2: x1 + w + gap, y2: y1 + h + gap };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Boxes bucketed by the screen cells they touch. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private keys(box: Box): number[] {
    const keys: number[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++)
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) keys.push(cx * 1_000_003 + cy);
    return keys;
  }
  hits(box: Box): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other)) ?? false);
  }
  /** How many boxes this one overlaps. */
  count(box: Box): number {
    const hit = new Set<Box>();
    for (const key of this.keys(box))
      for (const other of this.cells.get(key) ?? []) if (overlaps(box, other)) hit.add(other);
    return hit.size;
  }
  add(box: Box) {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
}

const byImportance = (a: LabelCandidate, b: LabelCandidate) =>
  Number(!!b.forced) - Number(!!a.forced) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Places as many labels as fit without overlapping, most important first. `viewport` is the
 * canvas's size: a label that would be cut by its edge, or hidden under an obstacle, is left out
 * (unless forced).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  /** Parts of the canvas covered by something else (controls, bars): no label goes under them. */
  obstacles: readonly Box[] = [],
): Placement[] {
  const grid = new BoxGrid();
  for (const box of obstacles) grid.add(box);
  // No label crosses another node's body: each node's core is an obstacle too, drawn a little
  // inside its edge so that its own label, which starts just outside, never collides with it.
  for (const c of candidates) {
    const half = c.radius - LABEL_GAP - 1;
    if (half > 0) grid.add({ x1: c.x - half, y1: c.y - half, x2: c.x + half, y2: c.y + half });
  }
  const placed: Placement[] = [];
  const onScreen = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= viewport.width && b.y2 <= viewport.height;
  for (const c of [...candidates].sort(byImportance)) {
    const sides = c.sides ?? SIDES;
    let chosen: Placement | null = null;
    search: for (const shift of c.forced ? FORCED_SHIFTS : SHIFTS)
      for (const side of sides) {
        const box = labelBox(c, side, shift);
        if (!c.forced && !onScreen(box)) continue;
        if (grid.hits(box)) continue;
        chosen = { id: c.id, side, shift, box };
        break search;
      }
    // Forced labels are drawn even when crowded: on the side, on screen, that covers the fewest
    // labels already placed (the first side if none stays on screen).
    if (!chosen && c.forced) {
      let fewest = Infinity;
      for (const side of sides) {
        const box = labelBox(c, side);
        const covered = onScreen(box) ? grid.count(box) : Infinity;
        if (covered < fewest) [fewest, chosen] = [covered, { id: c.id, side, shift: 0, box }];
      }
      chosen ??= { id: c.id, side: sides[0]!, shift: 0, box: labelBox(c, sides[0]!) };
    }
    if (!chosen) continue;
    grid.add(chosen.box);
    placed.push(chosen);
  }
  return placed;
}
