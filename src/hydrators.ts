/** Zapier file hydrators (files are fetched only when a later step uses them). */
export const hydrators: Record<string, (...args: any[]) => unknown> = {};
