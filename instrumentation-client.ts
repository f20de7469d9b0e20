import { config } from "zod/v4/core";

/**
 * Runs in the browser before the app's own modules. zod compiles object schemas with `new Function`
 * after probing whether eval is allowed; under the site's Content-Security-Policy (no 'unsafe-eval')
 * that probe is refused and reported as a violation even though zod catches it. Interpreted schemas
 * are fast enough for forms, so the probe is switched off before any schema is built.
 */
config({ jitless: true });
