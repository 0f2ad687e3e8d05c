import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyAction, movedFocus } from '../../common/accessibility/keyMap.ts';
import { idleLimit, idlePhase, WARNING_MS } from '../../common/accessibility/timeLimits.ts';

test('the EZ Access keys and their numeric-keypad twins move, choose, go back and ask for help', () => {
  const kinds = (keys: string[], context: 'choices' | 'answers' | 'text' = 'choices') => keys.map((key) => keyAction(key, context)?.kind ?? null);
  assert.deepEqual(kinds(['ArrowUp', '8', 'ArrowDown', '2', 'Enter', '5', 'Escape', 'Backspace', '0', '?', 'F1', '*']), [
    'previous', 'previous', 'next', 'next', 'choose', 'choose', 'back', 'back', 'back', 'help', 'help', 'help',
  ]);
  assert.deepEqual(kinds(['a', 'Tab', ' ', 'Shift']), [null, null, null, null], 'other keys keep their own meaning');
});

test('on a survey question 1–5 answer, and the arrows and Enter still move and choose', () => {
  assert.deepEqual([1, 2, 3, 4, 5].map((n) => keyAction(String(n), 'answers')), [1, 2, 3, 4, 5].map((value) => ({ kind: 'answer', value })));
  assert.deepEqual(['ArrowDown', 'Enter', '0', '*', '8'].map((key) => keyAction(key, 'answers')?.kind ?? null), ['next', 'choose', 'back', 'help', 'previous']);
});

test('in a code field digits and letters are typed (upper case), Backspace erases, Escape goes back', () => {
  assert.deepEqual(['k', '8', '2', '5', '0', 'Backspace', 'Escape', 'Enter', '-'].map((key) => keyAction(key, 'text')), [
    { kind: 'type', char: 'K' }, { kind: 'type', char: '8' }, { kind: 'type', char: '2' }, { kind: 'type', char: '5' }, { kind: 'type', char: '0' },
    { kind: 'erase' }, { kind: 'back' }, { kind: 'choose' }, null,
  ]);
});

test('moving between choices wraps at both ends and starts at the first going down', () => {
  assert.deepEqual([movedFocus(3, -1, 1), movedFocus(3, -1, -1), movedFocus(3, 2, 1), movedFocus(3, 0, -1), movedFocus(3, 1, 1), movedFocus(0, -1, 1)], [0, 2, 0, 2, 2, -1]);
});

test('no screen starts over without a 20 s warning, and speech mode has three times as long', () => {
  const receipt = idleLimit(30_000, false);
  assert.deepEqual([idlePhase(receipt, 29_999), idlePhase(receipt, 30_000), idlePhase(receipt, 49_999), idlePhase(receipt, 50_000)], ['quiet', 'warning', 'warning', 'reset']);
  assert.deepEqual(idleLimit(30_000, true), { quietMs: 90_000, warningMs: 3 * WARNING_MS });
  assert.equal(idleLimit(10_000, false, 60_000).quietMs, 60_000, 'a setting below the floor is raised to it');
});
