/** Sample grids: tile placement, gaps, clamping. */
import { test } from "node:test"
import assert from "node:assert/strict"
import { imageGrid } from "../../../stages/internal/imageGrid.ts"

test("10 × 8 tiles of 28 px with 1-px gaps; tile (r, j) holds image r·8 + j", () => {
  const images = new Float32Array(80 * 784)
  for (let i = 0; i < 80; i++) images.fill(i / 79, i * 784, (i + 1) * 784)
  const g = imageGrid(images)
  assert.equal(g.width, 8 * 28 + 7)
  assert.equal(g.height, 10 * 28 + 9)
  assert.equal(g.pixels.length, g.width * g.height)
  const at = (x: number, y: number) => g.pixels[y * g.width + x]
  assert.equal(at(0, 0), 0) // image 0
  assert.equal(at(28, 5), 128) // vertical gap
  assert.equal(at(29 + 27, 27), Math.round((255 * 1) / 79)) // image 1, its bottom-right pixel
  assert.equal(at(5, 29), Math.round((255 * 8) / 79)) // row 1 starts with image 8
  assert.equal(at(g.width - 1, g.height - 1), 255) // image 79
})

test("values are clamped to [0, 1]; too few images is an error", () => {
  const g = imageGrid(Float32Array.from([-1, 2, 0.5, Number.NaN]), { rows: 1, cols: 1, side: 2 })
  assert.deepEqual(Array.from(g.pixels), [0, 255, 128, 0])
  assert.throws(() => imageGrid(new Float32Array(10)), /need 62720 values, got 10/)
})
