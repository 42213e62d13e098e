/** A set of listeners to one kind of event. */
import type { Unsubscribe } from './platform.ts';

export interface Listeners<T> {
  add(listener: (value: T) => void): Unsubscribe;
  emit(value: T): void;
}

/** Listeners called in the order they were added. */
export function listeners<T>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(value) {
      for (const listener of [...set]) listener(value);
    },
  };
}
