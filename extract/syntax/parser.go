package syntax

import (
	"math/rand/v2"
	"slices"
)

// The parser is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011) with
// the root at the end of the buffer: words are 0..n-1 and the root is n.
// SHIFT pushes the buffer's front b; LEFT makes b the head of the stack's
// top s0 and pops it; RIGHT makes the word under the top, s1, the head of
// s0 and pops it. LEFT onto the root is allowed only when s0 is the last
// word on the stack, so that a sentence has one root.

const (
	shift = iota
	left
	right
	nActions
)

// parseState is a parser configuration.
type parseState struct {
	n      int
	stack  []int
	b      int
	heads  []int       // -2 while unattached; n for the root
	labels []uint64    // one more than the label index; 0 while unattached
	lset   [][2]uint64 // sets of the labels of left and right dependents, as bits
	lc     [][2]int
	rc     [][2]int
	nl, nr []uint8
	lacc   []int32 // the label scores of an arc
}

func (st *parseState) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 0
	st.heads = resize(st.heads, n+1)
	st.labels = resize(st.labels, n+1)
	st.lset = resize(st.lset, n+1)
	st.lc = resize(st.lc, n+1)
	st.rc = resize(st.rc, n+1)
	st.nl = resize(st.nl, n+1)
	st.nr = resize(st.nr, n+1)
	for i := range n + 1 {
		st.heads[i] = -2
		st.labels[i] = 0
		st.lset[i] = [2]uint64{}
		st.lc[i] = [2]int{-1, -1}
		st.rc[i] = [2]int{-1, -1}
		st.nl[i], st.nr[i] = 0, 0
	}
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (st *parseState) done() bool { return len(st.stack) == 0 && st.b == st.n }

func (st *parseState) legal(a int) bool {
	switch a {
	case shift:
		return st.b < st.n
	case left:
		return len(st.stack) > 0 && (st.b < st.n || len(st.stack) == 1)
	case right:
		return len(st.stack) > 1
	}
	return false
}

func (st *parseState) attach(h, d int, label uint64) {
	st.heads[d] = h
	st.labels[d] = label
	side := 0
	if d > h {
		side = 1
	}
	st.lset[h][side] |= 1 << (label % 64)
	if d < h {
		c := &st.lc[h]
		switch {
		case c[0] < 0 || d < c[0]:
			c[1], c[0] = c[0], d
		case c[1] < 0 || d < c[1]:
			c[1] = d
		}
		if st.nl[h] < 255 {
			st.nl[h]++
		}
	} else {
		c := &st.rc[h]
		switch {
		case c[0] < 0 || d > c[0]:
			c[1], c[0] = c[0], d
		case c[1] < 0 || d > c[1]:
			c[1] = d
		}
		if st.nr[h] < 255 {
			st.nr[h]++
		}
	}
}

// arc returns the head and dependent that action a attaches.
func (st *parseState) arc(a int) (h, d int) {
	k := len(st.stack)
	switch a {
	case left:
		return st.b, st.stack[k-1]
	case right:
		return st.stack[k-2], st.stack[k-1]
	}
	return -1, -1
}

func (st *parseState) apply(a int, label uint64) {
	switch a {
	case shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case left:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, s0, label)
	case right:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(s1, s0, label)
	}
}

// cost returns the number of gold arcs that action a makes unreachable
// (the dynamic oracle of Goldberg and Nivre 2013); gold holds each word's
// gold head, n for the root.
func (st *parseState) cost(a int, gold []int) int {
	k := len(st.stack)
	b := st.b
	switch a {
	case shift:
		c := 0
		for i, d := range st.stack {
			if gold[d] == b {
				c++
			}
			if gold[b] == d && i < k-1 {
				c++
			}
		}
		return c
	case left, right:
		s0 := st.stack[k-1]
		c := 0
		for d := b; d < st.n; d++ {
			if gold[d] == s0 {
				c++
			}
		}
		g := gold[s0]
		if a == left {
			if g != b && (g > b || k > 1 && g == st.stack[k-2]) {
				c++
			}
		} else if g >= b {
			c++
		}
		return c
	}
	return 0
}

// parserModel scores transitions.
type parserModel struct {
	p      *table // actions
	l      *table // labels of arcs
	labels []string
}

// labelFeats appends the features for labelling the arc h -> d.
func (st *parseState) labelFeats(fs []uint64, c *parseCtx, h, d int) []uint64 {
	n := st.n
	dir := uint64(1)
	if h > d {
		dir = 2
	}
	if h >= n {
		dir = 3
	}
	lab := func(x int) uint64 {
		if x < 0 {
			return noneVal
		}
		return st.labels[x]
	}
	dw, dp, hw, hp := c.w(n, d), c.p(n, d), c.w(n, h), c.p(n, h)
	dl, dl2 := st.lc[d][0], st.lc[d][1]
	hl, hr := st.lc[h][0], st.rc[h][0]
	ds := uint64(noneVal)
	if d < n {
		ds = c.ls[d].suf[2]
	}
	fs = append(fs,
		f1(0, dir), f2(1, dir, dw), f2(2, dir, dp), f2(3, dir, hw), f2(4, dir, hp),
		f3(6, dir, dw, hp), f3(7, dir, dp, hw), f3(8, dir, dw, hw),
		f2(10, dp, lab(dl)), f2(12, dp, c.w(n, dl)), f2(13, dp, c.w(n, dl2)),
		f3(14, dp, lab(dl), lab(dl2)),
		f3(16, hp, dir, lab(hl)), f3(17, hp, dir, lab(hr)),
		f2(18, dir, ds), f3(19, dp, c.p(n, d+1), c.p(n, d-1)),
		f3(20, dp, uint64(st.nl[d]), uint64(st.nr[d])),
		f3(21, dir, dp, c.p(n, h+1)), f3(22, dir, dp, c.p(n, h-1)),
		f2(23, c.w(n, dl), hp), f3(24, dir, c.p(n, dl), dp),
		f3(27, hp, dir, st.lset[h][0]), f3(28, hp, dir, st.lset[h][1]),
		f3(29, dir, ds, hp), f3(30, dw, dir, lab(dl)), f3(31, dp, hp, c.w(n, dl)),
		f2(32, dir, c.x(n, d)), f3(34, dir, c.x(n, d), hw), f3(35, dir, dw, c.x(n, h)),
	)
	return fs
}

// parseCtx holds what the features of a sentence read.
type parseCtx struct {
	ls    []lex
	tags  []uint64 // one more than the UPOS index
	xtags []uint64 // one more than the XPOS index
}

const (
	noneVal = 0x5bd1e995
	rootVal = 0x1b873593
)

// at returns vals[x] for a word x of a sentence of n words, and stand-ins
// for no word (x < 0) and the root (x >= n).
func at(vals []uint64, n, x int) uint64 {
	switch {
	case x < 0:
		return noneVal
	case x >= n:
		return rootVal
	}
	return vals[x]
}

func (c *parseCtx) w(n, x int) uint64 {
	if x < 0 || x >= n {
		return at(nil, n, x)
	}
	return c.ls[x].lower
}

func (c *parseCtx) p(n, x int) uint64 { return at(c.tags, n, x) }

func (c *parseCtx) x(n, x int) uint64 { return at(c.xtags, n, x) }

func dist(a, b int) uint64 {
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// feats appends the features of the configuration for choosing an action.
func (st *parseState) feats(fs []uint64, c *parseCtx) []uint64 {
	fs = st.stackFeats(fs, c)
	fs = st.bufferFeats(fs, c)
	return st.arcFeats(fs, c)
}

// stackWord returns the word i from the top of the stack, or -1.
func (st *parseState) stackWord(i int) int {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return -1
}

// bufferWord returns the word i from the front of the buffer, the root, or
// -1.
func (st *parseState) bufferWord(i int) int {
	if st.b+i <= st.n {
		return st.b + i
	}
	return -1
}

// stackFeats appends the features that read only the words and tags of
// the top three words of the stack: they stay the same while the stack
// below its top is unchanged.
func (st *parseState) stackFeats(fs []uint64, c *parseCtx) []uint64 {
	n := st.n
	s0, s1, s2 := st.stackWord(0), st.stackWord(1), st.stackWord(2)
	s0w, s0p := c.w(n, s0), c.p(n, s0)
	s1w, s1p := c.w(n, s1), c.p(n, s1)
	s2p := c.p(n, s2)
	d2 := uint64(9)
	if s1 >= 0 {
		d2 = dist(s1, s0)
	}
	s0wp, s1wp := mix(s0w^s0p), mix(s1w^s1p)
	s0x, s1x := c.x(n, s0), c.x(n, s1)
	return append(fs,
		f1(110, s0x), f1(111, s1x), f2(116, s1x, s0x),
		f1(4, s1w), f1(5, s1p), f1(6, s1wp),
		f2(24, s1p, s0p), f2(25, s1w, s0w), f2(26, s1wp, s0p), f2(27, s1p, s0wp),
		f3(34, s2p, s1p, s0p),
		f3(43, s1p, s0p, d2), f3(44, s1w, s0w, d2),
	)
}

// bufferFeats appends the features that read only the words and tags of
// the front of the buffer: they stay the same until the next SHIFT.
func (st *parseState) bufferFeats(fs []uint64, c *parseCtx) []uint64 {
	n := st.n
	b0, b1, b2 := st.bufferWord(0), st.bufferWord(1), st.bufferWord(2)
	b0w, b0p := c.w(n, b0), c.p(n, b0)
	b1w, b1p := c.w(n, b1), c.p(n, b1)
	b2w, b2p := c.w(n, b2), c.p(n, b2)
	b1wp := mix(b1w ^ b1p)
	return append(fs,
		f3(102, b0w, b1p, b2p),
		f1(112, c.x(n, b0)), f1(113, c.x(n, b1)), f1(114, c.x(n, b2)),
		f1(0, 0),
		f1(8, b0w), f1(9, b0p),
		f1(12, b1p), f1(13, b1wp),
		f1(14, b2w), f1(15, b2p),
		f2(23, b0p, b1p), f3(28, b0p, b1p, b2p),
	)
}

// The roles of localFeats.
const (
	roleS0 = iota
	roleS1
	roleB0
	nRoles
)

// localFeats appends the features that read only word x, in the role of
// the stack's top, the word under it or the buffer's front, and the
// dependents it has so far: they stay the same until x gets a dependent.
func (st *parseState) localFeats(fs []uint64, c *parseCtx, role, x int) []uint64 {
	n := st.n
	l, l2, r, r2 := -1, -1, -1, -1
	var vl, vr uint64
	set0, set1 := uint64(noneVal), uint64(noneVal)
	if x >= 0 {
		l, l2, r, r2 = st.lc[x][0], st.lc[x][1], st.rc[x][0], st.rc[x][1]
		vl, vr = uint64(st.nl[x]), uint64(st.nr[x])
		set0, set1 = st.lset[x][0], st.lset[x][1]
	}
	lab := func(x int) uint64 {
		if x < 0 {
			return noneVal
		}
		return st.labels[x]
	}
	xw, xp := c.w(n, x), c.p(n, x)
	lp, l2p, rp, r2p := c.p(n, l), c.p(n, l2), c.p(n, r), c.p(n, r2)
	ll, l2l, rl, r2l := lab(l), lab(l2), lab(r), lab(r2)
	switch role {
	case roleS0:
		return append(fs,
			f1(80, ll), f1(81, rl), f2(84, xp, ll),
			f3(88, xp, ll, l2l), f3(89, xp, rl, r2l), f3(91, xw, ll, rl),
			f2(95, xp, set0), f2(96, xw, set1), f2(97, xp, set1),
			f2(45, xw, vr), f2(46, xp, vr),
			f1(53, c.w(n, l)), f1(54, lp), f1(55, c.w(n, r)), f1(56, rp),
			f1(62, l2p), f1(63, r2p), f3(66, xp, rp, r2p),
		)
	case roleS1:
		return append(fs,
			f2(52, xp, vl),
			f1(59, lp), f1(60, rp),
		)
	}
	return append(fs,
		f1(82, ll), f2(86, xp, ll), f3(90, xp, ll, l2l),
		f2(99, xp, set0), f2(50, xp, vl),
		f1(57, c.w(n, l)), f1(58, lp), f1(64, l2p), f3(67, xp, lp, l2p),
	)
}

// arcFeats appends the other features: those that read both the stack and
// the buffer, or the dependents found so far.
func (st *parseState) arcFeats(fs []uint64, c *parseCtx) []uint64 {
	fs = st.pairFeats(fs, c)
	fs = st.localFeats(fs, c, roleS0, st.stackWord(0))
	fs = st.localFeats(fs, c, roleS1, st.stackWord(1))
	return st.localFeats(fs, c, roleB0, st.bufferWord(0))
}

// pairFeats appends the features that read both the stack and the buffer.
func (st *parseState) pairFeats(fs []uint64, c *parseCtx) []uint64 {
	n := st.n
	s0, s1 := st.stackWord(0), st.stackWord(1)
	b0, b1 := st.bufferWord(0), st.bufferWord(1)
	kid := func(x int, side [][2]int, k int) int {
		if x < 0 {
			return -1
		}
		return side[x][k]
	}
	s0l, s0r := kid(s0, st.lc, 0), kid(s0, st.rc, 0)
	b0l := kid(b0, st.lc, 0)
	s0w, s0p := c.w(n, s0), c.p(n, s0)
	s1p := c.p(n, s1)
	b0w, b0p := c.w(n, b0), c.p(n, b0)
	b1p := c.p(n, b1)
	s0lp, s0rp := c.p(n, s0l), c.p(n, s0r)
	b0lp := c.p(n, b0l)
	d := uint64(9)
	if s0 >= 0 {
		d = dist(s0, b0)
		if b0 == n {
			d = 8
		}
	}
	s0wp, b0wp := mix(s0w^s0p), mix(b0w^b0p)
	lab := func(x int) uint64 {
		if x < 0 {
			return noneVal
		}
		return st.labels[x]
	}
	s0rl := lab(s0r)
	s0x, s1x, b0x, b1x := c.x(n, s0), c.x(n, s1), c.x(n, b0), c.x(n, b1)
	return append(fs,
		f3(92, s0p, s0rl, b0p),
		f2(115, s0x, b0x), f3(117, s0x, b0x, b1x), f3(118, s1x, s0x, b0x),
		f2(119, s0w, b0x), f3(121, s0x, c.x(n, s0l), b0x), f3(122, s0x, c.x(n, s0r), b0x),
		f3(123, s0x, b0x, d),
		f2(16, s0wp, b0wp),
		f2(22, s0p, b0p),
		f3(29, s0p, b0p, b1p), f3(30, s1p, s0p, b0p),
		f3(31, s0p, s0lp, b0p), f3(32, s0p, s0rp, b0p), f3(33, s0p, b0p, b0lp),
		f3(36, s1p, s0p, s0lp),
		f2(37, s0w, d), f2(38, s0p, d), f2(40, b0p, d),
		f3(42, s0p, b0p, d),
		f3(69, s0wp, b0p, b1p), f3(70, s1p, s0wp, b0p),
	)
}

// parse sets the heads of the words of s from the model's transitions.
func (m *parserModel) parse(st *parseState, c *parseCtx, s *Sentence, fs []uint64) {
	n := len(s.Words)
	st.reset(n)
	var scores [nActions]float32
	var acc, bufAcc [nActions]int32
	var ok [nActions]bool
	st.lacc = resize(st.lacc, len(m.labels))
	lacc := st.lacc
	// The weights of the stack's and the buffer's own features are summed
	// once per stack (for each depth) and once per front of the buffer,
	// and those of a word's local features once until it gets a dependent.
	// The features a transition needs are looked up in one batch, so that
	// their cache misses overlap.
	stackAcc := make([][nActions]int32, n+2)
	stackOK := make([]bool, n+2)
	bufAt := -1
	localAcc := make([][nRoles][nActions]int32, n+1)
	localOK := make([][nRoles]bool, n+1)
	var segs segments
	for !st.done() {
		for a := range ok {
			ok[a] = st.legal(a)
		}
		k := len(st.stack)
		fs = fs[:0]
		segs.n = 0
		if !stackOK[k] {
			stackAcc[k] = [nActions]int32{}
			fs = st.stackFeats(fs, c)
			segs.push(len(fs), &stackAcc[k])
			stackOK[k] = true
		}
		if bufAt != st.b {
			bufAcc = [nActions]int32{}
			fs = st.bufferFeats(fs, c)
			segs.push(len(fs), &bufAcc)
			bufAt = st.b
		}
		acc = [nActions]int32{}
		xs := [nRoles]int{st.stackWord(0), st.stackWord(1), st.bufferWord(0)}
		for role, x := range xs {
			switch {
			case x < 0:
				fs = st.localFeats(fs, c, role, x)
				segs.push(len(fs), &acc)
			case !localOK[x][role]:
				localAcc[x][role] = [nActions]int32{}
				fs = st.localFeats(fs, c, role, x)
				segs.push(len(fs), &localAcc[x][role])
				localOK[x][role] = true
			}
		}
		fs = st.pairFeats(fs, c)
		segs.push(len(fs), &acc)
		m.p.addSegments(fs, &segs)
		for role, x := range xs {
			if x >= 0 {
				for a := range acc {
					acc[a] += localAcc[x][role][a]
				}
			}
		}
		for a := range scores {
			scores[a] = float32(acc[a] + stackAcc[k][a] + bufAcc[a])
		}
		a := argmax(scores[:], ok[:])
		var label uint64
		if a != shift {
			h, d := st.arc(a)
			fs = st.labelFeats(fs[:0], c, h, d)
			label = uint64(m.l.best(fs, lacc) + 1)
			localOK[h] = [nRoles]bool{} // h gets a dependent
		} else {
			stackOK[k+1] = false // a new word on top
		}
		st.apply(a, label)
	}
	for i := range s.Words {
		h := st.heads[i]
		if h >= n || h < 0 {
			h = -1
		}
		s.Words[i].Head = h
		s.Words[i].Deprel = m.labels[st.labels[i]-1]
	}
	s.Invalidate()
}

// trainParser trains the transition model on gold trees with the given
// (predicted) tags, following the model's own transitions with probability
// explore after the first epoch.
func trainParser(sents []*Sentence, ls [][]lex, tags, xtags [][]uint64, epochs int, explore float64, seed uint64) *parserModel {
	labelIndex := map[string]int{}
	var labels []string
	for _, s := range sents {
		for _, w := range s.Words {
			if _, ok := labelIndex[w.Deprel]; !ok {
				labels = append(labels, w.Deprel)
			}
			labelIndex[w.Deprel] = 0
		}
	}
	slices.Sort(labels)
	for i, l := range labels {
		labelIndex[l] = i
	}
	act, lab := newPerceptron(nActions), newPerceptron(len(labels))
	lscores := make([]float32, len(labels))
	var glabel []int
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	var st parseState
	fs := make([]uint64, 0, 96)
	var gold []int
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := sents[si]
			n := len(s.Words)
			gold = gold[:0]
			glabel = glabel[:0]
			for _, w := range s.Words {
				glabel = append(glabel, labelIndex[w.Deprel])
				h := w.Head
				if h < 0 {
					h = n
				}
				gold = append(gold, h)
			}
			c := parseCtx{ls: ls[si], tags: tags[si], xtags: xtags[si]}
			st.reset(n)
			var scores [nActions]float32
			for !st.done() {
				fs = st.feats(fs[:0], &c)
				act.scores(fs, scores[:])
				pred, best, minCost := -1, -1, 1<<30
				var costs [nActions]int
				for a := range nActions {
					if !st.legal(a) {
						costs[a] = -1
						continue
					}
					costs[a] = st.cost(a, gold)
					minCost = min(minCost, costs[a])
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
				}
				for a := range nActions {
					if costs[a] == minCost && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				act.tick()
				if costs[pred] != minCost {
					act.update(fs, best, pred)
				}
				next := best
				explored := epoch > 0 && rng.Float64() < explore
				if explored {
					next = pred
				}
				var label uint64
				if next != shift {
					h, d := st.arc(next)
					fs = st.labelFeats(fs[:0], &c, h, d)
					lab.scores(fs, lscores)
					lp := argmax(lscores, nil)
					label = uint64(lp + 1)
					if gold[d] == h {
						lab.tick()
						lab.update(fs, glabel[d], lp)
						if !explored {
							label = uint64(glabel[d] + 1)
						}
					}
				}
				st.apply(next, label)
			}
		}
	}
	act.average()
	lab.average()
	return &parserModel{p: act.freeze(actionPrune), l: lab.freeze(labelPrune), labels: labels}
}

// The number of quantisation steps below which a feature's weights are all
// dropped from the model: dropping rarely seen features keeps the model
// small and fast at no cost in accuracy on en_ewt dev.
const (
	tagPrune    = 8
	actionPrune = 30
	labelPrune  = 8
)
