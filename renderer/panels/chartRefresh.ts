/** How often the charts redraw while training (ms): live enough to watch, cheap enough to leave the CPU to the worker. */
export const CHART_REFRESH_MS = 150;
