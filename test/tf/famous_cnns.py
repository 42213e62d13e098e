"""The famous-CNN templates built again in Keras: each layer's parameter count
and output shape, for famousCnns.tf.test.ts to compare with Flowboard's."""
import json
import sys

import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers as L


class PositionBias(L.Layer):
    """AlphaGo's output bias: one value per board point."""

    def build(self, shape):
        self.b = self.add_weight(shape=(shape[-1],), initializer="zeros", name="b")

    def call(self, x):
        return x + self.b


def lenet5():
    x = keras.Input((28, 28, 1))
    c1 = L.Conv2D(6, 5, padding="same", activation="tanh", name="C1")(x)
    s2 = L.AveragePooling2D(2, name="S2")(c1)
    c3 = L.Conv2D(16, 5, padding="valid", activation="tanh", name="C3")(s2)
    s4 = L.AveragePooling2D(2, name="S4")(c3)
    f5 = L.Dense(120, activation="tanh", name="F5")(L.Flatten()(s4))
    f6 = L.Dense(84, activation="tanh", name="F6")(f5)
    return keras.Model(x, L.Dense(10, name="logits")(f6))


def resnet():
    x = keras.Input((28, 28, 1))
    h = L.Conv2D(16, 3, padding="same", use_bias=False, activation="relu", name="stem")(x)

    def block(h, name, pool):
        f = L.Conv2D(16, 3, padding="same", use_bias=False, activation="relu", name=f"{name}_conv1")(h)
        f = L.Conv2D(16, 3, padding="same", use_bias=False, name=f"{name}_conv2")(f)
        y = L.ReLU(name=name)(L.Add()([f, h]))
        return L.MaxPooling2D(2, name=pool)(y)

    h = block(block(h, "block1", "pool1"), "block2", "pool2")
    return keras.Model(x, L.Dense(10, name="logits")(L.Flatten()(h)))


def inception():
    x = keras.Input((28, 28, 1))
    conv = lambda n, k, name: L.Conv2D(n, k, padding="same", use_bias=False, activation="relu", name=name)
    h = L.MaxPooling2D(2, name="stem_pool")(conv(16, 3, "stem")(x))
    b1 = conv(8, 1, "1x1")(h)
    b2 = conv(16, 3, "3x3")(conv(8, 1, "3x3_reduce")(h))
    b3 = conv(8, 5, "5x5")(conv(4, 1, "5x5_reduce")(h))
    b4 = conv(8, 1, "pool_proj")(L.MaxPooling2D(3, strides=1, padding="same")(h))
    y = L.Concatenate(axis=3, name="concat")([b1, b2, b3, b4])
    return keras.Model(x, L.Dense(10, name="logits")(L.Flatten()(L.MaxPooling2D(2)(y))))


def alexnet():
    x = keras.Input((227, 227, 3))
    conv = lambda n, k, name, **kw: L.Conv2D(n, k, activation="relu", name=name, **kw)
    pool = lambda: L.MaxPooling2D(3, strides=2)
    h = pool()(conv(96, 11, "conv1", strides=4, padding="valid")(x))
    h = pool()(conv(256, 5, "conv2", padding="same")(h))
    h = conv(384, 3, "conv3", padding="same")(h)
    h = conv(384, 3, "conv4", padding="same")(h)
    h = pool()(conv(256, 3, "conv5", padding="same")(h))
    h = L.Dense(4096, activation="relu", name="fc6")(L.Flatten(name="flat")(h))
    h = L.Dense(4096, activation="relu", name="fc7")(h)
    return keras.Model(x, L.Dense(1000, name="fc8")(h))


def kim_cnn(vocabulary):
    x = keras.Input((10,), dtype="int32")
    e = L.Reshape((10, 16, 1))(L.Embedding(vocabulary, 16, name="embedding")(x))
    pooled = [L.MaxPooling2D((11 - h, 1))(L.Conv2D(8, (h, 16), activation="relu", name=f"conv{h}")(e)) for h in (3, 4, 5)]
    y = L.Flatten()(L.Concatenate(axis=3, name="concat")(pooled))
    return keras.Model(x, L.Dense(2, name="output")(L.Dropout(0.5)(y)))


def alphago():
    x = keras.Input((19, 19, 48))
    p1 = L.ZeroPadding2D(2, name="conv1_pad")(x)
    h = L.Conv2D(192, 5, activation="relu", name="conv1")(p1)
    h = L.Conv2D(192, 3, activation="relu", name="conv2")(L.ZeroPadding2D(1, name="conv2_pad")(h))
    s = L.Flatten()(L.Conv2D(1, 1, use_bias=False, name="output_conv")(h))
    return keras.Model(x, L.Softmax(name="policy")(PositionBias(name="output_bias")(s)))


def summary(model):
    return {l.name: {"parameters": int(l.count_params()), "shape": [None if d is None else int(d) for d in l.output.shape]} for l in model.layers}


args = json.loads(sys.stdin.read())
models = {"lenet-5": lenet5(), "resnet-mnist": resnet(), "inception-mnist": inception(), "alexnet": alexnet(), "kim-cnn": kim_cnn(args["vocabulary"]), "alphago-policy": alphago()}
print(json.dumps({name: {"total": int(m.count_params()), "layers": summary(m)} for name, m in models.items()}))
