;; RMSProp's update in one pass (fusedUpdate.ts), four floats at a time with
;; WebAssembly SIMD, then the rest one at a time. The arithmetic is the op-by-op
;; form's (RMSProp.ts), operation for operation in float32 (c = 1 - decay):
;;   ms'  = ms + (g * g - ms) * c
;;   mg'  = mg + (g - mg) * c                 centered only
;;   mom' = mom * momentum + (g * lr) / sqrt(ms' [- mg' * mg'] + eps)
;;   value' = value - mom'
;; with the slots below the smallest normal float stored (and used) as 0.
;; Two exports: rmsProp (slots ms, mom) and rmsPropCentered (ms, mom, mg).
;; Assembled into rmsPropWasm.ts by tools/assembleWasm.ts.
(module
  (import "env" "memory" (memory 1))
  (func (export "rmsProp")
    (param $value i32) (param $grad i32) (param $ms i32) (param $mom i32)
    (param $outValue i32) (param $outMs i32) (param $outMom i32) (param $n i32)
    (param $lr f32) (param $c f32) (param $momentum f32) (param $eps f32)
    ;; mg is never read when not centered: ms stands in for it, and it is not stored.
    (call $pass (local.get $value) (local.get $grad) (local.get $ms) (local.get $mom) (local.get $ms)
      (local.get $outValue) (local.get $outMs) (local.get $outMom) (i32.const 0) (local.get $n)
      (local.get $lr) (local.get $c) (local.get $momentum) (local.get $eps) (i32.const 0)))

  (func (export "rmsPropCentered")
    (param $value i32) (param $grad i32) (param $ms i32) (param $mom i32) (param $mg i32)
    (param $outValue i32) (param $outMs i32) (param $outMom i32) (param $outMg i32) (param $n i32)
    (param $lr f32) (param $c f32) (param $momentum f32) (param $eps f32)
    (call $pass (local.get $value) (local.get $grad) (local.get $ms) (local.get $mom) (local.get $mg)
      (local.get $outValue) (local.get $outMs) (local.get $outMom) (local.get $outMg) (local.get $n)
      (local.get $lr) (local.get $c) (local.get $momentum) (local.get $eps) (i32.const 1)))

  (func $pass
    (param $value i32) (param $grad i32) (param $ms i32) (param $mom i32) (param $mg i32)
    (param $outValue i32) (param $outMs i32) (param $outMom i32) (param $outMg i32) (param $n i32)
    (param $lr f32) (param $c f32) (param $momentum f32) (param $eps f32) (param $cen i32)
    (local $off i32) (local $end i32) (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128) (local $lr4 v128) (local $c4 v128) (local $mom4 v128) (local $eps4 v128)
    (local.set $lr4 (f32x4.splat (local.get $lr)))
    (local.set $c4 (f32x4.splat (local.get $c)))
    (local.set $mom4 (f32x4.splat (local.get $momentum)))
    (local.set $eps4 (f32x4.splat (local.get $eps)))
    (local.set $end (i32.shl (i32.and (local.get $n) (i32.const -4)) (i32.const 2)))
    (block $done (loop $vectors
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load (i32.add (local.get $value) (local.get $off)))
        (v128.load (i32.add (local.get $grad) (local.get $off)))
        (v128.load (i32.add (local.get $ms) (local.get $off)))
        (v128.load (i32.add (local.get $mom) (local.get $off)))
        (v128.load (i32.add (local.get $mg) (local.get $off)))
        (local.get $lr4) (local.get $c4) (local.get $mom4) (local.get $eps4) (local.get $cen))
      (local.set $r0)
      (local.set $r1)
      (local.set $r2)
      (local.set $r3)
      (if (local.get $cen) (then (v128.store (i32.add (local.get $outMg) (local.get $off)) (local.get $r0))))
      (v128.store (i32.add (local.get $outMom) (local.get $off)) (local.get $r1))
      (v128.store (i32.add (local.get $outMs) (local.get $off)) (local.get $r2))
      (v128.store (i32.add (local.get $outValue) (local.get $off)) (local.get $r3))
      (local.set $off (i32.add (local.get $off) (i32.const 16)))
      (br $vectors)))
    (local.set $end (i32.shl (local.get $n) (i32.const 2)))
    (block $done (loop $scalars
      (br_if $done (i32.ge_u (local.get $off) (local.get $end)))
      (call $rule
        (v128.load32_splat (i32.add (local.get $value) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $grad) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $ms) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $mom) (local.get $off)))
        (v128.load32_splat (i32.add (local.get $mg) (local.get $off)))
        (local.get $lr4) (local.get $c4) (local.get $mom4) (local.get $eps4) (local.get $cen))
      (local.set $r0)
      (local.set $r1)
      (local.set $r2)
      (local.set $r3)
      (if (local.get $cen) (then (v128.store32_lane 0 (i32.add (local.get $outMg) (local.get $off)) (local.get $r0))))
      (v128.store32_lane 0 (i32.add (local.get $outMom) (local.get $off)) (local.get $r1))
      (v128.store32_lane 0 (i32.add (local.get $outMs) (local.get $off)) (local.get $r2))
      (v128.store32_lane 0 (i32.add (local.get $outValue) (local.get $off)) (local.get $r3))
      (local.set $off (i32.add (local.get $off) (i32.const 4)))
      (br $scalars))))

  ;; (value', ms', mom', mg') for four elements.
  (func $rule (param $value v128) (param $g v128) (param $ms v128) (param $mom v128) (param $mg v128)
    (param $lr v128) (param $c v128) (param $momentum v128) (param $eps v128) (param $centered i32) (result v128 v128 v128 v128)
    (local $meanSquare v128)
    (local.set $ms (call $flush (f32x4.add (local.get $ms) (f32x4.mul (f32x4.sub (f32x4.mul (local.get $g) (local.get $g)) (local.get $ms)) (local.get $c)))))
    (local.set $meanSquare (local.get $ms))
    (if (local.get $centered) (then
      (local.set $mg (call $flush (f32x4.add (local.get $mg) (f32x4.mul (f32x4.sub (local.get $g) (local.get $mg)) (local.get $c)))))
      (local.set $meanSquare (f32x4.sub (local.get $ms) (f32x4.mul (local.get $mg) (local.get $mg))))))
    (local.set $mom (call $flush (f32x4.add
      (f32x4.mul (local.get $mom) (local.get $momentum))
      (f32x4.div (f32x4.mul (local.get $g) (local.get $lr)) (f32x4.sqrt (f32x4.add (local.get $meanSquare) (local.get $eps)))))))
    (f32x4.sub (local.get $value) (local.get $mom))
    (local.get $ms)
    (local.get $mom)
    (local.get $mg))

  ;; x, with lanes below the smallest normal float (1.17549435e-38) in magnitude set to 0.
  (func $flush (param $x v128) (result v128)
    (v128.andnot (local.get $x) (f32x4.lt (f32x4.abs (local.get $x)) (v128.const f32x4 1.17549435e-38 1.17549435e-38 1.17549435e-38 1.17549435e-38))))
)
