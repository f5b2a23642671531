import { describe, it } from 'vitest';
import * as scenarios from './plan-repo-scenarios';
import { useFreshNodeDbs } from '../../helpers/db-node';

const freshDb = useFreshNodeDbs('cobalt-plan-test');

describe('plan repository (fake-indexeddb)', () => {
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
  it('people and settings changes are followed by projectAllWeeks', () =>
    scenarios.householdChangesNeedRefreshAll(freshDb()));
  it('reads one week of rows', () => scenarios.readWeekRowsReturnsTheWeek(freshDb()));
  it(
    'random edits and undos keep the stored totals equal to a fresh computation',
    () => scenarios.randomEditsKeepTotalsFresh(freshDb(), 60),
    60_000,
  );
});
