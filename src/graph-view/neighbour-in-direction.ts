/**
 * Spatial navigation on the canvas: which item an arrow key moves to. Pure geometry on screen
 * points (y grows downwards, as on screen), so it is tested on hand-made point sets.
 */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Unit vectors on screen, y downwards. */
const AXES: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * How far off the arrow's axis a candidate may lie: tan(60°), a cone 120° wide. A 90° cone
 * (the four quadrants) leaves items slightly off-axis unreachable from some neighbours; the
 * wider cone keeps them reachable while the score below still prefers what lies straight ahead.
 */
const CONE = Math.tan((60 * Math.PI) / 180);

/**
 * Straight-ahead distance plus the sideways offset counted twice: a near item a little off the
 * axis beats a far one straight ahead, but a near one well off to the side does not.
 */
const SIDEWAYS_WEIGHT = 2;

/**
 * The point to move to from `fromId` when the person presses the arrow for `direction`: the
 * best-scoring point inside the cone that opens from it in that direction, or null when there is
 * none (or `fromId` is not among the points). Ties go to the smaller id, so the answer is stable.
 */
export function neighbourInDirection(
  points: readonly ScreenPoint[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = points.find((p) => p.id === fromId);
  if (!from) return null;
  const axis = AXES[direction];
  let best: { id: string; score: number } | null = null;
  for (const p of points) {
    if (p.id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead = dx * axis.x + dy * axis.y;
    const sideways = Math.abs(dx * axis.y - dy * axis.x);
    if (ahead <= 0 || sideways > ahead * CONE) continue;
    const score = ahead + SIDEWAYS_WEIGHT * sideways;
    if (!best || score < best.score || (score === best.score && p.id < best.id)) best = { id: p.id, score };
  }
  return best?.id ?? null;
}

/** The point closest to `target` (e.g. the middle of the view, where arrows start without a selection). */
export function nearestTo(points: readonly ScreenPoint[], target: { x: number; y: number }): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const p of points) {
    const distance = Math.hypot(p.x - target.x, p.y - target.y);
    if (!best || distance < best.distance || (distance === best.distance && p.id < best.id))
      best = { id: p.id, distance };
  }
  return best?.id ?? null;
}
