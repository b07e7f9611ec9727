/** Labels as Cytoscape places them, with text widths estimated (no canvas to measure with). */
import type { NodeSingular } from 'cytoscape';
import { el, escapeXml, num, opacity, str, xmlChars, type Box } from './svg-markup.ts';

/** A rough width for text, without a canvas to measure it. */
const textWidth = (text: string, size: number, bold: boolean) => [...text].length * size * (bold ? 0.58 : 0.53);

function wrapLines(label: string, mode: string, maxWidth: number, size: number, bold: boolean): string[] {
  if (mode === 'none') return [label.replace(/\s*\n\s*/g, ' ')];
  if (mode === 'ellipsis') {
    let line = label.replace(/\s*\n\s*/g, ' ');
    if (textWidth(line, size, bold) <= maxWidth) return [line];
    while (line.length > 1 && textWidth(`${line}…`, size, bold) > maxWidth) line = line.slice(0, -1);
    return [`${line.trimEnd()}…`];
  }
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && textWidth(candidate, size, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A label as Cytoscape places it: centred on the node, above (top), on (center) or below
 * (bottom) its box, `anchorY` being that box's edge for top and bottom.
 */
export function labelElement(
  ele: NodeSingular,
  text: string,
  x: number,
  anchorY: number,
  alpha: number,
): { svg: string; box: Box } {
  const size = num(ele, 'font-size', 12);
  const weight = str(ele, 'font-weight') || 'normal';
  const bold = weight === 'bold' || Number.parseInt(weight, 10) >= 600;
  const maxWidth = num(ele, 'text-max-width', 200);
  const lines = wrapLines(text, str(ele, 'text-wrap'), maxWidth, size, bold);
  const lineHeight = size * Math.max(num(ele, 'line-height', 1), 1) * 1.15;
  const valign = str(ele, 'text-valign');
  const height = lines.length * lineHeight;
  const top = valign === 'top' ? anchorY - height : valign === 'bottom' ? anchorY : anchorY - height / 2;
  const outline = num(ele, 'text-outline-width');
  const outlineAlpha = num(ele, 'text-outline-opacity', 1);
  const tspans = lines
    .map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : lineHeight }, escapeXml(line)))
    .join('');
  const halfWidth = Math.max(...lines.map((line) => textWidth(line, size, bold))) / 2 + outline;
  const box = { x1: x - halfWidth, y1: top - outline, x2: x + halfWidth, y2: top + height + outline };
  const svg = el(
    'text',
    {
      x,
      // The first baseline: the ascent below the top of the label box.
      y: top + (lineHeight - size) / 2 + size * 0.8,
      'text-anchor': 'middle',
      'font-family': str(ele, 'font-family') || 'sans-serif',
      'font-size': size,
      'font-weight': weight === 'normal' ? undefined : weight,
      'font-style': str(ele, 'font-style') === 'italic' ? 'italic' : undefined,
      fill: str(ele, 'color') || '#000',
      opacity: opacity(alpha),
      ...(outline > 0 && outlineAlpha > 0
        ? {
            stroke: str(ele, 'text-outline-color'),
            'stroke-width': outline * 2,
            'stroke-opacity': opacity(outlineAlpha),
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          }
        : {}),
    },
    tspans,
  );
  return { svg, box };
}

/** The label Cytoscape draws for the element ('' when the stylesheet gives it none). */
export const labelOf = (ele: NodeSingular) => xmlChars(ele.style('label')).trim();
