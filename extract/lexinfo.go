package extract

import "strings"

// wordInfo is what the lexicon knows of one lower-case word: the indexes
// by first word, its word classes, incident noun and title word classes.
// Read once per token (analysis.info), it spares the stages a map lookup
// each time they ask.
type wordInfo struct {
	triggers  []int               // triggers whose first slot holds the word, in order
	cues      []cue               // cues whose first slot holds the word, in order
	topicHead bool                // some topic starts with the word
	bits      [classHalves]uint64 // its word classes (lexicon.wordBits)
	incNoun   string              // lexicon.incNoun
	title     string              // lexicon.titles
	named     []int               // named incidents whose first word is the word in some case
}

// indexInfo builds l.info from the indexes and word lists.
func (l *lexicon) indexInfo() {
	l.info = map[string]*wordInfo{}
	get := func(w string) *wordInfo {
		wi := l.info[w]
		if wi == nil {
			wi = &wordInfo{}
			l.info[w] = wi
		}
		return wi
	}
	for w, ts := range l.trigIndex {
		get(w).triggers = ts
	}
	for w, cs := range l.cueIndex {
		get(w).cues = cs
	}
	for w := range l.topicHead {
		get(w).topicHead = true
	}
	for ni, f := range l.namedToks {
		if len(f) > 0 {
			wi := get(strings.ToLower(normTok(f[0])))
			wi.named = append(wi.named, ni)
		}
	}
	for w, c := range l.incNoun {
		get(w).incNoun = c
	}
	for w, c := range l.titles {
		get(w).title = c
	}
	for h, t := range l.wordBits {
		for i, w := range t.keys {
			if v := t.vals[i]; v != 0 {
				get(w).bits[h] = v
			}
		}
	}
}

// tokInfo is what the lexicon knows of one token: of its lower-case text,
// and of its text as written (the same entry when the two are one).
type tokInfo struct {
	*wordInfo           // the lower-case text's
	text      *wordInfo // the text's as written
}

// infoOf returns the lexicon entries of every token (nil for a word the
// lexicon does not hold), low being their lower-case texts.
func (l *lexicon) infoOf(toks []Token, low []string) []tokInfo {
	info := make([]tokInfo, len(low))
	for i, w := range low {
		wi := l.info[w]
		info[i].wordInfo, info[i].text = wi, wi
		if t := toks[i].Text; t != w {
			info[i].text = l.info[t]
		}
	}
	return info
}

// triggersAt returns the triggers that can start at token k, in order.
func (an *analysis) triggersAt(k int) []int {
	if wi := an.info[k].wordInfo; wi != nil {
		return wi.triggers
	}
	return nil
}

// cuesAt returns the cues that can match at token k, in order.
func (an *analysis) cuesAt(k int) []cue {
	if an.lex.cueAll {
		return an.lex.cues
	}
	if wi := an.info[k].wordInfo; wi != nil {
		return wi.cues
	}
	return nil
}

// topicHeadAt reports whether a topic can start at token k.
func (an *analysis) topicHeadAt(k int) bool {
	wi := an.info[k].wordInfo
	return wi != nil && wi.topicHead
}

// lowWord reports whether the lower-case text of token k is a word of
// class: an.lex.word(class, an.low[k]) without a lookup.
func (an *analysis) lowWord(class string, k int) bool {
	half, bit := an.lex.classBit(class)
	if bit == 0 {
		return an.lex.words[class][an.low[k]]
	}
	wi := an.info[k].wordInfo
	return wi != nil && wi.bits[half]&bit != 0
}

// classRef is a word class looked up once for a scan over many tokens.
type classRef struct {
	half  int
	bit   uint64
	words map[string]bool // the class's words, for a class without a bit
}

// class looks up class for scans with has.
func (an *analysis) class(class string) classRef {
	half, bit := an.lex.classBit(class)
	if bit == 0 {
		return classRef{words: an.lex.words[class]}
	}
	return classRef{half: half, bit: bit}
}

// has reports whether the lower-case text of token k is a word of class
// c: lowWord for a class looked up once.
func (an *analysis) has(c classRef, k int) bool {
	if c.bit == 0 {
		return c.words[an.low[k]]
	}
	wi := an.info[k].wordInfo
	return wi != nil && wi.bits[c.half]&c.bit != 0
}

// wordIn reports whether w is a word of class c: word for a class looked
// up once.
func (l *lexicon) wordIn(c classRef, w string) bool {
	if c.bit == 0 {
		return c.words[w]
	}
	return l.wordBits[c.half].get(w)&c.bit != 0
}

// sentHas reports whether some token of sentence si has a lower-case text
// of class c: a stage asks it before it scans the sentence for one, or
// for other things only such a sentence needs.
func (an *analysis) sentHas(si int, c classRef) bool {
	if c.bit == 0 {
		for k := an.sents[si].First; k < an.sents[si].End; k++ {
			if c.words[an.low[k]] {
				return true
			}
		}
		return false
	}
	if an.sentBits == nil {
		an.sentBits = make([][classHalves]uint64, len(an.sents))
		for si, s := range an.sents {
			for k := s.First; k < s.End; k++ {
				if wi := an.info[k].wordInfo; wi != nil {
					for h := range classHalves {
						an.sentBits[si][h] |= wi.bits[h]
					}
				}
			}
		}
	}
	return an.sentBits[si][c.half]&c.bit != 0
}

// inRange reports whether some token of (lo, hi) has a lower-case text of
// class c, and one that no mention holds when free is set.
func (an *analysis) inRange(lo, hi int, c classRef, free bool) bool {
	if lo+1 < hi && an.sentOf[lo+1] == an.sentOf[hi-1] && !an.sentHas(an.sentOf[lo+1], c) {
		return false
	}
	for j := lo + 1; j < hi; j++ {
		if (!free || an.tokM[j] == -1) && an.has(c, j) {
			return true
		}
	}
	return false
}

// textWord reports whether the text of token k, as written, is a word of
// class: an.lex.word(class, an.toks[k].Text) without a lookup.
func (an *analysis) textWord(class string, k int) bool {
	half, bit := an.lex.classBit(class)
	if bit == 0 {
		return an.lex.words[class][an.toks[k].Text]
	}
	wi := an.info[k].text
	return wi != nil && wi.bits[half]&bit != 0
}

// incNounAt is an.lex.incNoun[an.low[k]] without a lookup.
func (an *analysis) incNounAt(k int) string {
	if wi := an.info[k].wordInfo; wi != nil {
		return wi.incNoun
	}
	return ""
}

// titleAt is an.lex.titles[an.low[k]] without a lookup.
func (an *analysis) titleAt(k int) string {
	if wi := an.info[k].wordInfo; wi != nil {
		return wi.title
	}
	return ""
}

// namedAt returns, in order, the named incidents whose first word is
// token k's text in some case.
func (an *analysis) namedAt(k int) []int {
	if wi := an.info[k].wordInfo; wi != nil {
		return wi.named
	}
	return nil
}
