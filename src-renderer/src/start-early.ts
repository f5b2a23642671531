/**
 * Imported first by main.ts: begins the start-up read of the database (data/start-read-repo.ts)
 * and the fetch of the shipped food table (data/shipped-table.ts) before any other module is
 * evaluated, so both happen while the rest of the code is.
 */
import tableUrl from '../../resources/foods/foods.json?url';
import { startReading } from './data/start-read-repo';
import { startFetchingShippedTable } from './data/shipped-table';

startReading();
startFetchingShippedTable(tableUrl);
