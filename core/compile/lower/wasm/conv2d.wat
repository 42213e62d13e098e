;; Conv2D (NHWC) as a direct SIMD pass, for the lowering on wasm where the engine has no
;; relaxed SIMD (conv2dFma.wat is the form where it has), and the filter flip that turns
;; the input gradient into a convolution too. XNNPACK's convolution ran mnist-cnn's second
;; layer at about 30 GFLOP/s on this machine where the matrix product pass (matMul.wat)
;; reaches 40 and more. A convolution is a matrix product whose rows are the output pixels
;; (all n * ho * wo of them, so the tiles run on across rows and images) and whose shared
;; dimension is the filter's taps and input channels: the filter [kh, kw, c, co] is
;; already B, a [kh * kw * c, co] matrix row-major, and for each kernel row the window's
;; kw * c values lie consecutive in x. So a tile of four output pixels times eight output
;; channels stays in eight registers while k goes by, each step two vectors of the filter
;; times four splatted input values, one address per pixel (the corner of its window, from
;; $window); then the pixels left over one at a time. Each output is summed over its taps
;; in order (kernel row, column, channel). x comes padded so that every window lies inside
;; it (windowPad.ts); any strides; output channels in eights.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into conv2dWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))

  ;; The address in x of the top-left corner of output pixel p's window (p counts over n * ho * wo).
  (func $window (param $x i32) (param $p i32) (param $hp i32) (param $wp i32) (param $c i32) (param $ho i32) (param $wo i32) (param $sh i32) (param $sw i32) (result i32)
    (local $b i32) (local $hw i32)
    (local.set $hw (i32.mul (local.get $ho) (local.get $wo)))
    (local.set $b (i32.div_u (local.get $p) (local.get $hw)))
    (local.set $p (i32.rem_u (local.get $p) (local.get $hw)))
    (i32.add (local.get $x) (i32.shl (i32.mul (i32.add (i32.mul (i32.add (i32.mul (local.get $b) (local.get $hp))
      (i32.mul (i32.div_u (local.get $p) (local.get $wo)) (local.get $sh))) (local.get $wp))
      (i32.mul (i32.rem_u (local.get $p) (local.get $wo)) (local.get $sw))) (local.get $c)) (i32.const 2))))

  (func (export "forward")
    (param $x i32) (param $f i32) (param $y i32) (param $n i32) (param $hp i32) (param $wp i32) (param $c i32)
    (param $ho i32) (param $wo i32) (param $co i32) (param $kh i32) (param $kw i32) (param $sh i32) (param $sw i32)
    (local $pixels i32) (local $px i32) (local $j i32) (local $i i32) (local $q i32) (local $qEnd i32) (local $pb i32) (local $pc i32)
    (local $xRowBytes i32) (local $tapRowBytes i32) (local $coBytes i32)
    (local $w0 i32) (local $w1 i32) (local $w2 i32) (local $w3 i32)
    (local $b0 v128) (local $b1 v128) (local $s v128)
    (local $c0 v128) (local $c1 v128)
    (local $c2 v128) (local $c3 v128)
    (local $c4 v128) (local $c5 v128)
    (local $c6 v128) (local $c7 v128)
    (local.set $pixels (i32.mul (local.get $n) (i32.mul (local.get $ho) (local.get $wo))))
    ;; A kernel row of taps reads kw * c consecutive floats of x; the next kernel row starts one row of x further.
    (local.set $xRowBytes (i32.shl (i32.mul (local.get $wp) (local.get $c)) (i32.const 2)))
    (local.set $tapRowBytes (i32.shl (i32.mul (local.get $kw) (local.get $c)) (i32.const 2)))
    (local.set $coBytes (i32.shl (local.get $co) (i32.const 2)))
    (local.set $px (i32.const 0))
    ;; Tiles of 4 output pixels.
    (block $pixels4Done (loop $pixels4
      (br_if $pixels4Done (i32.gt_u (i32.add (local.get $px) (i32.const 4)) (local.get $pixels)))
      (local.set $w0 (call $window (local.get $x) (local.get $px) (local.get $hp) (local.get $wp) (local.get $c) (local.get $ho) (local.get $wo) (local.get $sh) (local.get $sw)))
      (local.set $w1 (call $window (local.get $x) (i32.add (local.get $px) (i32.const 1)) (local.get $hp) (local.get $wp) (local.get $c) (local.get $ho) (local.get $wo) (local.get $sh) (local.get $sw)))
      (local.set $w2 (call $window (local.get $x) (i32.add (local.get $px) (i32.const 2)) (local.get $hp) (local.get $wp) (local.get $c) (local.get $ho) (local.get $wo) (local.get $sh) (local.get $sw)))
      (local.set $w3 (call $window (local.get $x) (i32.add (local.get $px) (i32.const 3)) (local.get $hp) (local.get $wp) (local.get $c) (local.get $ho) (local.get $wo) (local.get $sh) (local.get $sw)))
      (local.set $j (i32.const 0))
      (block $pixels4StripsDone (loop $pixels4Strips
        (br_if $pixels4StripsDone (i32.ge_u (local.get $j) (local.get $co)))
        (local.set $c0 (v128.const i32x4 0 0 0 0)) (local.set $c1 (v128.const i32x4 0 0 0 0))
        (local.set $c2 (v128.const i32x4 0 0 0 0)) (local.set $c3 (v128.const i32x4 0 0 0 0))
        (local.set $c4 (v128.const i32x4 0 0 0 0)) (local.set $c5 (v128.const i32x4 0 0 0 0))
        (local.set $c6 (v128.const i32x4 0 0 0 0)) (local.set $c7 (v128.const i32x4 0 0 0 0))
        (local.set $pb (i32.add (local.get $f) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $i (i32.const 0))
        (loop $pixels4KernelRows
          (local.set $q (i32.mul (local.get $i) (local.get $xRowBytes)))
          (local.set $qEnd (i32.add (local.get $q) (local.get $tapRowBytes)))
          (block $pixels4TapsDone (loop $pixels4Taps
            (br_if $pixels4TapsDone (i32.ge_u (local.get $q) (local.get $qEnd)))
            (local.set $b0 (v128.load (local.get $pb)))
            (local.set $b1 (v128.load offset=16 (local.get $pb)))
            (local.set $s (v128.load32_splat (i32.add (local.get $w0) (local.get $q))))
            (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c1 (f32x4.add (local.get $c1) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $w1) (local.get $q))))
            (local.set $c2 (f32x4.add (local.get $c2) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c3 (f32x4.add (local.get $c3) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $w2) (local.get $q))))
            (local.set $c4 (f32x4.add (local.get $c4) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c5 (f32x4.add (local.get $c5) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $w3) (local.get $q))))
            (local.set $c6 (f32x4.add (local.get $c6) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c7 (f32x4.add (local.get $c7) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (local.set $pb (i32.add (local.get $pb) (local.get $coBytes)))
            (br $pixels4Taps)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $pixels4KernelRows (i32.lt_u (local.get $i) (local.get $kh))))
        (local.set $pc (i32.add (i32.add (local.get $y) (i32.mul (local.get $px) (local.get $coBytes))) (i32.shl (local.get $j) (i32.const 2))))
        (v128.store (local.get $pc) (local.get $c0))
        (v128.store offset=16 (local.get $pc) (local.get $c1))
        (local.set $pc (i32.add (local.get $pc) (local.get $coBytes)))
        (v128.store (local.get $pc) (local.get $c2))
        (v128.store offset=16 (local.get $pc) (local.get $c3))
        (local.set $pc (i32.add (local.get $pc) (local.get $coBytes)))
        (v128.store (local.get $pc) (local.get $c4))
        (v128.store offset=16 (local.get $pc) (local.get $c5))
        (local.set $pc (i32.add (local.get $pc) (local.get $coBytes)))
        (v128.store (local.get $pc) (local.get $c6))
        (v128.store offset=16 (local.get $pc) (local.get $c7))
        (local.set $j (i32.add (local.get $j) (i32.const 8)))
        (br $pixels4Strips)))
      (local.set $px (i32.add (local.get $px) (i32.const 4)))
      (br $pixels4)))
    ;; Tiles of 1 output pixel.
    (block $pixels1Done (loop $pixels1
      (br_if $pixels1Done (i32.gt_u (i32.add (local.get $px) (i32.const 1)) (local.get $pixels)))
      (local.set $w0 (call $window (local.get $x) (local.get $px) (local.get $hp) (local.get $wp) (local.get $c) (local.get $ho) (local.get $wo) (local.get $sh) (local.get $sw)))
      (local.set $j (i32.const 0))
      (block $pixels1StripsDone (loop $pixels1Strips
        (br_if $pixels1StripsDone (i32.ge_u (local.get $j) (local.get $co)))
        (local.set $c0 (v128.const i32x4 0 0 0 0)) (local.set $c1 (v128.const i32x4 0 0 0 0))
        (local.set $pb (i32.add (local.get $f) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $i (i32.const 0))
        (loop $pixels1KernelRows
          (local.set $q (i32.mul (local.get $i) (local.get $xRowBytes)))
          (local.set $qEnd (i32.add (local.get $q) (local.get $tapRowBytes)))
          (block $pixels1TapsDone (loop $pixels1Taps
            (br_if $pixels1TapsDone (i32.ge_u (local.get $q) (local.get $qEnd)))
            (local.set $b0 (v128.load (local.get $pb)))
            (local.set $b1 (v128.load offset=16 (local.get $pb)))
            (local.set $s (v128.load32_splat (i32.add (local.get $w0) (local.get $q))))
            (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c1 (f32x4.add (local.get $c1) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (local.set $pb (i32.add (local.get $pb) (local.get $coBytes)))
            (br $pixels1Taps)))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $pixels1KernelRows (i32.lt_u (local.get $i) (local.get $kh))))
        (local.set $pc (i32.add (i32.add (local.get $y) (i32.mul (local.get $px) (local.get $coBytes))) (i32.shl (local.get $j) (i32.const 2))))
        (v128.store (local.get $pc) (local.get $c0))
        (v128.store offset=16 (local.get $pc) (local.get $c1))
        (local.set $j (i32.add (local.get $j) (i32.const 8)))
        (br $pixels1Strips)))
      (local.set $px (i32.add (local.get $px) (i32.const 1)))
      (br $pixels1)))
  )

  ;; out[i, j, o, k] = f[kh - 1 - i, kw - 1 - j, k, o]: the filter turned half a circle in
  ;; space with its channels swapped, [kh, kw, c, co] to [kh, kw, co, c]. With it the input
  ;; gradient of a stride-1 convolution is the forward pass over dy (Conv2DBackpropInput.ts).
  ;; tfjs-wasm's Reverse took 0.66 ms for mnist-cnn's 3x3x32x64 filter; this is a few
  ;; microseconds.
  (func (export "flipFilter")
    (param $f i32) (param $out i32) (param $kh i32) (param $kw i32) (param $c i32) (param $co i32)
    (local $i i32) (local $j i32) (local $o i32) (local $k i32) (local $tap i32)
    (block $iDone (loop $is
      (br_if $iDone (i32.ge_u (local.get $i) (local.get $kh)))
      (local.set $j (i32.const 0))
      (block $jDone (loop $js
        (br_if $jDone (i32.ge_u (local.get $j) (local.get $kw)))
        ;; The source tap's first value, f[kh - 1 - i, kw - 1 - j, 0, 0].
        (local.set $tap (i32.add (local.get $f) (i32.shl (i32.mul (i32.add
          (i32.mul (i32.sub (i32.sub (local.get $kh) (i32.const 1)) (local.get $i)) (local.get $kw))
          (i32.sub (i32.sub (local.get $kw) (i32.const 1)) (local.get $j))) (i32.mul (local.get $c) (local.get $co))) (i32.const 2))))
        (local.set $o (i32.const 0))
        (block $oDone (loop $os
          (br_if $oDone (i32.ge_u (local.get $o) (local.get $co)))
          (local.set $k (i32.const 0))
          (block $kDone (loop $ks
            (br_if $kDone (i32.ge_u (local.get $k) (local.get $c)))
            (f32.store (local.get $out)
              (f32.load (i32.add (local.get $tap) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $co)) (local.get $o)) (i32.const 2)))))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $ks)))
          (local.set $o (i32.add (local.get $o) (i32.const 1)))
          (br $os)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $js)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $is)))
  )
)
