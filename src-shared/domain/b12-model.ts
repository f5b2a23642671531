// The B12 absorption model's parameters live in src-shared/base (below schemas and domain); re-exported for the engine's importers.
export * from '../base/b12-model';
