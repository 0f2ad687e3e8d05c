// Password checks take turns. scrypt runs on libuv's thread pool (4 threads), which the hub's file reads, static
// screen files and DNS also need; a flood of logins that filled it would stall every screen. So at most `concurrency`
// hashes run at once, a few more wait, served one caller (address) after another so that a flood from one address
// cannot keep a receptionist waiting behind it, and beyond that a caller is told at once to come back later.

export interface HashSlotPolicy {
  /** Hashes at once: below the thread pool's 4, so files and the database's neighbours always find a thread. */
  concurrency: number;
  /** Waiting hashes of one caller; more from the same caller are refused (429). */
  waitingPerKey: number;
  /** Waiting hashes of all callers together; more are refused (503). */
  waiting: number;
}

export type SlotRefusal = 'caller-busy' | 'hub-busy';

export class SlotRefused extends Error {
  constructor(readonly reason: SlotRefusal) {
    super(reason === 'caller-busy' ? 'too many password checks at once from this address' : 'too many password checks at once');
  }
}

export class HashSlots {
  private running = 0;
  private waitingCount = 0;
  /** Waiters per caller; the Map's order is the turn: a caller served goes to the back. */
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(private readonly policy: HashSlotPolicy) {}

  /** Runs `work` in a slot, waiting for one if need be; throws SlotRefused when the wait is full. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(key: string): Promise<void> {
    if (this.running < this.policy.concurrency && this.waitingCount === 0) {
      this.running++;
      return Promise.resolve();
    }
    const queue = this.queues.get(key) ?? [];
    if (queue.length >= this.policy.waitingPerKey) return Promise.reject(new SlotRefused('caller-busy'));
    if (this.waitingCount >= this.policy.waiting) return Promise.reject(new SlotRefused('hub-busy'));
    this.waitingCount++;
    this.queues.set(key, queue);
    return new Promise((resolve) => queue.push(resolve));
  }

  private release(): void {
    this.running--;
    const next = this.queues.entries().next().value;
    if (!next) return;
    const [key, queue] = next;
    this.queues.delete(key);
    if (queue.length > 1) this.queues.set(key, queue);
    this.waitingCount--;
    this.running++;
    queue.shift()!();
  }
}
