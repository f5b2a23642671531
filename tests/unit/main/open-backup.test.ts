import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  backupPathFromArgv,
  createSecondInstanceHandler,
  OpenedBackups,
  type FocusableWindow,
} from '../../../src-main/open-backup';

const cwd = path.resolve('/home/ana/Downloads');

describe('backupPathFromArgv', () => {
  it('finds the backup a packaged app was launched with (double click, terminal)', () => {
    expect(backupPathFromArgv(['/opt/Cobalt/cobalt', 'week.cobalt'], cwd)).toBe(
      path.join(cwd, 'week.cobalt'),
    );
    const absolute = path.resolve('/tmp/old backup.json');
    expect(backupPathFromArgv(['C:\\Cobalt\\Cobalt.exe', absolute], cwd)).toBe(absolute);
  });

  it('skips the executable, the app script and every switch', () => {
    const argv = [
      '/usr/lib/electron/electron',
      'out/main/index.js',
      '--enable-logging',
      '--user-data-dir=/tmp/x.cobalt',
      '-psn_0_12345',
    ];
    expect(backupPathFromArgv(argv, cwd)).toBeNull();
    expect(backupPathFromArgv(['week.cobalt'], cwd)).toBeNull();
  });

  it('accepts file:// URIs from desktop launchers and upper-case extensions', () => {
    const file = path.resolve('/home/ana/My Backups/Family.COBALT');
    expect(backupPathFromArgv(['cobalt', pathToFileURL(file).href], cwd)).toBe(file);
  });

  it('takes the last file named and ignores other kinds of file', () => {
    expect(backupPathFromArgv(['cobalt', 'a.cobalt', 'notes.txt', 'b.cobalt'], cwd)).toBe(
      path.join(cwd, 'b.cobalt'),
    );
    expect(backupPathFromArgv(['cobalt', 'photo.png', 'report.pdf'], cwd)).toBeNull();
  });
});

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const win: FocusableWindow = {
    isMinimized: () => minimized,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { win, calls };
}

describe('the second-instance handler', () => {
  it('brings the running window forward, restoring it when minimized', () => {
    const { win, calls } = fakeWindow(true);
    const openBackup = vi.fn();
    createSecondInstanceHandler({ window: () => win, createWindow: vi.fn(), openBackup })(
      ['cobalt'],
      cwd,
    );
    expect(calls).toEqual(['restore', 'show', 'focus']);
    expect(openBackup).not.toHaveBeenCalled();
  });

  it('opens the backup the second launch was given, resolved from its folder', () => {
    const { win, calls } = fakeWindow(false);
    const openBackup = vi.fn();
    createSecondInstanceHandler({ window: () => win, createWindow: vi.fn(), openBackup })(
      ['cobalt', '--no-sandbox', 'household.cobalt'],
      cwd,
    );
    expect(calls).toEqual(['show', 'focus']);
    expect(openBackup).toHaveBeenCalledWith(path.join(cwd, 'household.cobalt'));
  });

  it('re-creates the window when every window was closed (macOS keeps running)', () => {
    const createWindow = vi.fn();
    const openBackup = vi.fn();
    createSecondInstanceHandler({ window: () => null, createWindow, openBackup })(
      ['cobalt', 'x.cobalt'],
      cwd,
    );
    expect(createWindow).toHaveBeenCalledOnce();
    expect(openBackup).toHaveBeenCalledWith(path.join(cwd, 'x.cobalt'));
  });
});

describe('OpenedBackups', () => {
  it('keeps files for the renderer, oldest first, and tells it each time', () => {
    const notify = vi.fn();
    const queue = new OpenedBackups(notify);
    expect(queue.take()).toBeNull();
    queue.add('/a.cobalt');
    queue.add('/a.cobalt'); // open-file and argv for the same double click
    queue.add('/b.cobalt');
    expect(notify).toHaveBeenCalledTimes(3);
    expect(queue.size).toBe(2);
    expect([queue.take(), queue.take(), queue.take()]).toEqual(['/a.cobalt', '/b.cobalt', null]);
  });
});
