/**
 * Hash routing: `#/plan`, `#/foods/sr:01001`. The hash survives reloads in the browser and in
 * Electron's app:// origin alike, and needs no server rewrite rules.
 */
export const ROUTES = ['plan', 'foods', 'nutrients', 'shopping', 'people', 'about'] as const;
export type RouteName = (typeof ROUTES)[number];

export interface Route {
  readonly name: RouteName;
  /** Path segments after the route name, decoded. */
  readonly params: readonly string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, ...rest] = parts;
  const name = (ROUTES as readonly string[]).includes(head ?? '') ? (head as RouteName) : 'plan';
  return { name, params: rest.map((p) => safeDecode(p)) };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function routeHref(name: RouteName, ...params: string[]): string {
  return `#/${[name, ...params.map((p) => encodeURIComponent(p))].join('/')}`;
}

export class Router {
  current = $state<Route>(parseHash(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.current = parseHash(location.hash);
    });
  }

  go(name: RouteName, ...params: string[]): void {
    location.hash = routeHref(name, ...params);
  }
}
