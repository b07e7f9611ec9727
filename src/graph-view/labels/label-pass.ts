/**
 * One labelling of the canvas for the view it shows now: gathers the nodes that could carry a
 * label (on screen, not hidden or faded), sizes each label at a fixed size on screen, lets
 * place-labels choose which fit, and writes the result into the elements (a class and three data
 * fields per labelled node, touched only where they change). Labels are drawn at a constant size
 * on screen, like a map's: the font size in graph units is the screen size divided by the zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { measureText } from './measure-text';
import { PROVIDER_MARKS } from '../../encoding/encoding';
import { coveredParts } from './covered-parts';
import { placeLabels, SIDES, type LabelCandidate, type Side } from './place-labels';
import { wrapLabel } from './wrap-label';

/** On-screen sizes, in pixels. Never below 10: a smaller label is not readable. */
export const LABEL_PX = { normal: 12, strong: 13, heading: 16, note: 12 } as const;
type LabelSize = keyof typeof LABEL_PX;
const WRAP_PX = 132;
const OUTLINE_PX = 2;
/** At most this many labels are tried per view: far more than a screen can hold. */
const MAX_CANDIDATES = 2500;

const PLACEMENT_CLASSES = ['lbl', ...SIDES.map((side) => `lbl-${side}`), 'lbl-strong', 'lbl-heading', 'lbl-note'];

export interface LabelInputs {
  /** How much each node's label matters (higher first); annotations outrank every node. */
  priority: (node: NodeSingular) => number;
  /** Text added before a node's name on the canvas (a plan step's number, a learned mark). */
  prefix: (id: string) => string | undefined;
  /** The sides a node's label may take, in order (default: all four). */
  sides: (node: NodeSingular) => readonly Side[] | undefined;
}

const FORCED_CLASSES = ['highlighted', 'focus-root', 'counterpart'];

function sizeOf(node: NodeSingular, forced: boolean): LabelSize {
  if (node.hasClass('annotation')) return node.hasClass('annotation-note') ? 'note' : 'heading';
  return forced || node.hasClass('kind-provider') ? 'strong' : 'normal';
}

interface Sized extends LabelCandidate {
  node: NodeSingular;
  lines: string[];
  size: LabelSize;
}

export function labelPass(cy: Core, inputs: LabelInputs): void {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = cy.width();
  const height = cy.height();
  if (!width || !height) return;
  const margin = 40;
  // First the cheap facts of every node that could carry a label; only the most important few
  // thousand are measured and offered to the placement (a screen holds a few hundred labels).
  const reach: { node: NodeSingular; x: number; y: number; forced: boolean; priority: number }[] = [];
  /** The nodes labelled now: found in this walk rather than by another over every element. */
  const labelled: NodeSingular[] = [];
  cy.nodes().forEach((node) => {
    if (node.hasClass('lbl')) labelled.push(node);
    if (node.isParent()) return;
    const annotation = node.hasClass('annotation');
    if (annotation && !node.hasClass('shown')) return;
    if (node.hasClass('filtered-out') || node.hasClass('layout-muted')) return;
    const forced = !annotation && (node.selected() || FORCED_CLASSES.some((c) => node.hasClass(c)));
    if (!forced && node.hasClass('dimmed')) return;
    const p = node.position();
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    if (!forced && (x < -margin || y < -margin || x > width + margin || y > height + margin)) return;
    const priority = (node.selected() ? 1e12 : 0) + (node.hasClass('focus-root') ? 1e11 : 0) + inputs.priority(node);
    reach.push({ node, x, y, forced, priority });
  });
  const offered =
    reach.length > MAX_CANDIDATES
      ? reach
          .sort((a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority)
          .filter((r, i) => r.forced || i < MAX_CANDIDATES)
      : reach;
  const candidates: Sized[] = offered.map(({ node, x, y, forced, priority }) => {
    const annotation = node.hasClass('annotation');
    const size = sizeOf(node, forced);
    const px = LABEL_PX[size];
    const bold = size !== 'normal' && size !== 'note';
    const name = `${inputs.prefix(node.id()) ?? ''}${shortName(node)}`;
    const lines = annotation ? [name] : wrapLabel(name, WRAP_PX, (line) => measureText(line, px, bold));
    return {
      id: node.id(),
      node,
      lines,
      size,
      x,
      y,
      radius: annotation ? 0 : (node.width() / 2 + 2) * zoom,
      width: Math.max(...lines.map((line) => measureText(line, px, bold))),
      height: lines.length * px,
      priority,
      forced,
      sides: annotation ? ['bottom'] : inputs.sides(node),
    };
  });
  const placements = placeLabels(candidates, { width, height }, coveredParts(cy));
  const chosen = new Map(placements.map((p) => [p.id, p]));
  const byId = new Map(candidates.map((c) => [c.id, c]));

  cy.batch(() => {
    for (const node of labelled) if (!chosen.has(node.id())) node.removeClass(PLACEMENT_CLASSES.join(' '));
    for (const placement of placements) {
      const c = byId.get(placement.id)!;
      const px = LABEL_PX[c.size];
      const { side, shift } = placement;
      const dx = side.endsWith('right') ? 1 : side.endsWith('left') ? -1 : 0;
      const dy = side.startsWith('bottom') ? 1 : side.startsWith('top') ? -1 : 0;
      const data = {
        lbl: c.lines.join('\n'),
        lfs: px / zoom,
        low: OUTLINE_PX / zoom,
        lmx: (dx * shift) / zoom,
        lmy: (dy * shift) / zoom,
      };
      const node = c.node;
      if ((Object.keys(data) as (keyof typeof data)[]).some((k) => node.data(k) !== data[k])) node.data(data);
      const classes = ['lbl', sideClass(placement.side), c.size === 'normal' ? '' : `lbl-${c.size}`];
      for (const cls of PLACEMENT_CLASSES) {
        const want = classes.includes(cls);
        if (want !== node.hasClass(cls)) node.toggleClass(cls, want);
      }
    }
  });
}

/** Providers go by the short names people use ("AWS", not "Amazon Web Services (AWS)"). */
const shortName = (node: NodeSingular): string =>
  (node.hasClass('kind-provider') && (PROVIDER_MARKS as Record<string, { name: string }>)[node.id()]?.name) ||
  (node.data('label') as string);

const sideClass = (side: Side) => (side === 'bottom' ? '' : `lbl-${side}`);
