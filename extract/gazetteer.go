package extract

import (
	"strings"

	"github.com/statekg/statekg/schema"
)

// gazEntry is one surface form the gazetteer knows.
type gazEntry struct {
	typ      schema.Type
	name     string // canonical name
	form     string // "name", "demonym", "capital", "alias"
	kind     string // organisation kind, "official"
	state    string // canonical name of the state it belongs to
	parent   string // canonical name of the organisation it belongs to
	wikidata string
	cond     string // canonical name of a state the article must name by another form
	ambig    bool   // may be a person's name
	user     bool
}

// gazetteer maps token sequences to entries. Keys are the tokens' texts
// with apostrophes normalised, joined by one space; matching is case-sensitive.
// Lookups hash the token sequence in place (idx) instead of building keys.
type gazetteer struct {
	tok    tokenizer
	m      map[string][]gazEntry
	maxLen int
	idx    map[uint64]*gazSlot // hash of a key -> the forms under it
	pre    map[uint64]bool     // hashes of the first n tokens of every key
	table  *hashTable          // idx and pre in one table, once frozen
	first  [256]bool           // first bytes of the keys (and of curly quotes)
}

// hashTable is idx and pre as one open-addressing table, for lookups.
type hashTable struct {
	mask    uint64
	entries []hashEntry
}

type hashEntry struct {
	h      uint64
	used   bool
	prefix bool // some key starts with the tokens hashed to h
	slot   *gazSlot
}

// freeze builds the lookup table; the gazetteer must not change after.
func (g *gazetteer) freeze() {
	size := uint64(16)
	for size < uint64(len(g.pre))*2 {
		size <<= 1
	}
	t := &hashTable{mask: size - 1, entries: make([]hashEntry, size)}
	for h := range g.pre {
		e := t.entry(h)
		e.used, e.h, e.prefix = true, h, true
		e.slot = g.idx[h]
	}
	g.table = t
}

// entry returns the entry of h, or the empty one where it would go.
func (t *hashTable) entry(h uint64) *hashEntry {
	for i := (h ^ h>>31) & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		if !e.used || e.h == h {
			return e
		}
	}
}

// isPrefix reports whether some key starts with the tokens hashed to h.
func (g *gazetteer) isPrefix(h uint64) bool {
	if g.table != nil {
		e := g.table.entry(h)
		return e.used && e.prefix
	}
	return g.pre[h]
}

// gazSlot holds the entries of one key; next chains keys of equal hash.
type gazSlot struct {
	key  string
	es   []gazEntry
	next *gazSlot
}

func newGazetteer(t tokenizer) *gazetteer {
	return &gazetteer{tok: t, m: map[string][]gazEntry{}, idx: map[uint64]*gazSlot{}, pre: map[uint64]bool{}}
}

// normTok replaces curly quotes with straight ones.
func normTok(s string) string {
	if !hasCurly(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c, n := curlyAt(s, i); n > 0 {
			b = append(b, c)
			i += n - 1
			continue
		}
		b = append(b, s[i])
	}
	return string(b)
}

// curlyAt reports the straight quote standing for a curly quote (’ ‘ “ ”)
// at s[i], and the curly quote's length; 0 if there is none.
func curlyAt(s string, i int) (byte, int) {
	if s[i] != 0xE2 || i+2 >= len(s) || s[i+1] != 0x80 {
		return 0, 0
	}
	switch s[i+2] {
	case 0x98, 0x99:
		return '\'', 3
	case 0x9C, 0x9D:
		return '"', 3
	}
	return 0, 0
}

func hasCurly(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE2 {
			if _, n := curlyAt(s, i); n > 0 {
				return true
			}
		}
	}
	return false
}

// FNV-1a, 64 bits.
const (
	fnvOffset uint64 = 14695981039346656037
	fnvPrime  uint64 = 1099511628211
)

// hashNorm extends h with the bytes of s, curly quotes read as straight.
func hashNorm(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0xE2 {
			if q, n := curlyAt(s, i); n > 0 {
				c = q
				i += n - 1
			}
		}
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// eqNorm reports whether normTok(s) == key without building it.
func eqNorm(key, s string) bool {
	if len(key) == len(s) && key == s {
		return true
	}
	if len(key) > len(s) {
		return false
	}
	k := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0xE2 {
			if q, n := curlyAt(s, i); n > 0 {
				c = q
				i += n - 1
			}
		}
		if k >= len(key) || key[k] != c {
			return false
		}
		k++
	}
	return k == len(key)
}

// matches reports whether key is the normalised texts of toks joined by
// spaces; the first token's text is first instead.
func matches(key, first string, toks []Token) bool {
	for n, t := range toks {
		text := t.Text
		if n == 0 {
			text = first
		} else {
			if key == "" || key[0] != ' ' {
				return false
			}
			key = key[1:]
		}
		end := strings.IndexByte(key, ' ')
		if end < 0 {
			end = len(key)
		}
		if !eqNorm(key[:end], text) {
			return false
		}
		key = key[end:]
	}
	return key == ""
}

// find returns the slot whose key has hash h and matches toks.
func (g *gazetteer) find(h uint64, first string, toks []Token) *gazSlot {
	var s *gazSlot
	if g.table != nil {
		s = g.table.entry(h).slot
	} else {
		s = g.idx[h]
	}
	for ; s != nil; s = s.next {
		if matches(s.key, first, toks) {
			return s
		}
	}
	return nil
}

// index makes the entries under key k findable by hashing.
func (g *gazetteer) index(k string) {
	if k != "" {
		g.first[k[0]] = true
	}
	g.first[0xE2] = true // a curly quote reads as a straight one
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			g.pre[hashNorm(fnvOffset, k[:i])] = true
		}
	}
	h := hashNorm(fnvOffset, k)
	g.pre[h] = true
	for s := g.idx[h]; s != nil; s = s.next {
		if s.key == k {
			s.es = g.m[k]
			return
		}
	}
	g.idx[h] = &gazSlot{key: k, es: g.m[k], next: g.idx[h]}
}

func (g *gazetteer) key(form string) (string, int) {
	toks := g.tok.Tokenize(form)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = normTok(t.Text)
	}
	return strings.Join(parts, " "), len(toks)
}

func (g *gazetteer) add(form string, e gazEntry) {
	g.table = nil
	k, n := g.key(form)
	if n == 0 {
		return
	}
	if e.user {
		// a user's actor replaces what was known under that form
		g.m[k] = []gazEntry{e}
		g.index(k)
	} else {
		for _, old := range g.m[k] {
			if old.typ == e.typ && old.name == e.name {
				return
			}
		}
		g.m[k] = append(g.m[k], e)
	}
	g.index(k)
	if n > g.maxLen {
		g.maxLen = n
	}
}

func (g *gazetteer) addLexicon(l *lexicon, states map[string]*stateInfo) {
	for i := range l.states {
		s := &l.states[i]
		e := gazEntry{typ: schema.State, name: s.name, wikidata: s.wikidata, state: s.name}
		e.form = "name"
		e.ambig = s.ambiguous
		g.add(s.name, e)
		e.ambig = false
		if s.official != "" {
			g.add(s.official, e)
		}
		e.form = "alias"
		for _, a := range s.aliases {
			ee := e
			if i := strings.Index(a, "@"); i > 0 {
				if c, ok := states[a[i+1:]]; ok {
					ee.cond = c.name
				}
				a = a[:i]
			}
			g.add(a, ee)
		}
		e.form = "demonym"
		for _, d := range s.demonyms {
			g.add(d, e)
		}
		if s.capital != "" && !s.nocapital && s.capital != s.name {
			e.form = "capital"
			g.add(s.capital, e)
		}
	}
	for _, o := range l.orgs {
		e := gazEntry{typ: schema.Organization, name: o.name, form: "name", kind: o.kind, parent: o.parent, wikidata: o.wikidata}
		if s, ok := states[o.state]; ok {
			e.state = s.name
		}
		g.addNamed(o.name, o.aliases, e)
	}
	for _, o := range l.officials {
		e := gazEntry{typ: schema.Official, name: o.name, form: "name", kind: "official", wikidata: o.wikidata}
		if s, ok := states[o.state]; ok {
			e.state = s.name
		}
		g.addNamed(o.name, o.aliases, e)
	}
}

func (g *gazetteer) addActor(a Actor, state string) {
	e := gazEntry{typ: a.Type, name: a.Name, form: "name", state: state, wikidata: a.Wikidata, user: true}
	switch a.Type {
	case schema.Official:
		e.kind = "official"
	case schema.State:
		e.state = a.Name
	case schema.Organization:
		e.kind = "agency"
	}
	g.addNamed(a.Name, a.Aliases, e)
}

// addNamed adds e under its name, and under each alias as an alias.
func (g *gazetteer) addNamed(name string, aliases []string, e gazEntry) {
	e.form = "name"
	g.add(name, e)
	e.form = "alias"
	for _, a := range aliases {
		g.add(a, e)
	}
}

// prefixHashes appends to hs the hashes of toks[:n+1], toks[:n+2], ...
// continuing h, the hash of toks[:n], for as long as some key starts with
// the tokens hashed.
func (g *gazetteer) prefixHashes(hs []uint64, h uint64, toks []Token, n int) []uint64 {
	for ; n < len(toks); n++ {
		if n > 0 {
			h ^= ' '
			h *= fnvPrime
		}
		h = hashNorm(h, toks[n].Text)
		if !g.isPrefix(h) {
			break
		}
		hs = append(hs, h)
	}
	return hs
}

// lookup returns the longest entries matching tokens from i on, and the
// number of tokens they cover. A sentence-initial "The" may open a form
// written with "the".
func (g *gazetteer) lookup(toks []Token, i int) ([]gazEntry, int) {
	max := g.maxLen
	if len(toks)-i < max {
		max = len(toks) - i
	}
	if max <= 0 {
		return nil, 0
	}
	first := toks[i].Text
	if first == "" || !g.first[first[0]] && first != "The" {
		return nil, 0 // no key starts with this byte
	}
	// hash the first n tokens while some key starts with them
	var buf [16]uint64
	hs := buf[:0]
	if max > len(buf) {
		hs = make([]uint64, 0, max)
	}
	hs = g.prefixHashes(hs, fnvOffset, toks[i:i+max], 0)
	for n := len(hs); n >= 1; n-- {
		if s := g.find(hs[n-1], first, toks[i:i+n]); s != nil {
			return s.es, n
		}
	}
	if first == "The" && max > 1 {
		h := hashNorm(fnvOffset, "the")
		hs = g.prefixHashes(append(hs[:0], h), h, toks[i:i+max], 1)
		for n := len(hs); n >= 2; n-- {
			if s := g.find(hs[n-1], "the", toks[i:i+n]); s != nil {
				return s.es, n
			}
		}
	}
	return nil, 0
}
