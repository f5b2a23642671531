/**
 * Start-up: open the database, load or upgrade the bundled food table (first run shows progress),
 * then load the catalog. The app renders its screens once `phase` is 'ready'.
 */
import tableMeta from '../../resources/foods/meta.json';
import { CobaltDb } from './data/db';
import { ensureFoodTable, type SeedProgress } from './data/seed';
import { FoodCatalog } from './data/catalog.svelte';
import { messageOf } from './lib/message-of';

export type BootPhase = 'starting' | 'seeding' | 'ready' | 'failed';

export class Boot {
  phase = $state<BootPhase>('starting');
  progress = $state<SeedProgress | null>(null);
  message = $state<string | null>(null);
  readonly db: CobaltDb;
  readonly catalog = new FoodCatalog();

  constructor(db: CobaltDb = new CobaltDb()) {
    this.db = db;
  }

  async run(): Promise<void> {
    try {
      const outcome = await ensureFoodTable(
        this.db,
        {
          tableVersion: tableMeta.tableVersion,
          load: async () => {
            this.phase = 'seeding';
            const { default: url } = await import('../../resources/foods/foods.json?url');
            const response = await fetch(url);
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            return response.json();
          },
        },
        (p) => (this.progress = p),
      );
      if (outcome.status === 'refused') {
        this.fail(outcome.message);
        return;
      }
      performance.mark('cobalt:table-ready');
      await this.catalog.load(this.db);
      performance.mark('cobalt:catalog-loaded');
      this.phase = 'ready';
    } catch (e) {
      this.fail(`Cobalt could not open its database: ${messageOf(e)}`);
    }
  }

  private fail(message: string): void {
    this.message = message;
    this.phase = 'failed';
  }
}
