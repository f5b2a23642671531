import type { ArgsIn, MenuCommand, PrintKind, ResultOf } from '@shared/ipc/contracts';
import type { Result } from '@shared/ipc/result';

export type { Result } from '@shared/ipc/result';
export type AppInfo = ResultOf<'appInfo'>;
export type SaveFileArgs = ArgsIn<'saveFile'>;
export type SavedFile = ResultOf<'saveFile'>;
export type OpenFileArgs = ArgsIn<'openFile'>;
export type OpenedFile = ResultOf<'openFile'>;
export type PdfArgs = ArgsIn<'printToPdf'>;
export type DailyBackupArgs = ArgsIn<'writeDailyBackup'>;
export type DailyBackupWritten = ResultOf<'writeDailyBackup'>;
export type DailyBackupInfo = ResultOf<'listBackups'>[number];
export type DailyBackupFile = ResultOf<'readBackup'>;
export type OpenedBackupFile = NonNullable<ResultOf<'takeOpenedBackup'>>;
export type { MenuCommand, PrintKind };
/** `printed` is null where the host cannot tell (a browser's print dialog says nothing). */
export interface PrintResult {
  printed: boolean | null;
}

/**
 * Everything the renderer needs from its host. The desktop implementation goes through the
 * preload bridge; the web implementation uses downloads, a file input and window.print().
 */
export interface Platform {
  readonly kind: 'desktop' | 'web';
  appInfo(): Promise<Result<AppInfo>>;
  /** Offers `content` as a file; the host chooses where it goes. */
  saveFile(args: SaveFileArgs): Promise<Result<SavedFile>>;
  /** Lets the user pick a text file, refusing files over `maxBytes` with a clear message. */
  openFile(args: OpenFileArgs): Promise<Result<OpenedFile>>;
  /**
   * The system print dialog for the current page, which prints the active print layout.
   * Desktop: webContents.print in main; web: window.print(). `kind` says what is printed.
   */
  print(args?: { kind?: PrintKind }): Promise<Result<PrintResult>>;
  /** Desktop: print the current page to a PDF file through main. Web: the print dialog. */
  savePdf(args: PdfArgs): Promise<Result<SavedFile>>;
  /** Whether this host keeps automatic daily backups (desktop only; the web build cannot). */
  readonly automaticBackups: boolean;
  /** Stores today's automatic backup (main keeps the first of each day, and the newest 14). */
  writeDailyBackup(args: DailyBackupArgs): Promise<Result<DailyBackupWritten>>;
  /** The automatic backups kept, newest first. */
  listBackups(): Promise<Result<DailyBackupInfo[]>>;
  /** One automatic backup's text, by day. */
  readBackup(args: { day: string }): Promise<Result<DailyBackupFile>>;
  /** The next backup file opened with the app (desktop: double click, second launch), or null. */
  takeOpenedBackup(): Promise<Result<OpenedBackupFile | null>>;
  /** Called when a backup file was opened with the app; returns the unsubscribe function. */
  onBackupOpened(listener: () => void): () => void;
  /** Called for File ▸ Print… / Save as PDF… in the desktop menu; returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
