// Who declined to blame whom?
// Statements with polarity "negated" ("stopped short of blaming", "made no
// mention of") whose fact has predicate blames: they never become edges,
// but each article's graph keeps them with their sentences.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";
var name = "<http://schema.org/name>";

g.V("negated")
  .In("<" + ns + "polarity>")
  .Tag("statement")
  .Out("<" + ns + "sentence>")
  .Save("<" + ns + "text>", "sentence")
  .Back("statement")
  .Out("<" + ns + "fact>")
  .Has("<" + rdf + "predicate>", "<" + ns + "blames>")
  .Tag("fact")
  .Out("<" + rdf + "subject>")
  .Save(name, "who")
  .Back("fact")
  .Out("<" + rdf + "object>")
  .Save(name, "whom")
  .All();
