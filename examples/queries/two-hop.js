// Who speaks for the states that condemned an incident?
// Two hops from each Incident: the states that condemned it, then the
// officials that serve those states.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";

g.V("<https://statekg.org/ns/Incident>")
  .In(rdfType)
  .Save(name, "incident")
  .In("<https://statekg.org/ns/condemns>")
  .Has(rdfType, "<https://statekg.org/ns/State>")
  .Save(name, "state")
  .In("<https://statekg.org/ns/officialOf>")
  .Save(name, "official")
  .All();
