# bash completion for statekg. Load it with
#   source <(statekg completion bash)
# or save it as /etc/bash_completion.d/statekg.
# It asks statekg itself what may come next (--generate-bash-completion).

_statekg_complete() {
  local cur opts
  cur="${COMP_WORDS[COMP_CWORD]}"
  local words=("${COMP_WORDS[@]:0:COMP_CWORD}")
  if [[ "$cur" == -* ]]; then
    opts=$("${words[@]}" "$cur" --generate-bash-completion 2>/dev/null)
  else
    opts=$("${words[@]}" --generate-bash-completion 2>/dev/null)
  fi
  COMPREPLY=($(compgen -W "${opts}" -- "${cur}"))
  return 0
}

complete -o bashdefault -o default -F _statekg_complete statekg
