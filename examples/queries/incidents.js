// What happened, to whom, and who was held responsible?
// One result per Incident: its name, the names of its targets and of the
// actors it was attributed to (either list may be empty).
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";
var ns = "https://statekg.org/ns/";

// the names of nodes, each asked from its node
function names(ids) { return ids.map(function (id) { return g.V(id).Out(name).ToValue(); }); }

g.V("<" + ns + "Incident>")
  .In(rdfType)
  .ForEach(function (d) {
    g.Emit({
      incident: g.V(d.id).Out(name).ToValue(),
      targets: names(g.V(d.id).Out("<" + ns + "targets>").ToArray()),
      attributedTo: names(g.V(d.id).Out("<" + ns + "attributedTo>").ToArray())
    });
  });
