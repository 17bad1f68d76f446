// Why does the graph say that the FBI blames North Korea?
// The statements behind one edge, found through its fact node: each with
// its sentence, its polarity or modality where it is negated or hedged,
// and the headline of its article. Change the three IRIs for another edge.
var rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
var ns = "https://statekg.org/ns/";

g.V("<https://statekg.org/id/organization/federal-bureau-of-investigation>")
  .In("<" + rdf + "subject>")
  .Has("<" + rdf + "predicate>", "<" + ns + "blames>")
  .Has("<" + rdf + "object>", "<https://statekg.org/id/state/north-korea>")
  .In("<" + ns + "fact>")
  .SaveOpt("<" + ns + "polarity>", "polarity")
  .SaveOpt("<" + ns + "modality>", "modality")
  .Out("<" + ns + "sentence>")
  .Save("<" + ns + "text>", "sentence")
  .Out("<" + ns + "article>")
  .Save("<http://schema.org/headline>", "headline")
  .All();
