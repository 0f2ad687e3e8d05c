// Decides where each screen's window goes, from the monitors Electron reports and lotsa.config.json. Pure so the
// awkward cases (a TV unplugged overnight, two windows on one monitor) are tested without hardware.
import type { MonitorSpec, ScreenName, ScreenWindowConfig, WindowMode } from './screenConfig.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display the shell needs; `primary` is filled in from screen.getPrimaryDisplay(). */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
  primary?: boolean;
}

export interface WindowPlacement {
  screen: ScreenName;
  mode: WindowMode;
  zoom: number;
  touch: boolean;
  displayId: number;
  bounds: Rect;
}

// Used only if the system reports no monitor at all, so a window still opens somewhere.
const fallbackDisplay: DisplayInfo = {
  id: -1,
  bounds: { x: 0, y: 0, width: 1280, height: 800 },
  workArea: { x: 0, y: 0, width: 1280, height: 800 },
  primary: true,
};

export function placeWindows(
  displays: readonly DisplayInfo[],
  windows: readonly ScreenWindowConfig[],
): { placements: WindowPlacement[]; warnings: string[] } {
  const warnings: string[] = [];
  if (displays.length === 0) warnings.push('the system reports no monitor; opening windows at 1280×800');
  const available = displays.length > 0 ? displays : [fallbackDisplay];
  const primary = available.find((d) => d.primary) ?? available[0]!;

  const chosen = windows.map((window) => {
    const display = findMonitor(available, primary, window.monitor);
    if (!display) {
      warnings.push(
        `${window.screen}: ${describeMonitor(window.monitor)} is not connected (found ${available.length}); using the primary monitor`,
      );
    }
    return { window, display: display ?? primary };
  });

  const placements = chosen.map(({ window, display }) => {
    if (window.mode !== 'windowed') {
      return { ...fields(window), displayId: display.id, bounds: { ...display.bounds } };
    }
    // Windowed screens sharing a monitor are tiled in columns so none hides another.
    const sharing = chosen.filter((c) => c.display === display && c.window.mode === 'windowed');
    const column = sharing.findIndex((c) => c.window === window);
    const width = Math.floor(display.workArea.width / sharing.length);
    const bounds = { x: display.workArea.x + column * width, y: display.workArea.y, width, height: display.workArea.height };
    return { ...fields(window), displayId: display.id, bounds };
  });

  for (const display of available) {
    const covering = chosen.filter((c) => c.display === display && c.window.mode !== 'windowed').map((c) => c.window.screen);
    if (covering.length > 1) {
      warnings.push(`${covering.join(' and ')} are all full screen on monitor ${display.id}; only one will be visible`);
    }
  }
  return { placements, warnings };
}

function fields(window: ScreenWindowConfig): Pick<WindowPlacement, 'screen' | 'mode' | 'zoom' | 'touch'> {
  return { screen: window.screen, mode: window.mode, zoom: window.zoom, touch: window.touch };
}

function findMonitor(displays: readonly DisplayInfo[], primary: DisplayInfo, spec: MonitorSpec): DisplayInfo | undefined {
  if (typeof spec === 'number') return displays[spec];
  if (typeof spec === 'object') return displays.find((d) => d.id === spec.id);
  // On a tie (two monitors side by side are both "top") the primary wins, as the least surprising choice.
  const extreme = (score: (d: DisplayInfo) => number) =>
    [...displays].sort((a, b) => score(a) - score(b) || Number(b === primary) - Number(a === primary))[0];
  switch (spec) {
    case 'primary':
      return primary;
    case 'left':
      return extreme((d) => d.bounds.x);
    case 'right':
      return extreme((d) => -(d.bounds.x + d.bounds.width));
    case 'top':
      return extreme((d) => d.bounds.y);
    case 'bottom':
      return extreme((d) => -(d.bounds.y + d.bounds.height));
  }
}

// Positions always name some connected monitor, so only an index or an id can be missing.
function describeMonitor(spec: MonitorSpec): string {
  return typeof spec === 'object' ? `the monitor with id ${spec.id}` : `monitor ${String(spec)}`;
}
