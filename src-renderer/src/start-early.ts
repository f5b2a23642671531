/**
 * Imported first by main.ts: begins the start-up read of the database (data/start-read-repo.ts)
 * before any other module is evaluated, so IndexedDB opens meanwhile.
 */
import { startReading } from './data/start-read-repo';

startReading();
