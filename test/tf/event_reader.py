"""TensorBoard's side of eventFiles.tf.test.ts: reads log directories with
TensorBoard's own EventAccumulator (everything kept, no reservoir sampling).

stdin: {"logdirs": [".../run1", ...]}.
stdout: one JSON line {"runs": [{"tags": {...}, "scalars": {tag: [[step, value]]},
"histograms": {tag: [[step, {min, max, num, sum, sum_squares, bucket_limit, bucket}]]},
"distributions": {tag: [[step, [[basis_point, value], ...]]]}, "dashboard": {tag:
[[step, buckets, compressed]]}, "images": {tag: [[step, width, height, pixels]]},
"graph": [{name, op, input}], "unknown_ops": [...]}]}.
`distributions` are the accumulator's own CompressedHistograms (on the raw doubles);
`dashboard` is what the Histograms and Distributions dashboards serve: each
histogram migrated by data_compat to float32 [left, right, count] buckets, and
those compressed by the distribution plugin's compressor. unknown_ops are the
graph's op names that TensorFlow's op registry does not know.
"""
import json
import math
import sys

import tensorflow as tf

from tensorboard import data_compat
from tensorboard.backend.event_processing import event_accumulator as ea
from tensorboard.compat.proto import histogram_pb2, summary_pb2
from tensorboard.plugins.distribution import compressor
from tensorboard.util import tensor_util
from tensorflow.python.framework import op_def_registry


def finite(x):
    return x if math.isfinite(x) else ('inf' if x > 0 else '-inf')


def dashboard(tag, histogram_value):
    """The buckets and bands TensorBoard's dashboards serve for one TF1 histogram."""
    h = histogram_value
    proto = histogram_pb2.HistogramProto(min=h.min, max=h.max, num=h.num, sum=h.sum, sum_squares=h.sum_squares, bucket_limit=h.bucket_limit, bucket=h.bucket)
    value = data_compat.migrate_value(summary_pb2.Summary.Value(tag=tag, histo=proto))
    # As histograms_plugin.histograms_impl serves them (float32 values as Python floats), and the distributions plugin compresses them.
    buckets = tensor_util.make_ndarray(value.tensor).tolist()
    return [buckets, [[bp, finite(float(v))] for bp, v in compressor.compress_histogram(buckets)]]


def read(logdir):
    acc = ea.EventAccumulator(logdir, size_guidance=ea.STORE_EVERYTHING_SIZE_GUIDANCE)
    acc.Reload()
    tags = acc.Tags()
    histo = lambda h: {'min': finite(h.min), 'max': finite(h.max), 'num': h.num, 'sum': h.sum, 'sum_squares': h.sum_squares,
                       'bucket_limit': [finite(x) for x in h.bucket_limit], 'bucket': list(h.bucket)}
    graph = acc.Graph() if tags.get('graph') else None
    nodes = [{'name': n.name, 'op': n.op, 'input': list(n.input)} for n in graph.node] if graph else []
    return {
        'tags': {k: v for k, v in tags.items() if isinstance(v, (list, bool))},
        'scalars': {t: [[e.step, e.value] for e in acc.Scalars(t)] for t in tags['scalars']},
        'histograms': {t: [[e.step, histo(e.histogram_value)] for e in acc.Histograms(t)] for t in tags['histograms']},
        'distributions': {t: [[e.step, [[v[0], finite(v[1])] for v in e.compressed_histogram_values]] for e in acc.CompressedHistograms(t)] for t in tags['distributions']},
        'dashboard': {t: [[e.step, *dashboard(t, e.histogram_value)] for e in acc.Histograms(t)] for t in tags['histograms']},
        'images': {t: [[e.step, e.width, e.height, tf.io.decode_png(e.encoded_image_string).numpy().reshape(-1).tolist()] for e in acc.Images(t)] for t in tags['images']},
        'graph': nodes,
        'unknown_ops': sorted({n['op'] for n in nodes if op_def_registry.get(n['op']) is None}),
    }


def main():
    request = json.load(sys.stdin)
    print(json.dumps({'runs': [read(d) for d in request['logdirs']]}))


if __name__ == '__main__':
    main()
