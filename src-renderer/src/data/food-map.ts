/**
 * The catalog's foods as a map whose bundled part is decoded when first asked for. At start the
 * Plan screen needs only its week's foods, so the rest of the 8,400 rows are decoded afterwards in
 * idle slices (`decodeSome`) instead of in one long task before the first screen
 * (bench/README.md). Custom foods, and foods handed over already decoded, are simply held.
 */
import { decodeTrustedRow, searchableOfTrustedRow } from '@shared/schemas/food-table';
import type { TableRows } from '@shared/schemas/food-table-text';
import type { Food } from '@shared/schemas/food';
import type { IdentifiedFoods } from '@shared/search/index-transfer';
import type { SearchableFood } from '@shared/search/types';

/** Compact rows of a verified table body, sorted by id (food-snapshot.ts), parsed when read. */
export interface CompactFoods {
  readonly groups: Record<string, string>;
  readonly b12Reasons: readonly string[];
  readonly rows: TableRows;
}

/** The bundled foods: decoded on demand from compact rows, or given decoded. Shared by reloads. */
export class BundledFoods {
  readonly #compact: CompactFoods | null;
  /** By position: a food, null for a row that does not decode (left out), undefined: not yet. */
  readonly #foods: (Food | null | undefined)[];
  readonly #position = new Map<string, number>();
  /** Search fields made from rows (`searchableAt`), by position; null: the row does not decode. */
  readonly #searchable: (SearchableFood | null | undefined)[] = [];
  readonly length: number;
  #next = 0;

  constructor(source: CompactFoods | readonly Food[]) {
    if (Array.isArray(source)) {
      const foods = source as readonly Food[];
      this.#compact = null;
      this.#foods = [...foods];
      foods.forEach((f, i) => this.#position.set(f.id, i));
      this.#next = foods.length;
    } else {
      const compact = source as CompactFoods;
      this.#compact = compact;
      this.#foods = new Array<Food | null | undefined>(compact.rows.length);
      for (let i = 0; i < compact.rows.length; i += 1) {
        const id = compact.rows.idAt(i);
        if (id !== undefined) this.#position.set(id, i);
      }
    }
    this.length = this.#foods.length;
  }

  positionOf(id: string): number | undefined {
    return this.#position.get(id);
  }

  /** The food at a position; null for a row that does not decode. */
  at(position: number): Food | null {
    const known = this.#foods[position];
    if (known !== undefined) return known;
    const row = this.#compact?.rows.at(position);
    const food =
      row && this.#compact
        ? decodeTrustedRow(row, this.#compact.groups, this.#compact.b12Reasons)
        : null;
    this.#foods[position] = food;
    return food;
  }

  get complete(): boolean {
    return this.#next >= this.length;
  }

  /** The id at a position, decoding nothing. */
  idAt(position: number): string | undefined {
    return this.#foods[position]?.id ?? this.#compact?.rows.idAt(position);
  }

  /** What search reads of the food at a position: the food if decoded, else its row's fields. */
  searchableAt(position: number): SearchableFood | undefined {
    const known = this.#foods[position];
    if (known !== undefined) return known ?? undefined;
    let searchable = this.#searchable[position];
    if (searchable === undefined) {
      const row = this.#compact?.rows.at(position);
      searchable = row && this.#compact ? searchableOfTrustedRow(row, this.#compact.groups) : null;
      this.#searchable[position] = searchable;
    }
    return searchable ?? undefined;
  }

  /**
   * What search reads of every food, in order, decoding nothing: decoded foods as they are, the
   * rest from their rows' search fields (what a worker builds the index over when the shipped one
   * does not fit).
   */
  searchables(): SearchableFood[] {
    const out: SearchableFood[] = [];
    for (let i = 0; i < this.length; i += 1) {
      const known = this.#foods[i];
      if (known !== undefined) {
        if (known) out.push(known);
        continue;
      }
      const row = this.#compact?.rows.at(i);
      const searchable =
        row && this.#compact ? searchableOfTrustedRow(row, this.#compact.groups) : null;
      if (searchable) out.push(searchable);
    }
    return out;
  }

  /**
   * The foods as the shipped search index sees them (index-file.ts): every row in order, each
   * food's search fields made only when a search reads them, so that installing the index over
   * 8,400 foods builds no objects; ids are read without decoding anything.
   */
  searchList(): IdentifiedFoods {
    return {
      length: this.length,
      at: (i) => this.searchableAt(i),
      idAt: (i) => this.idAt(i),
    };
  }

  /** Decodes rows in order until `deadline` (a `performance.now()` time); true when all are. */
  decodeSome(deadline: number): boolean {
    while (this.#next < this.length && performance.now() < deadline) {
      for (const end = Math.min(this.length, this.#next + 200); this.#next < end; this.#next += 1) {
        this.at(this.#next);
      }
    }
    return this.complete;
  }
}

/** Custom foods first, then the bundled ones: the catalog's order and lookup. */
export class FoodMap implements ReadonlyMap<string, Food> {
  readonly #custom: readonly Food[];
  readonly #customById: ReadonlyMap<string, Food>;
  readonly bundled: BundledFoods;
  #all: readonly Food[] | null = null;

  constructor(custom: readonly Food[], bundled: BundledFoods = new BundledFoods([])) {
    this.#custom = custom;
    this.#customById = new Map(custom.map((f) => [f.id, f]));
    this.bundled = bundled;
  }

  get size(): number {
    // Counting decodes nothing; a bundled row that fails to decode is only left out of `all()`.
    return this.#all?.length ?? this.#customById.size + this.bundled.length;
  }

  get(id: string): Food | undefined {
    const custom = this.#customById.get(id);
    if (custom) return custom;
    const position = this.bundled.positionOf(id);
    return position === undefined ? undefined : (this.bundled.at(position) ?? undefined);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The custom foods, in the catalog's order (they come first). */
  get custom(): readonly Food[] {
    return this.#custom;
  }

  /** Every food in order (decodes what is left). */
  all(): readonly Food[] {
    if (this.#all) return this.#all;
    const all = [...this.#custom];
    for (let i = 0; i < this.bundled.length; i += 1) {
      const food = this.bundled.at(i);
      if (food) all.push(food);
    }
    this.#all = all;
    return all;
  }

  forEach(callback: (value: Food, key: string, map: ReadonlyMap<string, Food>) => void): void {
    for (const food of this.all()) callback(food, food.id, this);
  }

  *entries(): MapIterator<[string, Food]> {
    for (const food of this.all()) yield [food.id, food];
  }

  *keys(): MapIterator<string> {
    for (const food of this.all()) yield food.id;
  }

  *values(): MapIterator<Food> {
    yield* this.all();
  }

  [Symbol.iterator](): MapIterator<[string, Food]> {
    return this.entries();
  }
}
