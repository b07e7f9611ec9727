/** The legend's drawings: decorative (aria-hidden); the text next to each carries the meaning. */
import type { CSSProperties } from 'react';
import type { EdgeLook } from '../../encoding/encoding';
import { outlineOf } from './shape-geometry';

/** Unit outlines are drawn into a 20×20 box with room for the stroke. */
const toBox = (v: number) => 10 + v * 7.5;

export function ShapeIcon({ shape }: { shape: string }) {
  const outline = outlineOf(shape);
  let drawing;
  if (outline.type === 'ellipse') drawing = <circle cx={10} cy={10} r={7.5} />;
  else if (outline.type === 'rect')
    drawing = <rect x={2.5} y={2.5} width={15} height={15} rx={outline.rounded ? 3.5 : 0} />;
  else if (outline.type === 'path')
    drawing = <path d={outline.d.replace(/-?\d*\.?\d+/g, (n) => String(toBox(Number(n))))} />;
  else
    drawing = (
      <polygon
        points={outline.points.map(toBox).join(' ')}
        strokeLinejoin={outline.rounded ? 'round' : 'miter'}
        strokeWidth={outline.rounded ? 2.5 : undefined}
      />
    );
  return (
    <svg
      className="legend-icon legend-shape"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {drawing}
    </svg>
  );
}

export function FillIcon({ colour }: { colour: string }) {
  return (
    <svg className="legend-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx={10} cy={10} r={7} fill={colour} />
    </svg>
  );
}

export function BorderIcon({ colour, border }: { colour: string; border: 'solid' | 'double' | 'dashed' }) {
  return (
    <svg
      className="legend-icon legend-border"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke={colour}>
        {border === 'double' ? (
          <>
            <circle cx={10} cy={10} r={8} strokeWidth={1.4} />
            <circle cx={10} cy={10} r={5} strokeWidth={1.4} />
          </>
        ) : (
          <circle
            cx={10}
            cy={10}
            r={7.5}
            strokeWidth={2.5}
            strokeDasharray={border === 'dashed' ? '3.5 2.4' : undefined}
          />
        )}
      </g>
    </svg>
  );
}

const DASHES: Record<EdgeLook['line'], string | undefined> = { solid: undefined, dashed: '5 3', dotted: '0.1 3.2' };

/** Arrowheads with the tip at x = 38, the right end of the line. */
const ARROWS: Record<string, string> = {
  triangle: '30,2 38,6 30,10',
  vee: '30,2 38,6 30,10 32.5,6',
  diamond: '30,6 34,2.5 38,6 34,9.5',
};

/**
 * A short line drawn like the edge kind, read from tail to head: the arrowhead always sits at the
 * right, whichever end of the data edge Cytoscape puts it on. Colours follow the theme through CSS.
 */
export function EdgeIcon({ look }: { look: EdgeLook }) {
  const arrow = look.arrowAt === 'none' ? undefined : ARROWS[look.arrow];
  const style = { '--legend-edge-light': look.colour.light, '--legend-edge-dark': look.colour.dark } as CSSProperties;
  return (
    <svg
      className="legend-icon legend-edge"
      style={style}
      viewBox="0 0 40 12"
      width="40"
      height="12"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1={2}
        y1={6}
        x2={arrow ? 31 : 38}
        y2={6}
        stroke="currentColor"
        strokeWidth={Math.max(1.5, look.width * 1.4)}
        strokeDasharray={DASHES[look.line]}
        strokeLinecap={look.line === 'dotted' ? 'round' : 'butt'}
      />
      {arrow && <polygon points={arrow} fill="currentColor" />}
    </svg>
  );
}
