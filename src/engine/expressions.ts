/**
 * The `{{ }}` expression language (STUB: being implemented; signatures are the contract).
 */
import type { StepContext } from './types.js';

/** The part of a step context that expressions can see. */
export type ExpressionScope = Pick<
  StepContext,
  'inputs' | 'steps' | 'item' | 'fanIn' | 'runId' | 'workflowDir'
>;

/** Evaluate a template: a single `{{ }}` block returns the typed value, else text. Non-strings pass through. Throws ExpressionError. */
export function evaluateExpression(_template: unknown, _scope: ExpressionScope): unknown {
  throw new Error('not implemented');
}

/** Evaluate a condition to a boolean ("true"/"false" text counts as booleans). */
export function evaluateCondition(_condition: unknown, _scope: ExpressionScope): boolean {
  throw new Error('not implemented');
}

/** True for a string condition that is not a single complete `{{ }}` block and so is never evaluated. */
export function conditionIsNeverEvaluated(_condition: unknown): boolean {
  throw new Error('not implemented');
}

/** True for a condition whose `{{` cannot be closed by the quote-aware scan. */
export function conditionHasMalformedExpressionBlock(_condition: unknown): boolean {
  throw new Error('not implemented');
}

/** A short hint on how to fix a condition that is never evaluated. */
export function conditionFixHint(_condition: unknown): string {
  throw new Error('not implemented');
}
