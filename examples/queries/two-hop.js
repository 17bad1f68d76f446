// Who speaks for the states that condemned an incident?
// Two hops from each Incident: the states that condemned it, then the
// officials that serve those states; each (incident, state, official)
// once, as each edge is one quad. Each hop starts from one node
// (ForEach), which Cayley answers from its indexes.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";
var ns = "https://statekg.org/ns/";

function nameOf(id) { return g.V(id).Out(name).ToValue(); }

g.V("<" + ns + "Incident>").In(rdfType).ForEach(function (d) {
  g.V(d.id).In("<" + ns + "condemns>").Has(rdfType, "<" + ns + "State>").ForEach(function (s) {
    g.V(s.id).In("<" + ns + "officialOf>").ForEach(function (o) {
      g.Emit({incident: nameOf(d.id), state: nameOf(s.id), official: nameOf(o.id)});
    });
  });
});
