/**
 * A stage's look at its report's clock: throws (the budget's clear message) once the report's time
 * is up. The pipeline passes its budget's check; callers with no budget (examples, tests) pass none.
 */
export type TimeCheck = () => void;

/** No clock: the default of a stage run outside a report's budget. */
export const NO_TIME_CHECK: TimeCheck = () => {};

/**
 * Whether a loop over sentences looks at the clock at this one: every 16th, so a stage that a huge
 * text slows is stopped within a few sentences of the limit, at the cost of one clock read per 16.
 */
export const timeToCheck = (index: number): boolean => (index & 15) === 0;
