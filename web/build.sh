#!/usr/bin/env bash
# Bundles the page's script, src/main.js, with the npm packages it uses
# (cytoscape) into static/app.js, which is committed: go build needs no
# npm, and the page fetches nothing from elsewhere. Run it after changing
# src/ or package.json:
#
#   web/build.sh
#
# It needs node and npm; packages come from the npm registry at the
# versions package-lock.json pins.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
./node_modules/.bin/esbuild src/main.js --bundle --minify --format=iife --target=es2020 \
	--legal-comments=eof --outfile=static/app.js
cp node_modules/cytoscape/LICENSE static/cytoscape-LICENSE.txt
ls -l static/app.js
