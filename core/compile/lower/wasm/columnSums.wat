;; The sums of a [rows, cols] matrix's columns, [cols] (float32): SumToShapeOf's usual
;; case, a bias's gradient summed over the batch. tfjs-wasm's Sum over the leading axis
;; transposes the matrix first and then sums its rows: 44 us for mnist-xavier's [100, 256],
;; where this pass reads it once, 16 columns at a time in four registers (a whole cache
;; line of each row), then four, then one. Each column is summed down its rows in order,
;; as tfjs's sum over the transposed rows is.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into columnSumsWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "columnSums") (param $x i32) (param $out i32) (param $rows i32) (param $cols i32)
    (local $j i32) (local $i i32) (local $p i32) (local $rowBytes i32)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $e f32)
    (local.set $rowBytes (i32.shl (local.get $cols) (i32.const 2)))
    (block $sixteensDone (loop $sixteens
      (br_if $sixteensDone (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $cols)))
      (local.set $s0 (v128.const i32x4 0 0 0 0))
      (local.set $s1 (v128.const i32x4 0 0 0 0))
      (local.set $s2 (v128.const i32x4 0 0 0 0))
      (local.set $s3 (v128.const i32x4 0 0 0 0))
      (local.set $p (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $i (i32.const 0))
      (block $rowsDone (loop $rowsLoop
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $s0 (f32x4.add (local.get $s0) (v128.load (local.get $p))))
        (local.set $s1 (f32x4.add (local.get $s1) (v128.load offset=16 (local.get $p))))
        (local.set $s2 (f32x4.add (local.get $s2) (v128.load offset=32 (local.get $p))))
        (local.set $s3 (f32x4.add (local.get $s3) (v128.load offset=48 (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rowsLoop)))
      (local.set $p (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))))
      (v128.store (local.get $p) (local.get $s0))
      (v128.store offset=16 (local.get $p) (local.get $s1))
      (v128.store offset=32 (local.get $p) (local.get $s2))
      (v128.store offset=48 (local.get $p) (local.get $s3))
      (local.set $j (i32.add (local.get $j) (i32.const 16)))
      (br $sixteens)))
    (block $foursDone (loop $fours
      (br_if $foursDone (i32.gt_u (i32.add (local.get $j) (i32.const 4)) (local.get $cols)))
      (local.set $s0 (v128.const i32x4 0 0 0 0))
      (local.set $p (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $i (i32.const 0))
      (block $rows4Done (loop $rows4
        (br_if $rows4Done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $s0 (f32x4.add (local.get $s0) (v128.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows4)))
      (v128.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (local.get $s0))
      (local.set $j (i32.add (local.get $j) (i32.const 4)))
      (br $fours)))
    (block $onesDone (loop $ones
      (br_if $onesDone (i32.ge_u (local.get $j) (local.get $cols)))
      (local.set $e (f32.const 0))
      (local.set $p (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 2))))
      (local.set $i (i32.const 0))
      (block $rows1Done (loop $rows1
        (br_if $rows1Done (i32.ge_u (local.get $i) (local.get $rows)))
        (local.set $e (f32.add (local.get $e) (f32.load (local.get $p))))
        (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows1)))
      (f32.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (local.get $e))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $ones)))
  )
)
