/**
 * Number and label formatting for the engine's plain-language messages. Precision follows the
 * registry (µg to 0.1, mg to whole numbers: product brief, "Tone and safety").
 */
import { NUTRIENTS } from '../base/nutrients';
import type { TargetNutrientId } from '../base/target-types';

const EPA_DHA = { label: 'Omega-3 EPA + DHA', unit: 'g', precision: 2 } as const;

export function nutrientLabel(id: TargetNutrientId): string {
  return id === 'epaDha' ? EPA_DHA.label : NUTRIENTS[id].label;
}

/** "2.4 µg", "350 mg", "0.25 g" — canonical unit, registry precision, no "-0". */
/**
 * A nutrient amount at the product brief's precision (design/product.md: "µg to 0.1, mg to whole
 * numbers"): milligrams are whole from 10 mg up (under 10 mg they keep the nutrient's one decimal,
 * so B6's 1.3 mg target does not read "1 mg"). Zero is "0 mg", never "0.0 mg" or "0.00 g"; an
 * amount too small to show is "< 0.1 mg", never "adds 0.0 mg".
 */
export function formatAmount(id: TargetNutrientId, value: number): string {
  const info = id === 'epaDha' ? EPA_DHA : NUTRIENTS[id];
  if (!Number.isFinite(value)) return `? ${info.unit}`;
  const precision = info.unit === 'mg' && Math.abs(value) >= 9.95 ? 0 : info.precision;
  const step = 10 ** -precision;
  // Tiny negatives from floating-point sums are zero.
  if (value <= 0 || Number(value.toFixed(precision)) === 0) {
    return value > 0 ? `< ${step.toFixed(precision)} ${info.unit}` : `0 ${info.unit}`;
  }
  return `${value.toFixed(precision)} ${info.unit}`;
}

export function formatMicrograms(value: number): string {
  return `${Number.isFinite(value) ? value.toFixed(1) : '?'} µg`;
}

export function percent(ratio: number): number {
  return Number.isFinite(ratio) ? Math.round(ratio * 100) : 0;
}

/**
 * A source as a reader can look it up: the public citation without Cobalt's internal pointers
 * ("reference §3c", "reference/nutrition.md §1") or review marks ("UNVERIFIED"). The code keeps
 * the full string; screens show this.
 */
export function publicSource(text: string): string {
  return text
    .replace(/\s*\((?:see )?reference(?:\/nutrition\.md)?\s*§[^)]*\)/gi, '')
    .replace(
      /(?:^|[;,]\s*)reference(?:\/nutrition\.md)?\s*§[\d.a-z]+(?:\s*(?:rule|note)\s*[\w.]+)?(?:\s*\([^)]*\))?(?:,\s*§[\d.a-z]+(?:\s*(?:rule|note)\s*[\w.]+)?(?:\s*\([^)]*\))?)*/gi,
      '',
    )
    .replace(/\s*\(?UNVERIFIED\)?/g, '')
    .replace(/^[\s;,:]+|[\s;,]+$/g, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([.;,])/g, '$1');
}
