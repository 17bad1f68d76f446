package extract

import (
	"fmt"
	"sort"

	"github.com/statekg/statekg/extract/syntax"
)

// parsed is one sentence's analysis: its syntactic words (tokenised as the
// treebanks are, so "didn't" is two words), their tags and lemmas once the
// sentence is tagged, their tree once it is parsed, and for each word the
// token that holds its first byte.
type parsed struct {
	s      *syntax.Sentence
	tok    []int // word index -> token index
	state  int   // what the words hold: wordsOnly, tagsToo or treeToo
	lemmas map[string]bool
}

// The states of a parsed sentence.
const (
	wordsOnly = iota
	tagsToo
	treeToo
)

// words returns the syntactic words of sentence si, maybe not tagged yet.
// It returns nil when the sentence is empty or does not exist, or when
// the analysis has ended.
func (an *analysis) words(si int) *parsed {
	if si < 0 || si >= len(an.sents) || an.err != nil {
		return nil
	}
	if an.trees == nil {
		an.trees = make([]*parsed, len(an.sents))
	}
	if p := an.trees[si]; p != nil {
		return p
	}
	sent := an.sents[si]
	s := syntax.Words(an.text, sent.Span.Start, sent.Span.End)
	if len(s.Words) == 0 {
		return nil
	}
	p := &parsed{s: s, tok: make([]int, len(s.Words))}
	toks := an.toks[sent.First:sent.End]
	for i, w := range s.Words {
		// the last token starting at or before the word
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start > w.Start }) - 1
		p.tok[i] = sent.First + max(k, 0)
	}
	an.trees[si] = p
	return p
}

// tagged returns sentence si with its words tagged and lemmatised, tagging
// it on first use; its tree may not be built yet. A stage that reads tags
// alone asks for these, so that only the sentences some stage needs the
// tree of are parsed. It returns nil as words does, and when the model
// could not be read, which ends the analysis with that error.
func (an *analysis) tagged(si int) *parsed {
	p := an.words(si)
	if p == nil || p.state >= tagsToo {
		return p
	}
	parser, err := an.x.parser()
	if err != nil {
		an.err = fmt.Errorf("parse: %w", err)
		return nil
	}
	if an.worker == nil {
		an.worker = parser.Worker()
	}
	an.worker.Tag(p.s)
	p.state = tagsToo
	return p
}

// tree returns the parse of sentence si, tagging and parsing it on first
// use: a stage asks for the trees of the sentences it needs, so sentences
// no stage asks about are never parsed, and the parser's model is read
// (once for the process) only when a first sentence is. It returns nil as
// tagged does.
func (an *analysis) tree(si int) *parsed {
	p := an.tagged(si)
	if p == nil || p.state == treeToo {
		return p
	}
	an.worker.ParseTagged(p.s)
	oneSubject(p.s)
	p.state = treeToo
	return p
}

// lemmaIn reports whether some word of sentence si may have a lemma of
// class, however the tagger reads it (syntax.Lemmatizer.Lemmas): a rule
// that needs a word of the tree to have such a lemma asks it before it
// asks for the tree. It is false when the sentence has no words, and true
// when the model could not be read, so that tree tells the error.
func (an *analysis) lemmaIn(si int, class string) bool {
	p := an.words(si)
	if p == nil {
		return false
	}
	if in, ok := p.lemmas[class]; ok {
		return in
	}
	parser, err := an.x.parser()
	if err != nil {
		return true
	}
	in, c := false, an.class(class)
	for _, w := range p.s.Words {
		for lem := range parser.Lemmatizer().Lemmas(w.Form) {
			if in = an.lex.wordIn(c, lem); in {
				break
			}
		}
		if in {
			break
		}
	}
	if p.lemmas == nil {
		p.lemmas = map[string]bool{}
	}
	p.lemmas[class] = in
	return in
}

// oneSubject repairs a clause the parser gave two subjects, which a clause
// never has: of the nominal subjects of one head, the nearest before it
// stays its subject and the others become plain dependents ("dep"), as a
// dateline read as a subject ("TOKYO - Japan stopped short of ...").
func oneSubject(s *syntax.Sentence) {
	keep := make(map[int]int) // head -> its subject so far
	for i, w := range s.Words {
		if w.Head < 0 || !syntax.HasLabel(w.Deprel, "nsubj") {
			continue
		}
		k, ok := keep[w.Head]
		if !ok {
			keep[w.Head] = i
			continue
		}
		// words come in order: i is after k
		if i < w.Head {
			s.Words[k].Deprel = "dep"
			keep[w.Head] = i
		} else {
			s.Words[i].Deprel = "dep"
		}
	}
}

// wordAt returns the index of the first word of p that lies in token i, or
// -1.
func (p *parsed) wordAt(i int) int {
	// p.tok is in text order, so the words of one token stand together
	w := sort.SearchInts(p.tok, i)
	if w < len(p.tok) && p.tok[w] == i {
		return w
	}
	return -1
}
