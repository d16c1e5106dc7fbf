/**
 * A minimal PNG encoder (PNG spec, ISO/IEC 15948): 8-bit RGB or RGBA, non-interlaced, every scanline
 * with filter type 0 (None), the image data deflated by node:zlib. No time or text chunks, so the same
 * pixels always give the same bytes.
 *
 * File = signature, IHDR, IDAT, IEND; each chunk is length (u32 BE), type, data, CRC-32 of type + data.
 */
import { deflateSync } from "node:zlib"

/** The eight bytes every PNG starts with. */
export const pngSignature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

/** An 8-bit image: `channels` bytes per pixel (3 = RGB, 4 = RGBA), rows top to bottom. */
export interface Image {
  readonly width: number
  readonly height: number
  readonly channels: 3 | 4
  /** width · height · channels bytes, row-major. */
  readonly data: Uint8Array
}

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) as PNG uses it; crc32("IEND") = 0xAE426082. */
const crcTable = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

/** CRC-32 of `bytes`, continuing from `crc` (the CRC of what came before; 0 to start). */
export const crc32 = (bytes: Uint8Array, crc = 0): number => {
  let c = ~crc >>> 0
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}

/** One chunk: length, type, data, CRC over type + data. */
export const pngChunk = (type: string, data: Uint8Array): Uint8Array => {
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) chunk[4 + i] = type.charCodeAt(i)
  chunk.set(data, 8)
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)))
  return chunk
}

/** Encodes an image as PNG bytes (colour type 2 for RGB, 6 for RGBA; bit depth 8). */
export const encodePng = (image: Image): Uint8Array => {
  const { width, height, channels, data } = image
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new Error(`encodePng: bad size ${width}×${height}`)
  }
  const stride = width * channels
  if (data.length !== stride * height) throw new Error(`encodePng: expected ${stride * height} bytes for ${width}×${height}×${channels}, got ${data.length}`)

  const header = new Uint8Array(13)
  const hv = new DataView(header.buffer)
  hv.setUint32(0, width)
  hv.setUint32(4, height)
  header[8] = 8 // bit depth
  header[9] = channels === 4 ? 6 : 2 // colour type: truecolour (+ alpha)
  // bytes 10..12: compression 0 (deflate), filter method 0, interlace 0 (none)

  // each scanline: filter byte 0 (None), then the row as is
  const raw = new Uint8Array((stride + 1) * height)
  for (let y = 0; y < height; y++) raw.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)

  const parts = [pngSignature, pngChunk("IHDR", header), pngChunk("IDAT", deflateSync(raw, { level: 9 })), pngChunk("IEND", new Uint8Array(0))]
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let off = 0
  for (const p of parts) png.set(p, off), (off += p.length)
  return png
}
