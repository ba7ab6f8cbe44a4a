/** The fewest people a figure may describe: a count of 1 to 4 people is never shown (docs/decisions/0015). */
export const MIN_GROUP_SIZE = 5;

/** What a withheld figure says in the admin and in exports. */
export const WITHHELD_NOTE = `不足 ${MIN_GROUP_SIZE} 人不显示`;

/** Whether a count of people is too small to show; 0 describes nobody and is shown. */
export const isSmallGroup = (people: number, k = MIN_GROUP_SIZE) => people > 0 && people < k;

const smallestShown = (counts: readonly number[], line: readonly number[], withheld: Set<number>) =>
  line.filter((i) => !withheld.has(i) && counts[i]! > 0).sort((a, b) => counts[a]! - counts[b]! || a - b)[0];

/** Whether a line's withheld counts could be worked out from its total: only one of them, or fewer than k people together. */
function exposed(counts: readonly number[], line: readonly number[], withheld: Set<number>, k: number): boolean {
  const hidden = line.filter((i) => withheld.has(i));
  if (!hidden.length) return false;
  return hidden.length === 1 || hidden.reduce((sum, i) => sum + counts[i]!, 0) < k;
}

export interface WithholdOptions {
  k?: number;
  /** Positions withheld whatever their count: a count inside a row withheld for its other figures. */
  withheld?: Iterable<number>;
}

/**
 * The counts of people to show, with null for each one withheld. Every count of 1 to k−1 people is withheld. Then,
 * for every line (the positions of counts whose total can be known, because it is shown elsewhere or follows from
 * another table), more are withheld until none can be worked out by subtraction: a line holding withheld counts holds
 * at least two, of at least k people together. The extra count withheld is each time the line's smallest one shown,
 * so that as little as possible is lost; zeros are never chosen, as withholding them would hide nothing.
 */
export function withholdSmallCounts(
  counts: readonly number[],
  lines: readonly (readonly number[])[],
  { k = MIN_GROUP_SIZE, withheld: forced = [] }: WithholdOptions = {},
): (number | null)[] {
  const withheld = new Set([...forced, ...counts.flatMap((c, i) => (isSmallGroup(c, k) ? [i] : []))]);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (!exposed(counts, line, withheld, k)) continue;
      const next = smallestShown(counts, line, withheld);
      if (next === undefined) continue;
      withheld.add(next);
      changed = true;
    }
  }
  return counts.map((c, i) => (withheld.has(i) ? null : c));
}
