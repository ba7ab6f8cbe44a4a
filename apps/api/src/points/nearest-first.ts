/**
 * The `limit` nearest of the points offered, nearest first, by any measure that grows with distance; a later point
 * at the same distance stays behind.
 */
export class NearestFirst {
  readonly ids: number[] = [];
  readonly distances: number[] = [];

  constructor(private readonly limit: number) {}

  get full() {
    return this.ids.length >= this.limit;
  }

  add(id: number, distance: number) {
    const { ids, distances } = this;
    if (this.full && (!ids.length || distance >= distances[distances.length - 1]!)) return;
    if (!this.full) {
      ids.push(id);
      distances.push(distance);
    }
    let k = ids.length - 1;
    for (; k > 0 && distances[k - 1]! > distance; k--) {
      ids[k] = ids[k - 1]!;
      distances[k] = distances[k - 1]!;
    }
    ids[k] = id;
    distances[k] = distance;
  }
}
