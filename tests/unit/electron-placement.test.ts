import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeWindows, type DisplayInfo } from '../../main/electron/placement.ts';
import { parseScreenConfig, type ScreenWindowConfig } from '../../main/electron/screenConfig.ts';

// A laptop-sized main monitor with a taskbar, and a TV standing to its right.
const laptop: DisplayInfo = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  primary: true,
};
const tv: DisplayInfo = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
  workArea: { x: 1920, y: 0, width: 3840, height: 2160 },
};

function windows(...screens: object[]): ScreenWindowConfig[] {
  return parseScreenConfig(JSON.stringify({ screens }), 'test').screens;
}

test('one monitor: the default three screens are tiled side by side in its work area', () => {
  const { placements, warnings } = placeWindows([laptop], windows({ screen: 'kiosk' }, { screen: 'display' }, { screen: 'survey' }));
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    placements.map((p) => [p.screen, p.displayId, p.bounds]),
    [
      ['kiosk', 1, { x: 0, y: 0, width: 640, height: 1040 }],
      ['display', 1, { x: 640, y: 0, width: 640, height: 1040 }],
      ['survey', 1, { x: 1280, y: 0, width: 640, height: 1040 }],
    ],
  );
});

test('two monitors: a full-screen display covers the whole TV while the kiosk keeps the laptop', () => {
  const { placements, warnings } = placeWindows(
    [tv, laptop],
    windows({ screen: 'kiosk', mode: 'kiosk', zoom: 1.5 }, { screen: 'display', monitor: 'right', mode: 'fullscreen' }),
  );
  assert.deepEqual(warnings, []);
  assert.deepEqual(placements, [
    { screen: 'kiosk', mode: 'kiosk', zoom: 1.5, touch: false, displayId: 1, bounds: laptop.bounds },
    { screen: 'display', mode: 'fullscreen', zoom: 1, touch: false, displayId: 2, bounds: tv.bounds },
  ]);
});

test('monitors can be chosen by index in system order, by id and by position', () => {
  const { placements } = placeWindows(
    [tv, laptop],
    windows(
      { screen: 'kiosk', monitor: 0, mode: 'kiosk' },
      { screen: 'display', monitor: { id: 1 }, mode: 'kiosk' },
      { screen: 'survey', monitor: 'left', mode: 'kiosk' },
      { screen: 'desk', monitor: 'top', mode: 'kiosk' },
      { screen: 'admin', monitor: 'bottom', mode: 'kiosk' },
    ),
  );
  assert.deepEqual(
    placements.map((p) => [p.screen, p.displayId]),
    [
      ['kiosk', 2],
      ['display', 1],
      ['survey', 1],
      ['desk', 1],
      ['admin', 2],
    ],
  );
});

test('an unplugged monitor falls back to the primary, with a warning that says which screen moved', () => {
  const { placements, warnings } = placeWindows(
    [laptop],
    windows({ screen: 'display', monitor: 1, mode: 'fullscreen' }, { screen: 'survey', monitor: { id: 99 }, mode: 'kiosk' }),
  );
  assert.deepEqual(
    placements.map((p) => [p.screen, p.displayId, p.bounds]),
    [
      ['display', 1, laptop.bounds],
      ['survey', 1, laptop.bounds],
    ],
  );
  assert.equal(warnings.length, 3);
  assert.match(warnings[0]!, /^display: monitor 1 is not connected \(found 1\); using the primary monitor$/);
  assert.match(warnings[1]!, /^survey: the monitor with id 99 is not connected/);
  assert.match(warnings[2]!, /display and survey are all full screen on monitor 1/);
});

test('without a monitor flagged primary the first one is used', () => {
  const { placements } = placeWindows([{ ...tv }, { ...laptop, primary: false }], windows({ screen: 'kiosk', mode: 'kiosk' }));
  assert.equal(placements[0]!.displayId, 2);
});

test('with no monitor reported at all a window still opens, with a warning', () => {
  const { placements, warnings } = placeWindows([], windows({ screen: 'kiosk' }));
  assert.deepEqual(placements[0]!.bounds, { x: 0, y: 0, width: 1280, height: 800 });
  assert.match(warnings[0]!, /no monitor/);
});
