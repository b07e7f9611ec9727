/**
 * Writing SVG markup: XML-safe text and attributes, short numbers, and the rendered styles of
 * Cytoscape elements read as plain values.
 */
import type { EdgeSingular, NodeSingular } from 'cytoscape';

export type Point = { x: number; y: number };
export type Box = { x1: number; y1: number; x2: number; y2: number };

/** Whether XML 1.0 allows the code point at all (no controls, lone surrogates, U+FFFE/U+FFFF). */
const isXmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without the characters XML cannot hold. */
export function xmlChars(value: unknown): string {
  let text = '';
  // By code point: a surrogate pair arrives whole, a lone surrogate alone (and is dropped).
  for (const char of String(value ?? '')) if (isXmlChar(char.codePointAt(0)!)) text += char;
  return text;
}

/** Safe in text and in double- or single-quoted attributes. */
export function escapeXml(value: unknown): string {
  return xmlChars(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Short, locale-free numbers: two decimals at most, never "-0", "NaN" or "Infinity". */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type AttrValue = string | number | undefined | null | false;

/** ` name="value"` for each value given; numbers are formatted, everything else escaped. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeXml(value)}"`;
  }
  return out;
}

export const el = (name: string, values: Record<string, AttrValue>, body?: string) =>
  body === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${body}</${name}>`;

// ── Reading styles ────────────────────────────────────────────────────────────────────────────

export type Styled = NodeSingular | EdgeSingular;

export const str = (ele: Styled, name: string): string => String(ele.style(name) ?? '');

/** A style as a number: "3px" → 3, "0.8" → 0.8; the fallback when absent or not a number. */
export function num(ele: Styled, name: string, fallback = 0): number {
  const value = Number.parseFloat(str(ele, name));
  return Number.isFinite(value) ? value : fallback;
}

/** Only opacities below 1 are written: the default needs no attribute. */
export const opacity = (value: number) => (value < 1 ? Math.max(0, value) : undefined);

export function dashes(style: string, width: number, dashed: readonly [number, number]): string | undefined {
  if (style === 'dotted') return `${fmt(Math.max(width, 1))} ${fmt(Math.max(width, 1) * 1.5)}`;
  if (style === 'dashed') return `${fmt(dashed[0])} ${fmt(dashed[1])}`;
  return undefined;
}
