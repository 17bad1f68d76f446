// Who declined to blame whom?
// Statements with predicate blames and polarity "negated" ("stopped short
// of blaming", "made no mention of"): they never become edges, but the
// graph keeps them with their sentences. The path ends on the statement
// and keeps each once (a name is stated once per article that mentions it).
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var name = "<http://schema.org/name>";

g.V()
  .Has("<https://statekg.org/ns/polarity>", "negated")
  .Has("<" + rdf + "predicate>", "<https://statekg.org/ns/blames>")
  .Tag("statement")
  .Save("<https://statekg.org/ns/sentence>", "sentence")
  .Out("<" + rdf + "subject>")
  .Save(name, "who")
  .Back("statement")
  .Out("<" + rdf + "object>")
  .Save(name, "whom")
  .Back("statement")
  .Unique()
  .All();
