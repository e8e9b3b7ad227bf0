# Draws the Teams app icons (color.png 192x192, outline.png 32x32 white on transparent).
# Plain Python, no libraries: python3 make-icons.py
import zlib, struct

def png(path, w, h, pixel):
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

def in_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def bubble(x, y, s):
    # A speech bubble: a rounded rectangle with a tail at the lower left, scaled to size s.
    body = in_round_rect(x, y, 0.16 * s, 0.2 * s, 0.84 * s, 0.68 * s, 0.1 * s)
    tail = 0.28 * s <= x <= 0.44 * s and 0.66 * s <= y <= 0.84 * s and (x - 0.28 * s) >= (y - 0.66 * s) * 0.9
    return body or tail

def dot(x, y, s, cx):
    return (x - cx * s) ** 2 + (y - 0.44 * s) ** 2 <= (0.055 * s) ** 2

TEAL = (0, 114, 121, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)

def color(x, y):
    s = 192
    if bubble(x, y, s):
        return TEAL if any(dot(x, y, s, c) for c in (0.34, 0.5, 0.66)) else WHITE
    return TEAL

def outline(x, y):
    s = 32
    inside = bubble(x + 0.5, y + 0.5, s)
    if not inside:
        return CLEAR
    # White outline: the bubble's edge only (a pixel whose neighbour is outside), plus the dots.
    edge = any(not bubble(x + 0.5 + dx, y + 0.5 + dy, s) for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2)))
    return WHITE if edge or any(dot(x + 0.5, y + 0.5, s, c) for c in (0.34, 0.5, 0.66)) else CLEAR

png('color.png', 192, 192, color)
png('outline.png', 32, 32, outline)
