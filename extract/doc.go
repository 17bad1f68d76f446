// Package extract reads news articles into schema.Documents: the states,
// officials, organisations, incidents and topics an article names, and the
// claims it makes about them.
//
// An Extractor runs a chain of small stages, each with byte offsets into the
// article text on everything it produces, so every mention and every claim
// points back to its evidence:
//
//	tokenizer → sentence splitter → entity recognition (gazetteers and
//	patterns) → coreference → relation extraction (token rules, then
//	frames read from the dependency parse) → polarity and modality
//
// The frame stage parses only the sentences holding a trigger the token
// rules left unread, with the entities its frame needs: parsing is the
// costliest step.
//
// The word lists the stages use are data files embedded from the lexicon
// folder; lexicon/README.md describes them. A Config adds actors of one's
// own (ReadActors reads them from a TSV file or a PETRARCH actor
// dictionary). ReadVerbDictionary reads PETRARCH2's CAMEO verb dictionary,
// from which lexicon/cameo-verbs.tsv is generated. Negated and hedged claims are kept as claims whose Plain
// method reports false; they never become plain edges.
package extract
