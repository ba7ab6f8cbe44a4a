/** The fewest people a figure may describe: a count of 1 to 4 people is never shown (docs/decisions/0015). */
export const MIN_GROUP_SIZE = 5;

/** What a withheld figure says in the admin and in exports: a count of 1–4 people, or one that would give such a count away. */
export const WITHHELD_NOTE = `涉及不足 ${MIN_GROUP_SIZE} 人，不显示`;

/** Whether a count of people is too small to show; 0 describes nobody and is shown. */
export const isSmallGroup = (people: number, k = MIN_GROUP_SIZE) => people > 0 && people < k;

/**
 * Counts whose total can be known: their positions (`parts`), and the position of the total when it is one of the
 * counts too (a row shown beside its cells); a bare list's total is taken as known from elsewhere.
 */
export type CountLine = readonly number[] | { readonly parts: readonly number[]; readonly total: number };

const partsOf = (line: CountLine): readonly number[] => ('parts' in line ? line.parts : line);
const totalOf = (line: CountLine): number | undefined => ('parts' in line ? line.total : undefined);

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

/** The next count a line needs withheld: its smallest part shown, or else its total; undefined when it needs none. */
function nextToWithhold(counts: readonly number[], line: CountLine, withheld: Set<number>, k: number): number | undefined {
  const total = totalOf(line);
  if (total !== undefined && withheld.has(total)) return undefined;
  if (!exposed(counts, partsOf(line), withheld, k)) return undefined;
  return smallestShown(counts, partsOf(line), withheld) ?? total;
}

/**
 * The counts of people to show, with null for each one withheld. Every count of 1 to k−1 people is withheld. Then,
 * for every line (counts whose total can be known), more are withheld until none can be worked out by subtraction: a
 * line holding withheld counts holds at least two, of at least k people together, or its total is withheld too. The
 * extra count withheld is each time the line's smallest one shown, so that as little as possible is lost; zeros are
 * never chosen, as withholding them would hide nothing.
 */
export function withholdSmallCounts(
  counts: readonly number[],
  lines: readonly CountLine[],
  { k = MIN_GROUP_SIZE, withheld: forced = [] }: WithholdOptions = {},
): (number | null)[] {
  const withheld = new Set([...forced, ...counts.flatMap((c, i) => (isSmallGroup(c, k) ? [i] : []))]);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const next = nextToWithhold(counts, line, withheld, k);
      if (next === undefined) continue;
      withheld.add(next);
      changed = true;
    }
  }
  return counts.map((c, i) => (withheld.has(i) ? null : c));
}

/**
 * The groups to withhold when each group has several counts of people (measures) that are shown or withheld together:
 * with one shown beside a withheld other, the withheld one could often be worked out (someone who asked or searched:
 * asked withheld, searched 0, either 6 — so asked is 6). A group is withheld when any of its counts is 1 to k−1; then,
 * measure by measure, every line is made safe as `withholdSmallCounts` does, each extra withheld being a whole group.
 * A withheld group's zeros are still shown (they give nothing away), and do not count as hidden in its lines.
 */
export function withholdSmallGroups(
  measures: readonly (readonly number[])[],
  lines: readonly CountLine[],
  { k = MIN_GROUP_SIZE }: { k?: number } = {},
): Set<number> {
  const size = measures[0]?.length ?? 0;
  const withheld = new Set(Array.from({ length: size }, (_, i) => i).filter((i) => measures.some((m) => isSmallGroup(m[i]!, k))));
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      for (const counts of measures) {
        const hidden = new Set([...withheld].filter((i) => counts[i] !== 0));
        const next = nextToWithhold(counts, line, hidden, k);
        if (next === undefined || withheld.has(next)) continue;
        withheld.add(next);
        changed = true;
      }
    }
  }
  return withheld;
}
