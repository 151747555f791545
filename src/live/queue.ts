// A subscriber's bounded buffer: the reader pushes, the stream pulls. When the consumer falls
// `capacity` items behind, the queue ends with the overflow error instead of growing; ending it
// (an error, the server stopping, the client leaving) wakes a waiting pull at once. Pure: no I/O.

export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private ended = false;
  private error: unknown = null;
  private readonly onClose: () => void;

  constructor(
    readonly capacity: number,
    /** The error the queue ends with when its consumer falls too far behind. */
    private readonly overflow: () => unknown,
    onClose: () => void = () => undefined,
  ) {
    let closed = false;
    this.onClose = () => {
      if (closed) return;
      closed = true;
      onClose();
    };
  }

  /** Items waiting to be pulled. */
  get size(): number {
    return this.items.length;
  }

  get closed(): boolean {
    return this.ended;
  }

  /** Adds an item; false when the queue has ended (or ends now because it is full). */
  push(item: T): boolean {
    if (this.ended) return false;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: item, done: false });
      return true;
    }
    if (this.items.length >= this.capacity) {
      this.end(this.overflow());
      return false;
    }
    this.items.push(item);
    return true;
  }

  /**
   * Ends the queue: with an error, the consumer gets it (after the items already buffered are
   * dropped, since its stream ends); without, it gets what is buffered, then the end.
   */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (error !== undefined) {
      this.error = error;
      this.items.length = 0;
    }
    const w = this.waiting;
    this.waiting = null;
    if (w) {
      if (error !== undefined) {
        this.error = null;
        w.reject(error);
      } else w.resolve({ value: undefined, done: true });
    }
    this.onClose();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) return Promise.resolve({ value: this.items.shift()!, done: false });
    if (this.ended) {
      if (this.error !== null) {
        const e = this.error;
        this.error = null;
        return Promise.reject(e);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    this.items.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
