/** The horizontal bands of a timeline, top to bottom: the three movements, then policy and context. */
import type { Movement } from '../../schemas/vocabulary.ts';

export const LANES = ['reshoring', 'nearshoring', 'offshoring', 'policy', 'context'] as const;
export type Lane = Movement | 'policy' | 'context';
