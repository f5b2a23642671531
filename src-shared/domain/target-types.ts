// Target and nutrient id types live in src-shared/base (below schemas and domain); re-exported for the engine's importers.
export * from '../base/target-types';
