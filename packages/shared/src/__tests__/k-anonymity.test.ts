import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmallGroup, MIN_GROUP_SIZE, withholdSmallCounts, withholdSmallGroups } from '../index.js';

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

describe('withholdSmallGroups', () => {
  // Groups 0–2 are a district's cells (想学, searched in vain, demand), group 3 the district's row beside them.
  const line = [{ parts: [0, 1, 2], total: 3 }];

  it('withholds a group whole, so that no withheld count can be worked out from the others shown beside it', () => {
    // 3 want 焊工 (small); 电工's 6 must go with it, and with them 电工's demand of 6, or 想学 = demand − 0 = 6.
    const asked = [6, 3, 0, 9];
    const searched = [0, 0, 5, 5];
    const demand = [6, 3, 5, 14];
    const withheld = withholdSmallGroups([asked, searched, demand], line);
    expect([...withheld].sort()).toEqual([0, 1]);
    expect(withholdSmallCounts(demand, line, { withheld })).toEqual([null, null, 5, 14]);
  });

  it('keeps a group shown when the line is already covered by other withheld groups, whichever measure', () => {
    // 插花员 4 people (small), 茶艺师 1 asked (small) with 5 searches: both whole; 中式面点师's 6 stays.
    const withheld = withholdSmallGroups(
      [
        [6, 4, 1, 10],
        [0, 4, 5, 9],
        [6, 4, 6, 15],
      ],
      line,
    );
    expect([...withheld].sort()).toEqual([1, 2]);
  });

  it('leaves every line of every measure safe on random tables', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { minLength: 1, maxLength: 6 }), (cells) => {
        const asked = cells.map(([a]) => a);
        const searched = cells.map(([, s]) => s);
        const parts = cells.map((_, i) => i);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        const measures = [asked, searched].map((m) => [...m, sum(m)]);
        const withheld = withholdSmallGroups(measures, [{ parts, total: cells.length }]);
        for (const counts of measures) {
          if (withheld.has(cells.length) && counts[cells.length] !== 0) continue;
          const hidden = parts.filter((i) => withheld.has(i) && counts[i] !== 0);
          if (hidden.length) expect(hidden.length >= 2 && sum(hidden.map((i) => counts[i]!)) >= MIN_GROUP_SIZE).toBe(true);
          for (const i of parts) if (isSmallGroup(counts[i]!)) expect(withheld.has(i)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
