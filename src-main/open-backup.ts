/**
 * Backup files handed to Cobalt by the system: a double click (macOS `open-file`, or the path on
 * the command line on Windows and Linux), `cobalt backup.cobalt` in a terminal, or a second launch
 * with a file while Cobalt is already running. The pure part: no Electron import, tested in Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKUP_OPEN_EXTENSIONS } from '@shared/backup/format';

function isBackupName(name: string): boolean {
  const lower = name.toLowerCase();
  return BACKUP_OPEN_EXTENSIONS.some((ext) => lower.endsWith(`.${ext}`));
}

/**
 * The backup file named on a command line, as an absolute path, or null. argv[0] is the
 * executable; switches (Chromium's and Electron's, `--flag` or `-f`) are skipped; a desktop
 * launcher may pass a `file://` URI. If several files are named, the last one wins. Relative paths
 * are resolved against `cwd`, the folder the launch came from.
 */
export function backupPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of [...argv.slice(1)].reverse()) {
    if (arg.startsWith('-')) continue;
    let candidate = arg;
    if (arg.startsWith('file:')) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (isBackupName(candidate)) return path.resolve(cwd, candidate);
  }
  return null;
}

/** The window calls a second launch needs; Electron's BrowserWindow has them all. */
export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export interface SecondInstanceDeps {
  /** The open main window, or null when all windows are closed (macOS keeps running). */
  window(): FocusableWindow | null;
  createWindow(): void;
  openBackup(filePath: string): void;
}

/**
 * The `second-instance` handler: bring the running window forward (re-creating it if it was
 * closed), and open the backup file the second launch was given, if any.
 */
export function createSecondInstanceHandler(deps: SecondInstanceDeps) {
  return (argv: readonly string[], workingDirectory: string): void => {
    const win = deps.window();
    if (win === null) deps.createWindow();
    else {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    }
    const file = backupPathFromArgv(argv, workingDirectory);
    if (file !== null) deps.openBackup(file);
  };
}

/**
 * Backup files waiting for the renderer, oldest first. The renderer takes them when it is ready
 * (start-up) and whenever it is told one arrived, so a file opened before the window has loaded
 * is not lost. The same path twice in a row is kept once (macOS may send open-file and argv).
 */
export class OpenedBackups {
  readonly #paths: string[] = [];
  readonly #notify: () => void;

  constructor(notify: () => void) {
    this.#notify = notify;
  }

  add(filePath: string): void {
    if (this.#paths.at(-1) !== filePath) this.#paths.push(filePath);
    this.#notify();
  }

  take(): string | null {
    return this.#paths.shift() ?? null;
  }

  get size(): number {
    return this.#paths.length;
  }
}
