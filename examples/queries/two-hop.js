// Who speaks for the states that condemned an incident?
// Two hops from each Incident: the states that condemned it, then the
// officials that serve those states. A path through a node is found once
// for each article that states the edge it follows, so the query ends on
// the official and keeps each (incident, state, official) once.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var ns = "https://statekg.org/ns/";

g.V("<" + ns + "Incident>")
  .In(rdfType)
  .Unique()
  .ForEach(function (d) {
    g.V(d.id)
      .In("<" + ns + "condemns>")
      .Has(rdfType, "<" + ns + "State>")
      .Unique()
      .ForEach(function (s) {
        g.V(s.id)
          .In("<" + ns + "officialOf>")
          .Unique()
          .ForEach(function (o) {
            g.Emit({
              incident: g.V(d.id).Out("<http://schema.org/name>").ToValue(),
              state: g.V(s.id).Out("<http://schema.org/name>").ToValue(),
              official: g.V(o.id).Out("<http://schema.org/name>").ToValue()
            });
          });
      });
  });
