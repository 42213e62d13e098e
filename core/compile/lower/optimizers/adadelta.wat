;; Adadelta's update in one pass (fusedUpdate.ts), four floats at a time with
;; WebAssembly SIMD, then the rest one at a time. The arithmetic is the op-by-op
;; form's (Adadelta.ts), operation for operation in float32 (c = 1 - rho):
;;   accum'  = accum * rho + (g * g) * c
;;   update  = (sqrt(accumUpdate + eps) * (1 / sqrt(accum' + eps))) * g
;;   accumUpdate' = accumUpdate * rho + (update * update) * c
;;   value'  = value - update * lr
;; with both accumulators below the smallest normal float stored (and used) as 0.
;; Assembled into adadeltaWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "adadelta")
    (param $value i32) (param $grad i32) (param $accum i32) (param $accumUpdate i32)
    (param $outValue i32) (param $outAccum i32) (param $outAccumUpdate i32) (param $n i32)
    (param $lr f32) (param $rho f32) (param $c f32) (param $eps f32)
    (local $off i32) (local $end i32) (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128) (local $lr4 v128) (local $rho4 v128) (local $c4 v128) (local $eps4 v128)
    (local.set $lr4 (f32x4.splat (local.get $lr)))
    (local.set $rho4 (f32x4.splat (local.get $rho)))
    (local.set $c4 (f32x4.splat (local.get $c)))
    (local.set $eps4 (f32x4.splat (local.get $eps)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done (loop $vectors
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load (i32.add (local.get $value) (local.get $off)))
        (v128.load (i32.add (local.get $grad) (local.get $off)))
        (v128.load (i32.add (local.get $accum) (local.get $off)))
        (v128.load (i32.add (local.get $accumUpdate) (local.get $off)))
        (local.get $lr4) (local.get $rho4) (local.get $c4) (local.get $eps4))
      (local.set $r0)
      (local.set $r1)
      (local.set $r2)
      (v128.store (i32.add (local.get $outAccumUpdate) (local.get $off)) (local.get $r0))
      (v128.store (i32.add (local.get $outAccum) (local.get $off)) (local.get $r1))
      (v128.store (i32.add (local.get $outValue) (local.get $off)) (local.get $r2))
      (local.set $off (i32.add (local.get $off) (i32.const 16)))
      (br $vectors)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done (loop $scalars
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load32_splat (i32.add (local.get $value) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $grad) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $accum) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $accumUpdate) (local.get $off)))
        (local.get $lr4) (local.get $rho4) (local.get $c4) (local.get $eps4))
      (local.set $r0)
      (local.set $r1)
      (local.set $r2)
      (v128.store32_lane 0 (i32.add (local.get $outAccumUpdate) (local.get $off)) (local.get $r0))
      (v128.store32_lane 0 (i32.add (local.get $outAccum) (local.get $off)) (local.get $r1))
      (v128.store32_lane 0 (i32.add (local.get $outValue) (local.get $off)) (local.get $r2))
      (local.set $off (i32.add (local.get $off) (i32.const 4)))
      (br $scalars))))

  ;; (value', accum', accumUpdate') for four elements.
  (func $rule (param $value v128) (param $g v128) (param $accum v128) (param $accumUpdate v128)
    (param $lr v128) (param $rho v128) (param $c v128) (param $eps v128) (result v128 v128 v128)
    (local $update v128)
    (local.set $accum (call $flush (f32x4.add (f32x4.mul (local.get $accum) (local.get $rho)) (f32x4.mul (f32x4.mul (local.get $g) (local.get $g)) (local.get $c)))))
    (local.set $update (f32x4.mul
      (f32x4.mul
        (f32x4.sqrt (f32x4.add (local.get $accumUpdate) (local.get $eps)))
        (f32x4.div (v128.const f32x4 1 1 1 1) (f32x4.sqrt (f32x4.add (local.get $accum) (local.get $eps)))))
      (local.get $g)))
    (f32x4.sub (local.get $value) (f32x4.mul (local.get $update) (local.get $lr)))
    (local.get $accum)
    (call $flush (f32x4.add (f32x4.mul (local.get $accumUpdate) (local.get $rho)) (f32x4.mul (f32x4.mul (local.get $update) (local.get $update)) (local.get $c)))))

  ;; x, with lanes below the smallest normal float (1.17549435e-38) in magnitude set to 0.
  (func $flush (param $x v128) (result v128)
    (v128.andnot (local.get $x) (f32x4.lt (f32x4.abs (local.get $x)) (v128.const f32x4 1.17549435e-38 1.17549435e-38 1.17549435e-38 1.17549435e-38))))
)
