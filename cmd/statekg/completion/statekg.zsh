#compdef statekg
# zsh completion for statekg. Load it with
#   source <(statekg completion zsh)
# or save it as _statekg in a folder of $fpath.
# It asks statekg itself what may come next (--generate-bash-completion).

_statekg() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == -* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion 2>/dev/null)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion 2>/dev/null)}")
  fi
  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}

if [[ "$funcstack[1]" == "_statekg" ]]; then
  _statekg "$@"
else
  compdef _statekg statekg
fi
