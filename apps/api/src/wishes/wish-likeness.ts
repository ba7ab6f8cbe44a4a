/** The pairs of neighbouring characters of a text, ignoring spaces and punctuation: Chinese has no word breaks. */
function bigrams(text: string): Set<string> {
  const chars = [...text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '')];
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

/** How alike two texts read, 0–1 (Dice's coefficient over character pairs): "楼号看不清" and "楼栋号看不清楚" ≈ 0.6. */
export function likeness(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return (2 * shared) / (x.size + y.size);
}
