import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, IMMUTABLE, REVALIDATE } from '../../src/build/hosting-headers';
import { NGINX_CONF_FILE, nginxConf } from '../../src/build/nginx-conf';

/** The nginx config's location blocks, by their match, with the headers each adds. */
function locations(conf: string) {
  return Object.fromEntries(
    [...conf.matchAll(/location ([^{]+)\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map(([, match, body]) => [
      match!.trim(),
      Object.fromEntries([...body!.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n, v]) => [n, v])),
    ]),
  );
}

describe('the container image nginx config', () => {
  it('is what src/build/hosting-headers.ts generates (run `npm run hosting:conf` after changing it)', () => {
    expect(readFileSync(NGINX_CONF_FILE, 'utf8')).toBe(nginxConf());
  });

  it('sends the policy with frame-ancestors on every path, a year of cache for hashed assets only', () => {
    const byLocation = locations(nginxConf());
    expect(Object.keys(byLocation).sort()).toEqual(['/', '/assets/', '= /manifest.webmanifest']);
    for (const headers of Object.values(byLocation)) {
      expect(headers['Content-Security-Policy']).toBe(CSP_HEADER);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
    }
    expect(CSP_HEADER).toMatch(/; frame-ancestors 'none'$/);
    expect(byLocation['/assets/']!['Cache-Control']).toBe(IMMUTABLE);
    expect(byLocation['/']!['Cache-Control']).toBe(REVALIDATE);
  });
});
