"""Render a deterministic PNG from a prompt with Pillow: a two-colour gradient
(colours derived from the prompt's hash) with the prompt written on it."""
import hashlib
import os
import textwrap

from PIL import Image, ImageDraw, ImageFont

FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _colors(prompt: str):
    h = hashlib.sha256(prompt.encode("utf-8")).digest()
    return (h[0], h[1], h[2]), (h[3], h[4], h[5]), h[6] % 4


def render_png(prompt: str, width: int, height: int, path: str) -> None:
    c1, c2, direction = _colors(prompt)
    mask = Image.linear_gradient("L").rotate(90 * direction).resize((width, height))
    img = Image.composite(Image.new("RGB", (width, height), c2),
                          Image.new("RGB", (width, height), c1), mask)
    draw = ImageDraw.Draw(img)
    size = max(8, min(width, height) // 12)
    try:
        font = ImageFont.truetype(FONT_PATH, size)
    except OSError:
        font = ImageFont.load_default()
    chars = max(4, int(width / (size * 0.6)))
    text = "\n".join(textwrap.wrap(prompt, chars)[:6]) or " "
    box = draw.multiline_textbbox((0, 0), text, font=font, align="center")
    x = (width - (box[2] - box[0])) / 2
    y = (height - (box[3] - box[1])) / 2
    fg = (255, 255, 255) if sum(c1) + sum(c2) < 3 * 255 else (0, 0, 0)
    draw.multiline_text((x + 2, y + 2), text, font=font, fill=tuple(255 - v for v in fg), align="center")
    draw.multiline_text((x, y), text, font=font, fill=fg, align="center")
    tmp = path + ".tmp"
    img.save(tmp, format="PNG", optimize=False)
    os.replace(tmp, path)
