/**
 * Start-up: open the database, load or upgrade the bundled food table (first run shows progress),
 * then load the catalog. The app renders its screens once `phase` is 'ready'.
 */
import tableMeta from '../../resources/foods/meta.json';
import { CobaltDb } from './data/db';
import { ensureFoodTable, type SeedProgress } from './data/seed';
import { FoodCatalog, prepareShippedFoods } from './data/catalog.svelte';
import { messageOf } from './lib/message-of';
import { prepareDateFormats } from './lib/dates';
import { yieldToMain } from './lib/yield';
import { startRead, type StartRead } from './data/start-read-repo';
import { shippedTable } from './data/shipped-table';
import type { StoredTableInfo } from './data/seed';

export type BootPhase = 'starting' | 'seeding' | 'ready' | 'failed';

export class Boot {
  phase = $state<BootPhase>('starting');
  progress = $state<SeedProgress | null>(null);
  message = $state<string | null>(null);
  readonly db: CobaltDb;
  readonly catalog = new FoodCatalog();

  #renderedNow: () => void = () => {};
  /** Resolves when App reports the screens rendered (`shown`). */
  readonly #rendered = new Promise<void>((resolve) => (this.#renderedNow = resolve));

  /** App: the screens are rendered and the start is marked interactive; what waited may run. */
  shown(): void {
    this.#renderedNow();
  }

  constructor(db: CobaltDb = new CobaltDb()) {
    this.db = db;
  }

  /**
   * Starts the app; `screens` (the first screen's code, loading meanwhile) must have arrived too
   * before the phase is 'ready'.
   */
  async run(screens: Promise<unknown> = Promise.resolve()): Promise<void> {
    // While IndexedDB opens the page has nothing to do: build the date formatters then, in a task
    // of their own, instead of in the first render (the first Intl call loads locale data).
    setTimeout(prepareDateFormats, 0);
    // Dexie opens meanwhile too: the screens read through it; the catalog may not need to.
    const opened = this.db.open();
    opened.catch(() => undefined); // reported below, once awaited
    // The shipped file's foods are made as soon as it is there, while IndexedDB still opens.
    const shippedFoods = shippedTable()
      .then(prepareShippedFoods)
      .catch(() => null);
    try {
      const start = this.#usable(await startRead());
      if (start) {
        // The start-up read saw the shipped table at the declared version: nothing to seed.
        performance.mark('cobalt:table-ready');
        // The shipped search index is installed after the first render (`shown`, catalog.svelte.ts).
        const shipped = await shippedFoods;
        await this.catalog.load(this.db, { read: start, shipped }, this.#rendered);
        performance.mark('cobalt:catalog-loaded');
        await opened;
      } else await this.#startFromDb();
    } catch (e) {
      this.fail(`Cobalt could not open its database: ${messageOf(e)}`);
      return;
    }
    if (this.phase === 'failed') return;
    try {
      await screens;
    } catch (e) {
      this.fail(`Cobalt could not load its screens: ${messageOf(e)}`);
      return;
    }
    // The first render of the screens in a task of its own, not after the catalog's work.
    await yieldToMain();
    this.phase = 'ready'; // the screens render in this task; App then calls `shown`
  }

  /**
   * The start-up read (data/start-read-repo.ts) if it can stand for reading through Dexie: the
   * database was at the version this app declares (no upgrade was pending, which could change
   * what it read) and holds the shipped table.
   */
  #usable(start: StartRead | null): StartRead | null {
    if (!start || start.idbVersion !== Math.round(this.db.verno * 10)) return null;
    const info = start.tableInfo as Partial<StoredTableInfo> | undefined;
    return info?.tableVersion === tableMeta.tableVersion ? start : null;
  }

  /** Checks (or seeds) the table and loads the catalog through Dexie. */
  async #startFromDb(): Promise<void> {
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
  }

  private fail(message: string): void {
    this.message = message;
    this.phase = 'failed';
  }
}
