// Who declined to blame whom?
// Statements with polarity "negated" ("stopped short of blaming", "made no
// mention of") whose fact has predicate blames: they never become edges,
// but each article's graph keeps them with their sentences.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

function out(node, p) { return g.V(node).Out(p).ToValue(); }
function nameOf(node) { return out(node, "<http://schema.org/name>"); }

g.V("negated").In("<" + ns + "polarity>").ForEach(function (s) {
  var fact = out(s.id, "<" + ns + "fact>");
  if (out(fact, "<" + rdf + "predicate>") !== "<" + ns + "blames>") return;
  g.Emit({
    who: nameOf(out(fact, "<" + rdf + "subject>")),
    whom: nameOf(out(fact, "<" + rdf + "object>")),
    sentence: out(out(s.id, "<" + ns + "sentence>"), "<" + ns + "text>")
  });
});
