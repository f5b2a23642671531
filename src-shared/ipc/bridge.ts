import { CHANNELS, type BridgeKey } from './channels';
import type { ArgsIn, ResultOf } from './contracts';
import type { Result } from './result';

/** A channel without arguments becomes a method without parameters. */
type BridgeMethod<K extends BridgeKey> = [ArgsIn<K>] extends [undefined]
  ? () => Promise<Result<ResultOf<K>>>
  : (args: ArgsIn<K>) => Promise<Result<ResultOf<K>>>;

/**
 * What the preload exposes as `window.cobalt` (and what the web build imitates): one method per
 * channel, each resolving to a Result envelope. Never rejects for expected failures.
 */
export type CobaltBridge = { readonly [K in BridgeKey]: BridgeMethod<K> };

export const BRIDGE_KEYS = Object.keys(CHANNELS) as readonly BridgeKey[];

/** Name of the global the preload installs. */
export const BRIDGE_GLOBAL = 'cobalt';
