// Why does the graph say that the FBI blames North Korea?
// The statements behind one edge, found through the fact node of its
// triple: each with its sentence, its polarity and modality, and the
// headline of its article. Change the three IRIs for another edge.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

function out(node, p) { return g.V(node).Out("<" + p + ">").ToValue(); }

g.V("<https://statekg.org/id/organization/federal-bureau-of-investigation>")
  .In("<" + rdf + "subject>")
  .Has("<" + rdf + "predicate>", "<" + ns + "blames>")
  .Has("<" + rdf + "object>", "<https://statekg.org/id/state/north-korea>")
  .ForEach(function (f) {
    g.V(f.id).In("<" + ns + "fact>").ForEach(function (s) {
      var sentence = out(s.id, ns + "sentence");
      g.Emit({
        sentence: out(sentence, ns + "text"),
        polarity: out(s.id, ns + "polarity") || "asserted",
        modality: out(s.id, ns + "modality") || "stated",
        headline: out(out(sentence, ns + "article"), "http://schema.org/headline")
      });
    });
  });
