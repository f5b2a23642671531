import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { OPEN_MAX_BYTES } from '@shared/ipc/contracts';
import { IpcError } from '../../../src-main/ipc/ipc-error';
import {
  registerHandlers,
  type Handlers,
  type IpcMainLike,
  type RejectionLog,
} from '../../../src-main/ipc/register';
import type { InvokeEventLike, SenderFrameLike } from '../../../src-main/ipc/sender';
import { isAppUrl } from '../../../src-main/security/trusted-url';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Stands in for Electron's ipcMain: remembers handlers so tests can invoke them like a renderer. */
class FakeIpcMain implements IpcMainLike<InvokeEventLike> {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }

  invoke(channel: string, event: InvokeEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  }
}

function mainFrameEvent(url = 'app://cobalt/'): InvokeEventLike {
  const frame: SenderFrameLike = { url, parent: null };
  return { senderFrame: frame, sender: { mainFrame: frame } };
}

function subFrameEvent(url = 'app://cobalt/'): InvokeEventLike {
  const top: SenderFrameLike = { url: 'app://cobalt/', parent: null };
  return { senderFrame: { url, parent: top }, sender: { mainFrame: top } };
}

const appInfo = {
  name: 'Cobalt',
  version: '0.1.0',
  electron: '41.7.1',
  chrome: '140',
  node: '24',
  platform: 'linux',
};

const backupHandlers = {
  writeDailyBackup: async () => ({
    status: 'written' as const,
    fileName: 'cobalt-2026-01-05.json',
    bytes: 1,
    removed: 0,
  }),
  listBackups: async () => [],
  readBackup: async () => ({
    fileName: 'cobalt-2026-01-05.json',
    day: '2026-01-05',
    bytes: 2,
    content: '{}',
  }),
};

function setup(overrides: Partial<Handlers<InvokeEventLike>> = {}) {
  const handlers = {
    appInfo: vi.fn(async () => appInfo),
    saveFile: vi.fn(async () => ({ saved: true, fileName: 'plan.json' })),
    openFile: vi.fn(async () => ({ canceled: true as const })),
    print: vi.fn(async () => ({ printed: true })),
    printToPdf: vi.fn(async () => ({ saved: false, fileName: null })),
    takeOpenedBackup: vi.fn(async () => null),
    ...backupHandlers,
    ...overrides,
  };
  const ipc = new FakeIpcMain();
  const log = vi.fn<(entry: RejectionLog) => void>();
  registerHandlers(ipc, handlers, { isTrustedUrl: isAppUrl, log });
  return { ipc, handlers, log };
}

const saveArgs = { suggestedName: 'plan.json', content: '{}', filters: [] };

describe('registerHandlers', () => {
  it('registers exactly one listener per channel', () => {
    const { ipc } = setup();
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('runs the handler for our main frame and wraps the value in an ok envelope', async () => {
    const { ipc, handlers, log } = setup();
    await expect(ipc.invoke('app:info', mainFrameEvent())).resolves.toEqual({
      ok: true,
      value: appInfo,
    });
    expect(handlers.appInfo).toHaveBeenCalledOnce();
    expect(log).not.toHaveBeenCalled();
  });

  it('fills schema defaults before the handler sees the arguments', async () => {
    const { ipc, handlers } = setup();
    await ipc.invoke('file:open', mainFrameEvent(), { filters: [] });
    expect(handlers.openFile).toHaveBeenCalledWith(
      { filters: [], maxBytes: OPEN_MAX_BYTES },
      expect.anything(),
    );
  });

  it.each([
    ['a foreign origin', mainFrameEvent('https://evil.example/')],
    ['a look-alike host', mainFrameEvent('app://cobalt.evil/')],
    ['a subframe on our origin', subFrameEvent()],
    [
      'a top-level frame that is not this contents’ main frame',
      { senderFrame: { url: 'app://cobalt/', parent: null }, sender: { mainFrame: {} } },
    ],
    [
      'the main frame object reporting a parent',
      (() => {
        const frame = { url: 'app://cobalt/', parent: {} };
        return { senderFrame: frame, sender: { mainFrame: frame } };
      })(),
    ],
    ['a destroyed frame', { senderFrame: null, sender: { mainFrame: {} } }],
  ])('refuses %s as forbidden, logs it and never runs the handler', async (_label, event) => {
    const { ipc, handlers, log } = setup();
    const result = await ipc.invoke('file:save', event, saveArgs);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ channel: 'file:save', code: 'forbidden' }),
    );
  });

  it('treats a frame that throws on inspection as forbidden', async () => {
    const { ipc, handlers } = setup();
    const event = {
      get senderFrame(): SenderFrameLike {
        throw new Error('Render frame was disposed');
      },
      sender: { mainFrame: {} },
    };
    await expect(ipc.invoke('app:info', event)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['missing arguments', []],
    ['a path instead of a file name', [{ ...saveArgs, suggestedName: '../../.bashrc' }]],
    ['a wrong type', [{ ...saveArgs, content: 42 }]],
    ['a bad extension filter', [{ ...saveArgs, filters: [{ name: 'x', extensions: ['../sh'] }] }]],
    ['an extra argument', [saveArgs, '/etc/passwd']],
    ['a non-object', ['rm -rf /']],
  ])('refuses %s as bad-request without running the handler', async (_label, args) => {
    const { ipc, handlers, log } = setup();
    const result = await ipc.invoke('file:save', mainFrameEvent(), ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ code: 'bad-request' }));
  });

  it('refuses an open-file cap above the 20 MB ceiling', async () => {
    const { ipc, handlers } = setup();
    const result = await ipc.invoke('file:open', mainFrameEvent(), {
      filters: [],
      maxBytes: OPEN_MAX_BYTES + 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.openFile).not.toHaveBeenCalled();
  });

  it('turns an unexpected exception into an internal envelope without leaking its text', async () => {
    const { ipc, log } = setup({
      saveFile: async () => {
        throw new Error('EACCES: /home/someone/secret/path');
      },
    });
    const result = await ipc.invoke('file:save', mainFrameEvent(), saveArgs);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/home/someone');
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'internal', detail: expect.any(Error) }),
    );
  });

  it('passes an IpcError through with its own code and message', async () => {
    const { ipc } = setup({
      openFile: async () => {
        throw new IpcError('too-large', '“big.json” is 30.0 MB, over the 20.0 MB limit.');
      },
    });
    await expect(ipc.invoke('file:open', mainFrameEvent(), { filters: [] })).resolves.toEqual({
      ok: false,
      error: { code: 'too-large', message: '“big.json” is 30.0 MB, over the 20.0 MB limit.' },
    });
  });

  it('refuses a handler result that breaks the contract as internal', async () => {
    const { ipc, log } = setup({
      // A full path would leak where the user keeps files; the schema only allows a base name.
      saveFile: async () => ({ saved: true, fileName: '/home/someone/plan.json' }),
    });
    const result = await ipc.invoke('file:save', mainFrameEvent(), saveArgs);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ code: 'internal' }));
  });

  it('refuses at start-up a handler without a contract, or a contract without a handler', () => {
    const complete = {
      appInfo: async () => appInfo,
      saveFile: async () => ({ saved: false, fileName: null }),
      openFile: async () => ({ canceled: true as const }),
      print: async () => ({ printed: false }),
      printToPdf: async () => ({ saved: false, fileName: null }),
      takeOpenedBackup: async () => null,
      ...backupHandlers,
    };
    const options = { isTrustedUrl: isAppUrl, log: () => {} };
    const withExtra = { ...complete, runShell: async () => 'nope' } as Handlers<InvokeEventLike>;
    expect(() => registerHandlers(new FakeIpcMain(), withExtra, options)).toThrow(/runShell/);
    const { printToPdf: _omitted, ...missing } = complete;
    expect(() =>
      registerHandlers(new FakeIpcMain(), missing as unknown as Handlers<InvokeEventLike>, options),
    ).toThrow(/printToPdf/);
  });
});
