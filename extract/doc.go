// Package extract reads news articles into schema.Documents: the states,
// officials, organisations, incidents and topics an article names, and the
// claims it makes about them.
//
// An Extractor runs a chain of small stages, each with byte offsets into the
// article text on everything it produces, so every mention and every claim
// points back to its evidence:
//
//	tokenizer → sentence splitter → entity recognition (gazetteers and
//	patterns) → incident phrases → coreference → relation extraction →
//	polarity and modality
//
// A stage that cannot decide from the words alone (does a body noun head
// its phrase, where does an incident's complement end) asks for the
// dependency parse of that one sentence; sentences no stage asks about
// are never parsed. A stage that needs only parts of speech asks for the
// tags, which cost less, and a rule that reads the tree first checks
// what it can from the words, the words' possible lemmas or the tags
// (is there a verb it could read), and a claim's polarity is read only
// once the claim is made: parsing is the costliest step of extraction.
//
// The word lists the stages use are data files embedded from the lexicon
// folder; lexicon/README.md describes them. A Config adds actors of one's
// own (ReadActors reads them from a TSV file or a PETRARCH actor
// dictionary). ReadVerbDictionary reads PETRARCH2's CAMEO verb dictionary,
// from which lexicon/cameo-verbs.tsv is generated. Negated and hedged claims are kept as claims whose Plain
// method reports false; they never become plain edges.
//
// Relations are read twice: by token rules over the words around each
// trigger of the verb lexicons, then by frames read from the dependency
// parse (the trigger's subject and object, across passives, control
// verbs, coordination and relative clauses; negation and hedges from the
// verbs governing it). The frame stage parses only the sentences holding
// a trigger the token rules left unread and the entities its frame
// needs.
package extract
