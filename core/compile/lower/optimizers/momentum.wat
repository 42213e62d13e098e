;; Momentum's update in one pass (fusedUpdate.ts), four floats at a time with
;; WebAssembly SIMD, then the rest one at a time. The arithmetic is the op-by-op
;; form's (Momentum.ts), operation for operation in float32:
;;   accum' = accum * mu + g
;;   value' = value - accum' * lr                       (or, Nesterov,
;;   value' = value - (g * lr + (accum' * mu) * lr))
;; with accum' below the smallest normal float stored as 0.
;; Assembled into momentumWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "momentum")
    (param $value i32) (param $grad i32) (param $accum i32) (param $outValue i32) (param $outAccum i32) (param $n i32)
    (param $lr f32) (param $mu f32) (param $nesterov f32)
    (local $off i32) (local $end i32) (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128) (local $lr4 v128) (local $mu4 v128) (local $nest i32)
    (local.set $lr4 (f32x4.splat (local.get $lr)))
    (local.set $mu4 (f32x4.splat (local.get $mu)))
    (local.set $nest (f32.ne (local.get $nesterov) (f32.const 0)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done (loop $vectors
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load (i32.add (local.get $value) (local.get $off)))
        (v128.load (i32.add (local.get $grad) (local.get $off)))
        (v128.load (i32.add (local.get $accum) (local.get $off)))
        (local.get $lr4) (local.get $mu4) (local.get $nest))
      (local.set $r0)
      (local.set $r1)
      (v128.store (i32.add (local.get $outAccum) (local.get $off)) (local.get $r0))
      (v128.store (i32.add (local.get $outValue) (local.get $off)) (local.get $r1))
      (local.set $off (i32.add (local.get $off) (i32.const 16)))
      (br $vectors)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done (loop $scalars
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load32_splat (i32.add (local.get $value) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $grad) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $accum) (local.get $off)))
        (local.get $lr4) (local.get $mu4) (local.get $nest))
      (local.set $r0)
      (local.set $r1)
      (v128.store32_lane 0 (i32.add (local.get $outAccum) (local.get $off)) (local.get $r0))
      (v128.store32_lane 0 (i32.add (local.get $outValue) (local.get $off)) (local.get $r1))
      (local.set $off (i32.add (local.get $off) (i32.const 4)))
      (br $scalars))))

  ;; (value', accum') for four elements.
  (func $rule (param $value v128) (param $g v128) (param $accum v128) (param $lr v128) (param $mu v128) (param $nesterov i32) (result v128 v128)
    (local $a v128)
    (local.set $a (call $flush (f32x4.add (f32x4.mul (local.get $accum) (local.get $mu)) (local.get $g))))
    (f32x4.sub (local.get $value)
      (select (result v128)
        (f32x4.add (f32x4.mul (local.get $g) (local.get $lr)) (f32x4.mul (f32x4.mul (local.get $a) (local.get $mu)) (local.get $lr)))
        (f32x4.mul (local.get $a) (local.get $lr))
        (local.get $nesterov)))
    (local.get $a))

  ;; x, with lanes below the smallest normal float (1.17549435e-38) in magnitude set to 0.
  (func $flush (param $x v128) (result v128)
    (v128.andnot (local.get $x) (f32x4.lt (f32x4.abs (local.get $x)) (v128.const f32x4 1.17549435e-38 1.17549435e-38 1.17549435e-38 1.17549435e-38))))
)
