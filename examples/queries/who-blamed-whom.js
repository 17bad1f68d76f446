// Who blamed whom?
// Every "blames" edge once, with the names of the accuser and the accused:
// a fact is one quad however many articles state it. Only asserted, stated
// claims are edges; declined-to-blame.js lists the negated ones, and
// evidence.js the sentences behind one edge. Each hop starts from one
// node (ForEach), which Cayley answers from its indexes.
var rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
var name = "<http://schema.org/name>";
var ns = "https://statekg.org/ns/";

["State", "Official", "Person", "Organization"].forEach(function (type) {
  g.V("<" + ns + type + ">").In(rdfType).ForEach(function (a) {
    g.V(a.id).Out("<" + ns + "blames>").ForEach(function (o) {
      g.Emit({
        accuser: g.V(a.id).Out(name).ToValue(),
        accused: g.V(o.id).Out(name).ToValue()
      });
    });
  });
});
