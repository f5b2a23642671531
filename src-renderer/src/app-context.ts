import { createContext } from 'svelte';
import type { CobaltDb } from './data/db';
import type { FoodCatalog } from './data/catalog.svelte';
import type { Router } from './lib/router.svelte';

/** What every screen may reach: set once by App.svelte after start-up. */
export interface AppContext {
  readonly db: CobaltDb;
  readonly catalog: FoodCatalog;
  readonly router: Router;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();
