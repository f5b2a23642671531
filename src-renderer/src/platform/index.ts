/**
 * The only code in the renderer that touches the preload bridge. Everything else asks `platform`.
 */
import { BRIDGE_GLOBAL, type CobaltBridge } from '@shared/ipc/bridge';
import { desktopPlatform } from './desktop';
import { webPlatform } from './web';
import type { Platform } from './types';

export type * from './types';

function detect(): Platform {
  const bridge = (globalThis as unknown as Record<string, CobaltBridge | undefined>)[BRIDGE_GLOBAL];
  return bridge ? desktopPlatform(bridge) : webPlatform();
}

export const platform: Platform = detect();
