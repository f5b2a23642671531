/**
 * zod 4 compiles object parsers with `new Function` when it may. Our CSP forbids eval (script-src
 * has no 'unsafe-eval'), and even zod's feature probe would be reported as a violation, so switch
 * the JIT off before any schema runs. Import this first in every renderer entry point and worker.
 */
import { config } from 'zod';

config({ jitless: true });
