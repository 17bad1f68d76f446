// What does one article claim?
// Every statement read from the article, plain or not: subject, predicate,
// object, polarity ("asserted" or "negated"), modality ("stated" or
// "hedged") and the sentence it came from. Change the article IRI to the
// one you want: https://statekg.org/article/ID, with an ID that
// 'statekg articles' lists.
var article = "<https://statekg.org/article/solarwinds-svr-sanctions-2021>";
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

function out(node, p) { return g.V(node).Out("<" + p + ">").ToValue(); }
// the name of an entity; a literal object (a position) stands for itself
function nameOf(v) { return out(v, "http://schema.org/name") || v; }

g.V(article).In("<" + ns + "article>").ForEach(function (sentence) {
  g.V(sentence.id).In("<" + ns + "sentence>").ForEach(function (s) {
    var fact = out(s.id, ns + "fact");
    g.Emit({
      subject: nameOf(out(fact, rdf + "subject")),
      predicate: out(fact, rdf + "predicate").slice(ns.length + 1, -1),
      object: nameOf(out(fact, rdf + "object")),
      polarity: out(s.id, ns + "polarity") || "asserted",
      modality: out(s.id, ns + "modality") || "stated",
      sentence: out(sentence.id, ns + "text")
    });
  });
});
