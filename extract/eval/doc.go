// Package eval scores what the extractor reads from articles against gold
// files, as the evaluation guide of statekg defines.
//
// A gold file (NAME.gold.tsv beside NAME.txt) lists the entities an
// article names and the relations it asserts (R rows), must not assert
// (N rows) and may assert (O rows). ReadGold parses one file, ReadDir
// pairs every article of a folder with its gold.
//
// A Scorer aligns each extracted entity with a gold entity, compares the
// plain claims of a schema.Document with the gold rows, and sums the counts
// over articles; its Report prints relation and entity precision, recall
// and F1, the loose figures used for CASIE articles, and every violation.
//
// # Alignment
//
// Texts are compared case-insensitively, with runs of white space folded to
// one space and curly apostrophes read as straight ones. An extracted entity
// aligns with the gold entity of the same type (Official and Person count as
// one type) with which it shares the most texts, the texts of an entity
// being its canonical name and its mentions. An Incident that shares no text
// with any gold Incident aligns with the one it shares the most content
// words with: words of four or more letters, compared on their first five
// letters, leaving out a short list of common words (see stopWords).
//
// # Entities
//
// Entities are scored per type on State, Official (with Person),
// Organization and Incident: a gold entity is found when some extracted
// entity aligns with it; an extracted entity that aligns with nothing, or
// with a gold entity already found by another, is a false positive.
//
// # Relations
//
// Only plain claims (schema.Claim.Plain) count. Claims are mapped onto gold
// entities and deduplicated, so two extracted entities that align with the
// same gold entity give one relation. A relation is correct when an R row
// has its predicate, subject and object; meetsWith, allyOf and atWarWith
// match in either direction, and position titles are compared like texts.
// A relation that matches an O row is left out of precision; one that
// matches an N row is a false positive and a violation. Precision is
// correct / counted relations, recall is correct / R rows.
//
// # Loose mode
//
// CASIE gold splits one event into several incidents, so targets and
// attributedTo are also scored loosely: relations are reduced to their
// predicate and object (victim or attacker), and an extracted pair is
// correct when some R row of the article has that predicate and object,
// whatever the incident. Pairs found only in O rows are left out. Both the
// strict and the loose figures are always reported.
package eval
