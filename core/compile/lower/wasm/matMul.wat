;; A matrix product C[m, n] = A[m, k] B[k, n], all three row-major, for the MatMul
;; lowering on wasm where the engine has no relaxed SIMD (matMulFma.wat is the form where
;; it has). tfjs-wasm's matMul runs XNNPACK, which packs B into its own layout for every
;; new B tensor: in training every step's weights and gradients are new tensors. This pass
;; reads B where it lies: a strip of eight columns of C at a time, k in blocks of 256 rows
;; of B so that the block's 256 x 8 panel stays in the L1 cache while every tile of rows
;; goes by (without blocks, mnist-xavier's [100, 784] x [784, 256] re-read its panel from
;; L2 for each tile, at 70 to 85% of the blocked speed). A tile of four rows times eight columns
;; stays in eight registers while k goes by (each step two vectors of B's row k times four
;; splatted values of A's column k), then the rows left over one at a time; a block after
;; the first starts from the partial sums the earlier blocks stored, so each element is
;; still summed in order from k = 0, as XNNPACK's kernels do, and the results are its bits.
;; Columns left after the eights one at a time.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into matMulWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "matmul")
    (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $n i32)
    (local $i i32) (local $j i32) (local $kk i32) (local $k0 i32) (local $k1 i32) (local $pa i32) (local $pb i32) (local $pc i32)
    (local $aRow i32) (local $bRow i32) (local $b0 v128) (local $b1 v128) (local $s v128)
    (local $c0 v128) (local $c1 v128)
    (local $c2 v128) (local $c3 v128)
    (local $c4 v128) (local $c5 v128)
    (local $c6 v128) (local $c7 v128)
    (local $e0 f32) (local $e1 f32) (local $e2 f32) (local $e3 f32) (local $bs f32)
    (local.set $aRow (i32.shl (local.get $k) (i32.const 2)))
    (local.set $bRow (i32.shl (local.get $n) (i32.const 2)))
    (local.set $j (i32.const 0))
    (block $jDone (loop $strips
      (br_if $jDone (i32.gt_u (i32.add (local.get $j) (i32.const 8)) (local.get $n)))
      ;; k in blocks of 256 rows of B, at least one block so that k = 0 still writes zeros.
      (local.set $k0 (i32.const 0))
      (loop $blocks
        (local.set $k1 (select (local.get $k) (i32.add (local.get $k0) (i32.const 256)) (i32.lt_u (i32.sub (local.get $k) (local.get $k0)) (i32.const 256))))
        (local.set $i (i32.const 0))
        ;; Tiles of 4 rows.
        (block $rows4Done (loop $rows4
          (br_if $rows4Done (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $m)))
          (local.set $pc (i32.add (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))))
          ;; The first block starts from zero, later ones from what the earlier blocks stored.
          (if (i32.eqz (local.get $k0))
            (then
              (local.set $c0 (v128.const i32x4 0 0 0 0)) (local.set $c1 (v128.const i32x4 0 0 0 0))
              (local.set $c2 (v128.const i32x4 0 0 0 0)) (local.set $c3 (v128.const i32x4 0 0 0 0))
              (local.set $c4 (v128.const i32x4 0 0 0 0)) (local.set $c5 (v128.const i32x4 0 0 0 0))
              (local.set $c6 (v128.const i32x4 0 0 0 0)) (local.set $c7 (v128.const i32x4 0 0 0 0))
            )
            (else
              (local.set $c0 (v128.load (local.get $pc))) (local.set $c1 (v128.load offset=16 (local.get $pc)))
              (local.set $c2 (v128.load (i32.add (local.get $pc) (local.get $bRow)))) (local.set $c3 (v128.load offset=16 (i32.add (local.get $pc) (local.get $bRow))))
              (local.set $c4 (v128.load (i32.add (local.get $pc) (i32.mul (local.get $bRow) (i32.const 2))))) (local.set $c5 (v128.load offset=16 (i32.add (local.get $pc) (i32.mul (local.get $bRow) (i32.const 2)))))
              (local.set $c6 (v128.load (i32.add (local.get $pc) (i32.mul (local.get $bRow) (i32.const 3))))) (local.set $c7 (v128.load offset=16 (i32.add (local.get $pc) (i32.mul (local.get $bRow) (i32.const 3)))))
            ))
          (local.set $pa (i32.add (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $aRow))) (i32.shl (local.get $k0) (i32.const 2))))
          (local.set $pb (i32.add (i32.add (local.get $b) (i32.mul (local.get $k0) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))))
          (local.set $kk (local.get $k0))
          (block $rows4KDone (loop $rows4K
            (br_if $rows4KDone (i32.ge_u (local.get $kk) (local.get $k1)))
            (local.set $b0 (v128.load (local.get $pb)))
            (local.set $b1 (v128.load offset=16 (local.get $pb)))
            (local.set $s (v128.load32_splat (local.get $pa)))
            (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c1 (f32x4.add (local.get $c1) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $pa) (local.get $aRow))))
            (local.set $c2 (f32x4.add (local.get $c2) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c3 (f32x4.add (local.get $c3) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $pa) (i32.mul (local.get $aRow) (i32.const 2)))))
            (local.set $c4 (f32x4.add (local.get $c4) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c5 (f32x4.add (local.get $c5) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $s (v128.load32_splat (i32.add (local.get $pa) (i32.mul (local.get $aRow) (i32.const 3)))))
            (local.set $c6 (f32x4.add (local.get $c6) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c7 (f32x4.add (local.get $c7) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
            (local.set $pb (i32.add (local.get $pb) (local.get $bRow)))
            (local.set $kk (i32.add (local.get $kk) (i32.const 1)))
            (br $rows4K)))
          (v128.store (local.get $pc) (local.get $c0))
          (v128.store offset=16 (local.get $pc) (local.get $c1))
          (local.set $pc (i32.add (local.get $pc) (local.get $bRow)))
          (v128.store (local.get $pc) (local.get $c2))
          (v128.store offset=16 (local.get $pc) (local.get $c3))
          (local.set $pc (i32.add (local.get $pc) (local.get $bRow)))
          (v128.store (local.get $pc) (local.get $c4))
          (v128.store offset=16 (local.get $pc) (local.get $c5))
          (local.set $pc (i32.add (local.get $pc) (local.get $bRow)))
          (v128.store (local.get $pc) (local.get $c6))
          (v128.store offset=16 (local.get $pc) (local.get $c7))
          (local.set $i (i32.add (local.get $i) (i32.const 4)))
          (br $rows4)))
        ;; Tiles of 1 row.
        (block $rows1Done (loop $rows1
          (br_if $rows1Done (i32.gt_u (i32.add (local.get $i) (i32.const 1)) (local.get $m)))
          (local.set $pc (i32.add (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))))
          ;; The first block starts from zero, later ones from what the earlier blocks stored.
          (if (i32.eqz (local.get $k0))
            (then
              (local.set $c0 (v128.const i32x4 0 0 0 0)) (local.set $c1 (v128.const i32x4 0 0 0 0))
            )
            (else
              (local.set $c0 (v128.load (local.get $pc))) (local.set $c1 (v128.load offset=16 (local.get $pc)))
            ))
          (local.set $pa (i32.add (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $aRow))) (i32.shl (local.get $k0) (i32.const 2))))
          (local.set $pb (i32.add (i32.add (local.get $b) (i32.mul (local.get $k0) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))))
          (local.set $kk (local.get $k0))
          (block $rows1KDone (loop $rows1K
            (br_if $rows1KDone (i32.ge_u (local.get $kk) (local.get $k1)))
            (local.set $b0 (v128.load (local.get $pb)))
            (local.set $b1 (v128.load offset=16 (local.get $pb)))
            (local.set $s (v128.load32_splat (local.get $pa)))
            (local.set $c0 (f32x4.add (local.get $c0) (f32x4.mul (local.get $s) (local.get $b0))))
            (local.set $c1 (f32x4.add (local.get $c1) (f32x4.mul (local.get $s) (local.get $b1))))
            (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
            (local.set $pb (i32.add (local.get $pb) (local.get $bRow)))
            (local.set $kk (i32.add (local.get $kk) (i32.const 1)))
            (br $rows1K)))
          (v128.store (local.get $pc) (local.get $c0))
          (v128.store offset=16 (local.get $pc) (local.get $c1))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br $rows1)))
        (local.set $k0 (local.get $k1))
        (br_if $blocks (i32.lt_u (local.get $k0) (local.get $k))))
      (local.set $j (i32.add (local.get $j) (i32.const 8)))
      (br $strips)))
    ;; The columns left after the eights (a 10-class layer's last two), one at a time, four rows of
    ;; it in four scalars, then the rows left over.
    (block $columnsDone (loop $columns
      (br_if $columnsDone (i32.ge_u (local.get $j) (local.get $n)))
      (local.set $i (i32.const 0))
      (block $colQuadsDone (loop $colQuads
        (br_if $colQuadsDone (i32.gt_u (i32.add (local.get $i) (i32.const 4)) (local.get $m)))
        (local.set $e0 (f32.const 0))
        (local.set $e1 (f32.const 0))
        (local.set $e2 (f32.const 0))
        (local.set $e3 (f32.const 0))
        (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $aRow))))
        (local.set $pb (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $kk (i32.const 0))
        (block $kDone2 (loop $ks2
          (br_if $kDone2 (i32.ge_u (local.get $kk) (local.get $k)))
          (local.set $bs (f32.load (local.get $pb)))
          (local.set $e0 (f32.add (local.get $e0) (f32.mul (f32.load (local.get $pa)) (local.get $bs))))
          (local.set $e1 (f32.add (local.get $e1) (f32.mul (f32.load (i32.add (local.get $pa) (local.get $aRow))) (local.get $bs))))
          (local.set $e2 (f32.add (local.get $e2) (f32.mul (f32.load (i32.add (local.get $pa) (i32.shl (local.get $aRow) (i32.const 1)))) (local.get $bs))))
          (local.set $e3 (f32.add (local.get $e3) (f32.mul (f32.load (i32.add (local.get $pa) (i32.mul (local.get $aRow) (i32.const 3)))) (local.get $bs))))
          (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
          (local.set $pb (i32.add (local.get $pb) (local.get $bRow)))
          (local.set $kk (i32.add (local.get $kk) (i32.const 1)))
          (br $ks2)))
        (local.set $pc (i32.add (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $pc) (local.get $e0))
        (f32.store (i32.add (local.get $pc) (local.get $bRow)) (local.get $e1))
        (f32.store (i32.add (local.get $pc) (i32.shl (local.get $bRow) (i32.const 1))) (local.get $e2))
        (f32.store (i32.add (local.get $pc) (i32.mul (local.get $bRow) (i32.const 3))) (local.get $e3))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $colQuads)))
      (block $colSinglesDone (loop $colSingles
        (br_if $colSinglesDone (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $e0 (f32.const 0))
        (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $aRow))))
        (local.set $pb (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
        (local.set $kk (i32.const 0))
        (block $kDone3 (loop $ks3
          (br_if $kDone3 (i32.ge_u (local.get $kk) (local.get $k)))
          (local.set $e0 (f32.add (local.get $e0) (f32.mul (f32.load (local.get $pa)) (f32.load (local.get $pb)))))
          (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
          (local.set $pb (i32.add (local.get $pb) (local.get $bRow)))
          (local.set $kk (i32.add (local.get $kk) (i32.const 1)))
          (br $ks3)))
        (f32.store (i32.add (i32.add (local.get $c) (i32.mul (local.get $i) (local.get $bRow))) (i32.shl (local.get $j) (i32.const 2))) (local.get $e0))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $colSingles)))
      (local.set $j (i32.add (local.get $j) (i32.const 1)))
      (br $columns)))
  )
)
