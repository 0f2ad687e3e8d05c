// The CSV a spreadsheet opens and saves (common/text/csv.ts): written so Excel shows it right and runs no formula,
// read back as Excel, LibreOffice and Google Sheets save it, with the line of every mistake.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, CsvSyntaxError, parseCsv, toCsv, unguardFormula } from '../../common/text/csv.ts';

describe('writing CSV', () => {
  test('quotes what needs quoting and doubles quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('Bygga, bo'), '"Bygga, bo"');
    assert.equal(csvCell('he said "hi"'), '"he said ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(-3), '-3', 'a number stays a number');
  });

  test('a cell a spreadsheet would run as a formula is made text', () => {
    for (const start of ['=', '+', '-', '@']) assert.equal(csvCell(`${start}SUM(A1)`), `'${start}SUM(A1)`);
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  });

  test('a BOM first so åäö survive, CRLF rows', () => {
    const text = toCsv(['a', 'b'], [['å', 1], ['ö', null]]);
    assert.equal(text, '\uFEFFa,b\r\nå,1\r\nö,\r\n');
  });
});

describe('reading CSV', () => {
  test('reads back what it wrote: BOM, quotes, commas, line breaks inside a cell, empty cells', () => {
    const rows = [['key', 'text'], ['a', 'Bygga, bo'], ['b', 'he said "hi"'], ['c', 'two\r\nlines'], ['d', '']];
    assert.deepEqual(
      parseCsv(toCsv(rows[0]!, rows.slice(1))).map((r) => r.cells),
      rows,
    );
  });

  test('each record knows the line it starts on, counting the lines inside quoted cells', () => {
    const records = parseCsv('k,v\r\na,"one\r\ntwo"\r\nb,x\r\n');
    assert.deepEqual(records.map((r) => r.line), [1, 2, 4]);
  });

  test('LF rows as some editors save them, and blank lines are skipped', () => {
    assert.deepEqual(parseCsv('k,v\n\na,1\n\n').map((r) => [r.line, r.cells]), [[1, ['k', 'v']], [3, ['a', '1']]]);
  });

  test('a broken quote is an error naming its line', () => {
    const lineOf = (text: string) => {
      try {
        parseCsv(text);
      } catch (error) {
        assert.ok(error instanceof CsvSyntaxError);
        return error.line;
      }
      assert.fail('no error');
    };
    assert.equal(lineOf('k,v\r\na,"never closed\r\nb,c\r\n'), 2);
    assert.equal(lineOf('k,v\r\na,b\r\nc,say "hi"\r\n'), 3);
    assert.equal(lineOf('k,v\r\na,"quoted"tail\r\n'), 2);
  });

  test("the apostrophe guarding a formula comes off; an apostrophe in a text stays", () => {
    assert.equal(unguardFormula(csvCell('=1+1')), '=1+1');
    assert.equal(unguardFormula("'-5 kr"), '-5 kr');
    assert.equal(unguardFormula("'quoted'"), "'quoted'");
  });
});
