import { CHANNELS, EVENTS, type BridgeKey, type EventKey } from './channels';
import type { ArgsIn, EventPayload, ResultOf } from './contracts';
import type { Result } from './result';

/** A channel without arguments becomes a method without parameters. */
type BridgeMethod<K extends BridgeKey> = [ArgsIn<K>] extends [undefined]
  ? () => Promise<Result<ResultOf<K>>>
  : (args: ArgsIn<K>) => Promise<Result<ResultOf<K>>>;

/**
 * What the preload exposes as `window.cobalt` (and what the web build imitates): one method per
 * channel, each resolving to a Result envelope. Never rejects for expected failures.
 */
export type CobaltBridge = { readonly [K in BridgeKey]: BridgeMethod<K> } & {
  /**
   * Subscribe to a main → renderer event; returns the unsubscribe function. The payload arrives
   * unvalidated (the preload has no zod): the renderer's platform checks it with EVENT_PAYLOADS.
   */
  readonly [K in EventKey]: (listener: (payload: unknown) => void) => () => void;
};

/** Every key of window.cobalt: one method per channel, one subscription per event. */
export const BRIDGE_KEYS = [...Object.keys(CHANNELS), ...Object.keys(EVENTS)] as readonly (
  BridgeKey | EventKey
)[];

export type { EventPayload };

/** Name of the global the preload installs. */
export const BRIDGE_GLOBAL = 'cobalt';
