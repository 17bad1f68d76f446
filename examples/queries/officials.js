// Which officials does the graph know, whom do they serve, in what post?
// One result per Official: its name, the states (or international
// organisations) it serves and the titles articles gave it ("Foreign
// Minister"), each stated once in the graph.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";
var ns = "https://statekg.org/ns/";

// the names of nodes, each asked from its node
function names(ids) { return ids.map(function (id) { return g.V(id).Out(name).ToValue(); }); }

g.V("<" + ns + "Official>")
  .In(rdfType)
  .ForEach(function (d) {
    g.Emit({
      official: g.V(d.id).Out(name).ToValue(),
      serves: names(g.V(d.id).Out("<" + ns + "officialOf>").ToArray()),
      positions: g.V(d.id).Out("<" + ns + "position>").ToArray()
    });
  });
