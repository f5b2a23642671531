/**
 * The "close the gaps" optimizer off the main thread: HiGHS (WebAssembly) is loaded once, the
 * food table is sent once (and again only when it changes), and each request is solved here.
 * Messages are plain data (features/nutrients/optimizer-client.ts is the other end).
 */
import '../zod-config';
import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { optimizeWeek, type LinearSolver } from '@shared/domain/optimizer';
import { highsSolver } from '@shared/domain/optimizer/highs-solver';
import type { Food } from '@shared/schemas/food';
import type { WorkerRequest, WorkerResponse } from '../features/nutrients/optimizer-protocol';

let solver: Promise<LinearSolver> | null = null;
let foods: { version: number; byId: Map<string, Food> } | null = null;

function loadSolver(): Promise<LinearSolver> {
  // locateFile: Vite gives the wasm its own hashed URL; the loader would otherwise look beside itself.
  solver ??= highsLoader({ locateFile: () => wasmUrl }).then(highsSolver);
  return solver;
}

function reply(message: WorkerResponse): void {
  postMessage(message);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'warm') {
    loadSolver().catch(() => undefined);
    return;
  }
  if (message.type === 'foods') {
    foods = { version: message.version, byId: new Map(message.foods.map((f) => [f.id, f])) };
    return;
  }
  try {
    if (foods === null || foods.version !== message.foodsVersion) {
      throw new Error('the food table has not reached the optimizer yet');
    }
    const solve = await loadSolver();
    const started = performance.now();
    const result = optimizeWeek({ ...message.input, foods: foods.byId }, solve);
    reply({ type: 'result', id: message.id, result, ms: performance.now() - started });
  } catch (e) {
    reply({ type: 'error', id: message.id, message: e instanceof Error ? e.message : String(e) });
  }
};
