/** Reads vega's SVG output back: data marks per mark group (vega writes one <g class="mark-… role-mark"> per mark). */

/** Each data-mark group of the SVG: its mark type and the number of elements it drew. */
export const markGroups = (svg: string): Array<{ readonly type: string; readonly items: number }> =>
  [...svg.matchAll(/<g class="mark-(\w+) role-mark[^"]*"[^>]*>([\s\S]*?)<\/g>/g)].map((m) => ({
    type: m[1]!,
    items: (m[2]!.match(/<(path|text|line|rect)\b/g) ?? []).length
  }))

/** Elements drawn by every data-mark group of `type` ("line", "symbol", "text"). */
export const countMarks = (svg: string, type: string): number =>
  markGroups(svg).filter((g) => g.type === type).reduce((s, g) => s + g.items, 0)

/** The texts of the SVG (axis titles, labels, headers). */
export const texts = (svg: string): Array<string> => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!)
