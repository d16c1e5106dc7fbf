/** The PNG encoder: signature, IHDR, chunk CRCs (against known CRC-32 values) and a decode round trip. */
import assert from "node:assert/strict"
import { test } from "node:test"
import { inflateSync } from "node:zlib"
import { crc32, encodePng, pngChunk, pngSignature } from "../../../stages/internal/png.ts"

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))

/** Splits a PNG into chunks, checking each CRC. */
const chunks = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const out: Array<{ type: string; data: Uint8Array }> = []
  for (let off = 8; off < png.length;) {
    const length = view.getUint32(off)
    const type = String.fromCharCode(...png.subarray(off + 4, off + 8))
    const data = png.subarray(off + 8, off + 8 + length)
    assert.equal(view.getUint32(off + 8 + length), crc32(png.subarray(off + 4, off + 8 + length)), `CRC of ${type}`)
    out.push({ type, data })
    off += 12 + length
  }
  return out
}

test("crc32 matches known values", () => {
  assert.equal(crc32(ascii("IEND")), 0xae426082)
  assert.equal(crc32(ascii("123456789")), 0xcbf43926) // the standard CRC-32 check value
  assert.equal(crc32(new Uint8Array(0)), 0)
  assert.equal(crc32(ascii("6789"), crc32(ascii("12345"))), 0xcbf43926) // continuation
  assert.deepEqual([...pngChunk("IEND", new Uint8Array(0))], [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
})

test("an RGB image encodes to signature, IHDR, IDAT, IEND and decodes back", () => {
  const width = 7
  const height = 3
  const data = new Uint8Array(width * height * 3)
  for (let i = 0; i < data.length; i++) data[i] = (i * 37) % 256
  const png = encodePng({ width, height, channels: 3, data })
  assert.deepEqual([...png.subarray(0, 8)], [...pngSignature])
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const cs = chunks(png)
  assert.deepEqual(cs.map((c) => c.type), ["IHDR", "IDAT", "IEND"])
  const ihdr = new DataView(cs[0]!.data.buffer, cs[0]!.data.byteOffset, 13)
  assert.equal(ihdr.getUint32(0), width)
  assert.equal(ihdr.getUint32(4), height)
  assert.deepEqual([...cs[0]!.data.subarray(8)], [8, 2, 0, 0, 0]) // 8-bit truecolour, deflate, no filter, no interlace
  const raw = inflateSync(cs[1]!.data)
  assert.equal(raw.length, height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    assert.equal(raw[y * (1 + width * 3)], 0, "filter type 0")
    assert.deepEqual([...raw.subarray(y * (1 + width * 3) + 1, (y + 1) * (1 + width * 3))], [...data.subarray(y * width * 3, (y + 1) * width * 3)])
  }
  // pixel (x = 4, y = 2)
  const at = 2 * (1 + width * 3) + 1 + 4 * 3
  assert.deepEqual([...raw.subarray(at, at + 3)], [...data.subarray((2 * width + 4) * 3, (2 * width + 4) * 3 + 3)])
})

test("RGBA uses colour type 6; the same pixels give the same bytes; bad sizes are refused", () => {
  const data = Uint8Array.of(255, 0, 0, 128, 0, 255, 0, 255)
  const png = encodePng({ width: 2, height: 1, channels: 4, data })
  const [ihdr, idat] = chunks(png)
  assert.equal(ihdr!.data[9], 6)
  assert.deepEqual([...inflateSync(idat!.data)], [0, ...data])
  assert.deepEqual(encodePng({ width: 2, height: 1, channels: 4, data: data.slice() }), png)
  assert.throws(() => encodePng({ width: 3, height: 1, channels: 4, data }), /expected 12 bytes/)
  assert.throws(() => encodePng({ width: 0, height: 1, channels: 3, data: new Uint8Array(0) }), /bad size/)
})
