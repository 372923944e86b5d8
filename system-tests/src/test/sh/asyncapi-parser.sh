#!/usr/bin/env bash
# The official AsyncAPI parser that AsyncApiDocumentIT runs on docs/asyncapi.yaml: @asyncapi/parser from the npm
# registry, at the version of src/test/asyncapi/package-lock.json, into target/asyncapi-parser. Node.js and npm come
# from Debian when missing (as root or through sudo); fails with what to do when they cannot be had.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
target="$(cd "$here/../.." && pwd)/target/asyncapi-parser"
source "$(dirname "$0")/debian-packages.sh"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  install_debian_packages AsyncApiDocumentIT nodejs npm
fi
mkdir -p "$target"
cp "$here/asyncapi/package.json" "$here/asyncapi/package-lock.json" "$here/asyncapi/parse.mjs" "$target/"
if [ ! -f "$target/node_modules/@asyncapi/parser/package.json" ] \
   || ! cmp -s "$here/asyncapi/package-lock.json" "$target/node_modules/.package-lock.json.installed" 2>/dev/null; then
  echo "installing @asyncapi/parser (for AsyncApiDocumentIT)"
  (cd "$target" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
  cp "$here/asyncapi/package-lock.json" "$target/node_modules/.package-lock.json.installed"
fi
