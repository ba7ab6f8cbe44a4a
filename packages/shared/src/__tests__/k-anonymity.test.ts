import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmallGroup, MIN_GROUP_SIZE, withholdSmallCounts } from '../index.js';

const one = (counts: number[]) => withholdSmallCounts(counts, [counts.map((_, i) => i)]);

describe('k-anonymity', () => {
  it('withholds 1 to 4 people and shows 0 and 5 or more', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect([0, 1, 4, 5, 6].map((n) => isSmallGroup(n))).toEqual([false, true, true, false, false]);
    expect(withholdSmallCounts([4], [])).toEqual([null]);
    expect(withholdSmallCounts([5], [])).toEqual([5]);
    expect(withholdSmallCounts([0], [])).toEqual([0]);
  });

  it.each([
    [
      [4, 10, 6],
      [null, 10, null],
    ],
    [
      [4, 5],
      [null, null],
    ],
    [
      [1, 1, 20, 30],
      [null, null, null, 30],
    ],
    [
      [2, 0, 9, 0],
      [null, 0, null, 0],
    ],
    [
      [3, 4, 12],
      [null, null, 12],
    ],
    [
      [5, 6, 7],
      [5, 6, 7],
    ],
    [
      [2, 0, 0],
      [null, 0, 0],
    ],
  ])('in a line whose total is known, withholds enough that none can be subtracted: %j', (counts, shown) => {
    expect(one(counts)).toEqual(shown);
  });

  it('withholds a count it is told to, and covers it like a small one', () => {
    // A class row withheld for its 4 certified keeps its 0 hired hidden too, and the provider's total cannot give it away.
    expect(withholdSmallCounts([0, 10, 7], [[0, 1, 2]], { withheld: [0] })).toEqual([null, 10, null]);
    expect(withholdSmallCounts([0, 10, 7], [[0, 1, 2]])).toEqual([0, 10, 7]);
  });

  it('follows withheld counts across crossing lines (rows and columns of a table)', () => {
    // 2×2 table [[3, 8], [9, 7]]: row 0 withholds 8 too, then column 1 withholds 7, then row 1 withholds 9.
    const lines = [
      [0, 1],
      [2, 3],
      [0, 2],
      [1, 3],
    ];
    expect(withholdSmallCounts([3, 8, 9, 7], lines)).toEqual([null, null, null, null]);
    expect(withholdSmallCounts([30, 8, 9, 7], lines)).toEqual([30, 8, 9, 7]);
  });

  it('withholds a total shown beside its cells when its cells cannot cover each other', () => {
    // Midong: 电工 4, 焊工 9, district row 13; trade rows 电工 4 and 焊工 9, each with one cell.
    const counts = [4, 9, 13, 4, 9];
    const lines = [
      { parts: [0, 1], total: 2 },
      { parts: [0], total: 3 },
      { parts: [1], total: 4 },
    ];
    expect(withholdSmallCounts(counts, lines)).toEqual([null, null, 13, null, null]);
  });

  it('never shows a small group, never changes a count and never leaves a line subtractable (random tables)', () => {
    const table = fc.record({
      counts: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 12 }),
      lines: fc.array(
        fc.record({ parts: fc.uniqueArray(fc.nat({ max: 11 }), { minLength: 1, maxLength: 12 }), total: fc.option(fc.nat({ max: 11 })) }),
        { maxLength: 6 },
      ),
      forced: fc.uniqueArray(fc.nat({ max: 11 }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(table, ({ counts, lines: raw, forced: rawForced }) => {
        const lines = raw.map(({ parts, total }) => {
          const inside = parts.filter((i) => i < counts.length && i !== total);
          return total === null || total >= counts.length ? inside : { parts: inside, total };
        });
        const forced = rawForced.filter((i) => i < counts.length);
        const shown = withholdSmallCounts(counts, lines, { withheld: forced });
        shown.forEach((v, i) => {
          if (v !== null) expect(v).toBe(counts[i]);
          if (isSmallGroup(counts[i]!) || forced.includes(i)) expect(v).toBeNull();
        });
        for (const line of lines) {
          const parts = 'parts' in line ? line.parts : line;
          if ('parts' in line && shown[line.total] === null) continue;
          const hidden = parts.filter((i) => shown[i] === null);
          if (!hidden.length) continue;
          const coverable = parts.filter((i) => counts[i]! > 0 || shown[i] === null);
          const covered = hidden.length >= 2 && hidden.reduce((sum, i) => sum + counts[i]!, 0) >= MIN_GROUP_SIZE;
          // Only a line whose total is not among the counts may be left as it is, once it has no count left to withhold.
          if (!covered) expect(!('parts' in line) && hidden.length === coverable.length).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
