package syntax

import "strings"

// Scores are a parser's figures on a treebank, over all words, punctuation
// included.
type Scores struct {
	Sentences, Words int
	UPOS             float64 // fraction of words with the gold UPOS
	XPOS             float64 // fraction of words with the gold XPOS
	Lemma            float64 // fraction of words with the gold lemma
	UAS              float64 // fraction of words with the gold head
	// LAS is the fraction of words with the gold head and relation,
	// comparing the universal part of relations ("nmod" for "nmod:poss"),
	// as the CoNLL 2018 shared task did; LASSubtypes compares whole
	// relations.
	LAS, LASSubtypes float64
}

func universal(deprel string) string {
	if i := strings.IndexByte(deprel, ':'); i >= 0 {
		return deprel[:i]
	}
	return deprel
}

// Evaluate parses copies of the gold sentences from their forms alone
// (gold tokenisation, predicted tags) and scores the result.
func Evaluate(p *Parser, gold []*Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, lasSub int
	w := p.Worker()
	for _, g := range gold {
		s := &Sentence{ID: g.ID, Text: g.Text, Words: make([]Word, len(g.Words))}
		for i, w := range g.Words {
			s.Words[i] = Word{Form: w.Form, Start: w.Start, End: w.End, Head: -1, SpaceAfter: w.SpaceAfter}
		}
		w.Parse(s)
		sc.Sentences++
		for i, w := range s.Words {
			gw := g.Words[i]
			sc.Words++
			if w.UPOS == gw.UPOS {
				upos++
			}
			if w.XPOS == gw.XPOS {
				xpos++
			}
			if w.Lemma == gw.Lemma {
				lemma++
			}
			if w.Head == gw.Head {
				uas++
				if universal(w.Deprel) == universal(gw.Deprel) {
					las++
				}
				if w.Deprel == gw.Deprel {
					lasSub++
				}
			}
		}
	}
	if sc.Words > 0 {
		n := float64(sc.Words)
		sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS = float64(upos)/n, float64(xpos)/n, float64(lemma)/n, float64(uas)/n
		sc.LAS, sc.LASSubtypes = float64(las)/n, float64(lasSub)/n
	}
	return sc
}
