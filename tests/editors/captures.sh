#!/usr/bin/env bash
# Terminal captures of Neovim using `inspect lsp`, one per feature, for docs/editors.md: Neovim 0.7
# (Debian's `neovim`) runs under tmux (Debian's `tmux`) in a 110 by 16 terminal with the
# configuration docs/editors.md gives (tests/editors/neovim/init.lua), on a copy of the youth 2019
# framework with `safety_concerns` misspelt at line 398, against the published native server.
# Each step waits for what it shows, so the captures do not depend on the machine's speed.
#
#   tests/editors/captures.sh            prints every capture, headed by what was done
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/scripts/inspect" --version >/dev/null
export PATH="$root/artifacts/inspect:$PATH"

work="$(mktemp -d)"
socket="inspect-captures-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
sed '398s/when safety_concerns {/when safety_concern {/' "$root/frameworks/hmip-youth-2019.inspect" >"$work/youth-2019.inspect"

# What the screen shows besides the text, fixed: the file, line and column in the status line, no
# intro, no swap file, no mouse, and completion by the server (omnifunc).
cat >"$work/screen.vim" <<'EOF'
set laststatus=2 statusline=%f\ line\ %l,\ column\ %c noshowcmd noruler shortmess+=I mouse=
setlocal omnifunc=v:lua.vim.lsp.omnifunc completeopt=menuone,noinsert
EOF

capture() { tmux -L "$socket" capture-pane -p -t captures | sed -e 's/[[:space:]]*$//'; }
keys() { tmux -L "$socket" send-keys -t captures "$@"; }

# Waits up to 60 s for the screen to show the pattern (grep -E), in lines as the text has them
# (the screen wraps them at 110 columns).
wait_for() {
  local deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    tmux -L "$socket" capture-pane -p -J -t captures | grep -Eq -- "$1" && return 0
    sleep 0.2
  done
  echo "captures: the screen never showed /$1/; it shows:" >&2
  capture >&2
  exit 1
}

# Waits up to 60 s for the pattern to leave the screen.
wait_gone() {
  local deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    tmux -L "$socket" capture-pane -p -J -t captures | grep -Eq -- "$1" || return 0
    sleep 0.2
  done
  echo "captures: the screen still shows /$1/" >&2
  exit 1
}

show() {
  echo "== $1"
  capture | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  echo
}

cd "$work"
tmux -L "$socket" -f /dev/null new-session -d -s captures -x 110 -y 16 \
  "TERM=xterm-256color nvim -n -i NONE -u '$root/tests/editors/neovim/init.lua' -S screen.vim +398 youth-2019.inspect"

# A diagnostic with its message: the sign, the virtual text, then the float.
wait_for 'Did you mean'
show "the diagnostic at line 398 (E in the sign column, the message after the square)"
keys ':call search("safety_concern", "c", 398)' Enter ':lua vim.diagnostic.open_float()' Enter
wait_for 'Diagnostics:'
show ":lua vim.diagnostic.open_float() on the misspelt name"

# The code action menu, then the fix applied (moving the cursor closes the float).
keys l h ':lua vim.lsp.buf.code_action()' Enter
wait_for 'Code actions'
show ":lua vim.lsp.buf.code_action()"
keys 1 Enter
wait_for "when safety_concerns \\{"
wait_gone 'Did you mean'
keys ':call search("safety_concerns", "c", 398)' Enter
show "after choosing 1: the fix applied, the diagnostic gone"

# Hover on the fact.
keys ':lua vim.lsp.buf.hover()' Enter
wait_for 'Decides whether'
show ":lua vim.lsp.buf.hover() on safety_concerns"

# Completion in a condition: the facts, then the operators an integer fact allows.
keys l h 'o' 'prompt (z) extra "Is there more?" when ' C-x C-o
wait_for 'Variable'
show "typing a prompt's condition, then Ctrl-X Ctrl-O (completion from the server): the facts"
keys C-e 'previous_sanctions ' C-x C-o
wait_for 'Operator'
show "after an integer fact, Ctrl-X Ctrl-O: the comparisons it allows"
keys C-e Escape 'u' ':call search("safety_concerns", "c", 398)' Enter

# Go to definition, then back.
keys ':lua vim.lsp.buf.definition()' Enter
wait_for 'line [0-9]+, column' && wait_for 'fact safety_concerns "Safety'
show ":lua vim.lsp.buf.definition() on safety_concerns: the cursor on the fact's declaration"
keys C-o

# Rename everywhere.
keys ':lua vim.lsp.buf.rename("safety_flagged")' Enter
wait_for 'when safety_flagged \{'
keys ':%s/safety_flagged//gn' Enter
wait_for 'match'
show ':lua vim.lsp.buf.rename("safety_flagged"), then :%s/safety_flagged//gn counts the uses'
keys 'u'

# The outline: the domains, standards, key questions and prompts, and the declarations.
keys ':lua vim.lsp.buf.document_symbol()' Enter
wait_for 'Symbols in'
show ":lua vim.lsp.buf.document_symbol() (the location list, from its start)"
keys ':qa!' Enter
