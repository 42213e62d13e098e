;; x [rows, cols] + b [cols] (float32), the bias add after every dense layer. tfjs-wasm's Add
;; broadcasts b through XNNPACK's general path: 30 to 70 us for mnist-xavier's [100, 256], where
;; this pass adds b's vectors to each row, four columns at a time, then the rest one by one.
;; Each sum is the one float32 addition tfjs makes, so the results are its bits.
;; Pointers are byte offsets into tfjs-backend-wasm's memory.
;; Assembled into addRowVectorWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "addRowVector") (param $x i32) (param $b i32) (param $out i32) (param $rows i32) (param $cols i32)
    (local $r i32) (local $j i32) (local $cols4 i32)
    (local.set $cols4 (i32.and (local.get $cols) (i32.const -4)))
    (block $rowsDone (loop $rowsLoop
      (br_if $rowsDone (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $j (i32.const 0))
      (block $vectorsDone (loop $vectors
        (br_if $vectorsDone (i32.ge_u (local.get $j) (local.get $cols4)))
        (v128.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2)))
          (f32x4.add (v128.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 2))))
            (v128.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $vectors)))
      (block $restDone (loop $rest
        (br_if $restDone (i32.ge_u (local.get $j) (local.get $cols)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2)))
          (f32.add (f32.load (i32.add (local.get $x) (i32.shl (local.get $j) (i32.const 2))))
            (f32.load (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $rest)))
      (local.set $x (i32.add (local.get $x) (i32.shl (local.get $cols) (i32.const 2))))
      (local.set $out (i32.add (local.get $out) (i32.shl (local.get $cols) (i32.const 2))))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowsLoop)))
  )
)
