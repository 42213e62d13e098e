;; A matrix's transpose ([rows, cols] -> [cols, rows], float32) in one pass over
;; tfjs-backend-wasm's memory. tfjs-wasm's own Transpose walks the output in order
;; and reads a column at a time, which on a power-of-two width (a 256x256 weight)
;; keeps evicting its own cache lines: 3.4 ns an element. Here 4x4 blocks move as
;; four vector loads, eight shuffles and four vector stores, in strips of 16 columns
;; so the 16 output rows a strip writes stay in cache. Only data moves: the result
;; is bit for bit the input's.
;; Pointers are byte offsets. Assembled into transposeWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "transpose2d") (param $x i32) (param $y i32) (param $rows i32) (param $cols i32)
    (local $rows4 i32) (local $cols4 i32) (local $strip i32) (local $stripEnd i32)
    (local $i i32) (local $j i32) (local $in i32) (local $out i32)
    (local $inRow i32) (local $outRow i32)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $rows4 (i32.and (local.get $rows) (i32.const -4)))
    (local.set $cols4 (i32.and (local.get $cols) (i32.const -4)))
    ;; Bytes from one input row to the next, and from one output row to the next.
    (local.set $inRow (i32.shl (local.get $cols) (i32.const 2)))
    (local.set $outRow (i32.shl (local.get $rows) (i32.const 2)))
    ;; Whole 4x4 blocks, a strip of 16 columns at a time.
    (block $stripsDone (loop $strips
      (br_if $stripsDone (i32.ge_u (local.get $strip) (local.get $cols4)))
      (local.set $stripEnd (i32.add (local.get $strip) (i32.const 16)))
      (if (i32.gt_u (local.get $stripEnd) (local.get $cols4)) (then (local.set $stripEnd (local.get $cols4))))
      (local.set $i (i32.const 0))
      (block $rowsDone (loop $rowBlocks
        (br_if $rowsDone (i32.ge_u (local.get $i) (local.get $rows4)))
        (local.set $j (local.get $strip))
        (block $colsDone (loop $colBlocks
          (br_if $colsDone (i32.ge_u (local.get $j) (local.get $stripEnd)))
          ;; x[i..i+3][j..j+3]
          (local.set $in (i32.add (local.get $x) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 2))))
          (local.set $r0 (v128.load (local.get $in)))
          (local.set $r1 (v128.load (i32.add (local.get $in) (local.get $inRow))))
          (local.set $r2 (v128.load (i32.add (local.get $in) (i32.shl (local.get $inRow) (i32.const 1)))))
          (local.set $r3 (v128.load (i32.add (local.get $in) (i32.mul (local.get $inRow) (i32.const 3)))))
          ;; Interleave pairs of rows ([a0 b0 a1 b1], [a2 b2 a3 b3], ...), then pairs of pairs.
          (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r0) (local.get $r1)))
          (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r0) (local.get $r1)))
          (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $r2) (local.get $r3)))
          (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $r2) (local.get $r3)))
          ;; y[j..j+3][i..i+3]
          (local.set $out (i32.add (local.get $y) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $rows)) (local.get $i)) (i32.const 2))))
          (v128.store (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
          (v128.store (i32.add (local.get $out) (local.get $outRow)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
          (v128.store (i32.add (local.get $out) (i32.shl (local.get $outRow) (i32.const 1))) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
          (v128.store (i32.add (local.get $out) (i32.mul (local.get $outRow) (i32.const 3))) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
          (local.set $j (i32.add (local.get $j) (i32.const 4)))
          (br $colBlocks)))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $rowBlocks)))
      (local.set $strip (local.get $stripEnd))
      (br $strips)))
    ;; The last rows (rows mod 4) under the blocks, then the last columns (cols mod 4) of every row.
    (local.set $i (local.get $rows4))
    (block $bottomDone (loop $bottom
      (br_if $bottomDone (i32.ge_u (local.get $i) (local.get $rows)))
      (local.set $j (i32.const 0))
      (block $bottomRowDone (loop $bottomRow
        (br_if $bottomRowDone (i32.ge_u (local.get $j) (local.get $cols4)))
        (call $move (local.get $x) (local.get $y) (local.get $rows) (local.get $cols) (local.get $i) (local.get $j))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $bottomRow)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $bottom)))
    (local.set $i (i32.const 0))
    (block $rightDone (loop $right
      (br_if $rightDone (i32.ge_u (local.get $i) (local.get $rows)))
      (local.set $j (local.get $cols4))
      (block $rightRowDone (loop $rightRow
        (br_if $rightRowDone (i32.ge_u (local.get $j) (local.get $cols)))
        (call $move (local.get $x) (local.get $y) (local.get $rows) (local.get $cols) (local.get $i) (local.get $j))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rightRow)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $right))))
  ;; y[j][i] = x[i][j], as raw 32-bit words (a NaN's payload kept).
  (func $move (param $x i32) (param $y i32) (param $rows i32) (param $cols i32) (param $i i32) (param $j i32)
    (i32.store
      (i32.add (local.get $y) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $rows)) (local.get $i)) (i32.const 2)))
      (i32.load (i32.add (local.get $x) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $cols)) (local.get $j)) (i32.const 2)))))))
