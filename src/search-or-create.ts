/** "Find or create" pairs, keyed on their search. */
export const searchOrCreates: Record<string, Record<string, unknown>> = {};
