/**
 * Imported first by main.ts: begins the start-up read of the database (data/start-read-repo.ts)
 * and the fetches of the shipped food table and its search index (data/shipped-table.ts,
 * data/shipped-index.ts) before any other module is evaluated, so all of it happens while the rest
 * of the code is.
 */
import tableUrl from '../../resources/foods/foods.json?url';
import indexUrl from '../../resources/foods/food-index.bin?url';
import { startReading } from './data/start-read-repo';
import { startFetchingShippedTable } from './data/shipped-table';
import { startFetchingShippedIndex } from './data/shipped-index';

startReading();
startFetchingShippedTable(tableUrl);
startFetchingShippedIndex(indexUrl);
