#!/usr/bin/env bash
# Draws ClinicDesk's icon with ImageMagick: a white clinic cross on a rounded teal square, with a small desk line.
# Made for this project (no third-party artwork); Apache-2.0 like the rest of ClinicDesk. Run it again only to change
# the design: the PNG it writes is committed, so a package build never needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"
convert -size 256x256 xc:none \
  -fill '#0f766e' -draw 'roundrectangle 8,8 247,247 44,44' \
  -fill '#14b8a6' -draw 'roundrectangle 8,8 247,120 44,44' -draw 'rectangle 8,80 247,128' \
  -fill '#0f766e' -draw 'rectangle 8,120 247,128' \
  -fill white -draw 'roundrectangle 100,44 156,196 10,10' -draw 'roundrectangle 52,92 204,148 10,10' \
  -fill '#ccfbf1' -draw 'roundrectangle 48,212 208,222 5,5' \
  -strip PNG32:clinicdesk.png
# Windows wants an .ico (several sizes in one file); the macOS build makes its .icns from the PNG itself.
convert clinicdesk.png -define icon:auto-resize=256,64,48,32,16 clinicdesk.ico
echo "wrote $(pwd)/clinicdesk.png and clinicdesk.ico"
