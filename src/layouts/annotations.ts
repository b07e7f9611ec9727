/**
 * The names each layout writes on the canvas, so a layout says what it is: the tier bands and the
 * reading direction of the layered layout, the area headings of the provider layout (its column
 * heads are the provider nodes, its row names the capabilities), the rings of the concentric
 * layout, the regions of the force layout. Placed from the layout's own positions, so they pan and
 * zoom with it, for the curriculum and imported graphs alike. Pure.
 */
import type { Graph, GraphNode } from '../domain/graph.ts';
import { AREAS, TIERS } from '../domain/vocabulary.ts';
import { isDrawn } from '../encoding/drawn-nodes.ts';
import { AREA_NAMES, OUTSIDE_TIERS, PROVIDER_MARKS, TIER_NAMES } from '../encoding/encoding.ts';
import type { LayoutName, LayoutPositions, Point } from '../store/view-options.ts';
import { regionOf, type Region } from './regions.ts';

export interface Annotation {
  id: string;
  layout: LayoutName;
  text: string;
  /** Where the text's top centre sits, in graph coordinates. */
  at: Point;
  /** A heading names a part of the layout; a note explains how to read it. */
  style: 'heading' | 'note';
}

interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
  count: number;
}

function extentOf(points: readonly Point[]): Extent | null {
  if (!points.length) return null;
  const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity, count: points.length };
  for (const { x, y } of points) {
    extent.minX = Math.min(extent.minX, x);
    extent.maxX = Math.max(extent.maxX, x);
    extent.minY = Math.min(extent.minY, y);
    extent.maxY = Math.max(extent.maxY, y);
  }
  return extent;
}

const REGION_NAMES: Record<Region, string> = {
  'tier-1': TIER_NAMES[1],
  'tier-2': TIER_NAMES[2],
  'tier-3': TIER_NAMES[3],
  'cloud-aws': PROVIDER_MARKS.aws.name,
  'cloud-azure': PROVIDER_MARKS.azure.name,
  'cloud-gcp': PROVIDER_MARKS.gcp.name,
  capabilities: 'Cloud capabilities',
  outside: OUTSIDE_TIERS,
};

/** Groups the drawn nodes that have a position. */
function groupPoints(nodes: readonly GraphNode[], at: Record<string, Point>, key: (n: GraphNode) => string | null) {
  const groups = new Map<string, Point[]>();
  for (const n of nodes) {
    const k = key(n);
    // Own properties only: an id such as "constructor" must not find Object's.
    const p = Object.hasOwn(at, n.id) ? at[n.id] : undefined;
    if (k === null || !p) continue;
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  return groups;
}

const TIER_KEYS = [...TIERS.map(String), 'none'];
const tierName = (key: string) => (key === 'none' ? OUTSIDE_TIERS : TIER_NAMES[Number(key) as 1 | 2 | 3]);

export function layoutAnnotations(graph: Graph, positions: Partial<LayoutPositions>): Annotation[] {
  const nodes = graph.nodes.filter(isDrawn);
  const out: Annotation[] = [];
  const add = (layout: LayoutName, key: string, text: string, at: Point, style: Annotation['style'] = 'heading') =>
    out.push({
      id: `annotation-${layout}-${key}`,
      layout,
      text,
      at: { x: Math.round(at.x), y: Math.round(at.y) },
      style,
    });

  if (positions.layered) {
    const bands = groupPoints(nodes, positions.layered, (n) => String(n.tier ?? 'none'));
    for (const key of TIER_KEYS) {
      const band = extentOf(bands.get(key) ?? []);
      if (!band) continue;
      add('layered', `band-${key}`, tierName(key), { x: (band.minX + band.maxX) / 2, y: band.minY - 150 });
    }
    const first = extentOf(bands.get('1') ?? bands.get('2') ?? bands.get('3') ?? []);
    if (first)
      add(
        'layered',
        'direction',
        'Learn first → what builds on it',
        { x: first.minX + 120, y: first.minY - 70 },
        'note',
      );
  }

  if (positions.provider) {
    const at = positions.provider;
    const areas = groupPoints(nodes, at, (n) => (n.kind === 'capability' ? (n.area ?? 'operations') : null));
    for (const area of AREAS) {
      const rows = extentOf(areas.get(area) ?? []);
      if (rows) add('provider', `area-${area}`, AREA_NAMES[area], { x: rows.minX, y: rows.minY - 62 });
    }
    const cloud = new Set(['capability', 'service', 'provider']);
    const rest = extentOf(groupPoints(nodes, at, (n) => (cloud.has(n.kind) ? null : 'rest')).get('rest') ?? []);
    if (rest) add('provider', 'rest', 'Not cloud services', { x: (rest.minX + rest.maxX) / 2, y: rest.minY - 80 });
  }

  if (positions.concentric) {
    const all = extentOf(groupPoints(nodes, positions.concentric, () => 'all').get('all') ?? []);
    const rings = groupPoints(nodes, positions.concentric, (n) => String(n.tier ?? 'none'));
    if (all) {
      const centre = { x: (all.minX + all.maxX) / 2, y: (all.minY + all.maxY) / 2 };
      for (const key of TIER_KEYS) {
        const ring = rings.get(key);
        if (!ring?.length) continue;
        const radius = ring
          .map((p) => Math.hypot(p.x - centre.x, p.y - centre.y))
          .reduce((a, b) => Math.max(a, b), -Infinity);
        add('concentric', `ring-${key}`, tierName(key), { x: centre.x, y: centre.y - radius - 44 });
      }
    }
  }

  if (positions.force) {
    const regions = groupPoints(nodes, positions.force, (n) => regionOf(n));
    for (const [region, points] of regions) {
      const extent = extentOf(points);
      if (extent && extent.count >= 3)
        add('force', `region-${region}`, REGION_NAMES[region as Region], {
          x: (extent.minX + extent.maxX) / 2,
          y: extent.minY - 60,
        });
    }
  }
  return out;
}
