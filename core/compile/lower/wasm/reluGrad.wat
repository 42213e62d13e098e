;; ReluGrad as one pass: dx = dy * (x > 0 ? 1 : 0), TF's rule (gradients times the
;; features-positive mask as a float, so a NaN or infinite dy still gives NaN where x <= 0).
;; The lowering was tf.mul(dy, tf.step(x)): two passes over the data and a tensor between
;; them, about 1.7 ms of mnist-cnn's step for its first layer's 2.5 million values. Four
;; values at a time, then the rest one by one.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into reluGradWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "reluGrad") (param $dy i32) (param $x i32) (param $out i32) (param $count i32)
    (local $end i32) (local $vectorEnd i32)
    (local.set $end (i32.add (local.get $dy) (i32.shl (local.get $count) (i32.const 2))))
    (local.set $vectorEnd (i32.add (local.get $dy) (i32.shl (i32.and (local.get $count) (i32.const -4)) (i32.const 2))))
    (block $vectorsDone (loop $vectors
      (br_if $vectorsDone (i32.ge_u (local.get $dy) (local.get $vectorEnd)))
      ;; The mask's all-ones lanes keep 1.0's bits, its zero lanes give 0.0.
      (v128.store (local.get $out) (f32x4.mul (v128.load (local.get $dy))
        (v128.and (f32x4.gt (v128.load (local.get $x)) (v128.const f32x4 0 0 0 0)) (v128.const f32x4 1 1 1 1))))
      (local.set $dy (i32.add (local.get $dy) (i32.const 16)))
      (local.set $x (i32.add (local.get $x) (i32.const 16)))
      (local.set $out (i32.add (local.get $out) (i32.const 16)))
      (br $vectors)))
    (block $restDone (loop $rest
      (br_if $restDone (i32.ge_u (local.get $dy) (local.get $end)))
      (f32.store (local.get $out) (f32.mul (f32.load (local.get $dy))
        (select (f32.const 1) (f32.const 0) (f32.gt (f32.load (local.get $x)) (f32.const 0)))))
      (local.set $dy (i32.add (local.get $dy) (i32.const 4)))
      (local.set $x (i32.add (local.get $x) (i32.const 4)))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (br $rest)))
  )
)
