// The parts of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Result {
    requests: { average: number; total: number };
    latency: { p99: number };
    errors: number;
    non2xx: number;
  }
  interface Options {
    url: string;
    connections: number;
    duration: number;
    requests?: { setupRequest?: (req: object) => object }[];
  }
  export default function autocannon(options: Options): Promise<Result>;
}
