;; MaxPool (NHWC) for windows that tile the image (window = stride, as in every 2x2 pooling
;; of the course's CNNs), where XNNPACK's pooling moves memory at half an elementwise Add's
;; rate: one pass, four channels at a time, a whole 2x2 window unrolled. Each output is the
;; window's first maximum in row-major order by a strict greater-than, the value whose
;; position MaxPoolGrad (maxPoolGrad.wat) sends the gradient to: a tie keeps the earlier
;; value, and a NaN is never chosen over the window's first value. The window of output
;; (i, j) starts at input row i * kh - pt and column j * kw - pl, clipped to the image.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into maxPoolWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "maxPoolTiled")
    (param $x i32) (param $y i32)
    (param $n i32) (param $h i32) (param $w i32) (param $c i32)
    (param $ho i32) (param $wo i32) (param $kh i32) (param $kw i32) (param $pt i32) (param $pl i32)
    (local $b i32) (local $i i32) (local $j i32) (local $r i32) (local $q i32)
    (local $r0 i32) (local $r1 i32) (local $q0 i32) (local $q1 i32)
    (local $rowBytes i32) (local $pixelBytes i32) (local $vectorBytes i32)
    (local $image i32) (local $corner i32) (local $off i32) (local $p i32)
    (local $best v128) (local $v v128) (local $bestS f32) (local $vS f32)
    (local.set $pixelBytes (i32.shl (local.get $c) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $w) (local.get $pixelBytes)))
    (local.set $vectorBytes (i32.shl (i32.and (local.get $c) (i32.const -4)) (i32.const 2)))
    (local.set $image (local.get $x))
    (block $imagesDone (loop $images
      (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $n)))
      (local.set $i (i32.const 0))
      (block $rowsDone (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $ho)))
        (local.set $r0 (i32.sub (i32.mul (local.get $i) (local.get $kh)) (local.get $pt)))
        (local.set $r1 (i32.add (local.get $r0) (local.get $kh)))
        (if (i32.lt_s (local.get $r0) (i32.const 0)) (then (local.set $r0 (i32.const 0))))
        (if (i32.gt_s (local.get $r1) (local.get $h)) (then (local.set $r1 (local.get $h))))
        (local.set $j (i32.const 0))
        (block $colsDone (loop $cols
          (br_if $colsDone (i32.ge_u (local.get $j) (local.get $wo)))
          (local.set $q0 (i32.sub (i32.mul (local.get $j) (local.get $kw)) (local.get $pl)))
          (local.set $q1 (i32.add (local.get $q0) (local.get $kw)))
          (if (i32.lt_s (local.get $q0) (i32.const 0)) (then (local.set $q0 (i32.const 0))))
          (if (i32.gt_s (local.get $q1) (local.get $w)) (then (local.set $q1 (local.get $w))))
          (local.set $corner (i32.add (i32.add (local.get $image) (i32.mul (local.get $r0) (local.get $rowBytes))) (i32.mul (local.get $q0) (local.get $pixelBytes))))
          (local.set $off (i32.const 0))
          ;; A whole 2x2 window, unrolled.
          (if (i32.and (i32.eq (i32.sub (local.get $r1) (local.get $r0)) (i32.const 2)) (i32.eq (i32.sub (local.get $q1) (local.get $q0)) (i32.const 2))) (then
            (block $quadsDone (loop $quads
              (br_if $quadsDone (i32.ge_u (local.get $off) (local.get $vectorBytes)))
              (local.set $p (i32.add (local.get $corner) (local.get $off)))
              (local.set $best (v128.load (local.get $p)))
              (local.set $v (v128.load (i32.add (local.get $p) (local.get $pixelBytes))))
              (local.set $best (v128.bitselect (local.get $v) (local.get $best) (f32x4.gt (local.get $v) (local.get $best))))
              (local.set $p (i32.add (local.get $p) (local.get $rowBytes)))
              (local.set $v (v128.load (local.get $p)))
              (local.set $best (v128.bitselect (local.get $v) (local.get $best) (f32x4.gt (local.get $v) (local.get $best))))
              (local.set $v (v128.load (i32.add (local.get $p) (local.get $pixelBytes))))
              (local.set $best (v128.bitselect (local.get $v) (local.get $best) (f32x4.gt (local.get $v) (local.get $best))))
              (v128.store (i32.add (local.get $y) (local.get $off)) (local.get $best))
              (local.set $off (i32.add (local.get $off) (i32.const 16)))
              (br $quads)))))
          ;; Any other window (clipped at the border, or another size), four channels at a time.
          (block $vectorsDone (loop $vectors
            (br_if $vectorsDone (i32.ge_u (local.get $off) (local.get $vectorBytes)))
            (local.set $best (v128.load (i32.add (local.get $corner) (local.get $off))))
            (local.set $r (local.get $r0))
            (block $winRowsDone (loop $winRows
              (br_if $winRowsDone (i32.ge_s (local.get $r) (local.get $r1)))
              (local.set $p (i32.add (i32.add (local.get $image) (i32.mul (local.get $r) (local.get $rowBytes))) (i32.add (i32.mul (local.get $q0) (local.get $pixelBytes)) (local.get $off))))
              (local.set $q (local.get $q0))
              (block $winColsDone (loop $winCols
                (br_if $winColsDone (i32.ge_s (local.get $q) (local.get $q1)))
                (local.set $v (v128.load (local.get $p)))
                (local.set $best (v128.bitselect (local.get $v) (local.get $best) (f32x4.gt (local.get $v) (local.get $best))))
                (local.set $p (i32.add (local.get $p) (local.get $pixelBytes)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $winCols)))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br $winRows)))
            (v128.store (i32.add (local.get $y) (local.get $off)) (local.get $best))
            (local.set $off (i32.add (local.get $off) (i32.const 16)))
            (br $vectors)))
          ;; The channels left over, one at a time.
          (block $scalarsDone (loop $scalars
            (br_if $scalarsDone (i32.ge_u (local.get $off) (local.get $pixelBytes)))
            (local.set $bestS (f32.load (i32.add (local.get $corner) (local.get $off))))
            (local.set $r (local.get $r0))
            (block $sRowsDone (loop $sRows
              (br_if $sRowsDone (i32.ge_s (local.get $r) (local.get $r1)))
              (local.set $q (local.get $q0))
              (block $sColsDone (loop $sCols
                (br_if $sColsDone (i32.ge_s (local.get $q) (local.get $q1)))
                (local.set $vS (f32.load (i32.add (i32.add (i32.add (local.get $image) (i32.mul (local.get $r) (local.get $rowBytes))) (i32.mul (local.get $q) (local.get $pixelBytes))) (local.get $off))))
                (if (f32.gt (local.get $vS) (local.get $bestS)) (then (local.set $bestS (local.get $vS))))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $sCols)))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br $sRows)))
            (f32.store (i32.add (local.get $y) (local.get $off)) (local.get $bestS))
            (local.set $off (i32.add (local.get $off) (i32.const 4)))
            (br $scalars)))
          (local.set $y (i32.add (local.get $y) (local.get $pixelBytes)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
      (local.set $image (i32.add (local.get $image) (i32.mul (local.get $h) (local.get $rowBytes))))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $images)))
  )
)
