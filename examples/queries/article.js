// What does one article claim?
// Every statement read from the article, plain or not: subject, predicate,
// object, polarity ("asserted" or "negated"), modality ("stated" or
// "hedged") and the sentence it came from. Change the article IRI to the
// one you want: https://statekg.org/article/ID, with an ID that
// 'statekg articles' lists.
var article = "<https://statekg.org/article/solarwinds-svr-sanctions-2021>";
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

// the name of an entity; a literal object (a position) stands for itself
function nameOf(v) {
  return g.V(v).Out("<http://schema.org/name>").ToValue() || v;
}

g.V(article)
  .In("<" + ns + "article>")
  .ForEach(function (s) {
    function out(p) { return g.V(s.id).Out("<" + p + ">").ToValue(); }
    g.Emit({
      subject: nameOf(out(rdf + "subject")),
      predicate: out(rdf + "predicate").slice(ns.length + 1, -1),
      object: nameOf(out(rdf + "object")),
      polarity: out(ns + "polarity"),
      modality: out(ns + "modality"),
      sentence: out(ns + "sentence")
    });
  });
