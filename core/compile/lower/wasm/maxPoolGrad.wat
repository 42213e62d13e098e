;; MaxPool's gradient (TF's MaxPoolGrad, NHWC) in one pass over tfjs-backend-wasm's
;; memory: each window's dy is added at the position of its first maximum, per channel,
;; four channels at a time with WebAssembly SIMD. "First" is the window's row-major
;; order and "maximum" is a strict greater-than, as in the JS loop it replaces
;; (maxPoolGradLoop.ts) and TF's kernel: a tie goes to the earlier value, and a NaN
;; is never chosen over the window's first value.
;; Pointers are byte offsets; the window of output (i, j) starts at input row
;; i * sh - pt and column j * sw - pl, clipped to the image.
;; Assembled into maxPoolGradWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "maxPoolGrad")
    (param $x i32) (param $dy i32) (param $dx i32)
    (param $n i32) (param $h i32) (param $w i32) (param $c i32)
    (param $ho i32) (param $wo i32) (param $kh i32) (param $kw i32)
    (param $sh i32) (param $sw i32) (param $pt i32) (param $pl i32)
    (local $b i32) (local $i i32) (local $j i32) (local $r i32) (local $q i32)
    (local $r0 i32) (local $r1 i32) (local $q0 i32) (local $q1 i32)
    (local $rowBytes i32) (local $pixelBytes i32) (local $vectorBytes i32)
    (local $image i32) (local $dyAt i32) (local $off i32) (local $p i32) (local $toDx i32) (local $a i32)
    (local $best v128) (local $at v128) (local $v v128) (local $m v128) (local $g v128)
    (local $bestS f32) (local $atS i32) (local $vS f32)
    (local.set $pixelBytes (i32.shl (local.get $c) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $w) (local.get $pixelBytes)))
    (local.set $vectorBytes (i32.shl (i32.and (local.get $c) (i32.const -4)) (i32.const 2)))
    ;; An input address plus this is the same element of dx.
    (local.set $toDx (i32.sub (local.get $dx) (local.get $x)))
    (memory.fill (local.get $dx) (i32.const 0) (i32.mul (i32.mul (local.get $n) (local.get $h)) (local.get $rowBytes)))
    (local.set $image (local.get $x))
    (local.set $dyAt (local.get $dy))
    (block $imagesDone (loop $images
      (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $n)))
      (local.set $i (i32.const 0))
      (block $rowsDone (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $ho)))
        (local.set $r0 (i32.sub (i32.mul (local.get $i) (local.get $sh)) (local.get $pt)))
        (local.set $r1 (i32.add (local.get $r0) (local.get $kh)))
        (if (i32.lt_s (local.get $r0) (i32.const 0)) (then (local.set $r0 (i32.const 0))))
        (if (i32.gt_s (local.get $r1) (local.get $h)) (then (local.set $r1 (local.get $h))))
        (local.set $j (i32.const 0))
        (block $colsDone (loop $cols
          (br_if $colsDone (i32.ge_u (local.get $j) (local.get $wo)))
          (local.set $q0 (i32.sub (i32.mul (local.get $j) (local.get $sw)) (local.get $pl)))
          (local.set $q1 (i32.add (local.get $q0) (local.get $kw)))
          (if (i32.lt_s (local.get $q0) (i32.const 0)) (then (local.set $q0 (i32.const 0))))
          (if (i32.gt_s (local.get $q1) (local.get $w)) (then (local.set $q1 (local.get $w))))
          ;; Four channels at a time: the best value and the address of its pixel, per lane.
          (local.set $off (i32.const 0))
          (block $vectorsDone (loop $vectors
            (br_if $vectorsDone (i32.ge_u (local.get $off) (local.get $vectorBytes)))
            (local.set $p (i32.add (i32.add (local.get $image) (i32.mul (local.get $r0) (local.get $rowBytes))) (i32.mul (local.get $q0) (local.get $pixelBytes))))
            (local.set $best (v128.load (i32.add (local.get $p) (local.get $off))))
            (local.set $at (i32x4.splat (local.get $p)))
            (local.set $r (local.get $r0))
            (block $windowRowsDone (loop $windowRows
              (br_if $windowRowsDone (i32.ge_s (local.get $r) (local.get $r1)))
              (local.set $q (local.get $q0))
              (block $windowColsDone (loop $windowCols
                (br_if $windowColsDone (i32.ge_s (local.get $q) (local.get $q1)))
                (local.set $p (i32.add (i32.add (local.get $image) (i32.mul (local.get $r) (local.get $rowBytes))) (i32.mul (local.get $q) (local.get $pixelBytes))))
                (local.set $v (v128.load (i32.add (local.get $p) (local.get $off))))
                (local.set $m (f32x4.gt (local.get $v) (local.get $best)))
                (local.set $best (v128.bitselect (local.get $v) (local.get $best) (local.get $m)))
                (local.set $at (v128.bitselect (i32x4.splat (local.get $p)) (local.get $at) (local.get $m)))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $windowCols)))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br $windowRows)))
            ;; Scatter: lane k's dy goes to channel off/4 + k of the pixel it chose.
            (local.set $g (v128.load (i32.add (local.get $dyAt) (local.get $off))))
            (local.set $a (i32.add (i32.add (i32x4.extract_lane 0 (local.get $at)) (local.get $toDx)) (local.get $off)))
            (f32.store offset=0 (local.get $a) (f32.add (f32.load offset=0 (local.get $a)) (f32x4.extract_lane 0 (local.get $g))))
            (local.set $a (i32.add (i32.add (i32x4.extract_lane 1 (local.get $at)) (local.get $toDx)) (local.get $off)))
            (f32.store offset=4 (local.get $a) (f32.add (f32.load offset=4 (local.get $a)) (f32x4.extract_lane 1 (local.get $g))))
            (local.set $a (i32.add (i32.add (i32x4.extract_lane 2 (local.get $at)) (local.get $toDx)) (local.get $off)))
            (f32.store offset=8 (local.get $a) (f32.add (f32.load offset=8 (local.get $a)) (f32x4.extract_lane 2 (local.get $g))))
            (local.set $a (i32.add (i32.add (i32x4.extract_lane 3 (local.get $at)) (local.get $toDx)) (local.get $off)))
            (f32.store offset=12 (local.get $a) (f32.add (f32.load offset=12 (local.get $a)) (f32x4.extract_lane 3 (local.get $g))))
            (local.set $off (i32.add (local.get $off) (i32.const 16)))
            (br $vectors)))
          ;; The channels left over, one at a time.
          (block $scalarsDone (loop $scalars
            (br_if $scalarsDone (i32.ge_u (local.get $off) (local.get $pixelBytes)))
            (local.set $p (i32.add (i32.add (local.get $image) (i32.mul (local.get $r0) (local.get $rowBytes))) (i32.mul (local.get $q0) (local.get $pixelBytes))))
            (local.set $bestS (f32.load (i32.add (local.get $p) (local.get $off))))
            (local.set $atS (local.get $p))
            (local.set $r (local.get $r0))
            (block $sRowsDone (loop $sRows
              (br_if $sRowsDone (i32.ge_s (local.get $r) (local.get $r1)))
              (local.set $q (local.get $q0))
              (block $sColsDone (loop $sCols
                (br_if $sColsDone (i32.ge_s (local.get $q) (local.get $q1)))
                (local.set $p (i32.add (i32.add (local.get $image) (i32.mul (local.get $r) (local.get $rowBytes))) (i32.mul (local.get $q) (local.get $pixelBytes))))
                (local.set $vS (f32.load (i32.add (local.get $p) (local.get $off))))
                (if (f32.gt (local.get $vS) (local.get $bestS)) (then
                  (local.set $bestS (local.get $vS))
                  (local.set $atS (local.get $p))))
                (local.set $q (i32.add (local.get $q) (i32.const 1)))
                (br $sCols)))
              (local.set $r (i32.add (local.get $r) (i32.const 1)))
              (br $sRows)))
            (local.set $a (i32.add (i32.add (local.get $atS) (local.get $toDx)) (local.get $off)))
            (f32.store (local.get $a) (f32.add (f32.load (local.get $a)) (f32.load (i32.add (local.get $dyAt) (local.get $off)))))
            (local.set $off (i32.add (local.get $off) (i32.const 4)))
            (br $scalars)))
          (local.set $dyAt (i32.add (local.get $dyAt) (local.get $pixelBytes)))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br $cols)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
      (local.set $image (i32.add (local.get $image) (i32.mul (local.get $h) (local.get $rowBytes))))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $images)))
  )
)
