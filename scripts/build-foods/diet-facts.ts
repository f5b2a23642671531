/** The three facts a diet status is derived from (see diet-rules.ts). */
export type Fact = 'yes' | 'no' | 'unknown';
export interface DietFacts {
  meat: Fact;
  fish: Fact;
  animal: Fact;
}

export const PLANT: DietFacts = { meat: 'no', fish: 'no', animal: 'no' };
export const MEAT: DietFacts = { meat: 'yes', fish: 'no', animal: 'unknown' };
export const FISH: DietFacts = { meat: 'no', fish: 'yes', animal: 'unknown' };
export const DAIRY_EGG: DietFacts = { meat: 'no', fish: 'no', animal: 'yes' };
export const UNKNOWN: DietFacts = { meat: 'unknown', fish: 'unknown', animal: 'unknown' };
