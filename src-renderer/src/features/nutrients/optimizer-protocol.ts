/** Messages between the Nutrients screen and the optimizer worker (plain, structured-clonable data). */
import type { OptimizeInput, OptimizeResult } from '@shared/domain/optimizer';
import type { Food } from '@shared/schemas/food';

export type OptimizeRequest = Omit<OptimizeInput, 'foods'>;

export type WorkerRequest =
  | { readonly type: 'warm' }
  | { readonly type: 'foods'; readonly version: number; readonly foods: readonly Food[] }
  | {
      readonly type: 'optimize';
      readonly id: number;
      readonly foodsVersion: number;
      readonly input: OptimizeRequest;
    };

export type WorkerResponse =
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: OptimizeResult;
      readonly ms: number;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
