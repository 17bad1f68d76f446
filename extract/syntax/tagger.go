package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"
)

// UPOS lists the Universal Dependencies parts of speech in the order the
// tagger numbers them.
var UPOS = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func uposIndex(tag string) int {
	for i, t := range UPOS {
		if t == tag {
			return i
		}
	}
	return len(UPOS) - 1 // X
}

// lex holds the hashes of a word that features use.
type lex struct {
	form, lower, shape uint64
	pre                [3]uint64 // prefixes of 1-3 bytes of the lower-case form
	suf                [4]uint64 // suffixes of 1-4 bytes
	amb                uint64    // ambiguity class: the tags the word had in training, 0 if rare
	// the tags of a word seen often in training with nearly always the
	// same tags: UPOS index+1 in the low byte (0 if not sure), XPOS
	// index+1 in the next (0 if not sure)
	sure uint64
}

var boundary = [2]lex{edgeLex("<s>"), edgeLex("</s>")}

func edgeLex(s string) lex {
	h := hashString(s)
	l := lex{form: h, lower: h, shape: h}
	for i := range l.pre {
		l.pre[i] = h
	}
	for i := range l.suf {
		l.suf[i] = h
	}
	return l
}

// lexOf computes the hashes of form. lower must be form in lower case.
func lexOf(form, lower string) lex {
	l := lex{form: hashString(form), lower: hashString(lower)}
	for i := range l.pre {
		if i < len(lower) {
			l.pre[i] = hashString(lower[:i+1])
		} else {
			l.pre[i] = l.lower
		}
	}
	for i := range l.suf {
		if i < len(lower) {
			l.suf[i] = hashString(lower[len(lower)-i-1:])
		} else {
			l.suf[i] = l.lower
		}
	}
	// shape: X for upper, x for lower, d for digit, others as they are,
	// runs longer than two cut to two
	h := uint64(fnvOffset)
	var last byte
	run := 0
	for i := 0; i < len(form); {
		c := form[i]
		n := 1
		var k byte
		switch {
		case c >= 'A' && c <= 'Z':
			k = 'X'
		case c >= 'a' && c <= 'z':
			k = 'x'
		case c >= '0' && c <= '9':
			k = 'd'
		case c >= utf8.RuneSelf:
			r, sz := utf8.DecodeRuneInString(form[i:])
			n = sz
			switch {
			case strings.ToLower(string(r)) != string(r):
				k = 'X'
			case strings.ToUpper(string(r)) != string(r):
				k = 'x'
			default:
				k = 'o'
			}
		default:
			k = c
		}
		i += n
		if k == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = k
		h ^= uint64(k)
		h *= fnvPrime
	}
	l.shape = h
	return l
}

// lower returns s in lower case, without allocating when it already is.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// tagger is a greedy left-to-right averaged-perceptron tagger in two
// passes: the second sees the first pass's tags of the words to the right.
type tagger struct {
	first, second *table
	dict          map[uint64]uint64 // lower-case word hash -> ambiguity class | sure tags<<32
	xpos          *table            // the XPOS pass
	xposTags      []string
}

// lexAt returns the lex of word j, or of the sentence's start or end.
func lexAt(ls []lex, j int) *lex {
	switch {
	case j < 0:
		return &boundary[0]
	case j >= len(ls):
		return &boundary[1]
	}
	return &ls[j]
}

// tagFeats appends the features of word i to fs; tags holds the tags
// predicted so far (one more than a tag index, 0 for none).
func tagFeats(fs []uint64, ls []lex, i int, tags, first []uint64) []uint64 {
	at := func(j int) *lex { return lexAt(ls, j) }
	t := func(j int) uint64 {
		if j < 0 {
			return 99
		}
		return tags[j]
	}
	w, p1, p2, n1, n2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	t1, t2 := t(i-1), t(i-2)
	atStart := uint64(0)
	if i == 0 {
		atStart = 1
	}
	fs = append(fs,
		f1(0, 0),
		f1(3, w.suf[0]), f1(4, w.suf[1]), f1(5, w.suf[2]),
		f1(7, w.pre[0]), f1(9, w.pre[2]),
		f1(10, w.shape),
		f1(11, p1.lower), f1(12, p2.lower), f1(14, n2.lower),
		f1(15, p1.suf[2]),
		f1(18, t2), f2(19, t1, t2),
		f2(21, p1.lower, w.lower),
		f2(22, w.lower, n1.lower),
		f1(23, n1.shape), f1(24, p1.shape),
		f2(25, atStart, w.shape),
		f2(27, t1, n1.lower),
		f2(29, w.suf[2], n1.suf[2]),
		f1(30, w.amb), f1(31, n1.amb),
		f2(34, w.amb, n1.amb),
		f3(37, t1, w.amb, n1.amb),
	)
	if first == nil {
		return append(fs, f1(33, p1.amb))
	}
	r := func(j int) uint64 {
		if j >= len(first) {
			return 98
		}
		return first[j]
	}
	r0, r1, r2 := r(i), r(i+1), r(i+2)
	return append(fs,
		f1(1, w.lower), f1(2, w.form), f1(6, w.suf[3]),
		f1(13, n1.lower), f1(16, n1.suf[2]), f1(17, t1),
		f2(26, t1, w.suf[2]), f2(36, w.lower, n1.amb),
		f1(40, r0), f1(41, r1), f1(42, r2),
		f2(43, r1, r2), f2(44, t1, r1), f2(45, w.lower, r1),
		f2(46, w.lower, r0), f2(48, w.suf[2], r1),
	)
}

func lexes(s *Sentence, ls []lex, dict map[uint64]uint64) []lex {
	ls = ls[:0]
	for _, w := range s.Words {
		l := lexOf(w.Form, lower(w.Form))
		v := dict[l.lower]
		l.amb, l.sure = v&(1<<32-1), v>>32
		ls = append(ls, l)
	}
	return ls
}

// tagDict maps a lower-case word's hash to the set of tags it had in
// sents, for words seen at least minCount times; a tag counts when it is at
// least a twentieth of the word's occurrences. Above bit 32 it holds the
// word's sure tags (see lex.sure): for words seen at least sureCount
// times, the UPOS tag they had at least sureShare of the time, and the
// XPOS tag (an index into xposTags) likewise.
func tagDict(sents []*Sentence, minCount int, xindex map[string]int) map[uint64]uint64 {
	type count struct {
		upos [32]int
		xpos map[int]int
	}
	counts := map[string]*count{}
	var words []string
	for _, s := range sents {
		for _, w := range s.Words {
			l := lower(w.Form)
			c := counts[l]
			if c == nil {
				c = &count{xpos: map[int]int{}}
				counts[l] = c
				words = append(words, l)
			}
			c.upos[uposIndex(w.UPOS)]++
			c.upos[31]++
			c.xpos[xindex[w.XPOS]]++
		}
	}
	d := map[uint64]uint64{}
	for _, w := range words {
		c := counts[w]
		n := c.upos[31]
		if n < minCount {
			continue
		}
		var m uint64
		for k := range UPOS {
			if c.upos[k]*20 >= n {
				m |= 1 << k
			}
		}
		if n >= sureCount {
			for k := range UPOS {
				if float64(c.upos[k]) >= sureShare*float64(n) {
					m |= uint64(k+1) << 32
					for x, cx := range c.xpos {
						if float64(cx) >= sureShare*float64(n) {
							m |= uint64(x+1) << 40
						}
					}
				}
			}
		}
		d[hashString(w)] = m
	}
	return d
}

// The words the tagger leaves to the tag dictionary: those seen at least
// sureCount times in training with one tag at least sureShare of the time.
const (
	sureCount = 10
	sureShare = 0.99
)

// tag sets the UPOS and XPOS of the words. tags, first and xpos must have
// one element per word; acc one per UPOS tag and xacc one per XPOS tag.
func (tg *tagger) tag(s *Sentence, ls []lex, fs []uint64, acc []int32, tags, first, xpos []uint64, xacc []int32) {
	for i := range s.Words {
		if t := ls[i].sure & 0xff; t != 0 {
			first[i] = t
			continue
		}
		fs = tagFeats(fs[:0], ls, i, first, nil)
		first[i] = uint64(tg.first.best(fs, acc) + 1)
	}
	for i := range s.Words {
		if t := ls[i].sure & 0xff; t != 0 {
			tags[i] = t
			s.Words[i].UPOS = UPOS[t-1]
			continue
		}
		fs = tagFeats(fs[:0], ls, i, tags, first)
		k := tg.second.best(fs, acc)
		tags[i] = uint64(k + 1)
		s.Words[i].UPOS = UPOS[k]
	}
	tagXPOS(tg.xpos, ls, tags, xpos, fs, xacc)
	for i := range s.Words {
		s.Words[i].XPOS = tg.xposTags[xpos[i]-1]
	}
}

// taggerData is a training set prepared for the tagger.
type taggerData struct {
	ls   [][]lex
	gold [][]int
}

func prepareTagger(sents []*Sentence, dict map[uint64]uint64) *taggerData {
	d := &taggerData{ls: make([][]lex, len(sents)), gold: make([][]int, len(sents))}
	for i, s := range sents {
		d.ls[i] = lexes(s, nil, dict)
		for _, w := range s.Words {
			d.gold[i] = append(d.gold[i], uposIndex(w.UPOS))
		}
	}
	return d
}

// trainPass trains one pass of the tagger on the sentences numbered in
// use; first, when not nil, holds first-pass tags for every sentence.
func trainPass(d *taggerData, use []int, first [][]uint64, epochs int, seed uint64) *perceptron {
	p := newPerceptron(len(UPOS))
	order := slices.Clone(use)
	rng := rand.New(rand.NewPCG(seed, 1))
	fs := make([]uint64, 0, 64)
	scores := make([]float32, len(UPOS))
	var tags []uint64
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			tags = tags[:0]
			var fi []uint64
			if first != nil {
				fi = first[si]
			}
			for i := range d.ls[si] {
				if t := d.ls[si][i].sure & 0xff; t != 0 {
					tags = append(tags, t)
					continue
				}
				fs = tagFeats(fs[:0], d.ls[si], i, tags, fi)
				p.scores(fs, scores)
				k := argmax(scores, nil)
				p.tick()
				p.update(fs, d.gold[si][i], k)
				tags = append(tags, uint64(k+1))
			}
		}
	}
	p.average()
	return p
}

// predictPass sets out to the first-pass tags p gives the sentences
// numbered in use.
func predictPass(p *perceptron, d *taggerData, use []int, out [][]uint64) {
	fs := make([]uint64, 0, 64)
	scores := make([]float32, len(UPOS))
	for _, si := range use {
		tags := make([]uint64, len(d.ls[si]))
		for i := range d.ls[si] {
			if t := d.ls[si][i].sure & 0xff; t != 0 {
				tags[i] = t
				continue
			}
			fs = tagFeats(fs[:0], d.ls[si], i, tags, nil)
			p.scores(fs, scores)
			tags[i] = uint64(argmax(scores, nil) + 1)
		}
		out[si] = tags
	}
}

// trainTagger trains a tagger on the gold tags of sents. The second pass
// learns from first-pass tags predicted by models that did not see the
// sentence (folds-way jackknifing), and the XPOS pass from those UPOS tags;
// the jackknifed UPOS and XPOS tags are returned too, for training the
// parser on tags like those it meets in use.
func trainTagger(sents []*Sentence, epochs, folds int, seed uint64) (tg *tagger, upos, xpos [][]uint64) {
	tg = &tagger{}
	xindex := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if _, ok := xindex[w.XPOS]; !ok {
				xindex[w.XPOS] = 0
				tg.xposTags = append(tg.xposTags, w.XPOS)
			}
		}
	}
	slices.Sort(tg.xposTags)
	for i, x := range tg.xposTags {
		xindex[x] = i
	}
	tg.dict = tagDict(sents, 3, xindex)
	d := prepareTagger(sents, tg.dict)
	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	xgold := make([][]int, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			xgold[i] = append(xgold[i], xindex[w.XPOS])
		}
	}
	fold := func(k int) (in, out []int) {
		for i := range sents {
			if i%folds == k {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		return in, out
	}
	tg.first = trainPass(d, all, nil, epochs, seed).freeze(tagPrune)
	upos = make([][]uint64, len(sents))
	for k := range folds {
		in, out := fold(k)
		p := trainPass(d, in, nil, epochs, seed+uint64(k)+1)
		predictPass(p, d, out, upos)
	}
	tg.second = trainPass(d, all, upos, epochs, seed).freeze(tagPrune)
	xpos = make([][]uint64, len(sents))
	for k := range folds {
		in, out := fold(k)
		p := trainXPOS(len(tg.xposTags), d.ls, upos, xgold, in, epochs, seed+uint64(k)+1)
		predictXPOS(p, d.ls, upos, out, xpos)
	}
	tg.xpos = trainXPOS(len(tg.xposTags), d.ls, upos, xgold, all, epochs, seed).freeze(tagPrune)
	return tg, upos, xpos
}
