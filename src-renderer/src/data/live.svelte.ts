/**
 * Dexie `liveQuery` under Svelte 5 runes: the current value, the last error and a loading flag, as
 * reactive fields. The query re-runs when the tables it read change (Dexie's observation) and when
 * the reactive values read by `deps` change (Svelte's tracking).
 */
import { liveQuery, type Subscription } from 'dexie';

export class LiveQuery<T, D = void> {
  current = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(null);
  loading = $state(true);

  #subscription: Subscription | null = null;
  readonly #querier: (deps: D) => Promise<T> | T;

  constructor(querier: (deps: D) => Promise<T> | T) {
    this.#querier = querier;
  }

  /** Subscribes for `deps`, dropping any earlier subscription. */
  start(deps: D): void {
    this.stop();
    this.loading = true;
    this.#subscription = liveQuery(() => this.#querier(deps)).subscribe({
      next: (value) => {
        this.current = value;
        this.error = null;
        this.loading = false;
      },
      error: (error: unknown) => {
        this.error = error;
        this.loading = false;
      },
    });
  }

  stop(): void {
    this.#subscription?.unsubscribe();
    this.#subscription = null;
  }
}

/**
 * For components: a LiveQuery that follows `deps` (read reactively) and stops with the component.
 * Call during component initialisation.
 */
export function useLiveQuery<T, D = void>(
  querier: (deps: D) => Promise<T> | T,
  deps: () => D = () => undefined as D,
): LiveQuery<T, D> {
  const query = new LiveQuery(querier);
  $effect(() => {
    query.start(deps());
    return () => query.stop();
  });
  return query;
}
