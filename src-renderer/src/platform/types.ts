import type { ArgsIn, ResultOf } from '../../../src-shared/ipc/contracts';
import type { Result } from '../../../src-shared/ipc/result';

export type { Result } from '../../../src-shared/ipc/result';
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
  /** The system print dialog for the current page. */
  print(): void;
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
}
