/**
 * A minimal protocol buffer wire-format writer: just what Event, Summary and
 * HistogramProto need. Spec: protobuf's encoding guide (varints, wire types
 * 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32; packed repeated scalars).
 */

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const utf8 = new TextEncoder();

/** Appends protobuf fields to a growing buffer; `finish` returns the bytes. */
export class ProtoWriter {
  private buf = new Uint8Array(64);
  private view = new DataView(this.buf.buffer);
  private len = 0;

  /** An unsigned varint (0 <= n < 2^53). */
  varint(n: number): this {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`varint: expected a nonnegative safe integer, got ${n}`);
    this.reserve(10);
    while (n > 0x7f) {
      this.buf[this.len++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.buf[this.len++] = n;
    return this;
  }

  /** An int64 field: negative values take ten bytes of two's complement, as protobuf requires. */
  int64(field: number, n: number): this {
    if (!Number.isSafeInteger(n)) throw new RangeError(`int64: expected a safe integer, got ${n}`);
    this.key(field, VARINT);
    if (n >= 0) return this.varint(n);
    let v = BigInt.asUintN(64, BigInt(n));
    this.reserve(10);
    while (v > 0x7fn) {
      this.buf[this.len++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.len++] = Number(v);
    return this;
  }

  /** A double field (wire type 1, little-endian IEEE 754). */
  double(field: number, x: number): this {
    this.key(field, FIXED64).reserve(8);
    this.view.setFloat64(this.len, x, true);
    this.len += 8;
    return this;
  }

  /** A float field (wire type 5): `x` is rounded to float32. */
  float(field: number, x: number): this {
    this.key(field, FIXED32).reserve(4);
    this.view.setFloat32(this.len, x, true);
    this.len += 4;
    return this;
  }

  /** A length-delimited field holding `bytes` (a string, bytes or an embedded message). */
  bytes(field: number, bytes: Uint8Array): this {
    this.key(field, LENGTH_DELIMITED).varint(bytes.length).reserve(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
    return this;
  }

  /** A string field, UTF-8 encoded. */
  string(field: number, s: string): this {
    return this.bytes(field, utf8.encode(s));
  }

  /** A packed repeated double field: one length-delimited run of 8-byte values. */
  packedDoubles(field: number, xs: ArrayLike<number>): this {
    this.key(field, LENGTH_DELIMITED).varint(xs.length * 8).reserve(xs.length * 8);
    for (let i = 0; i < xs.length; i++, this.len += 8) this.view.setFloat64(this.len, xs[i], true);
    return this;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private key(field: number, wireType: number): this {
    if (!Number.isInteger(field) || field < 1 || field > 0x1fffffff) throw new RangeError(`bad field number ${field}`);
    return this.varint(field * 8 + wireType);
  }

  private reserve(n: number): this {
    if (this.len + n <= this.buf.length) return this;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
    this.view = new DataView(grown.buffer);
    return this;
  }
}
