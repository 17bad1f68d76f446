package syntax

import (
	"fmt"
	"strings"
)

// Word is one syntactic word of a sentence.
type Word struct {
	Form       string
	Start, End int // byte offsets of Form in the text; both -1 when unknown
	UPOS       string
	XPOS       string // language-specific tag: for English, the Penn Treebank's (VBD, NNS, ...)
	Lemma      string
	Head       int    // index of the head in Sentence.Words; -1 for the root
	Deprel     string // dependency relation to the head, with any subtype ("nmod:poss")
	Misc       string // CoNLL-U MISC column, kept from input
	SpaceAfter bool   // a space follows the word in the text
}

// Sentence is a sequence of words and, once parsed, their dependency tree.
// Words are indexed from 0; a word's Head is the index of another word, or
// -1 for the sentence's root.
type Sentence struct {
	ID   string // sent_id, if known
	Text string // the sentence's text, if known
	// Words are the sentence's words in order.
	Words []Word
	// Offset is the byte offset of Text in a larger document, if known:
	// Words' offsets are relative to that document.
	Offset int

	kids [][]int // children by head, built lazily
}

// NewSentence returns a sentence of the words of text at the given byte
// spans, each a [start, end) pair; spans must be in order, not overlap and
// lie within text.
func NewSentence(text string, spans [][2]int) (*Sentence, error) {
	s := &Sentence{Text: text, Words: make([]Word, len(spans))}
	last := 0
	for i, sp := range spans {
		if sp[0] < last || sp[1] <= sp[0] || sp[1] > len(text) {
			return nil, fmt.Errorf("word %d: span %d:%d is empty, out of order or beyond the text's %d bytes", i+1, sp[0], sp[1], len(text))
		}
		last = sp[1]
		w := &s.Words[i]
		w.Form, w.Start, w.End, w.Head = text[sp[0]:sp[1]], sp[0], sp[1], -1
		w.SpaceAfter = i+1 < len(spans) && sp[1] < spans[i+1][0] || i+1 == len(spans) && sp[1] < len(text)
	}
	return s, nil
}

// SentenceOf returns a sentence of the given word forms, without offsets.
func SentenceOf(forms ...string) *Sentence {
	s := &Sentence{Words: make([]Word, len(forms))}
	for i, f := range forms {
		s.Words[i] = Word{Form: f, Start: -1, End: -1, Head: -1, SpaceAfter: true}
	}
	return s
}

// Len returns the number of words.
func (s *Sentence) Len() int { return len(s.Words) }

// Invalidate drops what the sentence caches about its tree; call it after
// changing a word's Head by hand.
func (s *Sentence) Invalidate() { s.kids = nil }

func (s *Sentence) children() [][]int {
	if s.kids == nil || len(s.kids) != len(s.Words)+1 {
		s.kids = make([][]int, len(s.Words)+1)
		for i, w := range s.Words {
			h := w.Head
			if h < 0 || h >= len(s.Words) {
				h = len(s.Words) // the root's slot
			}
			s.kids[h] = append(s.kids[h], i)
		}
	}
	return s.kids
}

// Root returns the index of the sentence's root word, the first word with
// no head, or -1 if there is none.
func (s *Sentence) Root() int {
	for i, w := range s.Words {
		if w.Head < 0 {
			return i
		}
	}
	return -1
}

// Children returns the indices of word i's dependents in order. The slice
// belongs to the sentence.
func (s *Sentence) Children(i int) []int {
	if i < 0 || i >= len(s.Words) {
		return nil
	}
	return s.children()[i]
}

// Dependents returns the indices of word i's dependents whose relation is
// label, in order. A label without a subtype matches its subtypes too:
// "nmod" matches "nmod:poss"; "nmod:poss" matches only itself.
func (s *Sentence) Dependents(i int, label string) []int {
	var out []int
	for _, c := range s.Children(i) {
		if HasLabel(s.Words[c].Deprel, label) {
			out = append(out, c)
		}
	}
	return out
}

// Dependent returns the first of word i's dependents whose relation is label
// (as in Dependents), or -1.
func (s *Sentence) Dependent(i int, label string) int {
	for _, c := range s.Children(i) {
		if HasLabel(s.Words[c].Deprel, label) {
			return c
		}
	}
	return -1
}

// HasLabel reports whether the relation deprel is label or, when label has
// no subtype, one of label's subtypes.
func HasLabel(deprel, label string) bool {
	if deprel == label {
		return true
	}
	return !strings.Contains(label, ":") && strings.HasPrefix(deprel, label) && len(deprel) > len(label) && deprel[len(label)] == ':'
}

// Subtree returns the range [first, end) of word indices spanned by word i
// and all its descendants. In a non-projective tree the range may include
// words outside the subtree.
func (s *Sentence) Subtree(i int) (first, end int) {
	if i < 0 || i >= len(s.Words) {
		return 0, 0
	}
	first, end = i, i+1
	kids := s.children()
	stack := []int{i}
	seen := 0
	for len(stack) > 0 && seen <= len(s.Words) {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		seen++
		first, end = min(first, n), max(end, n+1)
		stack = append(stack, kids[n]...)
	}
	return first, end
}

// Span returns the byte offsets [start, end) of word i's subtree, from its
// first word's Start to its last word's End.
func (s *Sentence) Span(i int) (start, end int) {
	f, e := s.Subtree(i)
	if f >= e {
		return -1, -1
	}
	return s.Words[f].Start, s.Words[e-1].End
}

// Ancestor reports whether word a dominates word d (a is d's head, or its
// head's head, and so on).
func (s *Sentence) Ancestor(a, d int) bool {
	for n, steps := d, 0; n >= 0 && n < len(s.Words) && steps <= len(s.Words); steps++ {
		n = s.Words[n].Head
		if n == a {
			return true
		}
	}
	return false
}
