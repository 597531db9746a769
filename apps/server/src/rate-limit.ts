/**
 * Token buckets per client: `rate` tokens per `perMs`, at most `burst` saved
 * up. In memory and per instance: limits protect an instance from one noisy
 * client, they are not a quota.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly rate: number,
    private readonly perMs: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `client`; false when it has none left. */
  take(client: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) * this.rate) / this.perMs);
    bucket.at = now;
    if (this.buckets.size > 100_000) this.prune(now);
    if (bucket.tokens < 1) {
      this.buckets.set(client, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(client, bucket);
    return true;
  }

  /** Forgets clients whose buckets have refilled: they would start full anyway. */
  private prune(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * this.rate) / this.perMs >= this.burst) this.buckets.delete(client);
    }
  }
}
