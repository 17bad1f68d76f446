// Who blamed whom, and where was it reported?
// One result per sentence that says so: the accuser, the accused, the
// sentence and the headline of its article. Only asserted, stated claims
// count, which are exactly the plain "blames" edges; see
// declined-to-blame.js for the negated ones.
//
// Each article that mentions an entity states its name again (every quad
// carries its article as label), so a path through names is found once per
// such article: ending the path on the statement and keeping Unique()
// results gives each statement once.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";
var name = "<http://schema.org/name>";

g.V()
  .Has("<" + rdf + "predicate>", "<" + ns + "blames>")
  .Has("<" + ns + "polarity>", "asserted")
  .Has("<" + ns + "modality>", "stated")
  .Tag("statement")
  .Save("<" + ns + "sentence>", "sentence")
  .Out("<" + rdf + "subject>")
  .Save(name, "accuser")
  .Back("statement")
  .Out("<" + rdf + "object>")
  .Save(name, "accused")
  .Back("statement")
  .Out("<" + ns + "article>")
  .Save("<http://schema.org/headline>", "article")
  .Back("statement")
  .Unique()
  .All();
