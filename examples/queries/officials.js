// Which officials does the graph know, whom do they serve, in what post?
// Every Official with the state (or international organisation) it serves
// and, where an article gave it, the title ("Foreign Minister").
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";

g.V("<https://statekg.org/ns/Official>")
  .In(rdfType)
  .Save(name, "official")
  .SaveOpt("<https://statekg.org/ns/position>", "position")
  .Out("<https://statekg.org/ns/officialOf>")
  .Save(name, "serves")
  .All();
