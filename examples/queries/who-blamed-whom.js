// Who blamed whom?
// Every plain "blames" edge in the graph: the name of the accuser and the
// name of the accused. Negated and hedged claims are not edges; see
// declined-to-blame.js for those.
var name = "<http://schema.org/name>";
var blames = "<https://statekg.org/ns/blames>";

g.V()
  .Save(name, "accuser")
  .Out(blames)
  .Save(name, "accused")
  .All();
