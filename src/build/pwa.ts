/**
 * Offline and installable (vite-plugin-pwa): a web app manifest, and a service worker that
 * precaches the whole build, so after one visit the app opens and works with no network. A new
 * build waits until the person accepts it ("Update available — reload", src/app/update-notice.tsx):
 * it never swaps the code under an open page. The worker is a same-origin script, which the
 * Content-Security-Policy's `worker-src 'self'` already allows.
 */
import { VitePWA } from 'vite-plugin-pwa';

export const pwaPlugin = () =>
  VitePWA({
    registerType: 'prompt',
    // src/app/register-service-worker.ts registers it: no inline script, no extra file.
    injectRegister: false,
    manifest: {
      name: 'Stack Atlas',
      short_name: 'Stack Atlas',
      description: 'How the technologies of modern AI/ML engineering depend on each other.',
      theme_color: '#1d4ed8',
      background_color: '#ffffff',
      display: 'standalone',
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // Precaches every script, style and page of the build, plus the manifest and its icons.
    workbox: {
      // Hashed files never change, so the old ones go as soon as a new build takes over.
      cleanupOutdatedCaches: true,
    },
  });
