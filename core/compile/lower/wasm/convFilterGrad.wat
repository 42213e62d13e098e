;; Conv2D's filter gradient (TF's Conv2DBackpropFilter, NHWC) without im2col:
;;   dW[k, o] = sum over images b and output pixels (h, w) of
;;              x[b, h * sh + i, w * sw + j, ch] * dy[b, h, w, o],   k = (i * kw + j) * c + ch
;; on an input already padded so that every window lies inside it. dW is [kh*kw*c, co],
;; the filter [kh, kw, c, co] flattened. It is a matrix product whose shared dimension is
;; every output pixel of the batch (19,600 for MNIST's second layer), which XNNPACK runs at
;; half its speed; here a 4 x 8 tile of dW stays in eight SIMD registers while one image's
;; pixels stream past (each adds four input values times eight dy values), and the image's
;; sum is added to dW before the next. co must be a multiple of 8.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into convFilterGradWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "filterGrad")
    (param $x i32) (param $dy i32) (param $dw i32)
    (param $n i32) (param $hp i32) (param $wp i32) (param $c i32)
    (param $ho i32) (param $wo i32) (param $co i32)
    (param $kh i32) (param $kw i32) (param $sh i32) (param $sw i32)
    (local $k i32) (local $kLast i32) (local $kq i32) (local $rowK i32)
    (local $o0 i32) (local $o1 i32) (local $o2 i32) (local $o3 i32)
    (local $b i32) (local $image i32) (local $dyImage i32) (local $o i32)
    (local $h i32) (local $w i32) (local $px i32) (local $dyp i32) (local $xRow i32) (local $dyRow i32)
    (local $xStep i32) (local $xRowStep i32) (local $dyStep i32) (local $at i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128)
    (local $a4 v128) (local $a5 v128) (local $a6 v128) (local $a7 v128)
    (local $d0 v128) (local $d1 v128) (local $s v128)
    (local.set $kLast (i32.sub (i32.mul (i32.mul (local.get $kh) (local.get $kw)) (local.get $c)) (i32.const 1)))
    (local.set $rowK (i32.mul (local.get $kw) (local.get $c)))
    (local.set $xStep (i32.shl (i32.mul (local.get $sw) (local.get $c)) (i32.const 2)))
    (local.set $xRowStep (i32.shl (i32.mul (i32.mul (local.get $sh) (local.get $wp)) (local.get $c)) (i32.const 2)))
    (local.set $dyStep (i32.shl (local.get $co) (i32.const 2)))
    (memory.fill (local.get $dw) (i32.const 0) (i32.mul (i32.add (local.get $kLast) (i32.const 1)) (local.get $dyStep)))
    (local.set $image (local.get $x))
    (local.set $dyImage (local.get $dy))
    (block $imagesDone (loop $images
      (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $n)))
      (local.set $k (i32.const 0))
      (block $kDone (loop $kTiles
        (br_if $kDone (i32.gt_s (local.get $k) (local.get $kLast)))
        ;; The byte offsets, from a window's first input value, of the tile's four rows of dW
        ;; (a tile past the last row repeats it; those sums are not stored).
        (local.set $kq (local.get $k))
        (local.set $o0 (call $offsetOf (local.get $kq) (local.get $rowK) (local.get $c) (local.get $wp)))
        (local.set $kq (select (i32.add (local.get $k) (i32.const 1)) (local.get $kLast) (i32.le_s (i32.add (local.get $k) (i32.const 1)) (local.get $kLast))))
        (local.set $o1 (call $offsetOf (local.get $kq) (local.get $rowK) (local.get $c) (local.get $wp)))
        (local.set $kq (select (i32.add (local.get $k) (i32.const 2)) (local.get $kLast) (i32.le_s (i32.add (local.get $k) (i32.const 2)) (local.get $kLast))))
        (local.set $o2 (call $offsetOf (local.get $kq) (local.get $rowK) (local.get $c) (local.get $wp)))
        (local.set $kq (select (i32.add (local.get $k) (i32.const 3)) (local.get $kLast) (i32.le_s (i32.add (local.get $k) (i32.const 3)) (local.get $kLast))))
        (local.set $o3 (call $offsetOf (local.get $kq) (local.get $rowK) (local.get $c) (local.get $wp)))
        (local.set $o (i32.const 0))
        (block $oDone (loop $oTiles
          (br_if $oDone (i32.ge_u (local.get $o) (local.get $co)))
          (local.set $a0 (v128.const i32x4 0 0 0 0))
          (local.set $a1 (v128.const i32x4 0 0 0 0))
          (local.set $a2 (v128.const i32x4 0 0 0 0))
          (local.set $a3 (v128.const i32x4 0 0 0 0))
          (local.set $a4 (v128.const i32x4 0 0 0 0))
          (local.set $a5 (v128.const i32x4 0 0 0 0))
          (local.set $a6 (v128.const i32x4 0 0 0 0))
          (local.set $a7 (v128.const i32x4 0 0 0 0))
          (local.set $xRow (local.get $image))
          (local.set $dyp (i32.add (local.get $dyImage) (i32.shl (local.get $o) (i32.const 2))))
          (local.set $h (i32.const 0))
          (block $hDone (loop $rows
            (br_if $hDone (i32.ge_u (local.get $h) (local.get $ho)))
            (local.set $px (local.get $xRow))
            (local.set $w (i32.const 0))
            (block $wDone (loop $cols
              (br_if $wDone (i32.ge_u (local.get $w) (local.get $wo)))
              (local.set $d0 (v128.load (local.get $dyp)))
              (local.set $d1 (v128.load offset=16 (local.get $dyp)))
              (local.set $s (v128.load32_splat (i32.add (local.get $px) (local.get $o0))))
              (local.set $a0 (f32x4.add (local.get $a0) (f32x4.mul (local.get $s) (local.get $d0))))
              (local.set $a1 (f32x4.add (local.get $a1) (f32x4.mul (local.get $s) (local.get $d1))))
              (local.set $s (v128.load32_splat (i32.add (local.get $px) (local.get $o1))))
              (local.set $a2 (f32x4.add (local.get $a2) (f32x4.mul (local.get $s) (local.get $d0))))
              (local.set $a3 (f32x4.add (local.get $a3) (f32x4.mul (local.get $s) (local.get $d1))))
              (local.set $s (v128.load32_splat (i32.add (local.get $px) (local.get $o2))))
              (local.set $a4 (f32x4.add (local.get $a4) (f32x4.mul (local.get $s) (local.get $d0))))
              (local.set $a5 (f32x4.add (local.get $a5) (f32x4.mul (local.get $s) (local.get $d1))))
              (local.set $s (v128.load32_splat (i32.add (local.get $px) (local.get $o3))))
              (local.set $a6 (f32x4.add (local.get $a6) (f32x4.mul (local.get $s) (local.get $d0))))
              (local.set $a7 (f32x4.add (local.get $a7) (f32x4.mul (local.get $s) (local.get $d1))))
              (local.set $px (i32.add (local.get $px) (local.get $xStep)))
              (local.set $dyp (i32.add (local.get $dyp) (local.get $dyStep)))
              (local.set $w (i32.add (local.get $w) (i32.const 1)))
              (br $cols)))
            (local.set $xRow (i32.add (local.get $xRow) (local.get $xRowStep)))
            (local.set $h (i32.add (local.get $h) (i32.const 1)))
            (br $rows)))
          ;; Add this image's tile to dW, row by row while the rows exist.
          (local.set $at (i32.add (i32.add (local.get $dw) (i32.mul (local.get $k) (local.get $dyStep))) (i32.shl (local.get $o) (i32.const 2))))
          (call $addPair (local.get $at) (local.get $a0) (local.get $a1))
          (if (i32.le_s (i32.add (local.get $k) (i32.const 1)) (local.get $kLast)) (then
            (call $addPair (i32.add (local.get $at) (local.get $dyStep)) (local.get $a2) (local.get $a3))))
          (if (i32.le_s (i32.add (local.get $k) (i32.const 2)) (local.get $kLast)) (then
            (call $addPair (i32.add (local.get $at) (i32.shl (local.get $dyStep) (i32.const 1))) (local.get $a4) (local.get $a5))))
          (if (i32.le_s (i32.add (local.get $k) (i32.const 3)) (local.get $kLast)) (then
            (call $addPair (i32.add (local.get $at) (i32.mul (local.get $dyStep) (i32.const 3))) (local.get $a6) (local.get $a7))))
          (local.set $o (i32.add (local.get $o) (i32.const 8)))
          (br $oTiles)))
        (local.set $k (i32.add (local.get $k) (i32.const 4)))
        (br $kTiles)))
      (local.set $image (i32.add (local.get $image) (i32.shl (i32.mul (i32.mul (local.get $hp) (local.get $wp)) (local.get $c)) (i32.const 2))))
      (local.set $dyImage (i32.add (local.get $dyImage) (i32.mul (i32.mul (local.get $ho) (local.get $wo)) (local.get $dyStep))))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $images)))
  )

  ;; Byte offset of dW row k's input value from the window's first: k = (i * kw + j) * c + ch.
  (func $offsetOf (param $k i32) (param $rowK i32) (param $c i32) (param $wp i32) (result i32)
    (local $i i32) (local $rest i32)
    (local.set $i (i32.div_u (local.get $k) (local.get $rowK)))
    (local.set $rest (i32.rem_u (local.get $k) (local.get $rowK)))
    ;; rest = j * c + ch, and the input is [.., wp, c]: (i * wp * c + rest) values in.
    (i32.shl (i32.add (i32.mul (i32.mul (local.get $i) (local.get $wp)) (local.get $c)) (local.get $rest)) (i32.const 2)))

  ;; dW[at .. at + 8] += (lo, hi)
  (func $addPair (param $at i32) (param $lo v128) (param $hi v128)
    (v128.store (local.get $at) (f32x4.add (v128.load (local.get $at)) (local.get $lo)))
    (v128.store offset=16 (local.get $at) (f32x4.add (v128.load offset=16 (local.get $at)) (local.get $hi))))
)
