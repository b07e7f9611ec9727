/**
 * zod compiles fast object parsers with `new Function` when it may, and probes whether it may by
 * trying: under the app's Content-Security-Policy (no `unsafe-eval`) each probe is a reported
 * violation. Imported first by every browser entry (the page and each worker), before any parse.
 */
import { config } from 'zod/mini';

config({ jitless: true });
