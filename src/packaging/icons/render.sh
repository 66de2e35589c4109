#!/usr/bin/env bash
# Renders arshif.svg into the icons the installers and the window use (committed; run again after editing the SVG).
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" arshif.svg -o "$tmp/arshif-$size.png"
done
cp "$tmp/arshif-256.png" arshif.png                                   # Linux installers (jpackage --icon)
convert "$tmp"/arshif-{16,32,48,64,128,256}.png arshif.ico              # Windows
png2icns arshif.icns "$tmp"/arshif-{16,32,48,128,256,512}.png >/dev/null # macOS
for size in 32 64 128; do                                              # the window's icon (ArshifApp)
  cp "$tmp/arshif-$size.png" ../../main/resources/org/arshif/ui/icon-$size.png
done
