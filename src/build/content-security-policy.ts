/**
 * The Content-Security-Policy of the production build: only the app's own scripts, styles,
 * workers and data; no inline scripts, no eval, no plugins, no framing. Vite's dev server needs
 * inline scripts for hot reload, so the policy applies to the build and `vite preview` only.
 * Hosting: send the same policy as a `Content-Security-Policy` header (see README).
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Cytoscape injects one fixed <style> element for its container: allowed by its hash, nothing else.
  "style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the policy in a meta tag of the built index.html (headers are better; meta always works). */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'stack-atlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
