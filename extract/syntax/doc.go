// Package syntax tags, lemmatises and parses English sentences: for each
// word it gives a Universal Dependencies part of speech (UPOS), a Penn
// Treebank tag (XPOS), a lemma, and the word's head and dependency relation
// in a labelled dependency tree.
//
// The caller tokenises: a Sentence holds words with their byte offsets in
// the source text (NewSentence; SentenceOf for bare forms), or Split cuts a
// text into sentences and words the way the English treebanks do; a Parser
// fills in the rest.
//
//	p, err := syntax.Default()
//	...
//	for _, s := range syntax.Split(text) {
//		p.Parse(s)
//		subj := s.Dependent(s.Root(), "nsubj")
//		...
//	}
//
// The tagger is a greedy averaged perceptron over hashed features (UPOS in
// two passes, then XPOS); words seen often in training with nearly always
// one tag take it from a tag dictionary instead. The parser is a greedy arc-hybrid transition
// parser trained with a dynamic oracle, which labels each arc as it makes
// it. The lemmatiser is suffix rules plus an exceptions list learnt from
// the training treebank. The model is trained on the Universal Dependencies
// English Web Treebank and embedded in the package (model.bin.gz); it is
// licensed CC BY-SA 4.0, see NOTICE.
//
// Reader and Writer read and write CoNLL-U, Evaluate scores a Parser on a
// treebank, and Train trains one.
package syntax
