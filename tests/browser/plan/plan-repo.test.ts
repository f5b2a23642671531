import { afterEach, describe, it } from 'vitest';
import Dexie from 'dexie';
import { CobaltDb } from '../../../src-renderer/src/data/db';
import * as scenarios from '../../unit/plan/plan-repo-scenarios';

const opened: CobaltDb[] = [];
function freshDb(): CobaltDb {
  const db = new CobaltDb(`cobalt-plan-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('plan repository (real IndexedDB in Chromium)', () => {
  it('adding an entry writes it and the weekly totals of every person', () =>
    scenarios.addWritesEntryAndTotals(freshDb()));
  it('the inverse of a change restores rows and totals exactly; its inverse redoes it', () =>
    scenarios.undoRestoresRowsAndTotals(freshDb()));
  it('invalid rows are refused with a message and nothing is written', () =>
    scenarios.invalidRowsAreRefused(freshDb()));
  it('a failed write leaves the plan and totals as they were and says why', () =>
    scenarios.failedWriteLeavesPlanAsItWas(freshDb()));
  it('a repeating entry refreshes every week with totals in its range', () =>
    scenarios.recurringChangeRefreshesEveryWeekWithTotals(freshDb()));
  it('people and settings changes are followed by refreshAllWeeks', () =>
    scenarios.householdChangesNeedRefreshAll(freshDb()));
  it('reads one week of rows', () => scenarios.readWeekRowsReturnsTheWeek(freshDb()));
  it(
    'random edits and undos keep the stored totals equal to a fresh computation',
    () => scenarios.randomEditsKeepTotalsFresh(freshDb(), 15),
    60_000,
  );
});
