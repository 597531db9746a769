/** See render.mjs. */
export function renderNginxConfig(options: { listen: number | string; web: string; classroom: readonly string[] }): string;
