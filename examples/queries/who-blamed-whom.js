// Who blamed whom?
// Every "blames" edge once, with the names of the accuser and the accused:
// a fact is one quad however many articles state it. Only asserted, stated
// claims are edges; declined-to-blame.js lists the negated ones, and
// evidence.js the sentences behind one edge.
var ns = "https://statekg.org/ns/";
var name = "<http://schema.org/name>";

g.V("<" + ns + "State>", "<" + ns + "Official>", "<" + ns + "Person>", "<" + ns + "Organization>")
  .In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>")
  .Save(name, "accuser")
  .Out("<" + ns + "blames>")
  .Save(name, "accused")
  .All();
