package extract

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"

	"github.com/statekg/statekg/schema"
)

//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// lexicon is everything read from the embedded data files.
type lexicon struct {
	states    []stateInfo
	orgs      []orgInfo
	officials []officialInfo
	titles    map[string]string // lower-case word -> head|mod|company|honorific
	triggers  []trigger
	trigIndex map[string][]int // word -> triggers whose first slot holds it, in order
	cues      []cue
	cueIndex  map[string][]cue // word -> cues whose first slot holds it, in order
	cueAll    bool             // a cue without slots: every cue applies anywhere
	named     []string
	namedToks [][]string        // the words of each named incident
	incNoun   map[string]string // lower-case noun -> cyber|military
	incBase   map[string]string // lower-case noun -> the form an incident's name takes
	anaphor   map[string]bool
	topics    map[string]string // lower-case phrase -> canonical
	topicMax  int
	topicHead map[string]bool            // first words of the topics
	info      map[string]*wordInfo       // the first-word indexes by word
	words     map[string]map[string]bool // class -> words
	lists     map[string][]string        // class -> its words in file order
	wordBits  [classHalves]*strTable     // word -> bits of its classes, by half
	classes   [classSlots]wordClass      // open addressing by classSlot
}

type stateInfo struct {
	code, name, official, capital  string
	demonyms, aliases              []string
	wikidata                       string
	observer, nocapital, ambiguous bool
}

type orgInfo struct {
	name, kind    string
	aliases       []string
	state, parent string
	wikidata      string
}

type officialInfo struct {
	name, state string
	aliases     []string
	wikidata    string
}

// trigger is one way of expressing a relation: slots of word forms, "*"
// for a gap of up to two words.
type trigger struct {
	pred  string // schema predicate, "attrib" or "victim"
	slots [][]string
	frame string
	preps []string
	noun  bool // the trigger is a noun: its subject is the clause's
}

type cue struct {
	class string
	slots [][]string
}

// wordClass is a word class with its bit in wordBits[half].
type wordClass struct {
	name string
	bit  uint64
	half int
}

// classHalves is how many 64-bit words of class bits a word has; classSlots
// is how many word classes get a bit in wordBits, a power of two. The table
// is kept well above the number of classes: a full one would make every
// miss probe it all.
const (
	classHalves = 8
	classSlots  = classHalves * 64
)

// A classSlots that is no power of two does not compile.
var _ [0]struct{} = [classSlots & (classSlots - 1)]struct{}{}

// classSlot is where the search for a class starts in lexicon.classes: a
// hash of its length and eight of its letters, spread from the first to the
// last, which spreads the classes over the slots about as well as a hash of
// every letter (1.6 probes a class) for a fraction of the cost: it runs on
// every lookup of a word class.
func classSlot(class string) int {
	n := len(class)
	if n < 2 {
		return n
	}
	h := uint64(n) | uint64(class[0])<<8 | uint64(class[n-1])<<16 | uint64(class[n/2])<<24 |
		uint64(class[1])<<32 | uint64(class[n-2])<<40 | uint64(class[n/3])<<48 | uint64(class[2*n/3])<<56
	return int((h*0x9E3779B97F4A7C15)>>55) & (classSlots - 1)
}

// classBit returns the half of wordBits class is in and its bit there, 0
// for a class without a bit.
func (l *lexicon) classBit(class string) (int, uint64) {
	const mask = classSlots - 1
	for i, n := classSlot(class), 0; n < len(l.classes); i, n = (i+1)&mask, n+1 {
		c := &l.classes[i]
		if c.name == class {
			return c.half, c.bit
		}
		if c.bit == 0 {
			return 0, 0
		}
	}
	return 0, 0
}

// indexWords gives each word class a bit (the first classSlots classes) and each
// word the bits of its classes.
func (l *lexicon) indexWords() {
	bits := [classHalves]map[string]uint64{}
	for h := range bits {
		bits[h] = map[string]uint64{}
	}
	classes := make([]string, 0, len(l.words))
	for c := range l.words {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	const mask = classSlots - 1
	for k, c := range classes {
		if k >= len(l.classes) {
			break
		}
		half, bit := k/64, uint64(1)<<(k%64)
		i := classSlot(c)
		for l.classes[i].bit != 0 {
			i = (i + 1) & mask
		}
		l.classes[i] = wordClass{name: c, bit: bit, half: half}
		for w := range l.words[c] {
			bits[half][w] |= bit
		}
	}
	for h := range bits {
		l.wordBits[h] = newStrTable(bits[h])
	}
}

func (l *lexicon) word(class, w string) bool {
	if half, bit := l.classBit(class); bit != 0 {
		return l.wordBits[half].get(w)&bit != 0
	}
	return l.words[class][w]
}

// suffix reports whether w ends in a word of class, a class of word
// endings ("ed" of "blamed").
func (l *lexicon) suffix(class, w string) bool {
	for _, end := range l.lists[class] {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// stem returns w without the first ending of class it has, "" if none.
func (l *lexicon) stem(class, w string) string {
	for _, end := range l.lists[class] {
		if s, ok := strings.CutSuffix(w, end); ok {
			return s
		}
	}
	return ""
}

// first returns the first word of class, "" if it has none.
func (l *lexicon) first(class string) string {
	if ws := l.lists[class]; len(ws) > 0 {
		return ws[0]
	}
	return ""
}

// topic returns the canonical topic whose phrase is the words ws joined by
// spaces.
func (l *lexicon) topic(ws []string) (string, bool) {
	if len(ws) == 0 {
		c, ok := l.topics[""]
		return c, ok
	}
	if !l.topicHead[ws[0]] {
		return "", false
	}
	if len(ws) == 1 {
		c, ok := l.topics[ws[0]]
		return c, ok
	}
	var buf [128]byte
	b := buf[:0]
	for i, w := range ws {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	c, ok := l.topics[string(b)]
	return c, ok
}

// readTSV calls fn with the fields of every non-comment line of an embedded
// lexicon file.
func readTSV(name string, fn func(line int, f []string) error) error {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return &ParseError{File: "lexicon/" + name, Line: n, Err: err}
		}
	}
	return sc.Err()
}

func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

func splitBar(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseSlots(s string) [][]string {
	var slots [][]string
	for _, w := range strings.Fields(s) {
		slots = append(slots, strings.Split(strings.ToLower(w), "|"))
	}
	return slots
}

func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		titles:  map[string]string{},
		incNoun: map[string]string{},
		incBase: map[string]string{},
		anaphor: map[string]bool{},
		topics:  map[string]string{},
		words:   map[string]map[string]bool{},
		lists:   map[string][]string{},
	}
	countries := map[string][]string{}
	if err := readTSV("countries.tsv", func(_ int, f []string) error {
		countries[field(f, 0)] = f
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("states.tsv", func(_ int, f []string) error {
		code := field(f, 0)
		c, ok := countries[code]
		if !ok {
			return fmt.Errorf("unknown alpha-3 code %q", code)
		}
		s := stateInfo{code: code, name: field(c, 1), official: field(c, 2), capital: field(c, 3),
			demonyms: splitBar(field(f, 1)), aliases: splitBar(field(f, 2)), wikidata: field(f, 3)}
		for _, fl := range strings.Split(field(f, 4), ",") {
			switch strings.TrimSpace(fl) {
			case "observer":
				s.observer = true
			case "nocapital":
				s.nocapital = true
			case "ambiguous":
				s.ambiguous = true
			}
		}
		l.states = append(l.states, s)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("organizations.tsv", func(_ int, f []string) error {
		l.orgs = append(l.orgs, orgInfo{name: field(f, 0), kind: field(f, 1), aliases: splitBar(field(f, 2)),
			state: field(f, 3), parent: field(f, 4), wikidata: field(f, 5)})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("officials.tsv", func(_ int, f []string) error {
		l.officials = append(l.officials, officialInfo{name: field(f, 0), state: field(f, 1), aliases: splitBar(field(f, 2)), wikidata: field(f, 3)})
		return nil
	}); err != nil {
		return nil, err
	}
	if err := readTSV("titles.tsv", func(_ int, f []string) error {
		w, c := strings.ToLower(field(f, 0)), field(f, 1)
		if old, ok := l.titles[w]; ok && old == "head" {
			return nil
		}
		l.titles[w] = c
		return nil
	}); err != nil {
		return nil, err
	}
	// cameo-verbs.tsv adds what verbs.tsv does not say: a form verbs.tsv
	// starts a trigger with is left to it.
	// The word classes first: reading the triggers asks them.
	if err := readTSV("words.tsv", func(_ int, f []string) error {
		class := field(f, 0)
		m := l.words[class]
		if m == nil {
			m = map[string]bool{}
			l.words[class] = m
		}
		for _, w := range splitBar(field(f, 1)) {
			if !m[w] {
				l.lists[class] = append(l.lists[class], w)
			}
			m[w] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	own := map[string]bool{}
	for _, file := range []string{"verbs.tsv", "cameo-verbs.tsv"} {
		if err := readTSV(file, func(_ int, f []string) error {
			t := trigger{pred: field(f, 0), slots: parseSlots(field(f, 1)), frame: field(f, 2)}
			if len(t.slots) == 0 {
				return fmt.Errorf("%w trigger", ErrEmpty)
			}
			if file == "verbs.tsv" {
				for _, w := range t.slots[0] {
					own[w] = true
				}
			} else if t.slots[0] = slices.DeleteFunc(t.slots[0], func(w string) bool { return own[w] }); len(t.slots[0]) == 0 {
				return nil
			}
			return l.addTrigger(t)
		}); err != nil {
			return nil, err
		}
	}
	l.trigIndex = map[string][]int{}
	for ti, t := range l.triggers {
		for wi, w := range t.slots[0] {
			if !slices.Contains(t.slots[0][:wi], w) {
				l.trigIndex[w] = append(l.trigIndex[w], ti)
			}
		}
	}
	if err := readTSV("cues.tsv", func(_ int, f []string) error {
		l.cues = append(l.cues, cue{class: field(f, 0), slots: parseSlots(field(f, 1))})
		return nil
	}); err != nil {
		return nil, err
	}
	l.cueIndex = map[string][]cue{}
	for _, c := range l.cues {
		if len(c.slots) == 0 {
			l.cueAll = true
			continue
		}
		for wi, w := range c.slots[0] {
			if !slices.Contains(c.slots[0][:wi], w) {
				l.cueIndex[w] = append(l.cueIndex[w], c)
			}
		}
	}
	if err := readTSV("incidents.tsv", func(_ int, f []string) error {
		class, ws := field(f, 0), splitBar(field(f, 1))
		if class == "base" {
			for _, w := range splitBar(field(f, 2)) {
				l.incBase[strings.ToLower(w)] = strings.ToLower(field(f, 1))
			}
		}
		for _, w := range ws {
			switch class {
			case "named":
				l.named = append(l.named, w)
			case "anaphor":
				l.anaphor[strings.ToLower(w)] = true
			case "base":
				ws = nil // the forms are in the third field
			default:
				l.incNoun[strings.ToLower(w)] = class
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, n := range l.named {
		l.namedToks = append(l.namedToks, strings.Fields(n))
	}
	if err := readTSV("topics.tsv", func(_ int, f []string) error {
		canon := field(f, 0)
		vs := splitBar(field(f, 1))
		vs = append(vs, canon)
		for _, v := range vs {
			v = strings.ToLower(v)
			l.topics[v] = canon
			if n := len(strings.Fields(v)); n > l.topicMax {
				l.topicMax = n
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	l.topicHead = map[string]bool{}
	for t := range l.topics {
		head, _, _ := strings.Cut(t, " ")
		l.topicHead[head] = true
	}
	l.indexWords()
	l.indexInfo()
	return l, nil
}

// addTrigger adds a trigger read from a verb lexicon.
func (l *lexicon) addTrigger(t trigger) error {
	if p, ok := strings.CutPrefix(t.frame, "prep="); ok {
		t.frame = "prep"
		t.preps = strings.Split(p, "|")
	}
	t.noun = l.words["trignoun"][t.slots[0][0]]
	if t.pred != "attrib" && t.pred != "victim" {
		if _, err := schema.ParsePredicate(t.pred); err != nil {
			return err
		}
	}
	l.triggers = append(l.triggers, t)
	return nil
}
