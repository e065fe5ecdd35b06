import { PNG } from 'pngjs';

/** Teams' sizes: a full-colour icon and a white-on-transparent outline icon. */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
const SAMPLES = 4;

type Shape = (x: number, y: number) => boolean;

/**
 * A droplet (lymph), in coordinates from -1 to 1 with y pointing down: a circle below, closed by two
 * tangent lines up to a point.
 */
function droplet(scale: number): Shape {
  const cx = 0;
  const cy = 0.22 * scale;
  const r = 0.48 * scale;
  const apexY = -0.78 * scale;
  const distance = cy - apexY;
  // Where the tangent lines from the apex touch the circle.
  const tangentY = cy - (r * r) / distance;
  const halfWidthAtTangent = Math.sqrt(Math.max(r * r - (tangentY - cy) ** 2, 0));
  return (x, y) => {
    if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
    if (y < apexY || y > tangentY) return false;
    return Math.abs(x - cx) <= (halfWidthAtTangent * (y - apexY)) / (tangentY - apexY);
  };
}

/** Renders a shape with 4×4 supersampling; `paint` gets the coverage (0–1) of each pixel. */
function render(
  size: number,
  paint: (png: PNG, offset: number, coverage: number) => void,
  shape: Shape,
): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / SAMPLES) / size) * 2 - 1;
          if (shape(x, y)) hits++;
        }
      }
      paint(png, (py * size + px) * 4, hits / (SAMPLES * SAMPLES));
    }
  }
  return PNG.sync.write(png);
}

/** 192×192: the accent colour edge to edge with a white droplet. */
export function colorIcon(accentColor: string): Buffer {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(accentColor.slice(i, i + 2), 16)) as [
    number,
    number,
    number,
  ];
  return render(
    COLOR_ICON_SIZE,
    (png, offset, coverage) => {
      png.data[offset] = Math.round(r + (255 - r) * coverage);
      png.data[offset + 1] = Math.round(g + (255 - g) * coverage);
      png.data[offset + 2] = Math.round(b + (255 - b) * coverage);
      png.data[offset + 3] = 255;
    },
    droplet(0.72),
  );
}

/** 32×32: the droplet's outline in white on transparent, as Teams requires for the outline icon. */
export function outlineIcon(): Buffer {
  const outer = droplet(0.95);
  const inner = droplet(0.72);
  return render(
    OUTLINE_ICON_SIZE,
    (png, offset, coverage) => {
      png.data[offset] = 255;
      png.data[offset + 1] = 255;
      png.data[offset + 2] = 255;
      png.data[offset + 3] = Math.round(255 * coverage);
    },
    (x, y) => outer(x, y) && !inner(x, y),
  );
}
