/**
 * Number and label formatting for the engine's plain-language messages. Precision follows the
 * registry (µg to 0.1, mg to whole numbers: product brief, "Tone and safety").
 */
import { NUTRIENTS } from './nutrients';
import type { TargetNutrientId } from './target-types';

const EPA_DHA = { label: 'Omega-3 EPA + DHA', unit: 'g', precision: 2 } as const;

export function nutrientLabel(id: TargetNutrientId): string {
  return id === 'epaDha' ? EPA_DHA.label : NUTRIENTS[id].label;
}

/** "2.4 µg", "350 mg", "0.25 g" — canonical unit, registry precision, no "-0". */
export function formatAmount(id: TargetNutrientId, value: number): string {
  const info = id === 'epaDha' ? EPA_DHA : NUTRIENTS[id];
  if (!Number.isFinite(value)) return `? ${info.unit}`;
  const rounded = value.toFixed(info.precision);
  // Tiny negatives from floating-point sums would print as "-0.0".
  return `${Number(rounded) === 0 ? (0).toFixed(info.precision) : rounded} ${info.unit}`;
}

export function formatMicrograms(value: number): string {
  return `${Number.isFinite(value) ? value.toFixed(1) : '?'} µg`;
}

export function percent(ratio: number): number {
  return Number.isFinite(ratio) ? Math.round(ratio * 100) : 0;
}
