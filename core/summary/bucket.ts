/**
 * One histogram bucket as TensorBoard's backend serves it: the `[left, right,
 * count]` rows of a histogram tensor (`tensorboard/plugins/histogram/summary_v2.py`,
 * `tensorboard/data_compat.py`).
 */
export interface Bucket {
  left: number;
  right: number;
  count: number;
}
