;; Adam's update in one pass (fusedUpdate.ts), on tfjs-backend-wasm's own memory, four
;; floats at a time with WebAssembly SIMD. The arithmetic is the op-by-op form's
;; (Adam.ts), operation for operation in float32, so both give the same bits:
;;   m' = m + (g - m) * c1
;;   v' = v + (g * g - v) * c2
;;   value' = value - (m' * alpha) / (sqrt(v') + eps)
;; except that m' and v' below the smallest normal float (1.17549435e-38) are
;; stored as 0, as TensorFlow's CPU kernels do (they run with flush-to-zero).
;; WebAssembly keeps subnormals, and a moment decaying towards 0 (a weight
;; whose gradient is 0, behind a dead ReLU) would otherwise become subnormal
;; after some hundred steps and make every later pass over it ten times slower.
;; Assembled into adamWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "adam")
    (param $value i32) (param $grad i32) (param $m i32) (param $v i32)
    (param $outValue i32) (param $outM i32) (param $outV i32) (param $n i32)
    (param $alpha f32) (param $c1 f32) (param $c2 f32) (param $eps f32)
    (local $off i32) (local $end i32)
    (local $g v128) (local $mi v128) (local $vi v128)
    (local $alpha4 v128) (local $c14 v128) (local $c24 v128) (local $eps4 v128) (local $tiny4 v128)
    (local $gs f32) (local $ms f32) (local $vs f32)
    (local.set $alpha4 (f32x4.splat (local.get $alpha)))
    (local.set $c14 (f32x4.splat (local.get $c1)))
    (local.set $c24 (f32x4.splat (local.get $c2)))
    (local.set $eps4 (f32x4.splat (local.get $eps)))
    (local.set $tiny4 (f32x4.splat (f32.const 1.17549435e-38)))
    ;; Byte offsets: the whole groups of four, then the rest one by one.
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $vectorsDone
      (loop $vectors
        (br_if $vectorsDone (i32.ge_u (local.get $off) (local.get $end)))
        (local.set $g (v128.load (i32.add (local.get $grad) (local.get $off))))
        (local.set $mi (v128.load (i32.add (local.get $m) (local.get $off))))
        (local.set $mi (f32x4.add (local.get $mi) (f32x4.mul (f32x4.sub (local.get $g) (local.get $mi)) (local.get $c14))))
        (local.set $mi (v128.andnot (local.get $mi) (f32x4.lt (f32x4.abs (local.get $mi)) (local.get $tiny4))))
        (local.set $vi (v128.load (i32.add (local.get $v) (local.get $off))))
        (local.set $vi (f32x4.add (local.get $vi) (f32x4.mul (f32x4.sub (f32x4.mul (local.get $g) (local.get $g)) (local.get $vi)) (local.get $c24))))
        (local.set $vi (v128.andnot (local.get $vi) (f32x4.lt (f32x4.abs (local.get $vi)) (local.get $tiny4))))
        (v128.store (i32.add (local.get $outM) (local.get $off)) (local.get $mi))
        (v128.store (i32.add (local.get $outV) (local.get $off)) (local.get $vi))
        (v128.store (i32.add (local.get $outValue) (local.get $off))
          (f32x4.sub
            (v128.load (i32.add (local.get $value) (local.get $off)))
            (f32x4.div (f32x4.mul (local.get $mi) (local.get $alpha4)) (f32x4.add (f32x4.sqrt (local.get $vi)) (local.get $eps4)))))
        (local.set $off (i32.add (local.get $off) (i32.const 16)))
        (br $vectors)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $scalarsDone
      (loop $scalars
        (br_if $scalarsDone (i32.ge_u (local.get $off) (local.get $end)))
        (local.set $gs (f32.load (i32.add (local.get $grad) (local.get $off))))
        (local.set $ms (f32.load (i32.add (local.get $m) (local.get $off))))
        (local.set $ms (f32.add (local.get $ms) (f32.mul (f32.sub (local.get $gs) (local.get $ms)) (local.get $c1))))
        (local.set $ms (select (f32.const 0) (local.get $ms) (f32.lt (f32.abs (local.get $ms)) (f32.const 1.17549435e-38))))
        (local.set $vs (f32.load (i32.add (local.get $v) (local.get $off))))
        (local.set $vs (f32.add (local.get $vs) (f32.mul (f32.sub (f32.mul (local.get $gs) (local.get $gs)) (local.get $vs)) (local.get $c2))))
        (local.set $vs (select (f32.const 0) (local.get $vs) (f32.lt (f32.abs (local.get $vs)) (f32.const 1.17549435e-38))))
        (f32.store (i32.add (local.get $outM) (local.get $off)) (local.get $ms))
        (f32.store (i32.add (local.get $outV) (local.get $off)) (local.get $vs))
        (f32.store (i32.add (local.get $outValue) (local.get $off))
          (f32.sub
            (f32.load (i32.add (local.get $value) (local.get $off)))
            (f32.div (f32.mul (local.get $ms) (local.get $alpha)) (f32.add (f32.sqrt (local.get $vs)) (local.get $eps)))))
        (local.set $off (i32.add (local.get $off) (i32.const 4)))
        (br $scalars))))
)
