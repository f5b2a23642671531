/**
 * The Nutrients screen's handle on the optimizer worker. One worker for the app's life, so HiGHS
 * is compiled once; the food table is posted once per catalog version (a new array identity).
 */
import type { OptimizeResult } from '@shared/domain/optimizer';
import type { Food } from '@shared/schemas/food';
import type { OptimizeRequest, WorkerRequest, WorkerResponse } from './optimizer-protocol';

export interface OptimizerRun {
  readonly result: OptimizeResult;
  /** Time spent solving in the worker, ms. */
  readonly ms: number;
}

export class OptimizerClient {
  #worker: Worker | null = null;
  #foods: readonly Food[] | null = null;
  #foodsVersion = 0;
  #nextId = 1;
  readonly #pending = new Map<
    number,
    { resolve: (run: OptimizerRun) => void; reject: (e: Error) => void }
  >();

  #post(message: WorkerRequest): void {
    this.#ensure().postMessage(message);
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('../../workers/optimizer.worker.ts', import.meta.url), {
      type: 'module',
      name: 'cobalt-optimizer',
    });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      if (message.type === 'result') pending.resolve({ result: message.result, ms: message.ms });
      else pending.reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      const error = new Error(`The optimizer stopped: ${event.message || 'it could not start'}`);
      for (const p of this.#pending.values()) p.reject(error);
      this.#pending.clear();
      worker.terminate();
      this.#worker = null;
      this.#foods = null;
    };
    this.#worker = worker;
    return worker;
  }

  /** Starts compiling the solver ahead of the first request. */
  warm(): void {
    this.#post({ type: 'warm' });
  }

  run(input: OptimizeRequest, foods: readonly Food[]): Promise<OptimizerRun> {
    if (this.#foods !== foods) {
      this.#foods = foods;
      this.#foodsVersion++;
      this.#post({ type: 'foods', version: this.#foodsVersion, foods });
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // $state proxies cannot be cloned: the caller passes plain data ($state.snapshot).
      this.#post({ type: 'optimize', id, foodsVersion: this.#foodsVersion, input });
    });
  }
}

/** The app-wide client (created on first use). */
let shared: OptimizerClient | null = null;
export function optimizerClient(): OptimizerClient {
  shared ??= new OptimizerClient();
  return shared;
}
