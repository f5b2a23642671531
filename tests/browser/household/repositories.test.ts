import { describe, it } from 'vitest';
import * as s from '../../unit/household/repo-scenarios';
import { useFreshBrowserDbs } from '../../helpers/db-browser';

const freshDb = useFreshBrowserDbs('cobalt-household');

describe('household repositories (real IndexedDB in Chromium)', () => {
  it('adds, edits and reorders a household; defaults resolve when read', () =>
    s.householdRoundTrip(freshDb()));
  it('refuses a bad person with field messages and writes nothing', () =>
    s.badPersonIsRefusedAndNothingWritten(freshDb()));
  it('a failed person write leaves everything as it was', () =>
    s.failedPersonWriteLeavesDataUnchanged(freshDb()));
  it('deleting a person keeps shared entries and refuses their own', () =>
    s.deletingAPersonKeepsSharedEntriesAndRefusesTheirOwn(freshDb()));
  it('saves settings; refuses removing a meal slot in use and duplicate names', () =>
    s.settingsSaveAndRefuseSlotsInUse(freshDb()));
  it('a failed settings write leaves everything as it was', () =>
    s.failedSettingsWriteLeavesDataUnchanged(freshDb()));
  it('a full disk says what to do and changes nothing', () => s.quotaErrorSaysWhatToDo(freshDb()));
  it('saves custom foods, reloads the catalog, refuses deleting one in use', () =>
    s.customFoodsSaveReloadAndRefuseDeleteInUse(freshDb()));
  it('a failed custom food write leaves everything as it was', () =>
    s.failedCustomFoodWriteLeavesDataUnchanged(freshDb()));
  it('saves recipes, rescales planned servings, refuses deleting one in use', () =>
    s.recipesSaveRescalePlannedServingsAndRefuseDeleteInUse(freshDb()));
  it('a failed recipe write rolls back the recipe and the rescaled plan entries', () =>
    s.failedRecipeWriteLeavesRecipeAndPlanUnchanged(freshDb()));
  it('people and settings changes rewrite the stored weekly totals, atomically', () =>
    s.householdChangesRewriteWeeklyTotals(freshDb()));
  it('editing a planned recipe rescales its entries and rewrites the weekly totals', () =>
    s.editingAPlannedRecipeRewritesWeeklyTotals(freshDb()));
  it('editing a planned custom food rewrites the weekly totals from the stored food', () =>
    s.editingAPlannedCustomFoodRewritesWeeklyTotals(freshDb()));
});
