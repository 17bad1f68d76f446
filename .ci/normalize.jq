# Normalises the answer of a Gizmo query so that two engines can be
# compared: reads JSON values (one result a line, or arrays of results),
# drops nulls, sorts every array (results have no defined order) and
# prints one array of results. Use with: jq -S -s -f normalize.jq
[ .[] | if type == "array" then .[] else . end | select(. != null) ]
| map(walk(if type == "array" then sort else . end))
| sort
