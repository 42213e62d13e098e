/** A 28 x 28 digit as the model sees it, ink dark on paper, drawn pixel for pixel and scaled up sharp by CSS. */
import { useEffect, useRef } from 'react';
import { DIGIT_SIZE } from './digitDrawing.ts';

/** The digit's 784 grey values (0 paper to 1 ink) on a canvas; `size` is its CSS width and height. */
export function DigitImage({ pixels, size, label }: { pixels: Float32Array; size: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(DIGIT_SIZE, DIGIT_SIZE);
    for (let i = 0; i < DIGIT_SIZE * DIGIT_SIZE; i++) {
      const grey = Math.round(255 * (1 - Math.min(1, Math.max(0, pixels[i] ?? 0))));
      image.data.set([grey, grey, grey, 255], i * 4);
    }
    context.putImageData(image, 0, 0);
  }, [pixels]);
  return <canvas ref={ref} className="digit-image" width={DIGIT_SIZE} height={DIGIT_SIZE} style={{ width: size, height: size }} role="img" aria-label={label} />;
}
