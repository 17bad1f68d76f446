package extract

import (
	"fmt"
	"sort"

	"github.com/statekg/statekg/extract/syntax"
)

// parsed is one sentence's dependency analysis: its syntactic words (tokenised
// as the treebanks are, so "didn't" is two words), their tags, lemmas and
// tree, and for each word the token that holds its first byte.
type parsed struct {
	s   *syntax.Sentence
	tok []int // word index -> token index
}

// tree returns the parse of sentence si, parsing it on first use: a stage
// asks for the trees of the sentences it needs, so sentences no stage asks
// about are never parsed, and the parser's model is read (once for the
// process) only when a first sentence is. It returns nil when the sentence
// is empty or does not exist, or when the model could not be read, which
// ends the analysis with that error.
func (an *analysis) tree(si int) *parsed {
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
	parser, err := an.x.parser()
	if err != nil {
		an.err = fmt.Errorf("parse: %w", err)
		return nil
	}
	parser.Parse(s)
	oneSubject(s)
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
