package syntax

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// perceptron is a multi-class averaged perceptron over hashed features: a
// feature is a uint64 and owns a row of one weight per class. Only features
// that took part in an update have a row.
type perceptron struct {
	n     int              // classes
	index map[uint64]int32 // feature -> offset of its row in w
	w     []float32
	// training only: u accumulates c*delta so that the average weight is
	// w - u/c (Daumé's trick), and c counts the examples seen.
	u []float32
	c float32
}

func newPerceptron(classes int) *perceptron {
	return &perceptron{n: classes, index: map[uint64]int32{}}
}

// scores sets out[k] to the score of class k for the features.
func (p *perceptron) scores(feats []uint64, out []float32) {
	clear(out)
	for _, f := range feats {
		off, ok := p.index[f]
		if !ok {
			continue
		}
		row := p.w[off : int(off)+p.n : int(off)+p.n]
		for k := range out {
			out[k] += row[k]
		}
	}
}

func (p *perceptron) row(f uint64) int {
	off, ok := p.index[f]
	if !ok {
		off = int32(len(p.w))
		p.index[f] = off
		p.w = append(p.w, make([]float32, p.n)...)
		p.u = append(p.u, make([]float32, p.n)...)
	}
	return int(off)
}

// tick counts one training example.
func (p *perceptron) tick() { p.c++ }

// update moves weights towards class good and away from class bad.
func (p *perceptron) update(feats []uint64, good, bad int) {
	if good == bad {
		return
	}
	for _, f := range feats {
		off := p.row(f)
		p.w[off+good]++
		p.u[off+good] += p.c
		p.w[off+bad]--
		p.u[off+bad] -= p.c
	}
}

// average replaces the weights by their averages and ends training.
func (p *perceptron) average() {
	if p.c > 0 {
		for i := range p.w {
			p.w[i] -= p.u[i] / p.c
		}
	}
	p.u = nil
}

// table is the frozen, quantised form of a perceptron that parsing uses:
// an open-addressing hash table with linear probing. With at most three
// classes (the transitions) a slot is one uint64: the low 32 bits of the
// feature's key (its place in the table comes from the high bits) and the
// weights of classes 1 and 2 less that of class 0, which alone decide
// which class wins; so a lookup reads 8 bytes, and the table is half the
// size of whole keys and rows. With many classes rows are mostly zeros,
// so a slot holds the key and the row's non-zero weights: up to three
// packed in the slot itself, more in a packed array of (class, weight)
// pairs, which keeps the table a fraction of the dense size.
type table struct {
	n     int
	slots uint64
	scale float32 // weight of one quantisation step
	count int
	// dense layout (n <= denseClasses): a slot holds the key's low 32
	// bits, never 0 in a full slot, and the weights of classes 1 and 2 as
	// int16 (class 0's is 0); keys holds the whole keys, for writing the
	// table, and is never read by parsing.
	hot  []uint64
	keys []uint64
	// sparse layout
	idx  []sparseSlot
	ent  []uint32 // class<<16 | uint16(weight)
	wide []uint64 // whole rows, wideWords(n) words each
}

// sparseSlot is a slot of the sparse layout: a feature's key and its
// row's non-zero weights. When the top two bits of val are set, the row is
// whole in wide, from the word the low 32 bits of val give; when only the
// top bit is, the weights are ent[pos:pos+len] with pos the low 32 bits of
// val and len the next 24; otherwise val holds count (bits 54-55) weights
// inline, the j-th in bits 18j to 18j+17 as a class (6 bits) and a signed
// weight (12 bits).
type sparseSlot struct {
	key, val uint64
}

const (
	outOfLine = 1 << 63
	wideRow   = 1<<63 | 1<<62
)

// Rows with at least as many non-zero weights as they take words whole, of
// tables of at most 64 classes, are kept whole: class k's weight plus wideBias in 16 bits of
// word k/4. These are the rows of the most frequent features; the sum of
// up to wideBatch of them, lane by lane, cannot carry from one lane into
// the next, and costs a quarter of the additions of their weights one by
// one.
const (
	wideBias  = 2048
	wideBatch = 16
)

func wideWords(n int) int { return (n + 3) / 4 }

// widen packs row into whole-row words, if it qualifies.
func widen(row []int16) ([]uint64, bool) {
	if len(row) > 64 {
		return nil, false
	}
	nz := 0
	for _, x := range row {
		if x < -wideBias+1 || x > wideBias-1 {
			return nil, false
		}
		if x != 0 {
			nz++
		}
	}
	if nz < wideWords(len(row)) {
		return nil, false
	}
	w := make([]uint64, wideWords(len(row)))
	for c, x := range row {
		w[c/4] |= uint64(int(x)+wideBias) << (16 * (c % 4))
	}
	return w, true
}

// inline packs a row's non-zero weights into a slot's val if they fit.
func inline(row []int16) (uint64, bool) {
	if len(row) > 64 {
		return 0, false
	}
	var v uint64
	nz := 0
	for c, x := range row {
		if x == 0 {
			continue
		}
		if nz == 3 || x < -2048 || x > 2047 {
			return 0, false
		}
		v |= (uint64(c) | uint64(uint16(x)&0xfff)<<6) << (18 * nz)
		nz++
	}
	return v | uint64(nz)<<54, true
}

// denseClasses is the largest number of classes kept in dense rows. A
// dense row keeps the weights of the other classes less that of class 0,
// which is 0 in every row a dense table holds.
const denseClasses = 3

// quantLevels is the number of quantisation steps of the largest weight.
const quantLevels = 2000

// A table has denseSpread (sparseSpread) slots per feature: with many
// empty slots a feature's first slot seldom holds another key, and probing
// past it, a branch the processor cannot foretell, costs more than the
// larger table's cache misses.
const (
	denseSpread  = 4
	sparseSpread = 3
)

func newTable(n, count int, scale float32) *table {
	slots := uint64(denseSpread*count) + 1
	if n > denseClasses {
		slots = uint64(sparseSpread*count) + 1
	}
	t := &table{n: n, slots: slots, scale: scale}
	if n <= denseClasses {
		t.hot = make([]uint64, slots)
		t.keys = make([]uint64, slots)
	} else {
		t.idx = make([]sparseSlot, slots)
	}
	return t
}

func (t *table) sparse() bool { return t.idx != nil }

func (t *table) slot(f uint64) uint64 {
	if f == 0 {
		f = 1
	}
	return (f >> 32) * t.slots >> 32
}

func (t *table) key(i uint64) uint64 {
	if t.sparse() {
		return t.idx[i].key
	}
	return t.keys[i]
}

// fingerprint is the part of a key a dense slot keeps; it is never 0.
func fingerprint(f uint64) uint64 {
	if k := uint64(uint32(f)); k != 0 {
		return k
	}
	return 1
}

// put adds feature f with its row of weights; a dense table leaves out
// the weight of class 0, which must be 0.
func (t *table) put(f uint64, row []int16) {
	if f == 0 {
		f = 1
	}
	i := t.slot(f)
	for t.key(i) != 0 {
		if i++; i == t.slots {
			i = 0
		}
	}
	t.count++
	if t.sparse() {
		s := &t.idx[i]
		s.key = f
		if v, ok := inline(row); ok {
			s.val = v
			return
		}
		if w, ok := widen(row); ok {
			s.val = wideRow | uint64(len(t.wide))
			t.wide = append(t.wide, w...)
			return
		}
		pos := len(t.ent)
		for c, x := range row {
			if x != 0 {
				t.ent = append(t.ent, uint32(c)<<16|uint32(uint16(x)))
			}
		}
		s.val = outOfLine | uint64(len(t.ent)-pos)<<32 | uint64(pos)
		return
	}
	t.keys[i] = f
	v := fingerprint(f)
	for c := 1; c < len(row); c++ {
		v |= uint64(uint16(row[c])) << (16 + 16*c)
	}
	t.hot[i] = v
}

// find returns the slot value of f, or 0 (dense layout).
func (t *table) find(f uint64) uint64 {
	if f == 0 {
		f = 1
	}
	i := t.slot(f)
	k := fingerprint(f)
	for {
		v := t.hot[i]
		if uint64(uint32(v)) == k {
			return v
		}
		if v == 0 {
			return 0
		}
		if i++; i == t.slots {
			i = 0
		}
	}
}

// findSparse returns the slot of f, or nil (sparse layout).
func (t *table) findSparse(f uint64) *sparseSlot {
	if f == 0 {
		f = 1
	}
	i := t.slot(f)
	for {
		s := &t.idx[i]
		if s.key == f {
			return s
		}
		if s.key == 0 {
			return nil
		}
		if i++; i == t.slots {
			i = 0
		}
	}
}

// row sets out to the weights of the feature in slot i.
func (t *table) row(i uint64, out []int16) {
	if t.sparse() {
		clear(out)
		v := t.idx[i].val
		if v&wideRow == wideRow {
			w := t.wide[uint32(v):]
			for c := range out {
				out[c] = int16(int(w[c/4]>>(16*(c%4))&0xffff) - wideBias)
			}
			return
		}
		if v&outOfLine != 0 {
			pos, n := uint32(v), uint32(v>>32)&(1<<24-1)
			for _, e := range t.ent[pos : pos+n] {
				out[e>>16] = int16(uint16(e))
			}
			return
		}
		for j := range int(v >> 54 & 3) {
			e := v >> (18 * j)
			out[e&63] = int16(int64(e<<46) >> 52)
		}
		return
	}
	v := t.hot[i]
	for c := range out {
		out[c] = 0
		if c > 0 {
			out[c] = int16(v >> (16 + 16*c))
		}
	}
}

// scores sets out[k] to the score of class k for the features; acc is
// working memory of n elements.
func (t *table) scores(feats []uint64, acc []int32, out []float32) {
	clear(acc)
	t.add(feats, acc)
	for k, x := range acc {
		out[k] = float32(x)
	}
}

// add adds the weights of the features to acc.
func (t *table) add(feats []uint64, acc []int32) {
	for len(feats) > 0 {
		n := min(len(feats), 64)
		if t.sparse() {
			t.addSparse(feats[:n], acc)
		} else {
			t.addDense(feats[:n], acc)
		}
		feats = feats[n:]
	}
}

// addSparse adds the weights of up to 64 features to acc (sparse layout).
func (t *table) addSparse(feats []uint64, acc []int32) {
	// Read every feature's first slot before probing, and the rows kept
	// apart only after every feature is found: the loads do not depend on
	// each other, and with no branch between them their cache misses
	// overlap. An empty first slot means the feature has no row.
	feats = feats[:min(len(feats), 64)]
	var first [64]uint64
	for i, f := range feats {
		first[i] = t.idx[t.slot(f)].key
	}
	var far [64]uint64
	m := 0
	var lanes [16]uint64
	words := wideWords(t.n)
	wide := 0
	for i, f := range feats {
		if first[i] == 0 {
			continue
		}
		s := t.findSparse(f)
		if s == nil {
			continue
		}
		v := s.val
		if v&outOfLine != 0 {
			far[m] = v
			m++
			continue
		}
		for j := range int(v >> 54 & 3) {
			e := v >> (18 * j)
			acc[e&63] += int32(int64(e<<46) >> 52)
		}
	}
	for _, v := range far[:m] {
		if v&wideRow == wideRow {
			pos := int(uint32(v))
			for j, x := range t.wide[pos : pos+words] {
				lanes[j&15] += x
			}
			if wide++; wide == wideBatch {
				t.flushLanes(&lanes, wide, acc)
				wide = 0
			}
			continue
		}
		pos, n := uint32(v), uint32(v>>32)&(1<<24-1)
		for _, e := range t.ent[pos : pos+n] {
			acc[e>>16] += int32(int16(uint16(e)))
		}
	}
	if wide > 0 {
		t.flushLanes(&lanes, wide, acc)
	}
}

// flushLanes adds to acc the sums of count whole rows in lanes, and clears
// lanes.
func (t *table) flushLanes(lanes *[16]uint64, count int, acc []int32) {
	bias := int32(count * wideBias)
	for c := range acc[:t.n] {
		acc[c] += int32(lanes[c/4&15]>>(16*(c%4))&0xffff) - bias
	}
	*lanes = [16]uint64{}
}

// segments divides a batch of features of a dense table by the
// accumulators their weights go to: features ends[i-1] to ends[i] go to
// dst[i].
type segments struct {
	n    int
	ends [2 + nRoles + 1]int
	dst  [2 + nRoles + 1]*[nActions]int32
}

func (s *segments) push(end int, dst *[nActions]int32) {
	s.ends[s.n], s.dst[s.n] = end, dst
	s.n++
}

// addSegments adds the weights of the features to the accumulators of
// their segments (dense layout, at most 3 classes).
func (t *table) addSegments(feats []uint64, s *segments) {
	// Read every feature's first slot before probing, as addDense does,
	// here for all the segments at once.
	var first [128]uint64
	if len(feats) > len(first) {
		start := 0
		for j, end := range s.ends[:s.n] {
			t.add(feats[start:end], s.dst[j][:])
			start = end
		}
		return
	}
	for i, f := range feats {
		first[i] = t.hot[t.slot(f)]
	}
	start := 0
	for j, end := range s.ends[:s.n] {
		a1, a2 := t.sumDense(feats[start:end], first[start:end])
		s.dst[j][1] += a1
		s.dst[j][2] += a2
		start = end
	}
}

// sumDense returns the sums of the weights of classes 1 and 2 of the
// features, whose first slots hold first.
func (t *table) sumDense(feats, first []uint64) (a1, a2 int32) {
	first = first[:len(feats)]
	for i, f := range feats {
		v := first[i]
		if v == 0 {
			continue
		}
		if f == 0 {
			f = 1
		}
		if uint64(uint32(v)) != fingerprint(f) {
			if v = t.find(f); v == 0 {
				continue
			}
		}
		a1 += int32(int16(v >> 32))
		a2 += int32(int16(v >> 48))
	}
	return a1, a2
}

// best returns the class of the highest score for the features, the
// first on ties; acc is working memory of n elements. It is argmax of
// scores: the sums are exact in float32 too.
func (t *table) best(feats []uint64, acc []int32) int {
	clear(acc)
	t.add(feats, acc)
	k := 0
	for c, x := range acc {
		if x > acc[k] {
			k = c
		}
	}
	return k
}

// addDense adds the weights of up to 64 features to acc (dense layout).
func (t *table) addDense(feats []uint64, acc []int32) {
	// Read every feature's first slot before probing: the loads do not
	// depend on each other, so their cache misses overlap.
	var first [64]uint64
	feats = feats[:min(len(feats), 64)]
	for i, f := range feats {
		first[i] = t.hot[t.slot(f)]
	}
	a1, a2 := t.sumDense(feats, first[:len(feats)])
	if len(acc) > 1 {
		acc[1] += a1
	}
	if len(acc) > 2 {
		acc[2] += a2
	}
}

// freeze quantises the averaged weights and drops the features whose
// largest weight is below minLevel steps.
func (p *perceptron) freeze(minLevel int) *table {
	var maxw float32
	for _, x := range p.w {
		maxw = max(maxw, float32(math.Abs(float64(x))))
	}
	scale := maxw / quantLevels
	if scale == 0 {
		scale = 1
	}
	q := make([]int16, p.n)
	quant := func(off int32) bool {
		keep := false
		for c := range q {
			q[c] = int16(math.Round(float64(p.w[int(off)+c] / scale)))
			keep = keep || int(q[c]) >= minLevel || int(q[c]) <= -minLevel
		}
		return keep
	}
	keys := make([]uint64, 0, len(p.index))
	for k, off := range p.index {
		if quant(off) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	t := newTable(p.n, len(keys), scale)
	for _, k := range keys {
		quant(p.index[k])
		if p.n <= denseClasses {
			for c := len(q) - 1; c >= 0; c-- {
				q[c] -= q[0]
			}
		}
		t.put(k, q)
	}
	return t
}

// The model file stores a table as: classes, scale, feature count, then per
// feature in key order the key's difference from the previous key, the
// number of non-zero weights and each as a class index and a number of
// quantisation steps.

func (t *table) write(w *bufio.Writer) error {
	type entry struct {
		key  uint64
		slot uint64
	}
	entries := make([]entry, 0, t.count)
	for i := range t.slots {
		if k := t.key(i); k != 0 {
			entries = append(entries, entry{k, i})
		}
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
	var buf [binary.MaxVarintLen64]byte
	put := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	puti := func(x int64) { w.Write(buf[:binary.PutVarint(buf[:], x)]) }
	put(uint64(t.n))
	put(uint64(math.Float32bits(t.scale)))
	put(uint64(len(entries)))
	prev := uint64(0)
	row := make([]int16, t.n)
	for _, e := range entries {
		put(e.key - prev)
		prev = e.key
		t.row(e.slot, row)
		nz := 0
		for _, x := range row {
			if x != 0 {
				nz++
			}
		}
		put(uint64(nz))
		for c, x := range row {
			if x != 0 {
				put(uint64(c))
				puti(int64(x))
			}
		}
	}
	return nil
}

var errModel = errors.New("malformed model")

func readTable(r *bufio.Reader) (*table, error) {
	get := func() uint64 {
		x, err := binary.ReadUvarint(r)
		if err != nil {
			panicModel(err)
		}
		return x
	}
	n := int(get())
	scale := math.Float32frombits(uint32(get()))
	nf := int(get())
	if n <= 0 || n > 1<<12 || nf < 0 || nf > 1<<26 {
		return nil, errModel
	}
	t := newTable(n, nf, scale)
	row := make([]int16, n)
	key := uint64(0)
	for range nf {
		d := get()
		if d == 0 && key != 0 {
			return nil, fmt.Errorf("%w: a feature twice", errModel)
		}
		key += d
		clear(row)
		nz := int(get())
		for range nz {
			c := int(get())
			x, err := binary.ReadVarint(r)
			if err != nil {
				panicModel(err)
			}
			if c >= n || x < math.MinInt16 || x > math.MaxInt16 {
				return nil, errModel
			}
			row[c] = int16(x)
		}
		if n <= denseClasses && row[0] != 0 {
			// keep the differences from class 0, which decide the same
			for c := n - 1; c >= 0; c-- {
				x := int(row[c]) - int(row[0])
				if x < math.MinInt16 || x > math.MaxInt16 {
					return nil, errModel
				}
				row[c] = int16(x)
			}
		}
		t.put(key, row)
	}
	return t, nil
}

type modelPanic struct{ err error }

func panicModel(err error) {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	panic(modelPanic{err})
}

// recoverModel turns a panic raised by panicModel into *err.
func recoverModel(err *error) {
	if r := recover(); r != nil {
		mp, ok := r.(modelPanic)
		if !ok {
			panic(r)
		}
		*err = fmt.Errorf("%w: %v", errModel, mp.err)
	}
}

// argmax returns the index of the largest score among the allowed classes
// (all when allowed is nil), the first on ties.
func argmax(s []float32, allowed []bool) int {
	best := -1
	for k, x := range s {
		if allowed != nil && !allowed[k] {
			continue
		}
		if best < 0 || x > s[best] {
			best = k
		}
	}
	return best
}
