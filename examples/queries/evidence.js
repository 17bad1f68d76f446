// Why does the graph say that the FBI blames North Korea?
// The statements behind one edge: each with its sentence, polarity,
// modality and the headline of the article it was read from. Change the
// three IRIs for another edge.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

g.V()
  .Has("<" + rdf + "subject>", "<https://statekg.org/id/organization/federal-bureau-of-investigation>")
  .Has("<" + rdf + "predicate>", "<https://statekg.org/ns/blames>")
  .Has("<" + rdf + "object>", "<https://statekg.org/id/state/north-korea>")
  .Save("<" + ns + "sentence>", "sentence")
  .Save("<" + ns + "polarity>", "polarity")
  .Save("<" + ns + "modality>", "modality")
  .Out("<" + ns + "article>")
  .Save("<http://schema.org/headline>", "headline")
  .All();
