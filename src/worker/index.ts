/**
 * The clearplan Worker. The root app only composes: security headers, the
 * health check, the API under /api/v1, the web form, and one error handler.
 * Static files (style.css, app.js) are served from dist/web by the assets
 * binding before the Worker runs.
 */
import { Hono } from 'hono/tiny';
import { RULES } from '../engine/index.js';
import { createApi } from './api.js';
import type { AppEnv } from './env.js';
import { installErrorHandling } from './errors.js';
import { securityHeaders } from './headers.js';
import { createWeb } from './web.js';

const app = new Hono<AppEnv>();

app.use('*', securityHeaders());
app.get('/healthz', (c) => c.json({ status: 'ok' as const, rulesVersion: RULES.version }));
app.route('/', createApi());
app.route('/', createWeb());
installErrorHandling(app);

export default app;
