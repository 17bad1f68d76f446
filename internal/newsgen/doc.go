// Package newsgen generates news-style articles for benchmarks: a seeded,
// deterministic stream of texts about states, their officials, agencies,
// companies, hacker groups and incidents, with the relations of the
// vocabulary stated plainly, negated or hedged, quotes and filler, and of
// the length of a news article (about 500 to 900 words).
//
// Every article also comes as the document an ideal extractor would read
// from it (Generator.Document): its entities with the byte spans of their
// mentions, and its claims with the spans of their sentences, so that the
// store can be benchmarked on realistic quads without the extractor.
//
// Officials, agencies, companies, groups and named incidents are drawn from
// pools fixed by the seed, so entities recur across articles as they do in
// a news corpus; each article picks its own cast, story and wording.
package newsgen
