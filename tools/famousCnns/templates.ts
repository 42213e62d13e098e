/** The famous-CNN templates, by sample name, in the order the CNNs appeared. */
import type { GraphDocument } from '../../core/graph/document.ts';
import { alexnet } from './alexnet.ts';
import { alphago } from './alphago.ts';
import { inception } from './inception.ts';
import { kimCnn } from './kimCnn.ts';
import { lenet5 } from './lenet5.ts';
import { resnet } from './resnet.ts';

export const TEMPLATES: Record<string, () => GraphDocument> = {
  'lenet-5': lenet5,
  alexnet,
  'inception-mnist': inception,
  'resnet-mnist': resnet,
  'kim-cnn': kimCnn,
  'alphago-policy': alphago,
};
