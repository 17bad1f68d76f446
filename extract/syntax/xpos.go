package syntax

import (
	"math/rand/v2"
	"slices"
)

// The XPOS pass gives each word a language-specific tag (for English, the
// Penn Treebank's: VBD, VBN, NNS, ...) from the word and the UPOS tags
// around it. The parser reads both tag sets.

// xposFeats appends the features for the XPOS of word i; upos holds the
// UPOS tags and xpos the XPOS tags so far (both one more than an index).
func xposFeats(fs []uint64, ls []lex, i int, upos, xpos []uint64) []uint64 {
	at := func(j int) *lex { return lexAt(ls, j) }
	u := func(j int) uint64 {
		if j < 0 || j >= len(upos) {
			return 99
		}
		return upos[j]
	}
	x1 := uint64(99)
	if i > 0 {
		x1 = xpos[i-1]
	}
	w, n1 := at(i), at(i+1)
	u0, up, un := u(i), u(i-1), u(i+1)
	return append(fs,
		f1(0, u0), f2(1, u0, w.lower), f2(2, u0, w.suf[0]), f2(3, u0, w.suf[1]), f2(4, u0, w.suf[2]),
		f2(5, u0, w.shape), f3(6, u0, up, un), f2(7, u0, x1), f2(8, u0, n1.lower),
		f2(9, u0, at(i-1).lower), f2(10, u0, w.suf[3]), f3(11, u0, x1, un),
	)
}

// tagXPOS sets xpos from the UPOS tags upos.
func tagXPOS(t *table, ls []lex, upos, xpos []uint64, fs []uint64, acc []int32) {
	for i := range ls {
		if x := ls[i].sure >> 8 & 0xff; x != 0 && ls[i].sure&0xff == upos[i] {
			xpos[i] = x
			continue
		}
		fs = xposFeats(fs[:0], ls, i, upos, xpos)
		xpos[i] = uint64(t.best(fs, acc) + 1)
	}
}

// trainXPOS trains the XPOS pass on the sentences numbered in use, with
// the (predicted) UPOS tags upos, towards the gold XPOS indices gold.
func trainXPOS(n int, ls [][]lex, upos [][]uint64, gold [][]int, use []int, epochs int, seed uint64) *perceptron {
	p := newPerceptron(n)
	order := slices.Clone(use)
	rng := rand.New(rand.NewPCG(seed, 3))
	fs := make([]uint64, 0, 16)
	scores := make([]float32, n)
	var xpos []uint64
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			xpos = resize(xpos, len(ls[si]))
			for i := range ls[si] {
				if x := ls[si][i].sure >> 8 & 0xff; x != 0 && ls[si][i].sure&0xff == upos[si][i] {
					xpos[i] = x
					continue
				}
				fs = xposFeats(fs[:0], ls[si], i, upos[si], xpos)
				p.scores(fs, scores)
				k := argmax(scores, nil)
				p.tick()
				p.update(fs, gold[si][i], k)
				xpos[i] = uint64(k + 1)
			}
		}
	}
	p.average()
	return p
}

// predictXPOS returns the XPOS tags p gives the sentences numbered in use.
func predictXPOS(p *perceptron, ls [][]lex, upos [][]uint64, use []int, out [][]uint64) {
	fs := make([]uint64, 0, 16)
	scores := make([]float32, p.n)
	for _, si := range use {
		xpos := make([]uint64, len(ls[si]))
		for i := range ls[si] {
			if x := ls[si][i].sure >> 8 & 0xff; x != 0 && ls[si][i].sure&0xff == upos[si][i] {
				xpos[i] = x
				continue
			}
			fs = xposFeats(fs[:0], ls[si], i, upos[si], xpos)
			p.scores(fs, scores)
			xpos[i] = uint64(argmax(scores, nil) + 1)
		}
		out[si] = xpos
	}
}
