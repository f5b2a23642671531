import { describe, expect, it, vi } from 'vitest';
import { ok, fail } from '@shared/ipc/result';
import type { CobaltBridge } from '@shared/ipc/bridge';
import { desktopPlatform } from '../../../src-renderer/src/platform/desktop';
import type { OpenedBackupFile, Platform } from '../../../src-renderer/src/platform/types';
import {
  OpenedBackupInbox,
  type OpenedBackup,
} from '../../../src-renderer/src/features/backup/opened-backups';
import {
  printKindOf,
  registerPrintActions,
  runMenuCommand,
} from '../../../src-renderer/src/features/print/print-commands';

/** A bridge whose events the test fires by hand, as main would. */
function fakeBridge() {
  const listeners = {
    onMenuCommand: [] as ((p: unknown) => void)[],
    onBackupOpened: [] as ((p: unknown) => void)[],
  };
  const subscribe = (key: keyof typeof listeners) => (listener: (p: unknown) => void) => {
    listeners[key].push(listener);
    return () => {
      listeners[key] = listeners[key].filter((l) => l !== listener);
    };
  };
  const bridge = {
    print: vi.fn(async () => ok({ printed: true })),
    onMenuCommand: subscribe('onMenuCommand'),
    onBackupOpened: subscribe('onBackupOpened'),
  } as unknown as CobaltBridge;
  return { bridge, listeners };
}

describe('desktop platform events', () => {
  it('passes on the menu commands main sends and drops anything else', () => {
    const { bridge, listeners } = fakeBridge();
    const seen: string[] = [];
    const stop = desktopPlatform(bridge).onMenuCommand((c) => seen.push(c));
    for (const payload of ['print', 'exec', { command: 'print' }, 'savePdf']) {
      for (const l of listeners.onMenuCommand) l(payload);
    }
    expect(seen).toEqual(['print', 'savePdf']);
    stop();
    expect(listeners.onMenuCommand).toHaveLength(0);
  });

  it('prints through the print channel, saying what is printed', async () => {
    const { bridge } = fakeBridge();
    await desktopPlatform(bridge).print({ kind: 'shopping' });
    await desktopPlatform(bridge).print();
    expect(vi.mocked(bridge.print).mock.calls).toEqual([
      [{ kind: 'shopping' }],
      [{ kind: 'screen' }],
    ]);
  });
});

describe('print commands', () => {
  it('names each layout for the print channel', () => {
    expect(printKindOf('week-plan')).toBe('plan');
    expect(printKindOf('shopping')).toBe('shopping');
    expect(printKindOf('nutrient-report')).toBe('report');
    expect(printKindOf(null)).toBe('screen');
  });

  it("runs the shown screen's print actions, and prints the screen when there are none", async () => {
    const platform = { print: vi.fn(async () => ok({ printed: true })), savePdf: vi.fn() };
    const actions = { print: vi.fn(async () => {}), savePdf: vi.fn(async () => {}) };
    const unregister = registerPrintActions(actions);
    await runMenuCommand('print', platform as unknown as Platform);
    await runMenuCommand('savePdf', platform as unknown as Platform);
    expect(actions.print).toHaveBeenCalledOnce();
    expect(actions.savePdf).toHaveBeenCalledOnce();
    expect(platform.print).not.toHaveBeenCalled();
    unregister();
    await runMenuCommand('print', platform as unknown as Platform);
    expect(platform.print).toHaveBeenCalledWith({ kind: 'screen' });
  });
});

const file: OpenedBackupFile = { fileName: 'family.cobalt', content: '{}', bytes: 2 };

function inboxWith(answers: Awaited<ReturnType<Platform['takeOpenedBackup']>>[]) {
  let notify: () => void = () => {};
  const platform = {
    takeOpenedBackup: vi.fn(async () => answers.shift() ?? ok(null)),
    onBackupOpened: (listener: () => void) => {
      notify = listener;
      return () => {};
    },
  } as unknown as Platform;
  return { inbox: new OpenedBackupInbox(platform), platform, notify: () => notify() };
}

describe('OpenedBackupInbox', () => {
  it('asks at start-up, shows the panel and keeps the file until the panel subscribes', async () => {
    const { inbox } = inboxWith([ok(file)]);
    const show = vi.fn();
    inbox.start(show);
    await vi.waitFor(() => expect(show).toHaveBeenCalledOnce());
    const received: OpenedBackup[] = [];
    inbox.subscribe((o) => received.push(o));
    expect(received).toEqual([{ ok: true, file }]);
  });

  it('fetches a file when main says one arrived, straight to a mounted panel', async () => {
    const { inbox, notify, platform } = inboxWith([]);
    inbox.start(() => {});
    const received: OpenedBackup[] = [];
    inbox.subscribe((o) => received.push(o));
    await vi.waitFor(() => expect(platform.takeOpenedBackup).toHaveBeenCalledTimes(1));
    vi.mocked(platform.takeOpenedBackup).mockResolvedValueOnce(ok(file));
    notify();
    await vi.waitFor(() => expect(received).toEqual([{ ok: true, file }]));
  });

  it('passes on why a file could not be read', async () => {
    const { inbox } = inboxWith([
      fail('too-large', '“huge.cobalt” is 30.0 MB, over the 20.0 MB limit.'),
    ]);
    const received: OpenedBackup[] = [];
    inbox.subscribe((o) => received.push(o));
    inbox.start(() => {});
    await vi.waitFor(() =>
      expect(received).toEqual([
        { ok: false, message: '“huge.cobalt” is 30.0 MB, over the 20.0 MB limit.' },
      ]),
    );
  });
});
