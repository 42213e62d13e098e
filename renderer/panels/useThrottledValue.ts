/**
 * A value that follows `value` at most every `ms` milliseconds, always ending
 * on the latest. Charts redraw at this pace while the store updates every
 * frame, so drawing never takes the CPU that training needs.
 */
import { useEffect, useRef, useState } from 'react';

/** `value`, updated at most every `ms` ms (the last change always shows). */
export function useThrottledValue<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    // A newer value replaces the pending one; the deadline stays `ms` after the last update.
    const timer = setTimeout(
      () => {
        last.current = performance.now();
        setShown(value);
      },
      Math.max(0, last.current + ms - performance.now()),
    );
    return () => clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
