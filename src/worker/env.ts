/**
 * The Worker's bindings (type only). All are optional: with none set the
 * Worker runs open, with CORS off, which is what `wrangler dev` gives.
 */
export interface Bindings {
  /** Secret: comma-separated API keys. When set, `/api/v1/*` needs `Authorization: Bearer <key>`. */
  API_KEYS?: string;
  /** Var: comma-separated origins allowed to call the API from a browser (CORS). Unset = CORS off. */
  CORS_ORIGINS?: string;
  /**
   * The static files of dist/web (wrangler.toml `[assets]`); the Worker reads
   * the OpenAPI document from it (without it `/api/v1/openapi.json` is a 404)
   * and, in the Worker bundle, the familiar-word lists (./familiar-words.ts;
   * without them a check is a 500).
   */
  ASSETS?: { fetch(input: URL): Promise<Response> };
}

export interface AppEnv {
  Bindings: Bindings;
}
