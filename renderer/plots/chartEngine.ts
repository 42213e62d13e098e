/**
 * What every chart engine shares: it redraws when its element resizes and
 * when it gets new data, and on destroy it stops observing and removes what
 * it drew, so `create(el) -> { update, destroy }` is the whole contract.
 */
import type { Selection } from 'd3';

export interface ChartEngine<D> {
  update(data: D): void;
  destroy(): void;
}

/** Wires `render` to resizes of `el` and to `update`; `className` is the class the engine put on `root`. */
export function chartEngine<D>(
  el: HTMLElement,
  root: Selection<HTMLElement, unknown, null, undefined>,
  className: string,
  setData: (data: D) => void,
  render: () => void,
): ChartEngine<D> {
  const resize = new ResizeObserver(() => render());
  resize.observe(el);
  return {
    update(next) {
      setData(next);
      render();
    },
    destroy() {
      resize.disconnect();
      root.selectAll('*').remove();
      root.classed(className, false);
    },
  };
}
