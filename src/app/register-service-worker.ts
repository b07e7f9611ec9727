/**
 * Registers the service worker that keeps the app working offline (src/build/pwa.ts). When a new
 * build has been deployed and its worker installed, the page offers it rather than reloading on
 * its own: a person may be in the middle of a plan.
 */
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './update-offer';

export function registerServiceWorker() {
  const update = registerSW({ onNeedRefresh: () => offerUpdate(() => void update(true)) });
}
