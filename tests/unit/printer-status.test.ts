import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conditionOf, paperCondition } from '../../hardware/printer/statusParser.ts';

// Status bytes as an Epson TM-T20 sends them: 0x12 is "nothing to report" in every DLE EOT answer.
const fine = { printer: 0x12, offlineCause: 0x12, rollPaper: 0x12 };

test('DLE EOT answers: ready, near end, paper out, cover open, other errors', () => {
  assert.equal(conditionOf(fine), 'ready');
  assert.equal(conditionOf({ ...fine, rollPaper: 0x1e }), 'paper-near-end');
  assert.equal(conditionOf({ printer: 0x1a, offlineCause: 0x32, rollPaper: 0x7e }), 'paper-out');
  assert.equal(conditionOf({ printer: 0x1a, offlineCause: 0x16, rollPaper: 0x12 }), 'cover-open');
  // Cover open with the paper out too: the cover is what staff must close first.
  assert.equal(conditionOf({ printer: 0x1a, offlineCause: 0x36, rollPaper: 0x72 }), 'cover-open');
  assert.equal(conditionOf({ printer: 0x1a, offlineCause: 0x52, rollPaper: 0x12 }), 'offline');
});

test('bytes that are not DLE EOT answers count as no answer', () => {
  assert.equal(conditionOf({ ...fine, printer: 0x00 }), 'offline');
  assert.equal(conditionOf({ ...fine, rollPaper: 0xff }), 'offline');
});

test('GS r 1 answers', () => {
  assert.equal(paperCondition(0x00), 'ready');
  assert.equal(paperCondition(0x03), 'paper-near-end');
  assert.equal(paperCondition(0x0f), 'paper-out');
  assert.equal(paperCondition(0x12), undefined);
});
