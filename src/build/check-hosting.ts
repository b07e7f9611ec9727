/**
 * Checks that a server hosts the build as it should: the page, a hashed asset, the service worker
 * and the manifest answer 200 with the policy and the security headers of hosting-headers.ts,
 * hashed assets are cached for a year and the rest revalidated.
 *
 *   npm run check:hosting                   builds the app and serves it with this machine's nginx
 *                                           and the committed src/build/nginx.conf
 *   npm run check:hosting -- --url URL      checks a server already running (the container image:
 *                                           .ci/check-image)
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './hosting-headers.ts';
import { NGINX_CONF_FILE } from './nginx-conf.ts';

/** Every mismatch between what `baseUrl` serves and what it should. */
async function hostingProblems(baseUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const page = await fetch(new URL('./', baseUrl));
  const html = await page.text();
  const asset = /src="[^"]*?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!asset) return [`${baseUrl} does not look like the app's index.html`];
  const expected: [path: string, cacheControl: string, type: RegExp][] = [
    ['./', REVALIDATE, /^text\/html/],
    ['index.html', REVALIDATE, /^text\/html/],
    ['sw.js', REVALIDATE, /javascript/],
    ['manifest.webmanifest', REVALIDATE, /^application\/manifest\+json/],
    [asset, IMMUTABLE, /javascript/],
  ];
  for (const [path, cacheControl, type] of expected) {
    const response = await fetch(new URL(path, baseUrl));
    await response.arrayBuffer();
    const want = { ...SECURITY_HEADERS, 'Cache-Control': cacheControl };
    if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
    if (!type.test(response.headers.get('content-type') ?? ''))
      problems.push(`${path}: Content-Type is ${response.headers.get('content-type')}`);
    for (const [name, value] of Object.entries(want)) {
      const got = response.headers.get(name);
      if (got !== value) problems.push(`${path}: ${name} is ${got ?? 'missing'}, expected ${value}`);
    }
  }
  return problems;
}

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

/** Serves `dist` with nginx and the committed server block (only its port and root changed). */
async function serveWithNginx(dist: string, scratch: string) {
  const port = await freePort();
  const site = readFileSync(NGINX_CONF_FILE, 'utf8')
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
    .replace(/root [^;]+;/, `root ${dist};`);
  writeFileSync(join(scratch, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${scratch}/${t};`);
  writeFileSync(
    join(scratch, 'nginx.conf'),
    `daemon off; worker_processes 1; pid ${scratch}/nginx.pid; error_log ${scratch}/error.log;
events {}
http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;
  ${temp.join(' ')}
  include ${scratch}/site.conf; }
`,
  );
  const nginx = spawn('nginx', ['-c', join(scratch, 'nginx.conf'), '-p', scratch], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try {
      await fetch(url);
      return { url, stop: () => nginx.kill() };
    } catch (error) {
      if (tries > 100 || nginx.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function main() {
  const urlFlag = process.argv.indexOf('--url');
  if (urlFlag > 0) return report(await hostingProblems(process.argv[urlFlag + 1]!));
  try {
    execFileSync('nginx', ['-v'], { stdio: 'ignore' });
  } catch {
    console.log('nginx is not installed here (apt-get install nginx-light): hosting check skipped.');
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'stack-atlas-hosting-'));
  // nginx's workers run as an unprivileged user: they must be able to read the build.
  chmodSync(scratch, 0o755);
  const dist = join(scratch, 'dist');
  try {
    await build({
      configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dist },
    });
    const server = await serveWithNginx(dist, scratch);
    try {
      report(await hostingProblems(server.url), `nginx with ${NGINX_CONF_FILE}`);
    } finally {
      server.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function report(problems: string[], server = process.argv.at(-1)) {
  if (problems.length) {
    console.error(`hosting check failed (${server}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log(`hosting check passed (${server}): policy, security and cache headers as expected`);
}

await main();
