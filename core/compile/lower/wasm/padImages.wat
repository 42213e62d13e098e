;; Zero padding of NHWC images, [n, h, w, c] into [n, pt + h + pb, pl + w + pr, c], as the
;; SIMD convolution passes need their input (windowPad.ts): tfjs-wasm's Pad took 1.3 ms for
;; MNIST's batch of 100 [28, 28, 1] images, half the time of the convolution it served.
;; Rows are copied with bulk memory (memory.copy) and the borders filled with zeros.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into padImagesWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "padImages")
    (param $x i32) (param $y i32) (param $n i32) (param $h i32) (param $w i32) (param $c i32)
    (param $pt i32) (param $pb i32) (param $pl i32) (param $pr i32)
    (local $b i32) (local $r i32) (local $pixelBytes i32) (local $rowBytes i32) (local $outRowBytes i32)
    (local $leftBytes i32) (local $rightBytes i32)
    (local.set $pixelBytes (i32.shl (local.get $c) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $w) (local.get $pixelBytes)))
    (local.set $leftBytes (i32.mul (local.get $pl) (local.get $pixelBytes)))
    (local.set $rightBytes (i32.mul (local.get $pr) (local.get $pixelBytes)))
    (local.set $outRowBytes (i32.add (i32.add (local.get $leftBytes) (local.get $rowBytes)) (local.get $rightBytes)))
    (block $imagesDone (loop $images
      (br_if $imagesDone (i32.ge_u (local.get $b) (local.get $n)))
      ;; The rows above the image.
      (memory.fill (local.get $y) (i32.const 0) (i32.mul (local.get $pt) (local.get $outRowBytes)))
      (local.set $y (i32.add (local.get $y) (i32.mul (local.get $pt) (local.get $outRowBytes))))
      (local.set $r (i32.const 0))
      (block $rowsDone (loop $rows
        (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $h)))
        (memory.fill (local.get $y) (i32.const 0) (local.get $leftBytes))
        (memory.copy (i32.add (local.get $y) (local.get $leftBytes)) (local.get $x) (local.get $rowBytes))
        (memory.fill (i32.add (i32.add (local.get $y) (local.get $leftBytes)) (local.get $rowBytes)) (i32.const 0) (local.get $rightBytes))
        (local.set $x (i32.add (local.get $x) (local.get $rowBytes)))
        (local.set $y (i32.add (local.get $y) (local.get $outRowBytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $rows)))
      ;; The rows below it.
      (memory.fill (local.get $y) (i32.const 0) (i32.mul (local.get $pb) (local.get $outRowBytes)))
      (local.set $y (i32.add (local.get $y) (i32.mul (local.get $pb) (local.get $outRowBytes))))
      (local.set $b (i32.add (local.get $b) (i32.const 1)))
      (br $images)))
  )
)
