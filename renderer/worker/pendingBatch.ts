/**
 * What the worker has gathered since its last batch. Scalars and histograms
 * accumulate; node statistics, the boundary and the watched tensors are
 * snapshots, so only the newest is kept. While the UI is not drawing (a
 * hidden tab) histograms are thinned, so memory stays bounded.
 */
import type { BoundaryGrid, HistogramEntry, ImageEntry, NodeStats, SummaryBatch, WatchedTensors } from '../training/protocol.ts';
import type { ConfusionReport } from '../training/protocol.ts';

/** Histograms kept per tag between two batches; past it every other one is dropped. */
const MAX_PENDING_HISTOGRAMS = 64;
/** Image steps kept per tag between two batches: the newest, as many as the UI keeps (IMAGE_RESERVOIR_SIZE). */
const MAX_PENDING_IMAGES = 10;

export class PendingBatch {
  private tags: string[] = [];
  private steps: number[] = [];
  private wallTimes: number[] = [];
  private values: number[] = [];
  private histograms = new Map<string, HistogramEntry[]>();
  private images = new Map<string, ImageEntry[]>();
  nodeStats: NodeStats | undefined;
  boundary: BoundaryGrid | undefined;
  watched: WatchedTensors | undefined;
  confusion: ConfusionReport | undefined;

  /** Adds one log step's scalars; the tags must be the same every time. */
  addScalars(tags: string[], step: number, wallTime: number, values: number[]): void {
    this.tags = tags;
    this.steps.push(step);
    this.wallTimes.push(wallTime);
    this.values.push(...values);
  }

  addHistogram(entry: HistogramEntry): void {
    let list = this.histograms.get(entry.tag);
    if (!list) this.histograms.set(entry.tag, (list = []));
    list.push(entry);
    // Thinning keeps the newest and an even spread of the older ones.
    if (list.length > MAX_PENDING_HISTOGRAMS) this.histograms.set(entry.tag, list.filter((_, i) => i % 2 === 1 || i === list.length - 1));
  }

  addImage(entry: ImageEntry): void {
    let list = this.images.get(entry.tag);
    if (!list) this.images.set(entry.tag, (list = []));
    list.push(entry);
    if (list.length > MAX_PENDING_IMAGES) list.shift();
  }

  /** Whether anything but progress is waiting. */
  get hasContent(): boolean {
    return this.steps.length > 0 || this.histograms.size > 0 || this.images.size > 0 || !!this.nodeStats || !!this.boundary || !!this.watched || !!this.confusion;
  }

  /** The batch to send, emptying this one. */
  take(progress: Pick<SummaryBatch, 'step' | 'totalSteps' | 'stepsPerSecond'>): SummaryBatch {
    const batch: SummaryBatch = {
      ...progress,
      scalars:
        this.steps.length > 0
          ? { tags: this.tags, steps: Float64Array.from(this.steps), wallTimes: Float64Array.from(this.wallTimes), values: Float64Array.from(this.values) }
          : undefined,
      histograms: [...this.histograms.values()].flat(),
      ...(this.images.size > 0 ? { images: [...this.images.values()].flat() } : {}),
      nodeStats: this.nodeStats,
      boundary: this.boundary,
      watched: this.watched,
      ...(this.confusion ? { confusion: this.confusion } : {}),
    };
    this.steps = [];
    this.wallTimes = [];
    this.values = [];
    this.histograms = new Map();
    this.images = new Map();
    this.nodeStats = undefined;
    this.boundary = undefined;
    this.watched = undefined;
    this.confusion = undefined;
    return batch;
  }
}

/** Steps per second over about the last second. */
export class RateMeter {
  private samples: { time: number; step: number }[] = [];

  add(time: number, step: number): void {
    this.samples.push({ time, step });
    while (this.samples.length > 2 && time - this.samples[1].time >= 1000) this.samples.shift();
  }

  reset(): void {
    this.samples = [];
  }

  get perSecond(): number {
    if (this.samples.length < 2) return 0;
    const a = this.samples[0];
    const b = this.samples[this.samples.length - 1];
    return b.time > a.time ? ((b.step - a.step) * 1000) / (b.time - a.time) : 0;
  }
}
