/**
 * Sample grids of the image path (architecture.md stage 6, "sample grids as PNG"): images packed into
 * one grayscale raster, row r = class r, column j = its j-th sample, 1-px gaps. Raw pixels only; the
 * PNG encoding (fast-png) belongs to the runner.
 */
import { FMNIST_SIDE } from "./fmnist.ts"

/** A greyscale raster: width × height bytes, row-major, 0 = black (the one image type of the image path). */
export interface GreyImage {
  readonly width: number
  readonly height: number
  readonly pixels: Uint8Array
}

export interface GridOptions {
  /** Default 10 (one row per class). */
  readonly rows?: number
  /** Default 8 samples per class. */
  readonly cols?: number
  /** Gap between tiles in pixels. Default 1. */
  readonly gap?: number
  /** Grey level of the gaps. Default 128, so the black backgrounds of neighbours stay apart. */
  readonly gapValue?: number
  /** Tile side. Default 28. */
  readonly side?: number
}

/**
 * Packs rows × cols images (row-major side × side each, values in [0, 1], clamped) into a grid: tile (r, j)
 * is image r·cols + j, so class-major sample sets (`evaluationPrompts` order) fill one class per row.
 */
export const imageGrid = (images: Float32Array, opts?: GridOptions): GreyImage => {
  const rows = opts?.rows ?? 10
  const cols = opts?.cols ?? 8
  const gap = opts?.gap ?? 1
  const side = opts?.side ?? FMNIST_SIDE
  const tile = side * side
  if (images.length < rows * cols * tile) {
    throw new RangeError(`imageGrid: ${rows}×${cols} tiles of ${side}×${side} need ${rows * cols * tile} values, got ${images.length}`)
  }
  const width = cols * side + (cols - 1) * gap
  const height = rows * side + (rows - 1) * gap
  const pixels = new Uint8Array(width * height).fill(opts?.gapValue ?? 128)
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      const src = (r * cols + j) * tile
      const top = r * (side + gap)
      const left = j * (side + gap)
      for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
          const v = images[src + y * side + x]!
          pixels[(top + y) * width + left + x] = Math.round(255 * Math.min(1, Math.max(0, Number.isNaN(v) ? 0 : v)))
        }
      }
    }
  }
  return { pixels, width, height }
}
