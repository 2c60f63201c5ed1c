// The two bindings the workerd tests use from the Workers vitest pool's
// virtual module, typed narrowly so the Node-typed project needs no
// generated runtime types.
declare module 'cloudflare:test' {
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  export const env: Record<string, unknown>;
}
