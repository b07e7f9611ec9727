/**
 * zod compiles fast object parsers with `new Function` when it may, and probes whether it may by
 * trying: under the app's Content-Security-Policy (no `unsafe-eval`) each probe is a reported
 * violation. Imported first by every browser entry that parses with zod (the page, the import worker).
 */
import { config } from 'zod/mini';

config({ jitless: true });
