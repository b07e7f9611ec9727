/**
 * The response headers a host must send, written once: `vite preview`, the nginx config of the
 * container image (nginx-conf.ts) and the header check (check-hosting.ts) all read them here.
 */
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/** The page's policy, plus what only a header can say: no framing by other sites. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Headers every response carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Files under assets/ are named by their content's hash: they never change, so keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the service worker, the manifest) is revalidated on every load, so a
 * new build is seen at once. */
export const REVALIDATE = 'no-cache';
