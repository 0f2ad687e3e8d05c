// Time-driven behaviour shared by the screens: a clock that ticks, a flag that only turns on after it has held for
// a while, and a callback that fires once a screen has been left alone.
import { useEffect, useRef, useState } from 'preact/hooks';

/** The current time, refreshed every intervalMs, for figures like "waited 12 min". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** True once `flag` has been true for delayMs without a break: a short network blip should not alarm anyone. */
export function useSustained(flag: boolean, delayMs: number): boolean {
  const [sustained, setSustained] = useState(false);
  useEffect(() => {
    if (!flag) {
      setSustained(false);
      return;
    }
    const timer = setTimeout(() => setSustained(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return sustained;
}

/**
 * Calls onIdle after idleMs without a touch, click or key press while `active`, so a shared screen left mid-way
 * returns to its start for the next visitor.
 */
export function useIdle(active: boolean, idleMs: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => callback.current(), idleMs);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => callback.current(), idleMs);
    };
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const type of events) window.addEventListener(type, restart, { capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, restart, { capture: true });
    };
  }, [active, idleMs]);
}
