// Package schema is the vocabulary of statekg: the entity types, the closed
// set of predicates, the IRIs they are written with, and the domain values
// (articles, entities, claims) that the extractor produces and the store
// loads.
//
// Every term is an absolute IRI under one base namespace. The default base is
// DefaultBase; a Vocab built with NewVocab uses another. The local name of a
// type or predicate IRI is exactly its word in the vocabulary (".../State",
// ".../officialOf"), so tools that only look at the last path segment agree
// with the evaluation.
//
// Standard terms come from github.com/cayleygraph/quad/voc: rdf:type and
// the rdf reification terms, schema.org's name and alternateName for the
// canonical name and every surface mention of an entity, and owl:sameAs to
// Wikidata where the gazetteer knows the entity's id.
package schema
