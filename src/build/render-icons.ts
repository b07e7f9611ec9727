/**
 * Renders the install icons in public/ from public/favicon.svg with the test browser: the 192 and
 * 512 px icons as drawn, and a maskable 512 px one whose glyph sits inside the safe zone (the
 * centre 80%) on a full-bleed background, as launchers crop it to their own shape.
 * Run after changing the favicon: `npx tsx src/build/render-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../../tests/fixtures/chromium';

const publicDir = resolve(import.meta.dirname, '../../public');
const svg = readFileSync(resolve(publicDir, 'favicon.svg'), 'utf8');
const BACKGROUND = /<rect [^>]*fill="(#[0-9a-f]+)"/i.exec(svg)?.[1] ?? '#000';

const icons = [
  { file: 'pwa-192.png', size: 192, inset: 0 },
  { file: 'pwa-512.png', size: 512, inset: 0 },
  { file: 'pwa-maskable-512.png', size: 512, inset: 0.2 },
];

const browser = await launchChromium();
const page = await browser.newPage();
for (const { file, size, inset } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const glyph = size * (1 - inset);
  const background = inset ? BACKGROUND : 'transparent';
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;height:100vh;background:${background}">` +
      `<img style="width:${glyph}px;height:${glyph}px" src="data:image/svg+xml,${encodeURIComponent(svg)}"></body>`,
  );
  await page.screenshot({ path: resolve(publicDir, file), omitBackground: !inset });
}
await browser.close();
