/**
 * Breaks a label into lines no wider than `maxWidth` at spaces, as a person would set a map label:
 * the canvas draws exactly these lines, so the box the placement reserves is the box drawn.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (line: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
