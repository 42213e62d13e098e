;; SoftmaxCrossEntropyWithLogits over the last axis of [rows, classes] float32 logits:
;;   loss[r] = sum over j of labels[r, j] * (log(sum over i of e^(x[r, i] - m)) - (x[r, j] - m)),
;; m the row's maximum, so large logits cannot overflow and a confident wrong class never
;; takes log(0), as TF's kernel computes it. The lowering was tf.logSoftmax and four more
;; ops (max, subtract, exp, sum, log, subtract, multiply, sum, negate): nine kernels and
;; their tensors for mnist-xavier's [100, 10], 0.15 ms of its step, the max alone 50 us.
;; Here one pass per row; the exponentials, their sum and the log are float64 (wasm has no
;; exp or log: JS's Math.exp and Math.log come in as imports), then rounded to float32.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into softmaxCrossEntropyWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (import "env" "exp" (func $exp (param f64) (result f64)))
  (import "env" "log" (func $log (param f64) (result f64)))
  (func (export "softmaxCrossEntropy") (param $labels i32) (param $logits i32) (param $out i32) (param $rows i32) (param $classes i32)
    (local $r i32) (local $j i32) (local $x i32) (local $l i32) (local $m f32) (local $sum f64) (local $logSum f64) (local $loss f64)
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
      ;; The row's maximum (wasm's f32.max keeps a NaN, so a NaN logit gives a NaN loss, as in TF).
      (local.set $m (f32.const -inf))
      (local.set $x (local.get $logits))
      (local.set $j (i32.const 0))
      (block $maxDone (loop $maxLoop
        (br_if $maxDone (i32.ge_u (local.get $j) (local.get $classes)))
        (local.set $m (f32.max (local.get $m) (f32.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $maxLoop)))
      (local.set $sum (f64.const 0))
      (local.set $x (local.get $logits))
      (local.set $j (i32.const 0))
      (block $sumDone (loop $sumLoop
        (br_if $sumDone (i32.ge_u (local.get $j) (local.get $classes)))
        (local.set $sum (f64.add (local.get $sum) (call $exp (f64.promote_f32 (f32.sub (f32.load (local.get $x)) (local.get $m))))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $sumLoop)))
      (local.set $logSum (call $log (local.get $sum)))
      (local.set $loss (f64.const 0))
      (local.set $x (local.get $logits))
      (local.set $l (local.get $labels))
      (local.set $j (i32.const 0))
      (block $lossDone (loop $lossLoop
        (br_if $lossDone (i32.ge_u (local.get $j) (local.get $classes)))
        (local.set $loss (f64.add (local.get $loss) (f64.mul (f64.promote_f32 (f32.load (local.get $l)))
          (f64.sub (local.get $logSum) (f64.promote_f32 (f32.sub (f32.load (local.get $x)) (local.get $m)))))))
        (local.set $x (i32.add (local.get $x) (i32.const 4)))
        (local.set $l (i32.add (local.get $l) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $lossLoop)))
      (f32.store (local.get $out) (f32.demote_f64 (local.get $loss)))
      (local.set $logits (local.get $x))
      (local.set $labels (local.get $l))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowsLoop)))
  )
)
