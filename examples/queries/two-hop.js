// Who speaks for the states that condemned an incident?
// Two hops from each Incident: the states that condemned it, then the
// officials that serve those states; each (incident, state, official)
// once, as each edge is one quad.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";
var ns = "https://statekg.org/ns/";

g.V("<" + ns + "Incident>")
  .In(rdfType)
  .Save(name, "incident")
  .In("<" + ns + "condemns>")
  .Has(rdfType, "<" + ns + "State>")
  .Save(name, "state")
  .In("<" + ns + "officialOf>")
  .Save(name, "official")
  .All();
