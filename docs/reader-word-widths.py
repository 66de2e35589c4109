#!/usr/bin/env python3
"""Compares the ink width of words drawn by the reading pane (a screenshot) with HarfBuzz's rendering of the
same words in the same font and size (hb-view), with and without the font's kerning.

The reader is shown with an article whose paragraphs are one word each (so each word is alone on its row),
screenshotted under Xvfb; the rows are found by their ink and matched, in order, with the words' file.

    python3 docs/reader-word-widths.py SHOT.png WORDS.txt FONT.ttf SIZE X0 X1 Y0 Y1

X0..X1, Y0..Y1: the part of the screenshot holding the word rows (below the title and the meta line).
"""
import subprocess
import sys


def gray(png, crop=None):
    args = ["convert", png] + (["-crop", crop, "+repage"] if crop else []) + ["-colorspace", "gray", "-depth", "8"]
    size = subprocess.run(["identify", "-format", "%w %h", png] if not crop else
                          ["convert", png, "-crop", crop, "+repage", "-format", "%w %h", "info:"],
                          capture_output=True, text=True, check=True).stdout.split()
    width, height = int(size[0]), int(size[1])
    data = subprocess.run(args + ["gray:-"], capture_output=True, check=True).stdout
    return width, height, data


def ink_columns(width, rows, data, dark):
    xs = [x for y in rows for x in range(width) if data[y * width + x] < 128] if dark else \
         [x for y in rows for x in range(width) if data[y * width + x] > 127]
    return (min(xs), max(xs)) if xs else None


def bands(width, height, data, gap=10):
    inked = [any(data[y * width + x] < 128 for x in range(width)) for y in range(height)]
    found, start, last = [], None, None
    for y, ink in enumerate(inked):
        if ink:
            if start is None:
                start = y
            elif y - last > gap:
                found.append((start, last))
                start = y
            last = y
    if start is not None:
        found.append((start, last))
    return found


def hb_width(font, size, word, features):
    subprocess.run(["hb-view", f"--font-size={size}", "--margin=16", f"--features={features}", "-O", "png",
                    "-o", "/tmp/hb-word.png", font, word], check=True)
    width, height, data = gray("/tmp/hb-word.png")
    left, right = ink_columns(width, range(height), data, dark=True)
    return right - left + 1


def main():
    shot, words_file, font, size, x0, x1, y0, y1 = sys.argv[1:9]
    x0, x1, y0, y1 = int(x0), int(x1), int(y0), int(y1)
    words = [w for w in open(words_file, encoding="utf-8").read().split("\n") if w]
    width, height, data = gray(shot, f"{x1 - x0}x{y1 - y0}+{x0}+{y0}")
    # Every word is one paragraph of one line, so the rows are evenly spaced: cut the image at that pitch
    # (marks far above or below a word would otherwise make rows of their own).
    found = bands(width, height, data)
    tops = [top for top, _ in found]
    steps = sorted(b - a for a, b in zip(tops, tops[1:]))
    pitch = steps[len(steps) // 2]
    first = (found[0][0] + found[0][1]) / 2
    rows = []
    for i in range(len(words)):
        middle = first + i * pitch
        top, bottom = int(middle - pitch / 2), int(middle + pitch / 2)
        if bottom > height:
            sys.exit(f"only {i} rows fit in the image for {len(words)} words")
        rows.append((max(0, top), bottom - 1))
    same = within_one_percent = 0
    print("word\tscreen_px\thb_kern_px\thb_nokern_px\tdiff_px")
    for word, (top, bottom) in zip(words, rows):
        left, right = ink_columns(width, range(top, bottom + 1), data, dark=True)
        screen = right - left + 1
        kern = hb_width(font, size, word, "")
        nokern = hb_width(font, size, word, "-kern")
        same += abs(screen - kern) <= 1
        within_one_percent += abs(screen - kern) <= max(1, 0.01 * kern)
        print(f"{word}\t{screen}\t{kern}\t{nokern}\t{screen - kern:+d}")
    print(f"# {len(words)} words: {same} within 1 px of HarfBuzz with kerning, "
          f"{within_one_percent} within max(1 px, 1 %)")


if __name__ == "__main__":
    main()
