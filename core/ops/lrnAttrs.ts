/** LRN's attrs, shared with LRNGrad: TF1's names and defaults (tf.nn.local_response_normalization). */
export const LRN_ATTRS = {
  depthRadius: { type: 'int', default: 5, min: 0, max: 1000, doc: 'How many channels on each side of a channel are summed (TF\'s depth_radius; AlexNet\'s n = 5 is radius 2).' },
  bias: { type: 'float', default: 1, doc: 'Added to the weighted sum of squares (AlexNet\'s k = 2; TF\'s default 1).' },
  alpha: { type: 'float', default: 1, doc: 'The weight of the sum of squares (AlexNet\'s 1e-4 per channel is alpha 2e-5 summed over its 5).' },
  beta: { type: 'float', default: 0.5, doc: 'The power the sum is raised to (AlexNet\'s 0.75).' },
} as const;
