package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/statekg/statekg/extract/syntax"
	"github.com/statekg/statekg/schema"
)

// matchSlots matches slots at token k; "*" lets up to two words stand
// there. It returns the end of the match and the first mention met in a
// gap (-1 if none).
func (an *analysis) matchSlots(k int, slots [][]string, hi int) (int, int, bool) {
	gapM := -1
	i := k
	for si := 0; si < len(slots); si++ {
		slot := slots[si]
		if len(slot) == 1 && slot[0] == "*" {
			if si+1 >= len(slots) {
				return i, gapM, true
			}
			// up to two words, or one mention (with its possessive
			// ending and a word): "naming Russia's Foreign Intelligence
			// Service as"
			next := slots[si+1]
			free := 0
			for p := i; p < hi && p < i+10; {
				if inSlot(an.low[p], next) {
					i = p
					goto matched
				}
				if an.toks[p].Kind == Punct && !isQuote(an.toks[p].Text) {
					return 0, -1, false
				}
				if m := an.mentAt(p); m >= 0 {
					if gapM >= 0 && an.ments[gapM].end != p-1 {
						return 0, -1, false
					}
					if gapM < 0 {
						gapM = m
					}
					p = an.ments[m].end
					continue
				}
				if an.toks[p].Kind != Possessive {
					free++
				}
				if free > 2 {
					break
				}
				p++
			}
			return 0, -1, false
		matched:
			continue
		}
		if i >= hi || !inSlot(an.low[i], slot) || an.tokM[i] >= 0 {
			return 0, -1, false
		}
		i++
	}
	return i, gapM, true
}

func inSlot(w string, slot []string) bool {
	for _, s := range slot {
		if s == w {
			return true
		}
	}
	return false
}

func doubleQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }

func isQuote(s string) bool {
	return doubleQuote(s) || s == "‘" || s == "’" || s == "'"
}

// polarity reads the cues that govern a trigger at token t of sentence si,
// with the clause from lo.
func (an *analysis) polarity(si, lo, t int) (schema.Polarity, schema.Modality) {
	return an.polarityFor(si, lo, t, false)
}

// hedges are the modalities of the claims of one trigger by the argument
// they name: a hedge on an argument holds the claims that name it, so
// "suspected hackers hit X" hedges who hit X, not that X was hit.
type hedges struct {
	all    schema.Modality // the claims naming the subject or the trigger's incident
	victim schema.Modality // the claims of what was hit
}

// triggerHedges reads the modalities of the claims of the trigger at
// token t: those of polarity, and for its victims the same with no hedge
// on the active subject.
func (an *analysis) triggerHedges(si, lo, t int, mod schema.Modality) hedges {
	h := hedges{all: mod, victim: mod}
	if mod == schema.Hedged {
		_, h.victim = an.polarityFor(si, lo, t, true)
	}
	return h
}

// polarityFor is polarity; for the claims of a victim (victim set) a hedge
// on the active subject of the trigger's clause holds none.
func (an *analysis) polarityFor(si, lo, t int, victim bool) (schema.Polarity, schema.Modality) {
	s := an.sents[si]
	pol, mod := schema.Asserted, schema.Stated
	stated, sentHedged := an.sentenceCues(si)
	if sentHedged {
		mod = schema.Hedged
	}
	for k := lo; k < t; k++ {
		if !an.cueWord(k, s.First) {
			continue
		}
		for _, c := range an.cuesAt(k) {
			if c.class != "negation" && c.class != "hedge" {
				continue
			}
			if c.class == "hedge" && an.openingParticiple(k, t) {
				continue
			}
			if end, _, ok := an.matchCue(k, c.slots, t); ok {
				if c.class == "hedge" && victim && len(c.slots) == 1 && an.hedgedSubject(si, k, t) {
					continue
				}
				if !an.cueGoverns(si, k, end, t, c.class == "hedge") {
					// the tree puts the cue in another clause: "did not
					// say ..., noting that X has imposed sanctions"
					continue
				}
				if c.class == "negation" {
					pol = schema.Negated
				} else if len(c.slots) == 1 && an.lowWord("reportmodal", k) && an.reportedWould(k, si) {
					// an announced decision or a commitment, not a hedge
				} else if !stated {
					mod = schema.Hedged
				}
			}
		}
	}
	if mod != schema.Hedged && !stated && !victim && an.hedgedLink(lo, t) {
		mod = schema.Hedged
	}
	if mod != schema.Hedged && !stated && an.argumentHedged(si, t, victim) {
		mod = schema.Hedged
	}
	if stated && mod == schema.Hedged && !sentHedged {
		// "highly likely" and "high confidence" state a judgement; a
		// sentence hedge still holds
		mod = schema.Stated
	}
	return pol, mod
}

// hedgedSubject reports whether the parse reads the one-word hedge at
// token k as a verb whose object, no incident, is the subject of the
// word at token t, the verb's complement with no subject of its own, and
// the verb has no subject either ("Suspected hackers breached X" parsed
// as "suspected [that] hackers breached X"): the hedge sits on the
// subject, an adjective.
func (an *analysis) hedgedSubject(si, k, t int) bool {
	p, v := an.wordTree(si, t)
	if p == nil {
		return false
	}
	cw := p.wordAt(k)
	if cw < 0 || p.s.Words[v].Head != cw || p.s.Dependent(v, "nsubj") >= 0 || p.s.Dependent(cw, "nsubj") >= 0 {
		return false
	}
	if d := p.s.Words[v].Deprel; d != "xcomp" && d != "ccomp" {
		return false
	}
	h := p.s.Dependent(cw, "obj")
	return h > cw && h < v && !an.incidentAt(p.tok[h])
}

// wordTree is the parse of sentence si and the index of its word at token
// t; nil and -1 when the sentence has no parse or t is no word of it.
func (an *analysis) wordTree(si, t int) (*parsed, int) {
	if p := an.tree(si); p != nil {
		if v := p.wordAt(t); v >= 0 {
			return p, v
		}
	}
	return nil, -1
}

// kindPhrase reports whether mention m is a bare plural incident noun,
// with lower-case modifiers at most and no determiner, year or possessor
// before it, and no complement or relative clause after it, only an
// adverb, punctuation or a function word ("had carried out damaging
// cyberattacks largely unchecked"): a kind of incident, no event.
func (an *analysis) kindPhrase(m int) bool {
	mm := an.ments[m]
	k := mm.end - 1
	if an.toks[k].Kind != Word || an.lex.incNoun[an.lex.stem("pluralsuffix", an.low[k])] == "" || !an.plural(k) {
		return false
	}
	for q := mm.first; q < k; q++ {
		// modifiers of the noun: "damaging cyberattacks"
		if an.toks[q].Kind != Word || isCap(an.toks[q].Text) || isYear(an.low[q]) || an.lowWord("det", q) || an.lowWord("possessive", q) || an.lowWord("incdef", q) {
			return false
		}
	}
	n := k + 1
	ends := n >= len(an.toks) || an.sentOf[n] != an.sentOf[k] || an.toks[n].Kind == Punct || an.isAdverb(an.low[n]) || an.lowWord("stop", n) && !an.lowWord("inccomp", n) && !an.lowWord("relative", n)
	return ends && an.bareAt(mm.first)
}

// incidentAt reports whether token k names an incident or is an incident
// noun.
func (an *analysis) incidentAt(k int) bool {
	if e := an.entAt(k); e >= 0 {
		return an.ents[e].typ == schema.Incident
	}
	return an.tokM[k] == -1 && an.incHead(k)
}

// argumentHedged reports whether the tree of sentence si sets a one-word
// hedging verb of cues.tsv, with its subject, beside the clause of the
// word at token t or one that clause complements ("X carried out the
// attack, officials believe"), or puts a one-word hedge cue on an
// argument of the word, or of a verb governing it through a complement:
// its subject, object or a phrase the
// parse left unattached to a governing verb ("Suspected Iranian hackers,
// the FBI said, carried out the attack", "carried out the alleged
// attack"). A coordinated verb shares its first conjunct's subject only
// when it has none of its own. For a victim's claims (victim set) an
// active subject that is no incident holds none: "suspected hackers"
// hedges who did it.
func (an *analysis) argumentHedged(si, t int, victim bool) bool {
	sn := an.sents[si]
	if sn.End-sn.First > maxScope {
		return false
	}
	hedgeWord := an.oneWordHedge
	// no one-word hedge in the sentence: nothing to parse it for
	found := false
	for k := sn.First; k < sn.End && !found; k++ {
		found = hedgeWord(k)
	}
	if !found {
		return false
	}
	p, v := an.wordTree(si, t)
	if p == nil {
		return false
	}
	s := p.s
	oneWordHedge := func(w int) bool { return hedgeWord(p.tok[w]) }
	hedgeOn := func(w int) bool {
		for _, c := range s.Children(w) {
			if d := s.Words[c].Deprel; (d == "amod" || d == "advmod") && oneWordHedge(c) {
				return true
			}
		}
		return false
	}
	// "X carried out the attack, officials believe": a hedging verb set
	// beside the clause, or one it complements, hedges it
	for n, steps := clauseHead(s, v), 0; n >= 0 && steps < 8; steps++ {
		for _, c := range s.Children(n) {
			if s.Words[c].Deprel == "parataxis" && s.Dependent(c, "nsubj") >= 0 && oneWordHedge(c) {
				return true
			}
		}
		if d := s.Words[n].Deprel; d != "xcomp" && d != "ccomp" {
			break
		}
		n = clauseHead(s, s.Words[n].Head)
	}
	for n, steps := v, 0; n >= 0 && steps < 8; steps++ {
		own := false
		for _, c := range s.Children(n) {
			d := s.Words[c].Deprel
			arg := syntax.HasLabel(d, "nsubj") || d == "obj" || n != v && d == "dep" && s.Words[c].UPOS == "NOUN"
			own = own || syntax.HasLabel(d, "nsubj")
			if victim && d == "nsubj" && !an.incidentAt(p.tok[c]) {
				continue // "suspected hackers hit X"; not "the alleged attack hit X"
			}
			if arg && hedgeOn(c) {
				return true
			}
		}
		d := s.Words[n].Deprel
		if d != "xcomp" && d != "ccomp" && !(d == "conj" && !own) {
			return false
		}
		n = s.Words[n].Head
	}
	return false
}

// hedgedLink reports whether a role noun in tokens [lo, t) is linked to
// an actor through a hedged participle of class servepart or a noun of
// class linknoun: "hackers possibly linked to X", "hackers believed to
// be linked to X", "hackers with suspected ties to X". The link is what
// says who did it: the claims of the victims hold.
func (an *analysis) hedgedLink(lo, t int) bool {
	for q := lo; q+3 < t; q++ {
		if an.tokM[q] != -1 || !an.lowWord("role", q) {
			continue
		}
		r := q + 1
		if r < t && an.tokM[r] == -1 && an.lowWord("prep", r) {
			r++ // "hackers with suspected ties"
		}
		if r >= t || an.tokM[r] != -1 || !an.oneWordHedge(r) {
			continue
		}
		for v := r + 1; v+1 < t && v <= r+4 && an.tokM[v] == -1 && an.toks[v].Kind == Word; v++ {
			if (an.lowWord("servepart", v) || an.lowWord("linknoun", v)) && an.lowWord("prep", v+1) {
				return true
			}
		}
	}
	return false
}

// oneWordHedge reports whether token k is a hedge cue of one word
// (cues.tsv): "suspected", "alleged".
func (an *analysis) oneWordHedge(k int) bool {
	for _, cu := range an.cuesAt(k) {
		if cu.class == "hedge" && len(cu.slots) == 1 && inSlot(an.low[k], cu.slots[0]) {
			return true
		}
	}
	return false
}

// openingParticiple reports whether the cue at token k opens a participle
// phrase with a preposition, set off by a comma before the word at t:
// "Last week, asked about early reports, he said ..." hedges nothing the
// main clause says.
func (an *analysis) openingParticiple(k, t int) bool {
	s := an.sents[an.sentOf[k]]
	if !(k == s.First || an.low[k-1] == ",") || an.tokM[k] != -1 || !an.lex.suffix("pastsuffix", an.low[k]) || k+1 >= t || !an.lowWord("prep", k+1) {
		return false // "Suspected Russian hackers, ..." is no such phrase
	}
	for j := k + 1; j < t; j++ {
		if an.low[j] == "," {
			return true
		}
	}
	return false
}

// cueGoverns reports whether the cue at tokens [k, end) of sentence si
// governs the word at token t by the dependency tree: the cue's clause is
// t's clause, or one t's clause is the complement of ("did not say that X
// was behind", "refused to condemn"), never one t's clause is only
// coordinated with ("declined to say ..., but X and Y were hit") or an
// adverbial of ("did not say ..., noting that ..."), nor a word inside an
// apposition ("declined to say ... in the attack, the latest in a spree
// on X"). Without a tree the cue
// governs as its token clause says.
//
// A hedge also governs a clause it stands below (a parse that hangs the
// hedging verb under the clause it hedges is read as hedging it), one set
// beside its clause without a conjunction ("appeared to praise X, speak
// warmly of Y and criticise Z"), and a bare verb coordinated with its
// verb, which shares its auxiliaries ("may praise X and condemn Y").
func (an *analysis) cueGoverns(si, k, end, t int, below bool) bool {
	if sn := an.sents[si]; sn.End-sn.First > maxScope {
		// a run-on sentence is not parsed for one cue
		return true
	}
	p, v := an.wordTree(si, t)
	if p == nil {
		return true
	}
	s := p.s
	for w, steps := v, 0; w >= 0 && steps < len(s.Words) && w != clauseHead(s, v); steps++ {
		if s.Words[w].Deprel == "appos" || s.Words[w].UPOS == "PUNCT" {
			// an apposition, or a phrase the parse hangs on the comma
			// setting it off, says what it says of its own: "declined to
			// say how much was stolen in the attack, the latest in a
			// spree on X"
			return false
		}
		w = s.Words[w].Head
	}
	var cw, heads []int // the cue's words and their clauses
	for w := range s.Words {
		if p.tok[w] >= k && p.tok[w] < end {
			cw = append(cw, w)
			heads = append(heads, clauseHead(s, w))
		}
	}
	if len(heads) == 0 {
		return true
	}
	if below && len(cw) == 1 && s.Words[cw[0]].Deprel == "amod" {
		// a hedge on a noun hedges what the noun is: the trigger ("the
		// alleged attack on X"), else the claims it is an argument of
		// (argumentHedged), not a claim beside it ("blamed the alleged
		// hackers for the attack on X" hedges no victim)
		return s.Words[cw[0]].Head == v
	}
	n, conj := clauseHead(s, v), false
	if below && n >= 0 {
		for _, h := range heads {
			if s.Ancestor(n, h) {
				return true
			}
		}
	}
	shared := false // a hedge's verbs govern a bare conjunct of theirs
	for steps := 0; n >= 0 && steps < 8; steps++ {
		if (!conj || shared) && slices.Contains(heads, n) {
			return true
		}
		d := s.Words[n].Deprel
		if syntax.HasLabel(d, "acl") {
			// a clause on a noun the cue modifies: "no evidence that
			// links X to the attack"
			// a hedge on it too, as the parse of "said suspected hackers
			// carried out" has it: "hackers" the object of "suspected"
			h := s.Words[n].Head
			return slices.ContainsFunc(cw, func(w int) bool { return s.Words[w].Head == h || below && s.Words[h].Head == w })
		}
		if below && d == "advcl" && an.ofClause(p, n) {
			// a gerund after "of" on a hedging verb: "is suspected of
			// carrying out the attack"
			conj, shared = false, false
			n = clauseHead(s, s.Words[n].Head)
			continue
		}
		if d != "xcomp" && d != "ccomp" && d != "conj" && !(below && d == "parataxis") {
			return false
		}
		conj = d == "conj"
		shared = conj && below && (s.Words[n].XPOS == "VB" || s.Words[n].XPOS == "VBP") && s.Dependent(n, "nsubj") < 0 && s.Dependent(n, "aux") < 0
		n = clauseHead(s, s.Words[n].Head)
	}
	return false
}

// ofClause reports whether clause n of the parse p is opened by "of"
// (words.tsv ofprep): "suspected of carrying out".
func (an *analysis) ofClause(p *parsed, n int) bool {
	for _, l := range []string{"mark", "case"} {
		if c := p.s.Dependent(n, l); c >= 0 && c < n && an.lowWord("ofprep", p.tok[c]) {
			return true
		}
	}
	return false
}

// clauseHead returns the head of the clause holding word w of s: w's
// nearest ancestor-or-self that heads a clause (the root, a complement,
// an adverbial or relative clause, a verb coordinated with another).
func clauseHead(s *syntax.Sentence, w int) int {
	for steps := 0; w >= 0 && steps < len(s.Words); steps++ {
		if s.Words[w].Head < 0 {
			return w
		}
		switch d := s.Words[w].Deprel; {
		case d == "ccomp" || d == "xcomp" || d == "advcl" || d == "parataxis" || syntax.HasLabel(d, "acl") || syntax.HasLabel(d, "csubj"):
			return w
		case d == "conj":
			if u := s.Words[w].UPOS; u == "VERB" || u == "AUX" || s.Dependent(w, "nsubj") >= 0 || s.Dependent(w, "cop") >= 0 {
				return w
			}
		}
		w = s.Words[w].Head
	}
	return -1
}

// sentenceCues reports whether sentence si holds a cue that states a
// judgement ("high confidence") and one that hedges the whole sentence,
// reading the sentence once.
func (an *analysis) sentenceCues(si int) (stated, hedged bool) {
	f := an.sentenceFlags(si)
	return f&hasStated != 0, f&hasHedge != 0
}

// conditional reports whether sentence si holds a conditional word ("if",
// "unless").
func (an *analysis) conditional(si int) bool { return an.sentenceFlags(si)&hasConditional != 0 }

// What sentenceFlags knows of a sentence.
const (
	flagsRead uint8 = 1 << iota
	hasStated
	hasHedge
	hasConditional
)

// sentenceFlags reads sentence si once for its sentence-wide cues and
// conditional words.
func (an *analysis) sentenceFlags(si int) uint8 {
	if an.sentCues == nil {
		an.sentCues = make([]uint8, len(an.sents))
	}
	if f := an.sentCues[si]; f&flagsRead != 0 {
		return f
	}
	s := an.sents[si]
	f := flagsRead
	for k := s.First; k < s.End; k++ {
		if an.lowWord("conditional", k) {
			f |= hasConditional
		}
		for _, c := range an.cuesAt(k) {
			if c.class != "stated" && c.class != "sentence-hedge" {
				continue
			}
			if _, _, ok := an.matchCue(k, c.slots, s.End); ok {
				if c.class == "stated" {
					f |= hasStated
				} else {
					f |= hasHedge
				}
			}
		}
	}
	an.sentCues[si] = f
	return f
}

// reportedWould reports whether "would" at token k carries a reported
// decision or commitment ("announced that Russia would bar eight US
// officials", "we would stand alongside Japan") rather than a condition or
// a hypothesis ("would be met with consequences if", "would have been",
// "any attack would").
func (an *analysis) reportedWould(k, si int) bool {
	s := an.sents[si]
	if k+1 < s.End && an.lowWord("wouldhypo", k+1) {
		return false
	}
	if an.conditional(si) {
		return false
	}
	if k > s.First && an.lowWord("speaker", k-1) {
		return true
	}
	for i := k - 1; i >= s.First && i >= k-maxScope; i-- {
		if an.lowWord("announce", i) && an.tokM[i] < 0 {
			return true
		}
		if an.lowWord("wouldstop", i) {
			return false
		}
	}
	return false
}

// cueWord reports whether token k can open a cue: not a word of a name
// ("Theresa May") nor the month ("in May 2016", "last May").
func (an *analysis) cueWord(k, first int) bool {
	if an.tokM[k] >= 0 {
		return false
	}
	return !(k > first && an.textWord("cuename", k))
}

// matchCue matches a cue's slots from token k, before token hi: a slot
// "*" lets up to two words stand there ("that * calls": "that Microsoft
// calls").
func (an *analysis) matchCue(k int, slots [][]string, hi int) (int, int, bool) {
	i := k
	for si, slot := range slots {
		if len(slot) == 1 && slot[0] == "*" && si+1 < len(slots) {
			p := i
			for p < hi && p <= i+2 && !inSlot(an.low[p], slots[si+1]) {
				if an.toks[p].Kind != Word {
					return 0, 0, false
				}
				p++
			}
			if p > i+2 {
				return 0, 0, false
			}
			i = p
			continue
		}
		if i >= hi || !inSlot(an.low[i], slot) {
			return 0, 0, false
		}
		i++
	}
	return i, 0, true
}

// namingEnd is the end of a naming cue of cues.tsv starting at token k
// ("that Microsoft calls"), before token hi; -1 if none starts there.
func (an *analysis) namingEnd(k, hi int) int {
	if k >= hi {
		return -1
	}
	for _, c := range an.cuesAt(k) {
		if c.class != "naming" {
			continue
		}
		if e, _, ok := an.matchCue(k, c.slots, hi); ok {
			return e
		}
	}
	return -1
}

// maxScope is the farthest, in tokens, a cue reaches back to the word it
// governs: a clause longer than that (a list run together without
// punctuation) is read as starting maxScope tokens before the word. It
// keeps the cost of a long sentence linear in its length.
const maxScope = 64

// maxReach is the farthest, in tokens, a rule looks back for what a word
// refers to or depends on (the state of an official, the subject of a
// sentence, the antecedent of a pronoun): far more than any sentence
// holds, and a bound that keeps the cost of one that never ends linear.
const maxReach = 256

// maxList is the most mentions a list of coordinated subjects or objects
// holds ("Russia, China, Iran and North Korea"): a longer run is cut there,
// which keeps the cost of a sentence that never ends linear.
const maxList = 32

// clauseStart is where the clause holding token t begins, for cue scope:
// at most maxScope tokens before t.
func (an *analysis) clauseStart(t int) int {
	s := an.sents[an.sentOf[t]]
	for k := t - 1; k > s.First && k >= t-maxScope; k-- {
		if an.lowWord("clausebreak", k) {
			return k + 1
		}
		switch an.low[k] {
		case ",":
			if k+1 < len(an.toks) {
				n := an.low[k+1]
				if an.lowWord("clauserel", k+1) || (an.lex.suffix("pastsuffix", n) && an.tokM[k+1] == -1) {
					return k + 1
				}
			}
		case "and":
			// a coordinated clause with its own verb: "denied it was to
			// blame and has vowed to hit back"
			if k+1 < len(an.toks) {
				n := an.low[k+1]
				if an.lex.word("skip", n) && !an.isAdverb(n) || an.lex.word("report", n) {
					return k + 1
				}
			}
		}
	}
	return max(s.First, t-maxScope)
}

// isAdverb reports whether w is an adverb of manner by its ending ("-ly"):
// one that may stand anywhere in a clause.
func (an *analysis) isAdverb(w string) bool {
	return len(w) > 4 && an.lex.suffix("adverbsuffix", w) && !an.lex.word("nonadverb", w)
}

// isActor reports whether entity e can make claims.
func (an *analysis) isActor(e int) bool { return e >= 0 && an.ents[e].typ.IsActor() }

// headOf returns the mention a possessor or demonym mention modifies, if
// one follows closely: "North Korea's Lazarus Group", "US drugmaker Merck".
func (an *analysis) headOf(m int) int {
	mm := an.ments[m]
	k := mm.end
	if k < len(an.toks) && an.toks[k].Kind == Possessive {
		k++
	} else if mm.form != "demonym" && !(an.ents[mm.ent].typ == schema.State && mm.form != "name") {
		return m
	}
	for j := k; j < len(an.toks) && j < k+4; j++ {
		if n := an.mentAt(j); n >= 0 {
			return n
		}
		if an.toks[j].Kind == Punct || an.lowWord("stop", j) {
			break
		}
		if mm.form != "demonym" && !isCap(an.toks[j].Text) && (an.lex.suffix("pastsuffix", an.low[j]) || len(an.triggersAt(j)) > 0) {
			// a verb after a state's name ends its phrase: "US
			// drugmaker Merck" is Merck, "Washington blacklisted
			// Russia's X" is Washington
			break
		}
	}
	return m
}

// subjectOf finds the subject of the verb at token t: the actor mentions
// (coordinated ones too) standing before it across auxiliaries, adverbs,
// time phrases, appositions and role nouns; pronouns are resolved. It also
// reports where the subject starts.
func (an *analysis) subjectOf(t int) ([]int, int) {
	si := an.sentOf[t]
	lo := an.sents[si].First
	j := t - 1
	if j-1 >= lo && an.toks[j].Kind == Possessive && !an.finished(si) {
		// a possessor right before the trigger, a noun then, in a
		// headline the parse does not read: "India's ban on X deepens
		// rift"
		if m := an.mentAt(j - 1); m >= 0 && an.isActor(an.ments[m].ent) {
			return []int{an.ments[m].ent}, an.ments[m].first
		}
	}
	for j >= lo {
		w := an.low[j]
		if an.tokM[j] >= 0 {
			break
		}
		switch {
		case an.lex.word("skip", w) || an.isAdverb(w) || an.lex.word("preverb", w) || isQuote(w):
			j--
			continue
		case w == "to" && j-1 >= lo && an.lowWord("control", j-1):
			j -= 2
			continue
		case w == "in" && j-1 >= lo && an.lowWord("controlin", j-1) && an.lex.suffix("gerundsuffix", an.low[t]):
			// "Britain joins in blaming X"
			j -= 2
			continue
		case an.lex.word("dateword", w):
			j--
			for j >= lo && (an.lowWord("dateprep", j) || an.toks[j].Kind == Number) {
				j--
			}
			if j-1 >= lo && an.lowWord("det", j) && an.lowWord("controltime", j-1) && an.lex.suffix("gerundsuffix", an.low[t]) {
				j-- // "spent the week launching attacks"
			}
			continue
		case an.lowWord("controltime", j) && an.lex.suffix("gerundsuffix", an.low[t]) && t-j <= 5:
			// "has spent all last week launching attacks"
			j--
			continue
		case an.lex.word("timeafter", w):
			j -= 2
			continue
		case an.lowWord("agentprep", j) && j > lo && an.lex.suffix("gerundsuffix", an.low[t]) && an.tokM[t] == -1:
			// a gerund of means shares the clause's subject: "X emerged
			// in August by dumping code", "Y responded by sanctioning Z"
			if h := an.mainSubjectMention(si, j); h >= 0 {
				return []int{an.ments[h].ent}, an.ments[h].first
			}
			return nil, -1
		case w == ")" && j-1 >= lo:
			// an acronym in brackets: "Oxford University Hospitals (OUH)
			// repelled"
			p := j - 1
			for p > lo && p > j-6 && an.low[p] != "(" {
				p--
			}
			if an.low[p] != "(" {
				return nil, -1
			}
			j = p - 1
			continue
		case w == ",":
			// a relative clause set off by commas, however long and
			// whatever commas it holds: "X, who shuttled between A, B and
			// C last week, met Y"
			for c := j - 1; c > lo && c > j-40; c-- {
				if an.low[c] == "," && c+1 < j && an.low[c+1] != "that" && an.lowWord("relative", c+1) {
					if m := an.mentAt(c - 1); m >= 0 && an.isActor(an.ments[m].ent) {
						return an.withCoord(m), an.ments[m].first
					}
					break
				}
			}
			// an apposition: "Kim Gunn, South Korea's envoy, held talks",
			// "the Russian state, and the Russian military in particular,
			// carried out"
			for c := j - 1; c >= lo && c > j-16; c-- {
				if an.low[c] == "," {
					if m := an.mentAt(j - 1); m >= 0 && an.ments[m].first == c+1 && c-1 >= lo && an.tokM[c-1] == -1 && an.lowWord("role", c-1) {
						// a name set off after its role: "India's foreign
						// ministry spokesman, Anurag Srivastava, said"
						if t := an.ents[an.ments[m].ent].typ; t == schema.Official || t == schema.Person {
							return []int{an.ments[m].ent}, an.ments[m].first
						}
					}
					if c-1 >= lo && an.tokM[c-1] != -2 && an.low[c-1] != "," {
						if subj, start := an.subjectAt(c-1, lo); len(subj) > 0 {
							if an.low[c+1] == "and" {
								if m := an.mentAt(c + 2 + boolInt(an.low[c+2] == "the")); m >= 0 && an.isActor(an.ments[m].ent) && an.ments[m].end <= j {
									subj = append(subj, an.ments[m].ent)
								}
							}
							return subj, start
						}
					}
					break
				}
			}
			// a participle clause shares the sentence's subject: "Gavin
			// Williamson went further, accusing Moscow of ..."
			if an.lex.suffix("gerundsuffix", an.low[t]) {
				if j-1 >= lo && an.lowWord("claimverb", j-1) {
					// "'...,' X said, accusing Y of ...": the speaker
					if subj, start := an.subjectOf(j - 1); len(subj) > 0 {
						return subj, start
					}
				}
				if e := an.mainSubject(an.sentOf[t], j); e >= 0 {
					return []int{e}, -1
				}
			}
			return nil, -1
		}
		break
	}
	if j < lo {
		return nil, -1
	}
	if r := an.relativeReported(j, lo); r >= 0 {
		// "China, which he said was responsible": the relative pronoun
		// before the reporting clause is the subject
		if m := an.antecedent(r); m >= 0 && an.isActor(an.ments[m].ent) {
			return []int{an.ments[m].ent}, r
		}
	}
	return an.subjectAt(j, lo)
}

// relativeReported is the relative pronoun that opens a reporting clause
// ending at token j, "which he said", "who the Treasury said"; -1 if none.
func (an *analysis) relativeReported(j, lo int) int {
	if !an.lowWord("claimverb", j) || j-1 < lo {
		return -1
	}
	b := j - 1
	if m := an.mentAt(b); m >= 0 {
		b = an.ments[m].first - 1
		if b >= lo && an.low[b] == "the" {
			b--
		}
	} else if an.lowWord("pronoun", b) {
		b--
	} else {
		return -1
	}
	if b >= lo && an.lowWord("relative", b) {
		return b
	}
	return -1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// subjectAt reads the subject ending at token j: an actor mention, a role
// noun of one ("Japan's envoy", "the Russian state"), a pronoun, a relative
// pronoun, or the subject of a clause coordinated by "and".
func (an *analysis) subjectAt(j, lo int) ([]int, int) {
	if m := an.mentAt(j); m >= 0 {
		// a possessor: "Japan's" before the verb is no subject; a state
		// word before a role noun is handled below
		if an.isActor(an.ments[m].ent) {
			return an.withCoord(m), an.ments[m].first
		}
		return nil, -1
	}
	w := an.low[j]
	if an.lex.word("groupnoun", w) || an.lex.word("gangnoun", w) {
		// a group named by the name before its noun: "the Turla group",
		// "the Conti ransomware gang"
		k := j - 1
		for k > lo && k > j-3 && (an.tokM[k] == -1 || an.tokM[k] >= 0 && an.ents[an.ments[an.tokM[k]].ent].typ == schema.Topic) && (an.lowWord("groupmod", k) || an.lowWord("malwarenoun", k)) {
			k--
		}
		if m := an.mentAt(k); m >= 0 && an.ments[m].end == k+1 && k < j && an.ents[an.ments[m].ent].typ == schema.Organization {
			return []int{an.ments[m].ent}, an.ments[m].first
		}
	}
	if an.lex.word("role", w) || an.lex.word("govt", w) {
		k := j
		for k >= lo && an.tokM[k] == -1 && (an.lowWord("role", k) || an.lowWord("govt", k) || (an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && k == j-1 && !an.lowWord("stop", k) && !an.lowWord("det", k) && !an.lowWord("pronoun", k))) {
			k--
		}
		if k >= lo && an.toks[k].Kind == Possessive {
			k--
		}
		if m := an.mentAt(k); m >= 0 {
			e := an.ments[m].ent
			if t := an.ents[e].typ; t == schema.State || t == schema.Organization {
				return an.withCoord(m), an.ments[m].first
			}
		}
		if k >= lo && an.lowWord("bodyposs", k) {
			if e := an.resolvePronoun(an.low[k], k); e >= 0 {
				return []int{e}, k
			}
		}
		return nil, -1
	}
	if an.lex.word("pronoun", w) {
		if an.lex.word("pluralpron", w) {
			// "Australia, Canada and Japan said they backed ...": the
			// reporting verb's coordinated subject
			r := j - 1
			if r >= lo && an.low[r] == "that" {
				r--
			}
			if r >= lo && an.lowWord("report", r) {
				if subj, _ := an.subjectOf(r); len(subj) > 1 {
					return subj, j
				}
			}
		}
		if e := an.resolvePronoun(w, j); e >= 0 {
			return []int{e}, j
		}
		return nil, -1
	}
	if w == "and" {
		if v := j - 1; v > lo && an.tokM[v] == -1 && an.lex.suffix("pastsuffix", an.low[v]) && (an.lowWord("beaux", v-1) || an.lowWord("skip", v-1)) {
			// a participle coordinated with the trigger has its subject:
			// "who the Treasury said had coordinated and executed ..."
			if e, start := an.subjectOf(v); len(e) > 0 {
				return e, start
			}
		}
		// coordinated verbs share the clause's subject
		if e := an.clauseSubject(j); len(e) > 0 {
			return e, j
		}
	}
	if an.lex.word("relative", w) {
		// a list before the pronoun is its antecedent: "X, Y and Z, who
		// were responsible for ..."
		if m := an.antecedent(j); m >= 0 && an.isActor(an.ments[m].ent) {
			return an.withCoord(m), j
		}
		// "X were among five governments that blamed ...": the members
		// of the group are the subject
		k := j - 1
		if k >= lo && an.lowWord("role", k) {
			for k > lo && k > j-5 && an.tokM[k-1] == -1 && an.toks[k-1].Kind != Punct && !an.lowWord("memberprep", k-1) {
				k--
			}
			if k-2 >= lo && an.lowWord("memberprep", k-1) && an.lowWord("copula", k-2) {
				if subj, start := an.subjectOf(k - 2); len(subj) > 0 {
					return subj, start
				}
			}
		}
	}
	return nil, -1
}

// relativeObject is the actor mention a relative pronoun right before the
// subject starting at token start refers to, when that subject (not the
// pronoun) does the verb at token k: "X, whom Germany accuses of ...";
// -1 if none.
func (an *analysis) relativeObject(start, k int) int {
	if start < 1 || start >= k || an.sentOf[start-1] != an.sentOf[k] || an.tokM[start-1] != -1 || !an.lowWord("relative", start-1) || an.low[start-1] == "that" {
		return -1
	}
	if m := an.antecedent(start - 1); m >= 0 && an.isActor(an.ments[m].ent) {
		return m
	}
	return -1
}

// antecedent is the mention a relative pronoun at j refers to.
func (an *analysis) antecedent(j int) int {
	k := j - 1
	if k >= 0 && an.low[k] == "," {
		k--
	}
	if m := an.mentAt(k); m >= 0 || k < 0 || an.tokM[k] != -1 || an.toks[k].Kind != Word || isCap(an.toks[k].Text) {
		return m
	}
	lo := an.sents[an.sentOf[j]].First
	if an.lowWord("conj", k) {
		// a relative clause coordinated with one before shares its
		// antecedent: "X, who worked for him and who the Treasury said
		// ..."
		for r := k - 1; r >= lo && r > k-15 && an.low[r] != ";"; r-- {
			if an.tokM[r] == -1 && an.lowWord("relative", r) {
				return an.antecedent(r)
			}
		}
		return -1
	}
	if an.lowWord("groupnoun", k) {
		// a group named before its noun: "the Conti ransomware gang,
		// whose ..."
		for b := k - 1; b >= lo && b > k-4; b-- {
			if m := an.mentAt(b); m >= 0 {
				e := an.ments[m].ent
				if an.ents[e].typ == schema.Topic {
					b = an.ments[m].first // "ransomware" inside the phrase
					continue
				}
				if an.ents[e].typ == schema.Organization && an.ents[e].kind == "group" {
					return m
				}
				break
			}
			if an.toks[b].Kind != Word || isCap(an.toks[b].Text) {
				break
			}
		}
	}
	// a description in apposition to a name stands for it: "Badin, a GRU
	// officer whom prosecutors accuse" refers to Badin, not to the GRU
	for b := k - 1; b-2 >= lo && b > k-6; b-- {
		if an.toks[b].Kind != Word || an.tokM[b] == -1 && isCap(an.toks[b].Text) {
			break
		}
		if an.tokM[b] == -1 && an.lowWord("incindef", b) {
			if an.low[b-1] == "," {
				if m := an.mentAt(b - 2); m >= 0 && an.ents[an.ments[m].ent].typ.IsActor() {
					return m
				}
			}
			break
		}
	}
	return -1
}

// withCoord returns the entity of mention m with those coordinated before
// it: "The United States, South Korea and Japan".
func (an *analysis) withCoord(m int) []int {
	out := []int{an.ments[m].ent}
	k := an.ments[m].first - 1
	sawAnd := false
	for k >= 0 {
		if an.low[k] == "the" {
			k--
			continue
		}
		if !an.lowWord("conj", k) && an.low[k] != "," {
			break
		}
		if an.low[k] != "," {
			sawAnd = true
		}
		k--
		if k >= 0 && an.low[k] == "," {
			k--
		}
		n := an.mentAt(k)
		if n < 0 || !an.isActor(an.ments[n].ent) || an.sentOf[k] != an.sentOf[an.ments[m].first] {
			break
		}
		pk := an.ments[n].first - 1
		if pk >= 0 && an.low[pk] == "the" {
			pk--
		}
		if pk >= 0 && an.lowWord("prep", pk) {
			break
		}
		out = append(out, an.ments[n].ent)
		k = an.ments[n].first - 1
	}
	// a list's last member follows "and" unless it has three members
	// ("Japan, S Korea, US"): "X, Y" alone is no list ("According to the
	// Treasury, Lazarus took part")
	if !sawAnd && len(out) == 2 {
		out = out[:1]
	}
	return out
}

// mainSubject is the first actor of sentence si before token t that is not
// inside a prepositional phrase; a possessor gives way to its head.
func (an *analysis) mainSubject(si, t int) int {
	if h := an.mainSubjectMention(si, t); h >= 0 {
		return an.ments[h].ent
	}
	return -1
}

// mainSubjectMention is the mention of mainSubject; -1 if none.
func (an *analysis) mainSubjectMention(si, t int) int {
	s := an.sents[si]
	for k := max(s.First, t-maxReach); k < s.End && k < t; k++ {
		m := an.mentAt(k)
		if m < 0 {
			continue
		}
		mm := an.ments[m]
		if mm.first > s.First && an.lowWord("prep", mm.first-1) {
			k = mm.end - 1
			continue
		}
		h := an.headOf(m)
		if an.isActor(an.ments[h].ent) {
			return h
		}
		k = mm.end - 1
	}
	return -1
}

// clauseSubject is the subject of the clause before a coordinating "and"
// at j: the closest actor before it that opens a clause.
func (an *analysis) clauseSubject(j int) []int {
	lo := an.sents[an.sentOf[j]].First
	for k := j - 1; k >= lo; k-- {
		m := an.mentAt(k)
		if m < 0 {
			continue
		}
		mm := an.ments[m]
		k = mm.first
		if !an.isActor(mm.ent) {
			continue
		}
		p := mm.first - 1
		if p < lo || an.low[p] == "that" || an.low[p] == "," || isQuote(an.low[p]) || an.lowWord("report", p) || an.low[p] == "the" && (p-1 < lo || an.low[p-1] == "that" || an.low[p-1] == ",") {
			if mm.end < len(an.toks) && an.toks[mm.end].Kind == Possessive {
				continue
			}
			// an apposition set off by commas is not the subject: "The
			// Fancy Bear hackers, ..., the GRU, are back"
			if p >= lo && (an.low[p] == "," || an.low[p] == "the" && p-1 >= lo && an.low[p-1] == ",") && mm.end < len(an.toks) && an.low[mm.end] == "," {
				continue
			}
			return an.withCoord(m)
		}
	}
	if an.tokM[lo] == -1 && an.lowWord("pronoun", lo) && !an.lowWord("bodyposs", lo) && lo+1 < j && an.toks[lo+1].Kind == Word {
		// a pronoun opening the sentence: "He accused X of ... and said
		// ..."
		if e := an.resolvePronoun(an.low[lo], lo); e >= 0 {
			return []int{e}
		}
	}
	return nil
}

// resolvePronoun resolves a pronoun at j to an actor entity.
func (an *analysis) resolvePronoun(w string, j int) int {
	si := an.sentOf[j]
	switch {
	case an.lex.word("personpron", w):
		for k := j - 1; k >= 0 && k >= j-maxReach && an.sentOf[k] >= si-3; k-- {
			if e := an.entAt(k); e >= 0 && (an.ents[e].typ == schema.Official || an.ents[e].typ == schema.Person) {
				return e
			}
		}
		return -1
	case an.lex.word("speaker", w):
		// a quotation that opens its sentence goes on the words of the
		// official quoted before it
		back := 3
		if f := an.sents[si].First; f < len(an.toks) && (an.toks[f].Text == "“" || an.toks[f].Text == "\"") {
			back = 6
			// the official the sentence names after the quotation
			// closes speaks it: "“We hold X accountable,” Minister Y
			// told reporters"
			if e := an.speakerAfterQuote(j, si); e >= 0 {
				return e
			}
		}
		for k := j - 1; k >= 0 && k >= j-maxReach && an.sentOf[k] >= si-back; k-- {
			if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.Official && an.ents[e].officialOf >= 0 {
				return an.ents[e].officialOf
			}
		}
		return -1
	}
	if e := an.mainSubject(si, j); e >= 0 && an.ents[e].typ != schema.Official && an.ents[e].typ != schema.Person {
		return e
	}
	if si > 0 {
		if e := an.mainSubject(si-1, an.sents[si-1].End); e >= 0 && an.ents[e].typ != schema.Official && an.ents[e].typ != schema.Person {
			return e
		}
	}
	return -1
}

// speakerAfterQuote is the official named after the quotation that holds
// token j closes, in sentence si, who speaks in their own words; -1 if
// the quotation runs to the sentence's end or no official follows it.
func (an *analysis) speakerAfterQuote(j, si int) int {
	end := an.sents[si].End
	k := j + 1
	for k < end && !doubleQuote(an.toks[k].Text) {
		k++
	}
	for k++; k < end; k++ {
		if doubleQuote(an.toks[k].Text) {
			return -1 // another quotation
		}
		if e := an.entAt(k); e >= 0 {
			if an.ents[e].typ == schema.Official {
				return e
			}
			return -1
		}
	}
	return -1
}

// objectsAfter finds the object mentions from token k: past articles,
// adverbs and a few modifiers, with coordinated ones ("X, Y and Z",
// "including X").
func (an *analysis) objectsAfter(k, hi int) []int { return an.objectsFrom(k, hi, false) }

// nationalModifier reports whether mention m is a state word modifying a
// common noun after it: "US banks", "some Japanese MPs".
func (an *analysis) nationalModifier(m int) bool {
	mm := an.ments[m]
	if an.ents[mm.ent].typ != schema.State || mm.form == "name" || mm.form == "capital" {
		return false
	}
	n := mm.end
	if n >= len(an.toks) || an.toks[n].Kind != Word || an.tokM[n] != -1 || isCap(an.toks[n].Text) && !pluralAcronym(an.toks[n].Text) {
		return false
	}
	w := an.low[n]
	return !an.lex.word("stop", w) && !an.lex.word("skip", w) && !an.lex.word("report", w) && !an.lex.word("dateword", w)
}

// pluralAcronym reports whether w is the plural of an acronym, a common
// noun: "MPs", "CEOs".
func pluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// objectsFrom is objectsAfter; with actorsOnly a state word that modifies
// a noun ("barred US banks") is no object but part of the phrase.
func (an *analysis) objectsFrom(k, hi int, actorsOnly bool) []int {
	var out []int
	free := 0
	if k+2 < hi && an.lowWord("conj", k) && an.tokM[k+1] == -1 && an.lex.suffix("pastsuffix", an.low[k+1]) && !an.lowWord("report", k+1) && !an.lowWord("relative", k+2) {
		// a verb coordinated with the trigger shares its object:
		// "opposed and combated all forms of X"
		k += 2
	}
	for k < hi {
		if m := an.mentAt(k); m >= 0 && actorsOnly && an.nationalModifier(m) {
			k = an.ments[m].end
			continue
		}
		if m := an.mentAt(k); m >= 0 {
			h := an.headOf(m)
			out = append(out, h)
			if len(out) == maxList {
				return out
			}
			k = an.ments[h].end
			if k < hi && an.toks[k].Kind == Possessive {
				k++
			}
			// coordination
			n := k
			if n < hi && an.low[n] == "," {
				n++
			}
			for n < hi && an.lowWord("listjoin", n) {
				n++
			}
			if n+2 < hi && an.lowWord("listalong", n) && an.lowWord("withprep", n+1) {
				// "X, together with Y"
				n += 2
			}
			if n > k && n < hi && an.mentAt(n) >= 0 {
				k = n
				free = 0
				continue
			}
			if n > k && n < hi && an.coordVerb(k, n) {
				// "sanctions Russia and names the SVR as ...": a second
				// verb ends the object list
				return out
			}
			if n > k && n < hi && an.toks[n].Kind == Word && an.tokM[n] == -1 && an.lex.suffix("gerundsuffix", an.low[n]) && !an.lowWord("listinclude", n) {
				// a participle clause ends the list: "talks with X,
				// telling her that Y ..."
				return out
			}
			if n > k && n < hi {
				// "including Danish shipping group Maersk"
				k = n
				free = 0
				continue
			}
			return out
		}
		w := an.low[k]
		switch {
		case an.lex.word("det", w) || an.isAdverb(w) || isQuote(w):
		case an.lex.word("approx", w) && free == 0 && k+1 < hi && (an.toks[k+1].Kind == Number || an.lowWord("det", k+1) || an.lowWord("approx", k+1)):
			// "at least nine", "more than 100"
		case an.toks[k].Kind == Possessive && free > 0:
			// "this year's sweeping intrusion"
		case an.lex.word("conj", w) && free > 0 && k+1 < hi && an.toks[k+1].Kind == Word && an.tokM[k+1] == -1 && !an.lowWord("stop", k+1):
			// "the frequency and manner of ..."
		case w == "," && free > 0 && k+1 < hi && an.lowWord("listinclude", k+1):
		case an.lex.word("listexample", w) || (an.lex.word("examplefirst", w) && k+1 < hi && an.lowWord("examplesecond", k+1)):
			free = 0
		case an.lex.word("examplesecond", w) && k > 0 && an.lowWord("examplefirst", k-1):
		case w == "of" && free > 0 && free <= 3:
		case an.lowWord("groupnoun", k) && an.namingEnd(k+1, hi) > k+1:
			// "a group that Microsoft calls X": the object is the name
			k = an.namingEnd(k+1, hi)
			free = 0
			continue
		case an.toks[k].Kind == Word && !an.lex.word("stop", w) && free < 3:
			free++
		case an.toks[k].Kind == Number && free < 3:
			free++
		default:
			return out
		}
		k++
	}
	return out
}

// coordVerb reports whether the coordinator between k and n (", and",
// "or") opens a verb phrase rather than another object: a lower-case word
// that is no determiner, adjective of a name or modifier of the next noun,
// followed by a mention, an article or a number ("and names SVR as",
// "and imposed sanctions on", "and expelled ten diplomats").
func (an *analysis) coordVerb(k, n int) bool {
	c := an.low[k]
	if c == "," && k+1 < n {
		c = an.low[k+1]
	}
	if !an.lex.word("conj", c) || an.low[n-1] != c || n+1 >= len(an.toks) {
		return false
	}
	w := an.low[n]
	if an.toks[n].Kind != Word || an.tokM[n] != -1 || isCap(an.toks[n].Text) || an.lex.word("det", w) || an.lex.word("approx", w) || an.isAdverb(w) {
		return false
	}
	if an.lex.word("skip", w) || an.lex.word("report", w) || len(an.lex.trigIndex[w]) > 0 {
		return true
	}
	// a verb form before its own object: "-ed"/"-s" word then an
	// article, a number or a name
	if !(an.lex.suffix("pastsuffix", w) || an.lex.suffix("pluralsuffix", w) && !an.lex.suffix("nonverbsuffix", w)) {
		return false
	}
	x := n + 1
	return an.tokM[x] >= 0 || an.toks[x].Kind == Number || an.lowWord("det", x)
}

// salientBefore is the incident in focus at token t: the last one
// mentioned before it.
func (an *analysis) salientBefore(t int) int {
	for k := t - 1; k >= 0; k-- {
		if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.Incident {
			return e
		}
	}
	return -1
}

// incidentAfter is the first incident mentioned from k to the end of the
// sentence.
func (an *analysis) incidentAfter(k int) int {
	hi := an.sents[an.sentOf[k]].End
	for ; k < hi; k++ {
		if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.Incident {
			return e
		}
	}
	return -1
}

// claimantOf is who the sentence says makes its claims: the subject of a
// reporting verb ("..., the foreign ministry said") or "according to X".
func (an *analysis) claimantOf(si int) int {
	s := an.sents[si]
	for k := s.First; k < s.End; k++ {
		switch {
		case an.lowWord("claimverb", k):
			if subj, _ := an.subjectOf(k); len(subj) > 0 {
				return subj[0]
			}
			// "..., said Wang Yi"
			if m := an.mentAt(k + 1); m >= 0 && an.isActor(an.ments[m].ent) {
				return an.ments[m].ent
			}
		case an.lowWord("sourceprep", k):
			if k+2 < s.End && an.low[k+1] == "to" {
				q := k + 2
				if an.low[q] == "the" {
					q++
				}
				if m := an.mentAt(q); m >= 0 && an.isActor(an.ments[m].ent) {
					return an.ments[an.headOf(m)].ent
				}
			}
		}
	}
	return -1
}

// reporterOf finds who judges a clause whose subject starts at token s:
// "X concluded that ...", "X said ...", "X had high confidence that ...".
func (an *analysis) reporterOf(s int) (int, int) {
	lo := an.sents[an.sentOf[s]].First
	// a name after a naming cue on a role noun: "North Korean hackers
	// known as the Lazarus Group" starts at the noun's phrase
	for q := s - 1; q > lo && q >= s-5; q-- {
		if e := an.namingEnd(q, s+1); e == s || e == s-1 && an.lowWord("article", s-1) {
			if an.lowWord("role", q-1) {
				s = q - 1
				for s > lo && (an.tokM[s-1] == -1 && an.toks[s-1].Kind == Word && !isCap(an.toks[s-1].Text) && !an.lowWord("stop", s-1) && !an.lowWord("det", s-1) || an.entAt(s-1) >= 0 && an.ments[an.tokM[s-1]].form == "demonym") {
					s--
				}
			}
			break
		}
	}
	if an.lowWord("relative", s) {
		// "which he said was responsible": the reporting clause after
		// the relative pronoun
		for v := s + 1; v < an.sents[an.sentOf[s]].End && v <= s+5; v++ {
			if an.relativeReported(v, lo) == s {
				if subj, _ := an.subjectOf(v); len(subj) > 0 {
					return subj[0], v
				}
				break
			}
		}
	}
	k := s - 1
	for k >= lo && an.lowWord("clauseopen", k) {
		k--
	}
	for k >= lo && (an.lowWord("skip", k) || an.isAdverb(an.low[k]) || an.lowWord("dateword", k) || an.lowWord("dateprep", k) || an.lowWord("itpron", k)) && !an.lowWord("report", k) {
		k--
		if k >= lo && k < s-2 && an.lowWord("itpron", k+1) && an.lowWord("clauseopen", k) && an.lowWord("relative", k) {
			// an expletive clause inside the reported one: "X concluded
			// that it was highly likely that Y ..." is X's judgement
			k--
		}
	}
	if k >= lo && k < s-1 && !an.lowWord("report", k) && an.low[k+1] == "that" {
		// the addressee of a verb of telling: "telling Der Spiegel
		// that ...", "told lawmakers that ..."
		for b := k; b >= lo && b > k-4 && an.toks[b].Kind == Word; b-- {
			if an.lowWord("tellverb", b) {
				k = b
				break
			}
		}
	}
	if k < lo || !an.lowWord("report", k) {
		return an.accuserOf(s)
	}
	v := k
	if an.lowWord("judgenoun", k) {
		for v > lo && an.lowWord("judgemod", v-1) {
			v--
		}
	}
	if subj, _ := an.subjectOf(v); len(subj) > 0 {
		return subj[0], v
	}
	return -1, -1
}

// accuserOf finds who makes an accusation whose clause has its subject at
// token s: "an accusation by the United States and its allies that hackers
// working for its Ministry of State Security were behind ...".
func (an *analysis) accuserOf(s int) (int, int) {
	lo := an.sents[an.sentOf[s]].First
	that := -1
	for k := s - 1; k >= lo && k > s-8; k-- {
		if an.low[k] == "that" {
			that = k
			break
		}
		if an.toks[k].Kind == Punct {
			return -1, -1
		}
	}
	for b := that - 1; b > lo && b > that-9; b-- {
		if an.toks[b].Kind == Punct {
			break
		}
		if !an.lowWord("agentprep", b) || !an.lowWord("accusation", b-1) {
			continue
		}
		q := b + 1
		if q < that && an.low[q] == "the" {
			q++
		}
		if m := an.mentAt(q); m >= 0 && an.isActor(an.ments[m].ent) {
			return an.ments[m].ent, b - 1
		}
		break
	}
	return -1, -1
}

// relations reads the relations of every sentence.
func (an *analysis) relations() {
	for si, s := range an.sents {
		if an.stopped() {
			return
		}
		claimant := an.claimantOf(si)
		for k := s.First; k < s.End; k++ {
			if an.stopped() {
				return
			}
			if an.tokM[k] != -1 {
				continue
			}
			for _, ti := range an.triggersAt(k) {
				tr := &an.lex.triggers[ti]
				if !inSlot(an.low[k], tr.slots[0]) {
					continue
				}
				end, gapM, ok := an.matchSlots(k, tr.slots, s.End)
				if !ok {
					continue
				}
				n := an.reads
				an.applyTrigger(tr, si, k, end, gapM, claimant)
				if an.reads > n {
					if an.readTrig == nil {
						an.readTrig = map[int]bool{}
					}
					for j := k; j < end; j++ {
						an.readTrig[j] = true // the words of the trigger read
					}
				}
				break
			}
		}
	}
}

func (an *analysis) isPassive(k, end int) (int, bool) {
	w := an.low[end-1]
	if !(an.lex.suffix("pastsuffix", w) || an.lex.word("participle", w)) {
		return 0, false
	}
	j := end
	for j < len(an.toks) && an.isAdverb(an.low[j]) {
		j++
	}
	if j < len(an.toks) && an.lowWord("agentprep", j) {
		return j + 1, true
	}
	return 0, false
}

func (an *analysis) applyTrigger(tr *trigger, si, k, end, gapM, claimant int) {
	hi := an.sents[si].End
	lo := an.clauseStart(k)
	// the polarity is read once a claim needs it: reading it may parse
	// the sentence
	polarity := sync.OnceValues(func() (schema.Polarity, schema.Modality) {
		pol, mod := an.polarity(si, lo, k)
		return an.gapCues(si, k, end, pol, mod)
	})
	switch tr.pred {
	case "attrib":
		pol, mod := polarity()
		an.applyAttrib(tr, si, k, end, gapM, claimant, pol, mod)
		return
	case "victim":
		pol, mod := polarity()
		an.applyVictim(tr, si, k, end, pol, an.triggerHedges(si, lo, k, mod), claimant)
		return
	}
	p := schema.Predicate(tr.pred)
	var subj, objs []int
	if tr.frame == "consequence" || tr.frame == "retaliate" || tr.frame == "stimulus" {
		return // read from the tree (frames)
	}
	if _, ok := an.isPassive(k, end); ok && tr.frame == "obj" {
		return // "blamed by X": read from the tree (frames)
	}
	actorsOnly := p == schema.Sanctions || p == schema.MeetsWith
	subj, start := an.subjectOf(k)
	if len(subj) == 0 && tr.noun {
		if e := an.mainSubject(si, k); e >= 0 {
			subj = []int{e}
		}
	}
	if len(subj) == 0 {
		if p == schema.Blames && tr.frame == "obj" {
			pol, mod := polarity()
			an.blameByNoun(si, k, end, gapM, pol, mod, claimant)
		}
		return
	}
	for _, e := range subj {
		if e == claimant {
			claimant = -1 // the subjects speak for themselves
			break
		}
	}
	switch {
	case tr.frame == "join":
		// "Britain, Japan and NATO joined the attribution": the subjects
		// take up the latest claim of the predicate made before
		pol, mod := polarity()
		for _, o := range an.joinedObjects(p, si) {
			for _, e := range subj {
				if e != o && !an.sameSide(e, o) {
					an.claim(e, p, o, "", si, pol, mod, claimant)
				}
			}
		}
		return
	case tr.frame == "eval":
		// "called the attack reckless", "described Russia as a
		// destabilising force": only with an evaluative word of blame
		objs = an.objectsFrom(end, hi, true)
		if len(objs) == 0 {
			return
		}
		j := an.ments[objs[0]].end
		objs = objs[:1]
		if j < hi && an.toks[j].Kind == Possessive {
			return // "called Russia's conduct ..." is read at the head
		}
		ok := false
		for q := j; q < hi && q < j+5; q++ {
			if an.lowWord("negeval", q) {
				ok = true
				break
			}
			if !(an.lowWord("evalgap", q) || an.lowWord("det", q) || an.isAdverb(an.low[q])) {
				break
			}
		}
		if !ok {
			return
		}
	case gapM >= 0:
		objs = []int{an.headOf(gapM)}
	case tr.frame == "prep":
		for j := end; j < hi && j < end+6; j++ {
			if inSlot(an.low[j], tr.preps) {
				objs = an.objectsFrom(j+1, hi, actorsOnly)
				break
			}
			if an.tokM[j] >= 0 || an.low[j] == "," || an.low[j] == "." {
				break
			}
		}
	default:
		objs = an.objectsFrom(end, hi, actorsOnly)
	}
	if len(objs) == 0 && tr.frame == "prep" && an.lowWord("focusstance", end-1) {
		// a stance whose phrase names nothing is on the incident in
		// focus: "X lodged a formal protest with the embassy"
		if inc := an.incidentNear(k); inc >= 0 {
			pol, mod := polarity()
			for _, s := range subj {
				an.claim(s, p, inc, "", si, pol, mod, claimant)
			}
		}
		return
	}
	switch p {
	case schema.Denies:
		// the object is an incident or a topic; an accusation or a clause
		// stands for the incident in focus
		var keep []int
		for _, o := range objs {
			if t := an.ents[an.ments[o].ent].typ; t == schema.Incident || t == schema.Topic {
				keep = append(keep, o)
			}
		}
		if len(keep) == 0 {
			accused := false
			for j := end; j < hi && j < end+4; j++ {
				if an.lowWord("accusation", j) || an.lowWord("denialref", j) {
					accused = true
				}
			}
			if !accused && (len(objs) > 0 || an.plainNounAfter(end, hi)) {
				return // what is denied is something else: "contest rumours about ..."
			}
			inc := an.incidentAfter(end)
			var more []int
			if inc < 0 && accused {
				// "denied the charges": what the article held the
				// subject responsible for
				if all := an.accusedAll(subj[0], k); len(all) > 0 {
					inc, more = all[0], all[1:]
				}
			}
			if inc < 0 && accused {
				// or the topic the subject was accused of: "accusing X of
				// supporting terrorism. X has denied the charges"
				inc = an.accusedTopic(subj[0], k)
			}
			if inc < 0 {
				if inc = an.salientBefore(k); inc >= 0 && an.hitAny(inc, subj) {
					return
				}
			}
			if inc < 0 {
				return
			}
			pol, mod := polarity()
			for _, s := range subj {
				an.claim(s, p, inc, "", si, pol, mod, claimant)
				for _, e := range more {
					an.claim(s, p, e, "", si, pol, mod, claimant)
				}
			}
			return
		}
		objs = keep
	}
	if m := an.relativeObject(start, k); p == schema.Blames && tr.frame == "obj" && m >= 0 && !slices.ContainsFunc(objs, func(o int) bool { return an.isActor(an.ments[o].ent) }) {
		// an object relative: "X, whom Germany accuses of INC"
		if an.lowWord("blamenoun", k-1) {
			// people the text does not name ("whom German prosecutors
			// accuse of INC") blame nobody, but attribute INC
			pol, mod := polarity()
			for _, e := range an.incidentsFor(end, hi) {
				an.claim(e, schema.AttributedTo, an.ments[m].ent, "", si, pol, mod, claimant)
			}
			return
		}
		objs = []int{m}
	}
	if p == schema.Blames && tr.frame == "obj" && len(objs) == 0 {
		pol, mod := polarity()
		an.blameOnto(subj, si, k, end, pol, mod, claimant)
		return
	}
	if len(objs) == 0 {
		return
	}
	pol, mod := polarity()
	an.emitActorRel(p, subj, objs, si, end, pol, mod, claimant)
}

// blameOnto reads a blame of an incident the text names by its noun
// alone, no entity, put on its author after a preposition of class
// ontoprep ("on" only after a verb of class blameon): "X blamed the hack
// on Y", "X attributed the attacks to Y" has X blame Y.
func (an *analysis) blameOnto(subj []int, si, k, end int, pol schema.Polarity, mod schema.Modality, claimant int) {
	hi := an.sents[si].End
	j := end
	for j < hi && an.tokM[j] == -1 && (an.lowWord("det", j) || an.lowWord("incmod", j)) {
		j++
	}
	n := j
	for j < hi && an.tokM[j] == -1 && an.isIncNoun(j) {
		j++
	}
	if j == n || j >= hi || an.tokM[j] != -1 || !an.lowWord("ontoprep", j) || an.low[j] == "on" && !an.lowWord("blameon", k) {
		return
	}
	for _, am := range an.objectsAfter(j+1, hi) {
		a := an.ments[am].ent
		if !an.isActor(a) {
			continue
		}
		for _, s := range subj {
			if s != a && !an.sameSide(s, a) {
				an.claim(s, schema.Blames, a, "", si, pol, mod, claimant)
			}
		}
	}
}

// accusedTopic is the topic actor a was accused of in the sentence of
// token k, before k, or in the one before it: "accusing X of supporting
// terrorism" (words.tsv accuseverb, ofprep); -1 if none.
func (an *analysis) accusedTopic(a, k int) int {
	if a < 0 || k >= len(an.toks) {
		return -1
	}
	si := an.sentOf[k]
	lo := an.sents[si].First
	if si > 0 {
		lo = an.sents[si-1].First
	}
	for j := k - 1; j >= lo; j-- {
		if !an.lowWord("accuseverb", j) {
			continue
		}
		m := an.mentAt(j + 1)
		if m < 0 || an.ments[m].first != j+1 || !an.sameSide(an.ments[m].ent, a) {
			continue
		}
		of := an.ments[m].end
		if of+1 >= k || !an.lowWord("ofprep", of) {
			continue
		}
		if t := an.mentAt(of + 1); t >= 0 && an.ments[t].first == of+1 && an.ents[an.ments[t].ent].typ == schema.Topic {
			return an.ments[t].ent
		}
	}
	return -1
}

// sameSide reports whether a is b or belongs to it (an official of a state,
// an agency of it): nobody blames itself.
func (an *analysis) sameSide(a, b int) bool {
	if a == b {
		return true
	}
	ea, eb := an.ents[a], an.ents[b]
	// a state guessed from the context for an official is no side: the
	// official's claims against it take the guess back
	// (reviseGuesses)
	return ea.officialOf == b && !ea.guessed || eb.officialOf == a && !eb.guessed || ea.state == b || eb.state == a || ea.parent == b || eb.parent == a
}

// joinedObjects are the objects of the plain claims of predicate p read
// from the latest sentence before or at si that has one, in the three
// sentences before.
func (an *analysis) joinedObjects(p schema.Predicate, si int) []int {
	var objs []int
	last := -1
	for i := len(an.claims) - 1; i >= 0; i-- {
		c := &an.claims[i]
		if c.Predicate != p || !c.Plain() || c.Object.Name == "" {
			continue
		}
		cs := an.sentAt(c.Sentence.Start)
		if cs > si || cs < si-3 || last >= 0 && cs != last {
			continue
		}
		last = cs
		for e := range an.ents {
			if an.ents[e].typ == c.Object.Type && an.ents[e].name == c.Object.Name && !slices.Contains(objs, e) {
				objs = append(objs, e)
			}
		}
	}
	return objs
}

// sentAt is the sentence holding byte offset b, -1 if none.
func (an *analysis) sentAt(b int) int {
	for si := range an.sents {
		if an.sents[si].Span.Start == b {
			return si
		}
	}
	return -1
}

// blameByNoun reads a blame whose subject names no actor ("prosecutors
// blamed X for Y", "investigators held X responsible for Y"): Y is still
// attributed to X, as the claimant's word if the sentence names one.
func (an *analysis) blameByNoun(si, k, end, gapM int, pol schema.Polarity, mod schema.Modality, claimant int) {
	lo := an.sents[si].First
	j := k - 1
	for j >= lo && (an.lowWord("skip", j) || an.isAdverb(an.low[j]) || an.lowWord("preverb", j)) {
		j--
	}
	if j < lo || an.tokM[j] != -1 || !an.lowWord("blamenoun", j) {
		return
	}
	hi := an.sents[si].End
	var objs []int
	if gapM >= 0 {
		objs = []int{an.headOf(gapM)}
	} else {
		objs = an.objectsFrom(end, hi, true)
	}
	for _, om := range objs {
		o := an.ments[om].ent
		if !an.isActor(o) {
			continue
		}
		jj := an.ments[om].end
		if jj < hi && an.toks[jj].Kind == Possessive {
			jj++
		}
		if jj < end {
			jj = end
		}
		for _, e := range an.incidentsFor(jj, hi) {
			an.claim(e, schema.AttributedTo, o, "", si, pol, mod, claimant)
			if an.isActor(claimant) && claimant != o && !an.sameSide(claimant, o) {
				an.claim(claimant, schema.Blames, o, "", si, pol, mod, -1)
			}
		}
	}
}

// emitActorRel records p from every subject to every fitting object, and
// for blames the incident the object is blamed for.
func (an *analysis) emitActorRel(p schema.Predicate, subj, objs []int, si, end int, pol schema.Polarity, mod schema.Modality, claimant int) {
	hi := an.sents[si].End
	for _, om := range objs {
		if n := an.incidentOfName(om); p == schema.Blames && n >= 0 {
			// a name before an incident's noun is the incident's:
			// "pinned the Exchange hack on X"
			om = n
		}
		o := an.ments[om].ent
		ot := an.ents[o].typ
		switch p {
		case schema.Blames:
			if ot == schema.Incident {
				// "tied the theft to Lazarus", "blamed the attack on X"
				j := an.ments[om].end
				for j < hi && j < an.ments[om].end+4 && !an.lowWord("ontoprep", j) {
					j++
				}
				if j < hi && an.lowWord("ontoprep", j) {
					// "pinned the attack on the company X on Y": the first
					// phrase names whom the incident hit, the second whom
					// it is blamed on
					if k := an.secondOnto(j, hi); k > j {
						j = k
					}
					for _, am := range an.objectsAfter(j+1, hi) {
						a := an.ments[am].ent
						if !an.isActor(a) {
							continue
						}
						for _, s := range subj {
							an.claim(s, p, a, "", si, pol, mod, claimant)
						}
						an.claim(o, schema.AttributedTo, a, "", si, pol, mod, subj[0])
					}
				}
				continue
			}
			if !an.isActor(o) {
				continue
			}
			for _, s := range subj {
				an.claim(s, p, o, "", si, pol, mod, claimant)
			}
			// "accused X of launching INC", "blamed X for INC", "named X
			// as the culprit behind INC", "X, a group that it holds
			// responsible for INC"
			j := an.ments[om].end
			if j < hi && an.toks[j].Kind == Possessive {
				j++
			}
			if j < end {
				j = end
			}
			incs := an.incidentsFor(j, hi)
			if last := an.ments[objs[len(objs)-1]].end; len(incs) == 0 && last > j {
				// a list of the accused: "accused X and Y of INC"
				if last < hi && an.toks[last].Kind == Possessive {
					last++
				}
				incs = an.incidentsFor(max(last, end), hi)
			}
			if len(incs) == 0 && an.clauseEnds(j, hi) && an.ents[o].typ == schema.Organization && an.ents[o].kind == "group" {
				// a hacker group blamed for no incident named: the one in
				// focus ("Microsoft blamed a group it calls Hafnium")
				if e := an.incidentNear(an.ments[om].first); e >= 0 {
					incs = []int{e}
				}
			}
			for _, e := range incs {
				an.claim(e, schema.AttributedTo, o, "", si, pol, mod, subj[0])
			}
		case schema.Threatens, schema.Sanctions, schema.MeetsWith:
			if p == schema.Threatens && ot == schema.Incident {
				// a threatened act threatens whom it would hit:
				// "threatened nuclear strikes on X"
				an.anyObject(o, schema.Targets, func(v int) bool {
					if an.isActor(v) {
						for _, s := range subj {
							if s != v && !an.sameSide(s, v) {
								an.claim(s, p, v, "", si, pol, mod, claimant)
							}
						}
					}
					return false
				})
				continue
			}
			if !an.isActor(o) {
				continue
			}
			for _, s := range subj {
				an.claim(s, p, o, "", si, pol, mod, claimant)
				if p == schema.Sanctions {
					if st := an.sanctioner(s); st >= 0 && st != o && !an.sameSide(st, o) {
						an.claim(st, p, o, "", si, pol, mod, claimant)
					}
				}
			}
		default:
			for _, s := range subj {
				if p == schema.Condemns && ot == schema.Incident && an.responsibleFor(o, s) {
					// "... concluded that Russian actors were responsible
					// and condemned the attack": who is held responsible
					// condemns nothing; the one who says so does
					if claimant >= 0 && an.isActor(claimant) && !an.responsibleFor(o, claimant) {
						an.claim(claimant, p, o, "", si, pol, mod, -1)
					}
					continue
				}
				an.claim(s, p, o, "", si, pol, mod, claimant)
			}
		}
	}
}

// roleFor is the actor that a role noun at token k, opening a phrase
// before hi, serves by a participle of words.tsv class servepart and a
// preposition ("hackers affiliated with X", "operatives working for X");
// -1 if none.
func (an *analysis) roleFor(k, hi int) int {
	for k < hi && an.tokM[k] == -1 && an.lowWord("det", k) {
		k++
	}
	n := k
	for k < hi && k < n+3 && an.tokM[k] == -1 && an.toks[k].Kind == Word && !an.lowWord("role", k) && !an.lowWord("stop", k) {
		k++ // modifiers: "cyber actors"
	}
	if k+3 >= hi || an.tokM[k] != -1 || !an.lowWord("role", k) {
		return -1
	}
	v := k + 1
	if an.tokM[v] != -1 || !an.lowWord("servepart", v) || !an.lowWord("prep", v+1) {
		return -1
	}
	q := v + 2
	if q < hi && an.lowWord("det", q) && an.tokM[q] == -1 {
		q++
	}
	if m := an.mentAt(q); m >= 0 && an.ments[m].first == q && an.isActor(an.ments[m].ent) {
		return an.ments[an.headOf(m)].ent
	}
	return -1
}

// incidentOfName is the mention of an incident that starts right after
// mention m, whose noun the name modifies ("the Exchange hack"); -1 if
// none.
func (an *analysis) incidentOfName(m int) int {
	if m < 0 {
		return -1
	}
	n := an.mentAt(an.ments[m].end)
	if n >= 0 && an.ments[n].first == an.ments[m].end && an.ents[an.ments[n].ent].typ == schema.Incident {
		return n
	}
	return -1
}

// responsibleFor reports whether a plain attributedTo claim holds actor
// a, or one of its side, responsible for incident inc.
func (an *analysis) responsibleFor(inc, a int) bool {
	return an.anyObject(inc, schema.AttributedTo, func(x int) bool { return an.sameSide(x, a) })
}

// anyObject reports whether fn holds for the entity that is the object of
// some plain claim of predicate p about incident inc.
func (an *analysis) anyObject(inc int, p schema.Predicate, fn func(x int) bool) bool {
	r := an.ref(inc)
	var idx map[schema.Ref]int
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != p || !c.Plain() || c.Subject != r {
			continue
		}
		if idx == nil {
			idx = an.refIndex()
		}
		if x, ok := idx[c.Object]; ok && fn(x) {
			return true
		}
	}
	return false
}

// secondOnto is the preposition of class ontoprep that follows the phrase
// after the one at token j ("the attack on the company X on Y"), -1 if
// none follows right after that phrase.
func (an *analysis) secondOnto(j, hi int) int {
	objs := an.objectsAfter(j+1, hi)
	if len(objs) == 0 {
		return -1
	}
	k := an.ments[objs[len(objs)-1]].end
	if k < hi && an.lowWord("ontoprep", k) {
		return k
	}
	return -1
}

// sanctioner is whose sanctions actor s imposes, -1 if only its own: a
// government body and an official impose their state's ("the Treasury
// sanctioned X" and "the president imposed sanctions on X" are the state
// sanctioning X), an official of an international body that body's.
func (an *analysis) sanctioner(s int) int {
	e := &an.ents[s]
	switch {
	case e.typ == schema.Organization && e.kind == "agency":
		return e.state
	case e.typ == schema.Official && e.officialOf >= 0:
		return e.officialOf
	}
	return -1
}

// denialSpeakers gives a state's denial to the official who speaks it,
// and an official's denial to the state they serve: "Kremlin spokesman X
// said Russia had never carried out the attack" is both Russia's denial
// and X's, as "X denied the attack" is Russia's too. An official's blame
// that attributes an incident in the same sentence ("X said the attack
// had been carried out by Y") is their state's too.
func (an *analysis) denialSpeakers() {
	idx := an.refIndex()
	n := len(an.claims)
	for ci := 0; ci < n; ci++ {
		c := an.claims[ci]
		if c.Predicate != schema.Denies && c.Predicate != schema.Blames || !c.Plain() {
			continue
		}
		s, ok := idx[c.Subject]
		o, ok2 := idx[c.Object]
		si := an.sentAt(c.Sentence.Start)
		if !ok || !ok2 || si < 0 {
			continue
		}
		if c.Predicate == schema.Blames {
			if e := &an.ents[s]; e.typ == schema.Official && e.officialOf >= 0 && !e.guessed && an.ents[e.officialOf].typ == schema.State && !an.sameSide(e.officialOf, o) && an.attributesIn(c.Sentence, c.Object, c.Subject) {
				an.claim(e.officialOf, schema.Blames, o, "", si, c.Polarity, c.Modality, s)
			}
			continue
		}
		switch e := &an.ents[s]; {
		case e.typ == schema.Official && e.officialOf >= 0 && an.ents[e.officialOf].typ == schema.State:
			an.claim(e.officialOf, schema.Denies, o, "", si, c.Polarity, c.Modality, s)
		case e.typ == schema.State:
			sp := an.claimantOf(si)
			if c.Claimant != nil {
				sp = -1
				if i, ok := idx[*c.Claimant]; ok {
					sp = i
				}
			}
			if sp >= 0 && an.ents[sp].typ == schema.Official && an.ents[sp].officialOf == s {
				an.claim(sp, schema.Denies, o, "", si, c.Polarity, c.Modality, -1)
			}
		}
	}
}

// attributesIn reports whether a plain claim of sentence span holds an
// incident attributed to actor o in the words of claimant by.
func (an *analysis) attributesIn(span schema.Span, o, by schema.Ref) bool {
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate == schema.AttributedTo && c.Plain() && c.Sentence == span && c.Object == o && c.Claimant != nil && *c.Claimant == by {
			return true
		}
	}
	return false
}

// incidentTargeting is the one incident whose name says it hit victim v,
// -1 if none or several.
func (an *analysis) incidentTargeting(v int) int {
	found := -1
	for i := range an.ents {
		if an.ents[i].typ != schema.Incident {
			continue
		}
		for _, t := range an.ents[i].target {
			if t == v {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// incidentFor is the incident named after "of", "for" or "behind" at j:
// "blamed X for the hack"; -1 if none.
func (an *analysis) incidentFor(j, hi int) int {
	if j >= hi || !an.lowWord("incforprep", j) {
		return -1
	}
	for q := j + 1; q < hi && q < j+8; q++ {
		if e := an.entAt(q); e >= 0 {
			if an.ents[e].typ == schema.Incident {
				return e
			}
			if an.ents[e].typ == schema.Topic {
				// a topic word inside an incident phrase: "a
				// ransomware attack in May"
				break
			}
			if n := an.incidentOfName(an.mentAt(q)); n >= 0 {
				return an.ments[n].ent // "for the Exchange hack"
			}
			return -1
		}
		if an.low[q] == "," || an.low[q] == "." || an.low[q] == ";" {
			return -1
		}
	}
	return an.incidentNP(j+1, hi)
}

// incidentsListed are the incidents named from token k on as the items
// of a list, each after a comma or a conjunction, up to a reporting verb
// or a semicolon.
func (an *analysis) incidentsListed(k, hi int) []int {
	var out []int
	for q := k; q < hi; q++ {
		if an.low[q] == ";" || an.tokM[q] == -1 && an.lowWord("claimverb", q) {
			break
		}
		m := an.tokM[q]
		if m < 0 {
			continue
		}
		q = an.ments[m].end - 1
		e := an.ments[m].ent
		if e < 0 || an.ents[e].typ != schema.Incident {
			continue
		}
		p := an.ments[m].first - 1
		// modifiers before the phrase: "a hack-and-leak operation"
		for n := 0; n < 5 && p > k && an.tokM[p] == -1 && (an.low[p] == "-" || an.toks[p].Kind == Word && !an.lowWord("stop", p) && !an.lowWord("det", p) && !an.lowWord("conj", p)); n++ {
			p--
		}
		if p > k && an.tokM[p] == -1 && an.lowWord("det", p) {
			p--
		}
		if p >= k && an.tokM[p] == -1 && (an.low[p] == "," || an.lowWord("conj", p)) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// incidentsFor is the incident named after the preposition at j
// (incidentFor) and those named after the same preposition again in a
// list: "held X responsible for the A attack, for the B hack and for an
// attack that disrupted C".
func (an *analysis) incidentsFor(j, hi int) []int {
	e := an.incidentFor(j, hi)
	if e < 0 {
		return nil
	}
	out := []int{e}
	for q := j + 1; q < hi; q++ {
		if an.low[q] == ";" {
			break
		}
		if an.low[q] != an.low[j] || an.tokM[q] != -1 || !(an.low[q-1] == "," || an.lowWord("conj", q-1)) {
			continue
		}
		if e := an.incidentFor(q, hi); e >= 0 && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// incidentNP reads a noun phrase from k whose head is an incident noun and
// which names no incident yet ("a ransomware attack in May", "DDoS ransom
// attacks") as a new incident; -1 if there is none.
func (an *analysis) incidentNP(k, hi int) int {
	s := k
	for s < hi && s < k+2 && (an.lowWord("det", s) || an.toks[s].Kind == Number) && an.tokM[s] == -1 {
		s++
	}
	for q := s; q < hi && q < s+4; q++ {
		if an.tokM[q] == -2 || an.toks[q].Kind != Word {
			return -1
		}
		if e := an.entAt(q); e >= 0 && an.ents[e].typ == schema.Incident {
			return e // read by the incident phrases
		}
		if m := an.tokM[q]; m >= 0 && (an.ments[m].ent < 0 || an.ents[an.ments[m].ent].typ != schema.Topic) {
			return -1 // only a topic word may stand inside: "ransomware attacks"
		}
		if an.lex.incNoun[an.low[q]] == "cyber" && (q+1 >= hi || !an.isIncNoun(q+1)) {
			if n := an.low[q+1]; q+1 < hi && an.toks[q+1].Kind == Word && an.tokM[q+1] == -1 && !an.lex.word("stop", n) && !an.lex.word("prep", n) && !an.lex.word("dateword", n) && !an.lex.word("dateprep", n) && !an.lex.suffix("gerundsuffix", n) && !an.lex.suffix("pastsuffix", n) {
				return -1 // the noun modifies another: "attack techniques"
			}
			end := q + 1
			// its complement: "cyberattacks on government websites in
			// 2009 and 2011"
			if end+1 < hi && an.tokM[end] == -1 && an.lowWord("inccomp", end) {
				if e := an.incComplement(q, end+1); e > end+1 && e <= hi && !an.bareOf(q, end, e) {
					end = e
				}
			}
			inc := an.incident("desc:"+itoa(q), an.incName(s, end))
			if an.replaceMentions(inc, s, end, "name") < 0 {
				return -1
			}
			return inc
		}
		if an.lowWord("stop", q) || an.lowWord("det", q) {
			return -1
		}
	}
	return -1
}

// applyAttrib reads "X carried out Y", "X was behind Y", "Y stolen by X",
// "Y was attributed to X"; when a judging clause holds it ("Britain had
// concluded that ..."), the judge blames X.
func (an *analysis) applyAttrib(tr *trigger, si, k, end, gapM, claimant int, pol schema.Polarity, mod schema.Modality) {
	hi := an.sents[si].End
	var actors []int
	inc := -1
	var more []int // incidents coordinated with inc
	actorStart := -1
	frame := tr.frame
	guessed := false // the incident is only what "it" stands for
	if frame == "agent" && end < hi && an.lowWord("agentprep", end) && k > an.sents[si].First && (an.lowWord("beaux", k-1) || an.low[k-1] == "," && an.lex.suffix("pastsuffix", an.low[k])) {
		// the passive of an agent frame: "the attack may have been
		// carried out by North Korea", or its participle after a comma:
		// "the attack, carried out by North Korea, ..."
		frame, end = "patient", end+1
	}
	switch frame {
	case "agent":
		actors, actorStart = an.subjectOf(k)
		if len(actors) == 0 {
			return
		}
		j := end
		if j < hi && an.lowWord("agentfor", j) {
			j++
		}
		if j < hi && an.lowWord("itpron", j) {
			inc, guessed = an.salientBefore(k), true
		} else {
			if ms := an.objectsAfter(j, hi); len(ms) > 0 {
				m := ms[0] // the first object only
				o := an.ments[m].ent
				switch an.ents[o].typ {
				case schema.Incident:
					inc = o
					// a list of incidents: "was responsible for the
					// theft of X, the Y breach and the hacking of Z"
					for _, m2 := range ms[1:] {
						if e := an.ments[m2].ent; an.ents[e].typ == schema.Incident && e != inc && !slices.Contains(more, e) {
							more = append(more, e)
						}
					}
					// items past a relative clause: "the X malware that
					// crippled companies, the attacks that cut power in Y,
					// and a hack-and-leak operation"
					for _, e := range an.incidentsListed(an.ments[m].end, hi) {
						if e != inc && !slices.Contains(more, e) {
							more = append(more, e)
						}
					}
				case schema.Topic:
					// a definite description of an attack is the one in
					// focus: "launched the costliest cyberattack ever"
					if an.lex.incNoun[an.low[an.ments[m].end-1]] == "cyber" && !an.lowWord("respadj", end-1) {
						if j < hi && an.low[j] == "the" {
							inc = an.salientBefore(k)
						} else if an.ments[m].first <= j+2 && !an.kindPhrase(m) {
							// "launched attacks of up to 50 Gbps": what an
							// actor carried out are events, unless a bare
							// plural names their kind ("had carried out
							// damaging cyberattacks largely unchecked")
							mm := an.ments[m]
							inc = an.incident("desc:"+itoa(mm.first), an.incName(mm.first, mm.end))
							if an.replaceMentions(inc, mm.first, mm.end, "name") < 0 {
								inc = -1
							}
						}
					}
				case schema.Organization:
					// the victim for its attack: "was behind SolarWinds"
					if an.lowWord("behindprep", end-1) {
						inc = an.incidentTargeting(o)
					}
				}
			}
		}
		if inc < 0 && !an.lowWord("respadj", end-1) && !an.lowWord("behindprep", end-1) {
			inc = an.incidentNP(j, hi)
		}
		if inc < 0 {
			if an.lowWord("blameend", end-1) {
				// "X claimed responsibility.", "... on its leak site": the
				// incident in focus
				if j >= hi || an.toks[j].Kind == Punct || an.low[j] == "and" || end < hi && an.lowWord("claimvenue", end) {
					inc = an.salientBefore(k)
				}
			}
		}
	case "owner":
		// "X, whose attack on Y crippled ...": the incident the relative
		// possessive opens is the antecedent's doing
		if m := an.antecedent(k); m >= 0 && an.isActor(an.ments[m].ent) {
			actors = append(actors, an.ments[m].ent)
		}
		for q := end; q < hi && q < end+6 && inc < 0; q++ {
			if e := an.entAt(q); e >= 0 {
				if an.ents[e].typ == schema.Incident {
					inc = e
				}
				break
			}
			if an.low[q] == "," || an.lowWord("stop", q) {
				break
			}
		}
	case "patient":
		by := end
		if !an.lowWord("agentprep", end-1) {
			return
		}
		if ms := an.objectsAfter(by, hi); len(ms) > 0 {
			m := ms[0] // the first object only
			if an.isActor(an.ments[m].ent) {
				actors = append(actors, an.ments[m].ent)
			}
		}
		if a := an.roleFor(by, hi); len(actors) == 0 && a >= 0 {
			actors = append(actors, a)
		}
		if len(actors) == 0 {
			return
		}
		// a hedge on the agent: "carried out by suspected Iranian hackers"
		for q := by; q < hi && q < by+3 && an.tokM[q] == -1 && an.toks[q].Kind == Word; q++ {
			if an.oneWordHedge(q) {
				mod = schema.Hedged
			}
		}
		j := k - 1
		for {
			for j >= an.sents[si].First && (an.low[j] == "," || an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
				j--
			}
			// a participle coordinated with the trigger: "had been
			// premeditated and planned by X"
			if j-1 >= an.sents[si].First && an.lowWord("conj", j) && an.tokM[j-1] == -1 && an.lex.suffix("pastsuffix", an.low[j-1]) {
				j -= 2
				continue
			}
			break
		}
		if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e
		} else if j >= an.sents[si].First && an.toks[j].Kind == Word && an.tokM[j] == -1 && k-1 == j {
			// "Cryptocurrency funds stolen by North Korean hackers"
			s := j
			for s > an.sents[si].First && an.tokM[s-1] == -1 && an.toks[s-1].Kind == Word && !an.lowWord("stop", s-1) && !an.lowWord("det", s-1) && s > j-2 {
				s--
			}
			if an.lowWord("det", j) || an.lowWord("stop", j) {
				return
			}
			inc = an.incident("desc:"+itoa(k), an.incName(s, k+1))
			an.addMention(inc, s, k+1, "name")
		}
	case "prep":
		j := end
		if j < hi && an.lowWord("attribprep", j) {
			if ms := an.objectsAfter(j+1, hi); len(ms) > 0 {
				m := ms[0] // the first object only
				if an.isActor(an.ments[m].ent) {
					actors = append(actors, an.ments[m].ent)
				}
			}
		}
		b := k - 1
		for b >= an.sents[si].First && (an.lowWord("skip", b) || an.isAdverb(an.low[b])) {
			b--
		}
		if e := an.entAt(b); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e
		} else if _, passive := an.isPassive(k, end); !passive && len(actors) == 0 && (b == k-1 || !an.lowWord("beaux", k-1)) {
			// the active: "X attributed the attack to Y" is X's blame
			// of Y, as "X tied the attack to Y" is
			if subj, _ := an.subjectOf(k); len(subj) > 0 {
				if objs := an.objectsAfter(end, hi); len(objs) > 0 {
					an.emitActorRel(schema.Blames, subj, objs, si, end, pol, mod, claimant)
				} else {
					an.blameOnto(subj, si, k, end, pol, mod, claimant)
				}
			}
			return
		} else if b >= an.sents[si].First && an.tokM[b] == -1 && an.lex.incNoun[an.lex.stem("pluralsuffix", an.low[b])] == "cyber" && an.isActor(claimant) {
			// incidents of a kind attributed in a claimant's words
			// ("earlier hacking campaigns attributed to the North, the
			// ministry said"): no incident of their own, but a blame
			for _, a := range actors {
				if a != claimant && !an.sameSide(claimant, a) {
					an.claim(claimant, schema.Blames, a, "", si, pol, mod, -1)
				}
			}
			return
		}
	}
	if inc < 0 || len(actors) == 0 {
		return
	}
	if actorStart >= 0 {
		if m := an.mentAt(actorStart); m >= 0 {
			if st := an.appositiveState(m); st >= 0 {
				actors = append(actors, st)
			}
		}
	}
	judge := -1
	if actorStart >= 0 {
		if r, v := an.reporterOf(actorStart); r >= 0 {
			judge = r
			// the judge's own cues: "stopped short of saying that ..."
			p2, m2 := an.polarity(si, an.clauseStart(v), v)
			if p2 == schema.Negated {
				pol = p2
			}
			if m2 == schema.Hedged {
				mod = m2
			}
		}
	}
	by := claimant
	if judge >= 0 {
		by = judge
	}
	for _, a := range actors {
		if an.ents[a].typ == schema.Incident || an.ents[a].typ == schema.Topic {
			continue
		}
		if pol == schema.Negated && !guessed && by >= 0 && an.isActor(a) && an.sameSide(by, a) {
			// "X said Russia had never carried out the attack" in the
			// words of Russia's side: a denial
			an.claim(a, schema.Denies, inc, "", si, schema.Asserted, mod, -1)
			for _, e := range more {
				an.claim(a, schema.Denies, e, "", si, schema.Asserted, mod, -1)
			}
		}
		an.claim(inc, schema.AttributedTo, a, "", si, pol, mod, by)
		for _, e := range more {
			an.claim(e, schema.AttributedTo, a, "", si, pol, mod, by)
		}
		// the party that holds the actor responsible blames it: a judge
		// ("Britain had concluded that ...") or a named claimant ("the FBI
		// said X was responsible", "according to the Treasury")
		if by >= 0 && by != a && an.isActor(by) && !an.sameSide(by, a) {
			c := claimant
			if by == claimant {
				c = -1
			}
			an.claim(by, schema.Blames, a, "", si, pol, mod, c)
		}
	}
}

// applyVictim reads "the attack hit X", "it tore through Ukrainian banks",
// "X suffered a breach".
func (an *analysis) applyVictim(tr *trigger, si, k, end int, pol schema.Polarity, h hedges, claimant int) {
	hi := an.sents[si].End
	switch tr.frame {
	case "breach":
		an.applyBreach(si, k, end, pol, h, claimant)
	case "victimnoun":
		an.applyVictimNoun(si, k, end, pol, h, claimant)
	case "hit":
		if an.passiveHit(si, k, end, pol, h, claimant) {
			return
		}
		inc := -1
		j := k - 1
		for j >= an.sents[si].First && (an.lowWord("skip", j) || an.isAdverb(an.low[j]) || an.low[j] == ",") {
			j--
		}
		if j < an.sents[si].First {
			return
		}
		if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e
		} else if an.lowWord("itpron", j) || an.lowWord("increl", j) {
			if !an.lowWord("itpron", j) {
				if m := an.antecedent(j); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Incident {
					inc = an.ments[m].ent
				}
			} else {
				inc = an.salientBefore(k)
				// "it" must not stand for an actor named before
				if ms := an.mainSubject(si, j); ms >= 0 {
					inc = -1
				}
				if si > 0 && an.salientBefore(an.sents[si].First) < 0 {
					inc = -1
				}
			}
		} else if an.lowWord("sequel", j) {
			inc = an.salientBefore(k)
		}
		np := -1 // an incident noun as the subject: "a similar attack hit X"
		var authors []int
		if inc < 0 {
			if an.lowWord("periodnoun", j) && j-1 >= an.sents[si].First {
				j-- // "a similar attack days later hit", "two weeks ago"
				if an.toks[j].Kind == Number || an.lowWord("det", j) && !an.lowWord("article", j) {
					j--
				}
			}
			if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.Incident && an.lex.incNoun[an.low[j]] == "cyber" {
				inc = e // read by the incident phrases
			} else if an.tokM[j] != -1 || an.lex.incNoun[an.low[j]] != "cyber" {
				// an attacker as the subject: "the group targeted X"
				if authors = an.hitAuthors(k); len(authors) == 0 {
					return
				}
			} else {
				np = j
			}
		}
		// the victims: named ones, or the owner of the systems hit ("the
		// attack accessed the computers of Hancock Health")
		o := end
		for o < hi && o < end+3 && (an.lowWord("det", o) || an.low[o] == "'s") && an.tokM[o] == -1 {
			o++
		}
		if o+1 < hi && an.tokM[o] == -1 && an.lowWord("asset", o) && an.low[o+1] == "of" {
			o += 2
		} else {
			o = end
		}
		var vs []int
		for _, m := range an.objectsAfter(o, hi) {
			v := an.ments[m].ent
			if f := an.ments[m].first; f > 1 && an.low[f-2] == "," && an.lowWord("titledet", f-1) && an.nationalModifier(m) {
				continue // a victim's description: "RasGas, a Qatari producer"
			}
			if len(authors) > 0 && (an.ments[m].form == "demonym" || an.nationalModifier(m)) {
				continue // a class of victims: "targeted German businesses"
			}
			if an.ownerOK(v) {
				vs = append(vs, v)
			}
		}
		if len(vs) == 0 && o < hi && an.toks[o].Kind == Word && isCap(an.toks[o].Text) && an.tokM[o] == -1 {
			vs = an.nameList(o, hi)
		}
		if len(vs) == 0 {
			// "hit several firms in May, including X and Y"
			if x := an.kindExamples(o, hi, -1); x > 0 {
				vs = an.nameList(x, hi)
			}
		}
		if len(vs) == 0 {
			return
		}
		if np >= 0 {
			f := np
			for f > an.sents[si].First && f > np-3 && (an.tokM[f-1] == -1 || an.entAt(f-1) >= 0 && an.ents[an.entAt(f-1)].typ == schema.Topic) && an.toks[f-1].Kind == Word && !an.lowWord("det", f-1) && !an.lowWord("stop", f-1) {
				f--
			}
			if inc = an.incidentNP(f, np+1); inc < 0 {
				return
			}
		}
		an.hitClaims(inc, k, si, vs, authors, pol, h, claimant, false)
	case "suffer", "sustain":
		subj, _ := an.subjectOf(k)
		first := an.sents[si].First
		if len(subj) == 0 {
			if r := an.rankedSubject(k, first, true); r > first {
				// "X is the latest company to suffer a breach"
				subj = an.rankedVictims(r, first)
			}
		}
		// the word before the verb, past auxiliaries and adverbs
		j := k - 1
		for j >= first && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
			j--
		}
		if len(subj) == 0 && j > first && an.tokM[j] == -1 && an.toks[j].Kind == Word {
			// "X, Y and 20 other firms suffered a breach"
			subj = an.tailVictims(j, first)
		}
		if len(subj) == 0 {
			// an unknown name: "OneLogin has suffered a data breach",
			// "the second data breach that OneLogin has suffered"
			if j < an.sents[si].First || an.tokM[j] != -1 || an.toks[j].Kind != Word || !isCap(an.toks[j].Text) {
				return
			}
			inc := -1
			b := j
			for b > an.sents[si].First && b > j-4 && an.tokM[b-1] == -1 && an.toks[b-1].Kind == Word && isCap(an.toks[b-1].Text) {
				b--
			}
			if b > an.sents[si].First && an.lowWord("increl", b-1) {
				if m := an.antecedent(b - 1); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Incident {
					inc = an.ments[m].ent
				} else if q := b - 2; q >= an.sents[si].First && an.tokM[q] == -1 && an.lex.incNoun[an.low[q]] == "cyber" {
					f := q
					for f > an.sents[si].First && f > q-3 && an.tokM[f-1] == -1 && an.toks[f-1].Kind == Word && !an.lowWord("det", f-1) && !an.lowWord("stop", f-1) {
						f--
					}
					inc = an.incidentNP(f, hi)
				}
			} else {
				for q := end; q < hi && q < end+5; q++ {
					if e := an.entAt(q); e >= 0 {
						if an.ents[e].typ == schema.Incident {
							inc = e
						}
						break
					}
				}
				if inc < 0 {
					inc = an.incidentNP(end, hi)
				}
			}
			if inc < 0 || len(an.ents[inc].target) > 0 {
				return
			}
			if e := an.nameBeforeX(j+1, an.sents[si].First, camelCase(an.toks[j].Text) || !an.lex.suffix("pluralsuffix", an.low[j])); e >= 0 {
				an.claim(inc, schema.Targets, e, "", si, pol, h.victim, claimant)
			}
			return
		}
		inc := -1
		for j := end; j < hi && j < end+5; j++ {
			if e := an.entAt(j); e >= 0 && an.ents[e].typ != schema.Topic {
				if an.ents[e].typ == schema.Incident {
					inc = e
				}
				break
			}
		}
		if inc < 0 {
			inc = an.incidentNP(end, hi)
		}
		if tr.frame == "sustain" {
			// "X repelled five ransomware attacks": only an incident read
			// right there and with no victim of its own
			if inc < 0 || len(an.ents[inc].target) > 0 {
				return
			}
		} else if inc < 0 {
			inc = an.incidentAfter(end)
		}
		if inc < 0 {
			return
		}
		for _, s := range subj {
			if t := an.ents[s].typ; t == schema.Organization || t == schema.State {
				an.claim(inc, schema.Targets, s, "", si, pol, h.victim, claimant)
			}
		}
	}
}

// incidentNear is the incident in focus at token k when one was named in
// its sentence or the two before; -1 otherwise.
func (an *analysis) incidentNear(k int) int {
	si := an.sentOf[k]
	for q := k - 1; q >= 0 && q >= k-maxReach && an.sentOf[q] >= si-2; q-- {
		if e := an.entAt(q); e >= 0 && an.ents[e].typ == schema.Incident {
			return e
		}
	}
	return -1
}

// passiveHit reads a victim verb in the passive: "Telefonica and Renault
// were also hit", "the DNC was targeted by the attack". The incident is
// the agent, or with no agent the incident in focus; an agent that is no
// incident ("hit by sanctions", "targeted by hackers") gives nothing.
func (an *analysis) passiveHit(si, k, end int, pol schema.Polarity, h hedges, claimant int) bool {
	lo, hi := an.sents[si].First, an.sents[si].End
	w := an.low[k]
	if !(an.lex.suffix("pastsuffix", w) || an.lex.word("participle", w)) || end != k+1 {
		return false
	}
	b := k - 1
	for b >= lo && (an.isAdverb(an.low[b]) || an.lowWord("preverb", b)) {
		b--
	}
	among, ranked := false, -1
	if r := an.rankedSubject(k, lo, false); r > lo {
		// "X became the third firm hit by ransomware": the ranked
		// subject before the copula
		b, ranked = r-1, r
	}
	if b >= lo && ranked < 0 && !an.lowWord("beaux", b) {
		// "X was among those hit", "X was among the banks affected"
		q := b
		for q > lo && q > b-4 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("memberprep", q) && !an.lowWord("stop", q) {
			q--
		}
		if q > lo && q < b && an.tokM[q] == -1 && an.lowWord("memberprep", q) && an.lowWord("beaux", q-1) {
			b, among = q-1, true
		}
	}
	if b < lo || ranked < 0 && !an.lowWord("beaux", b) {
		// a reduced relative before "include": "Telecommunications
		// providers caught by the breach include Altel, Celcom and DiGi"
		if end+1 >= hi || !an.lowWord("agentprep", end) {
			return false
		}
		inc, q := -1, end+1
		for ; q < hi && q < end+5; q++ {
			if e := an.entAt(q); e >= 0 {
				if an.ents[e].typ == schema.Incident {
					inc = e
					q = an.ments[an.mentAt(q)].end
				}
				break
			}
		}
		if inc < 0 {
			// "caught by the breach include": the incident noun right
			// before the verb
			for q = end + 1; q < hi && q < end+5 && !an.lowWord("includeverb", q); q++ {
			}
			n := q - 1
			if q < hi && an.lowWord("includeverb", q) && n > end+1 && an.tokM[n] == -1 && an.lex.incNoun[an.low[n]] == "cyber" {
				f := n
				for f > end+1 && an.tokM[f-1] == -1 && an.toks[f-1].Kind == Word && !an.lowWord("det", f-1) && !an.lowWord("stop", f-1) {
					f--
				}
				inc = an.incident("desc:"+itoa(n), an.incName(f, n+1))
				if an.replaceMentions(inc, f, n+1, "name") < 0 {
					inc = -1
				}
			}
		}
		if inc < 0 || q >= hi || !an.lowWord("includeverb", q) {
			return false
		}
		for _, v := range an.nameList(q+1, hi) {
			an.claim(inc, schema.Targets, v, "", si, pol, h.victim, claimant)
		}
		return true
	}
	inc := -1
	if end < hi && an.lowWord("agentprep", end) {
		inc = an.incidentFirst(end+1, min(hi, end+4))
		if inc < 0 {
			inc = an.incidentNP(end+1, hi)
		}
		if inc < 0 {
			// an attacker as the agent: "X was targeted by the Turla
			// group", a breach of X carried out by it
			if a := an.hitAgent(end+1, hi); a >= 0 {
				for _, v := range an.breachVictims(b, lo) {
					if v == a {
						continue
					}
					i := an.breachIncident(v, k)
					an.claim(i, schema.Targets, v, "", si, pol, h.victim, claimant)
					an.claim(i, schema.AttributedTo, a, "", si, pol, h.all, claimant)
				}
				return true
			}
		}
	} else if inc = an.incidentNear(k); inc < 0 && among {
		// none named near: those hit are those the incident in focus
		// hit ("X, whose office was among those hit, ...")
		inc = an.salientBefore(k)
	}
	if inc < 0 {
		return true
	}
	var victims []int
	if ranked > 0 {
		victims = an.rankedVictims(ranked, lo)
	} else {
		victims = an.breachVictims(b, lo)
	}
	if j := b - 1; len(victims) == 0 && ranked < 0 && an.kindSubject(j, lo) {
		// "Several retailers were hit by the attack, including X and Y"
		q := end
		if q+1 < hi && an.lowWord("agentprep", q) {
			// past the agent that names the incident: "by the attack"
			for r := q + 1; r < hi && r < q+4; r++ {
				if m := an.mentAt(r); m >= 0 {
					if an.ments[m].ent == inc {
						q = an.ments[m].end
					}
					break
				}
			}
		}
		if x := an.examplesOpen(q, hi); x > 0 {
			victims = an.nameList(x, hi)
		}
	}
	for _, v := range victims {
		an.claim(inc, schema.Targets, v, "", si, pol, h.victim, claimant)
	}
	return true
}

// kindExamples is where the examples of a kind of victims start when the
// words from token k name that kind, a plural noun phrase naming no one
// ("several retailers", "dozens of hospitals"; the words of incident own
// may stand inside), then the place and date examplesOpen passes over and
// a word of class listinclude: "the attack hit several firms in May,
// including X and Y". It returns the token after the listinclude word, or
// -1.
func (an *analysis) kindExamples(k, hi, own int) int {
	q, last := k, -1
	for q < hi && q < k+6 {
		if m := an.tokM[q]; m != -1 && (m < 0 || an.ments[m].ent != own) {
			break
		}
		if an.toks[q].Kind == Number || an.lowWord("det", q) || an.lowWord("approx", q) || q > k && last < 0 && an.lowWord("ofprep", q) {
			q++ // "several", "dozens of"
			continue
		}
		if an.toks[q].Kind != Word || isCap(an.toks[q].Text) || an.lowWord("stop", q) || an.lowWord("dateprep", q) || an.lowWord("placeprep", q) || an.lowWord("ofprep", q) {
			break
		}
		last = q
		q++
	}
	if last < 0 || last != q-1 || !an.pluralKind(last) {
		return -1
	}
	return an.examplesOpen(q, hi)
}

// pluralKind reports whether token k is a plural noun of a kind of
// victims: a lower-case word with a plural ending ("retailers").
func (an *analysis) pluralKind(k int) bool {
	return an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && an.lex.suffix("pluralsuffix", an.low[k]) && !an.lex.suffix("nonverbsuffix", an.low[k])
}

// examplesOpen is where examples start after token q: past a place (a
// preposition of class placeprep and a state: "in Norway") and a date
// ("in May", "last week"), a comma or a dash and a word of class
// listinclude; -1 if none open there.
func (an *analysis) examplesOpen(q, hi int) int {
	if q+1 < hi && an.lowWord("placeprep", q) {
		if m := an.mentAt(q + 1); m >= 0 && an.ments[m].first == q+1 && an.ents[an.ments[m].ent].typ == schema.State {
			q = an.ments[m].end // "banks in Norway"
		}
	}
	if q+1 < hi && an.lowWord("dateprep", q) && an.tokM[q+1] == -1 && (an.lowWord("dateword", q+1) || isYear(an.low[q+1])) {
		q += 2 // "in May", "last week"
	}
	if q+1 >= hi || an.tokM[q] != -1 || !(an.low[q] == "," || an.toks[q].Text == "—" || an.toks[q].Text == "–") || an.tokM[q+1] != -1 || !an.lowWord("listinclude", q+1) {
		return -1
	}
	return q + 2
}

// kindSubject reports whether the subject ending at token j is a kind of
// victims naming no one: a plural noun after lower-case words,
// determiners or numbers from the sentence's start, a comma or a
// coordinator ("Several retailers were hit, including X").
func (an *analysis) kindSubject(j, lo int) bool {
	if j < lo || an.tokM[j] != -1 || !an.pluralKind(j) {
		return false
	}
	for q := j - 1; q >= lo && q > j-5; q-- {
		if an.tokM[q] != -1 || an.toks[q].Kind == Possessive {
			return false
		}
		if an.toks[q].Kind != Word && an.toks[q].Kind != Number || an.lowWord("stop", q) {
			return an.low[q] == "," || an.lowWord("conj", q)
		}
	}
	return true
}

// countTail is the end of a count of others closing a list from token k,
// after its coordinator: "20 other companies", "dozens of other lenders",
// "at least a dozen others", "20 more banks", "other banks" (numbers,
// approximations, determiners and "of" holding a word of class counttail
// or a number, then the noun of their kind, up to two lower-case words;
// a counttail word may end it: "and 20 others"); -1 if none. The tail
// names no victim, nor ends the list before it.
func (an *analysis) countTail(k, hi int) int {
	q, count := k, false
	for q < hi && q < k+5 && an.tokM[q] == -1 && (an.toks[q].Kind == Number || an.lowWord("approx", q) || an.lowWord("det", q) || an.lowWord("counttail", q) || q > k && an.lowWord("ofprep", q)) {
		count = count || an.toks[q].Kind == Number || an.lowWord("counttail", q)
		q++
	}
	if !count || q == k {
		return -1
	}
	n := 0
	for q < hi && n < 2 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("stop", q) && !an.lowWord("det", q) {
		q++
		n++
	}
	if n == 0 && !(an.lowWord("counttail", q-1) && an.lex.suffix("pluralsuffix", an.low[q-1])) {
		return -1 // "and 20" alone names no count of others
	}
	return q
}

// tailVictims reads a list of victims that a count of others closes,
// ending at token j: "X, Y and 20 other companies were affected" names X
// and Y; nil if the phrase ending at j is no such list.
func (an *analysis) tailVictims(j, lo int) []int {
	for c := j - 1; c > lo && c >= j-8; c-- {
		if an.tokM[c] != -1 || !an.lowWord("conj", c) || an.countTail(c+1, j+1) != j+1 {
			continue
		}
		e := c
		if an.low[e-1] == "," {
			e--
		}
		m := an.mentAt(e - 1)
		if m < 0 || an.ments[m].end != e || an.inPP(an.ments[m].first, lo) {
			return nil
		}
		var out []int
		for _, v := range an.victimCoordFrom(m, true) {
			if an.ownerOK(v) && !(an.ents[v].typ == schema.State && an.ments[m].form == "demonym") {
				out = append(out, v)
			}
		}
		return out
	}
	return nil
}

// rankedVictims is the subject of a ranked victim whose copula is at
// token r (see rankedSubject): the subject of a passive breach verb's
// auxiliary, or a relative pronoun's antecedent ("X, which became the
// second lender to suffer a breach").
func (an *analysis) rankedVictims(r, lo int) []int {
	j := r - 1
	for j > lo && an.tokM[j] == -1 && an.lowWord("skip", j) && !an.lowWord("relative", j) {
		j--
	}
	if j > lo && an.tokM[j] == -1 && an.lowWord("relative", j) {
		if m := an.antecedent(j); m >= 0 && an.ownerOK(an.ments[m].ent) {
			return []int{an.ments[m].ent}
		}
		return nil
	}
	return an.breachVictims(r-1, lo)
}

// rankedSubject reads a victim ranked among others hit: "X is the latest
// company to suffer a breach", "X became the third firm hit by ransomware
// this month", "X is one of the newest retailers to be hit". The verb at
// token k (after "to", or after "to" and a copula for a participle; a
// participle may also follow the noun right away unless to is set, and a
// date may end the noun phrase: "the third firm this month to be hit")
// follows up to three words of the victims' kind (perhaps after a noun of
// class incseries, "of" and a preposition of class rankin: "the latest in
// a string of retailers"), a ranking word (class
// rankword, perhaps after a rankmod: "the most recent"), an article or a
// membership ("one of": rankpart; "among": memberprep) and a copula or a
// verb of becoming (class rankbe), adverbs perhaps between. It returns the
// token of the copula, after which the subject ends, or -1.
func (an *analysis) rankedSubject(k, lo int, to bool) int {
	j := k - 1
	switch {
	case j-1 >= lo && an.lowWord("beaux", j) && an.low[j-1] == "to" && an.tokM[j] == -1:
		j -= 2 // "to be hit"
	case j >= lo && an.low[j] == "to" && an.tokM[j] == -1:
		j--
	case to:
		return -1
	}
	if j-1 >= lo && an.tokM[j] == -1 && an.lowWord("dateword", j) && an.lowWord("dateprep", j-1) {
		j -= 2 // "the third firm this month to be hit"
	}
	n := 0
	for j >= lo && n < 3 && !an.lowWord("rankword", j) {
		if m := an.mentAt(j); m >= 0 && an.ents[an.ments[m].ent].typ == schema.State {
			j = an.ments[m].first - 1 // "the latest British retailer"
			n++
			continue
		}
		if an.tokM[j] != -1 || an.toks[j].Kind != Word || isCap(an.toks[j].Text) || an.lowWord("stop", j) || an.lowWord("det", j) || an.lowWord("preverb", j) || an.lowWord("ofprep", j) {
			break
		}
		j--
		n++
	}
	if n > 0 && j-2 > lo && an.tokM[j] == -1 && an.lowWord("ofprep", j) && an.lowWord("incseries", j-1) {
		// "the latest in a string of retailers to be hit"
		j -= 2
		if an.lowWord("det", j) {
			j--
		}
		if j < lo || an.tokM[j] != -1 || !an.lowWord("rankin", j) {
			return -1
		}
		j--
	}
	if n == 0 || j < lo || an.tokM[j] != -1 || !an.lowWord("rankword", j) {
		return -1
	}
	j--
	if j >= lo && an.tokM[j] == -1 && an.lowWord("rankmod", j) {
		j--
	}
	if j >= lo && an.tokM[j] == -1 && an.lowWord("article", j) {
		j--
	}
	switch {
	case j-1 >= lo && an.tokM[j] == -1 && an.lowWord("ofprep", j) && an.lowWord("rankpart", j-1):
		j -= 2
	case j >= lo && an.tokM[j] == -1 && an.lowWord("memberprep", j):
		j--
	}
	for n := 0; j >= lo && n < 2 && an.tokM[j] == -1 && !an.lowWord("rankbe", j) && (an.isAdverb(an.low[j]) || an.lowWord("skip", j)); n++ {
		j-- // "is now the latest", "has also become"
	}
	if j <= lo || an.tokM[j] != -1 || !an.lowWord("rankbe", j) {
		return -1
	}
	return j
}

// applyVictimNoun reads the victims an incident had: "its most prominent
// victim was X", "the victims included X and Y", "X was the latest victim
// of INC", "X became a victim of INC".
func (an *analysis) applyVictimNoun(si, k, end int, pol schema.Polarity, h hedges, claimant int) {
	lo, hi := an.sents[si].First, an.sents[si].End
	if end < hi && an.low[end] == "of" {
		// "X was the latest victim of INC": the subject of the copula
		inc := -1
		for q := end + 1; q < hi && q < end+5; q++ {
			if e := an.entAt(q); e >= 0 {
				if an.ents[e].typ == schema.Incident {
					inc = e
				}
				break
			}
		}
		// "the target of cyberattacks, including the Stuxnet worm": the
		// named instances stand for the generic plural
		var incs []int
		for q := end + 1; q+2 < hi && q < end+8; q++ {
			if an.low[q] == "," && an.lowWord("listinclude", q+1) {
				r := q + 2
				if an.low[r] == "the" {
					r++
				}
				if e := an.entAt(r); e >= 0 && an.ents[e].typ == schema.Incident && e != inc {
					incs = append(incs, e)
				}
				break
			}
		}
		if inc < 0 && len(incs) == 0 {
			inc = an.incidentNP(end+1, hi)
		}
		if inc >= 0 {
			incs = append(incs, inc)
		}
		if len(incs) == 0 {
			return
		}
		b := k - 1
		for b >= lo && b > k-6 && an.toks[b].Kind == Word && an.tokM[b] == -1 && !an.lowWord("beaux", b) && !an.lowWord("become", b) {
			b--
		}
		if b < lo || an.toks[b].Kind != Word || an.tokM[b] != -1 {
			return
		}
		for _, v := range an.breachVictims(b, lo) {
			for _, i := range incs {
				an.claim(i, schema.Targets, v, "", si, pol, h.victim, claimant)
			}
		}
		return
	}
	// "its most prominent victim was X", "WannaCry's victims included X"
	if end >= hi || !(an.lowWord("beaux", end) || an.lowWord("includeverb", end)) {
		return
	}
	inc := -1
	b := k - 1
	for b >= lo && b > k-5 && an.toks[b].Kind == Word && an.tokM[b] == -1 && !an.lowWord("stop", b) && !an.lowWord("bodyposs", b) && !an.lowWord("det", b) {
		b--
	}
	switch {
	case b >= lo && an.lowWord("bodyposs", b):
		inc = an.incidentNear(b)
	case b >= lo && an.toks[b].Kind == Possessive:
		if e := an.entAt(b - 1); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e
		}
	case k == lo && an.lowWord("includeverb", end):
		// "Victims included X and Y": those of the incident named near,
		// else of the one in focus, named however described ("the
		// British advertising multinational X and a shipping company, Y")
		if inc = an.nearOrFocus(k); inc >= 0 {
			for _, v := range an.listedVictims(end+1, hi, inc) {
				an.claim(inc, schema.Targets, v, "", si, pol, h.victim, claimant)
			}
		}
		return
	}
	if inc < 0 {
		return
	}
	for _, v := range an.nameList(end+1, hi) {
		an.claim(inc, schema.Targets, v, "", si, pol, h.victim, claimant)
	}
}

// listedVictims are the bodies and states named from token k to hi, the
// victims of a list however each is described, but for one in a
// prepositional phrase ("across the US", "based at the port of X"), a
// demonym or a possessor of a name after it ("X's Y unit"), and for the
// incident inc's own authors; a semicolon ends the list.
func (an *analysis) listedVictims(k, hi, inc int) []int {
	var out []int
	for q := k; q < hi; q++ {
		if an.low[q] == ";" {
			break
		}
		m := an.mentAt(q)
		if m < 0 {
			continue
		}
		mm := an.ments[m]
		if v := mm.ent; an.ownerOK(v) && !an.nationalModifier(m) && mm.form != "demonym" && !an.possAt(mm.end) && (q == k || !an.inPP(mm.first, k+1)) && !slices.Contains(an.ents[inc].actor, v) && !slices.Contains(out, v) {
			out = append(out, v)
		}
		q = mm.end - 1
	}
	return out
}

// nameList reads a list of victims from k: known organisations and
// states, or unknown capitalised names, separated by commas and a final
// "and" ("Altel, Celcom, DiGi and XoX"); a description before a name is
// passed over ("Britain's National Health Service", "the carmaker
// Renault"). Anything else ends the list.
func (an *analysis) nameList(k, hi int) []int {
	var out []int
	for k < hi {
		if an.low[k] == "the" {
			k++
			continue
		}
		if m := an.mentAt(k); m >= 0 {
			if an.nationalModifier(m) {
				return out
			}
			h := an.headOf(m)
			if v := an.ments[h].ent; an.ownerOK(v) {
				out = append(out, v)
			} else {
				return out
			}
			k = an.ments[h].end
		} else if an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) && an.lex.titles[an.low[k]] == "" {
			e := an.capRun(k)
			if e == k || e < hi && an.toks[e].Kind == Word && !an.lowWord("stop", e) {
				return out // a name that modifies a noun: "Merck shares"
			}
			oi := an.entity(schema.Organization, an.nameText(k, e))
			if an.ents[oi].kind == "" {
				an.ents[oi].kind = "company"
			}
			if an.addMention(oi, k, e, "name") < 0 || !an.ownerOK(oi) {
				return out
			}
			out = append(out, oi)
			k = e
		} else {
			return out
		}
		k = an.itemCount(k, hi)
		if k < hi && an.low[k] == "," {
			k++
		}
		if k < hi && an.lowWord("conj", k) {
			k++
		} else if k > 0 && an.low[k-1] != "," {
			return out
		}
	}
	return out
}

// itemCount is the end of the count a listed victim is given right
// after its name at token k, a word of class countprep, a number and up
// to three lower-case words, before a comma, a coordinator or the
// sentence's end ("Harlan Bank with 4,210 records, Orvik Bank with 3,977
// and Tamsin Bank with 1,020"); k if none.
func (an *analysis) itemCount(k, hi int) int {
	if k+1 >= hi || an.tokM[k] != -1 || !an.lowWord("countprep", k) || an.toks[k+1].Kind != Number {
		return k
	}
	q := k + 2
	for n := 0; q < hi && n < 3 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("stop", q); n++ {
		q++
	}
	if q < hi && an.low[q] != "," && !an.lowWord("conj", q) && an.toks[q].Kind == Word {
		return k
	}
	return q
}

// hitIncident is the incident standing as the subject of a verb at k: "the
// attack hit X", "WannaCry, which crippled X"; -1 if none.
func (an *analysis) hitIncident(si, k int) int {
	j := k - 1
	for j >= an.sents[si].First && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	if j < an.sents[si].First {
		return -1
	}
	if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.Incident {
		return e
	}
	if an.lowWord("increl", j) {
		if m := an.antecedent(j); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Incident {
			return an.ments[m].ent
		}
	}
	return -1
}

// hitAuthors are the attackers standing as the subject of a verb of
// hitting at k: hacker groups and persons ("the group targeted X"), not
// states or their officials, whose "targeting" is often a measure.
func (an *analysis) hitAuthors(k int) []int {
	subj, f := an.subjectOf(k)
	if m := an.mentAt(f); m < 0 || an.ments[m].form == "anaphor" || an.lowWord("pronoun", f) {
		return nil // a name, not a word read back ("the group", "they")
	}
	var out []int
	for _, a := range subj {
		if an.attackerOK(a) {
			out = append(out, a)
		}
	}
	return out
}

// leakAuthors are the bodies named as the subject of the verb at k, a
// leak's: a company that leaked data is the leak's author as a hacker
// group is ("X was leaking customer sessions").
func (an *analysis) leakAuthors(k int) []int {
	subj, f := an.subjectOf(k)
	if m := an.mentAt(f); m < 0 || an.ments[m].form == "anaphor" || an.lowWord("pronoun", f) {
		return nil
	}
	var out []int
	for _, a := range subj {
		if an.ents[a].typ == schema.Organization {
			out = append(out, a)
		}
	}
	return out
}

// attackerOK reports whether entity a can stand as the one who hit a
// victim: a person or a hacker group.
func (an *analysis) attackerOK(a int) bool {
	t := an.ents[a].typ
	return t == schema.Person || t == schema.Organization && an.ents[a].kind == "group"
}

// hitAgent is the attacker named first after the "by" of a passive verb
// of hitting, from token k, if attackerOK; -1 if none.
func (an *analysis) hitAgent(k, hi int) int {
	ms := an.objectsAfter(k, hi)
	if len(ms) == 0 || an.ments[ms[0]].form == "anaphor" {
		return -1
	}
	if a := an.ments[ms[0]].ent; an.attackerOK(a) {
		return a
	}
	return -1
}

// breachIncident is the incident of a breach of victim v read at the verb
// at k: the one already named for v, else for a state's body the incident
// in focus when it hit that state, else a new one with the verb as its
// mention.
func (an *analysis) breachIncident(v, k int) int {
	noun := an.breachNoun(k)
	name := an.ents[v].name
	key := "target:" + name
	if an.ents[v].typ == schema.State {
		key += ":" + noun
	}
	if _, ok := an.byKey["inc\x00"+key]; !ok && an.ents[v].typ == schema.Organization {
		// a state's body breached in the incident in focus that hit the
		// state: "the hacking of Qatar's news agency" ... "the accounts
		// of the Qatar News Agency were compromised"
		if st, f := an.stateOf(v), an.salientBefore(k); st >= 0 && f >= 0 && slices.Contains(an.ents[f].target, st) {
			an.addTarget(f, v)
			return f
		}
	}
	inc := an.incident(key, name+" "+noun)
	an.addTarget(inc, v)
	an.addMention(inc, k, k+1, "name")
	return inc
}

// breachNoun is the noun naming the incident of a breach read at the verb
// at k: "hacked" names a hack, "leaked" a leak, other verbs a breach.
func (an *analysis) breachNoun(k int) string {
	for _, stem := range an.lex.lists["breachstem"] {
		if strings.HasPrefix(an.low[k], stem) {
			return stem
		}
	}
	return an.lex.first("breachnoun")
}

// applyBreach reads "X was hacked (by Y)", "X's network had been breached",
// "Y hacked into X", "attackers to breach X": the victim X and, where named,
// the actor Y.
func (an *analysis) applyBreach(si, k, end int, pol schema.Polarity, h hedges, claimant int) {
	hi := an.sents[si].End
	lo := an.sents[si].First
	w := an.low[k]
	past := an.lex.suffix("pastsuffix", w)
	if !past && !an.lex.suffix("gerundsuffix", w) && (k == lo || an.low[k-1] != "to") && end == k+1 {
		return // a bare "breach" is a noun unless after "to"
	}
	// passive: "X (has) been hacked", "X's systems were breached"
	b := k - 1
	for b >= lo && (an.isAdverb(an.low[b]) || an.lowWord("preverb", b)) {
		b--
	}
	ranked := -1
	if past {
		ranked = an.rankedSubject(k, lo, false) // "X is the latest firm to be breached"
	}
	if ranked > lo || past && b >= lo && an.lowWord("beaux", b) {
		var victims []int
		if ranked > lo {
			victims = an.rankedVictims(ranked, lo)
		} else {
			victims = an.breachVictims(b, lo)
		}
		if len(victims) == 0 {
			return
		}
		var actors []int
		inc := -1
		if end < hi && an.lowWord("agentprep", end) {
			if ms := an.objectsAfter(end+1, hi); len(ms) > 0 {
				m := ms[0] // the first object only
				e := an.ments[m].ent
				if an.ents[e].typ == schema.Incident {
					inc = e
				} else if an.isActor(e) {
					actors = append(actors, e)
				}
			}
		}
		an.hitClaims(inc, k, si, victims, actors, pol, h, claimant, true)
		return
	}
	// active: "Fancy Bear hacked into the WADA database"
	j := end
	if j < hi && an.lowWord("breachprep", j) {
		j++
	}
	var victims []int
	for _, m := range an.objectsFrom(j, hi, true) {
		// a name modifying a noun names no victim: "compromising open
		// X installations"
		if v := an.ments[m].ent; an.ownerOK(v) && !an.nameModifier(an.ments[m].end, min(hi, an.ments[m].end+4)) {
			victims = append(victims, v)
		}
	}
	if len(victims) == 0 {
		// no victim named, but an attacker: "the group was compromising
		// open databases", "X had leaked documents"
		if past && b >= lo && an.lowWord("beaux", b) || an.hitIncident(si, k) >= 0 {
			return
		}
		noun := an.breachNoun(k)
		authors := an.hitAuthors(k)
		if len(authors) == 0 && an.lex.word("incleak", noun) {
			authors = an.leakAuthors(k)
		}
		if len(authors) == 0 {
			return
		}
		name := an.ents[authors[0]].name
		inc := an.incident("author:"+name+":"+noun, name+" "+noun)
		an.addMention(inc, k, k+1, "name")
		for _, a := range authors {
			an.claim(inc, schema.AttributedTo, a, "", si, pol, h.all, claimant)
		}
		return
	}
	inc := an.hitIncident(si, k)
	var actors []int
	if inc < 0 {
		if subj, _ := an.subjectOf(k); len(subj) > 0 {
			actors = subj
		} else if an.attackerSubject(k) {
			// "intruders broke into X": the incident in focus
			inc = an.salientBefore(k)
		}
	}
	var authors []int // no incident or topic carries out a breach
	for _, a := range actors {
		if t := an.ents[a].typ; t != schema.Incident && t != schema.Topic {
			authors = append(authors, a)
		}
	}
	an.hitClaims(inc, k, si, victims, authors, pol, h, claimant, true)
}

// attackerSubject reports whether the subject right before the verb at k
// is a bare noun of attackers ("intruders", "the hackers"), no name.
func (an *analysis) attackerSubject(k int) bool {
	lo := an.sents[an.sentOf[k]].First
	j := k - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	return j >= lo && an.tokM[j] == -1 && an.lowWord("hackernoun", j)
}

// hitClaims has each victim v be hit by incident inc (when inc < 0, the
// breach of v read at the verb at k) and the incident be attributed to each
// actor but v; blame also has the claimant blame each actor (breachBlame).
func (an *analysis) hitClaims(inc, k, si int, victims, actors []int, pol schema.Polarity, h hedges, claimant int, blame bool) {
	for _, v := range victims {
		i := inc
		if i < 0 {
			i = an.breachIncident(v, k)
		}
		an.claim(i, schema.Targets, v, "", si, pol, h.victim, claimant)
		for _, a := range actors {
			if a != v {
				an.claim(i, schema.AttributedTo, a, "", si, pol, h.all, claimant)
				if blame {
					an.breachBlame(claimant, a, si, pol, h.all)
				}
			}
		}
	}
}

// breachBlame has the claimant who says that actor a broke in ("the
// Treasury said Andariel hacked into ...") blame it, as a claimant of
// any attribution does.
func (an *analysis) breachBlame(claimant, a, si int, pol schema.Polarity, mod schema.Modality) {
	if an.isActor(claimant) && an.isActor(a) && claimant != a && !an.sameSide(claimant, a) {
		an.claim(claimant, schema.Blames, a, "", si, pol, mod, -1)
	}
}

// breachVictims reads the subject of a passive breach verb whose
// auxiliary is at b: an organisation or state, or the possessor of its
// systems ("Three's upgrade database", "its network").
func (an *analysis) breachVictims(b, lo int) []int {
	j := b
	for j >= lo && (an.lowWord("skip", j) || an.lowWord("beaux", j) || an.isAdverb(an.low[j])) {
		j--
	}
	if j < lo {
		return nil
	}
	if v := an.whoseOwner(j, lo); v >= 0 {
		return []int{v}
	}
	if an.tokM[j] == -1 && an.toks[j].Kind == Word {
		if vs := an.tailVictims(j, lo); len(vs) > 0 {
			return vs // "X, Y and 20 other companies were affected"
		}
	}
	// a name's acronym in brackets: "the accounts of the Qatar News
	// Agency (QNA) were compromised"
	if j-3 >= lo && an.low[j] == ")" && an.low[j-2] == "(" && an.mentAt(j-1) >= 0 && an.mentAt(j-3) >= 0 && an.ments[an.mentAt(j-1)].ent == an.ments[an.mentAt(j-3)].ent {
		j -= 3
	}
	if m := an.mentAt(j); m >= 0 {
		if an.inPP(an.ments[m].first, lo) {
			// "businesses in Ontario were hit": the place is no victim
			return nil
		}
		var out []int
		for _, e := range an.victimCoord(m) {
			if an.ownerOK(e) && !(an.ents[e].typ == schema.State && an.ments[m].form == "demonym") {
				out = append(out, e)
			}
		}
		return out
	}
	if an.lowWord("asset", j) {
		// a named owner among the modifiers: "their LinkedIn account"
		for q := j - 1; q >= lo && q > j-3 && an.toks[q].Kind == Word; q-- {
			if m := an.mentAt(q); m >= 0 {
				if e := an.ments[m].ent; an.ownerOK(e) && !an.nationalModifier(m) {
					return []int{e}
				}
				break
			}
			if isCap(an.toks[q].Text) && q > lo && letters(an.toks[q].Text) >= 2 {
				if e := an.nameBefore(q+1, lo); e >= 0 {
					return []int{e}
				}
				break
			}
		}
		q := j - 1
		for q >= lo && q > j-3 && an.toks[q].Kind == Word && an.tokM[q] == -1 && !an.lowWord("stop", q) && !an.lowWord("det", q) {
			q--
		}
		if q >= lo && an.toks[q].Kind == Possessive {
			if m := an.mentAt(q - 1); m >= 0 && an.ownerOK(an.ments[m].ent) {
				return []int{an.ments[m].ent}
			}
		}
		if q >= lo && an.toks[q].Kind == Possessive {
			if e := an.nameBefore(q, lo); e >= 0 {
				return []int{e}
			}
		}
		if q >= lo && an.lowWord("bodyposs", q) {
			// only a referent in the same sentence: "Three revealed that
			// its upgrade database had been breached"
			if e := an.mainSubject(an.sentOf[q], q); e >= 0 && an.ownerOK(e) {
				return []int{e}
			}
		}
		return nil
	}
	// an apposition: "Wishbone, the quiz app for teens, has been compromised"
	if an.low[j] == "," {
		if subj, start := an.subjectOf(b + 1); len(subj) > 0 {
			if start >= 0 && an.inPP(start, lo) {
				return nil
			}
			var out []int
			for _, e := range subj {
				if an.ownerOK(e) {
					out = append(out, e)
				}
			}
			return out
		}
		for c := j - 1; c > lo && c > j-16; c-- {
			if an.low[c] == "," {
				if e := an.nameBeforeX(c, lo, true); e >= 0 {
					return []int{e}
				}
				break
			}
		}
		return nil
	}
	if e := an.nameBefore(j+1, lo); e >= 0 {
		return []int{e}
	}
	return nil
}

// whoseOwner is the actor named before ", whose" that opens the noun
// phrase ending at token j, over up to four lower-case words ("X, whose
// own parliamentary office was among those hit"): the owner of what was
// hit, a person too; -1 if none.
func (an *analysis) whoseOwner(j, lo int) int {
	q := j
	for q > lo && q > j-4 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("possrel", q) && !an.lowWord("stop", q) {
		q--
	}
	if q >= j || q-2 < lo || an.tokM[q] != -1 || !an.lowWord("possrel", q) || an.low[q-1] != "," {
		return -1
	}
	m := an.mentAt(q - 2)
	if m < 0 || an.ments[m].end != q-1 {
		return -1
	}
	v := an.ments[m].ent
	if t := an.ents[v].typ; an.ownerOK(v) || t == schema.Official || t == schema.Person {
		return v
	}
	return -1
}

// inPP reports whether the noun phrase starting at token f stands in a
// prepositional phrase other than "of": "hotels in the United States".
func (an *analysis) inPP(f, lo int) bool {
	p := f - 1
	if p >= lo && an.low[p] == "the" {
		p--
	}
	return p >= lo && an.low[p] != "of" && an.lowWord("prep", p)
}

// victimCoord is withCoord for victims, whose names often carry a
// description: "Spain's Telefonica, the carmaker Renault and the German
// rail operator Deutsche Bahn".
func (an *analysis) victimCoord(m int) []int { return an.victimCoordFrom(m, false) }

// victimCoordFrom is victimCoord; closed says a coordinator after mention
// m closed the list ("X, Y and 20 other firms"), so that "X, Y" is one.
func (an *analysis) victimCoordFrom(m int, closed bool) []int {
	out := an.withCoord(m)
	if len(out) > 1 {
		return out
	}
	lo := an.sents[an.sentOf[an.ments[m].first]].First
	cur := m
	sawAnd := closed
	for {
		// the description before the name: lower-case words, articles,
		// demonyms
		k := an.ments[cur].first - 1
		for k >= lo && k > an.ments[cur].first-5 {
			if d := an.mentAt(k); d >= 0 && an.ents[an.ments[d].ent].typ == schema.State && an.ments[d].form == "demonym" {
				k = an.ments[d].first - 1
				continue
			}
			if an.toks[k].Kind == Word && an.tokM[k] == -1 && !isCap(an.toks[k].Text) && !an.lowWord("conj", k) && !an.lowWord("stop", k) {
				k--
				continue
			}
			break
		}
		if k < lo || (!an.lowWord("conj", k) && an.low[k] != ",") {
			break
		}
		if an.low[k] != "," {
			sawAnd = true
		}
		k--
		if k >= lo && an.low[k] == "," {
			k--
		}
		n := an.mentAt(k)
		if n < 0 || !an.isActor(an.ments[n].ent) {
			break
		}
		if pk := an.ments[n].first - 1; pk >= lo && an.lowWord("prep", pk) {
			break
		}
		out = append(out, an.ments[n].ent)
		cur = n
	}
	if !sawAnd {
		return out[:1]
	}
	return out
}

// nameBefore reads an unknown capitalised name ending right before token
// end as an organisation: the subject of "Wishbone has been compromised".
// A lone word opening the sentence and a personal name do not count.
func (an *analysis) nameBefore(end, lo int) int {
	return an.nameBeforeX(end, lo, false)
}

// nameBeforeX is nameBefore; initialOK lets a lone word open the sentence
// (an apposition follows it: "Wishbone, the quiz app, ...").
func (an *analysis) nameBeforeX(end, lo int, initialOK bool) int {
	s := end
	for s > lo && s > end-4 && an.tokM[s-1] == -1 && an.toks[s-1].Kind == Word && isCap(an.toks[s-1].Text) && !hyphenAdj(an.toks[s-1].Text) && an.lex.titles[an.low[s-1]] == "" && !an.textWord("nonname", s-1) {
		s--
	}
	if s == end || an.textWord("nonname", s) {
		return -1
	}
	if s == lo && end-s == 1 && !initialOK {
		return -1
	}
	if an.inPP(s, lo) {
		return -1 // "businesses in Ontario were hit"
	}
	if s > lo && (an.lowWord("courtesy", s-1) || an.toks[s-1].Text == "." && s-1 > lo && an.lex.titles[an.low[s-2]] != "") {
		return -1
	}
	e := an.entity(schema.Organization, an.nameText(s, end))
	if an.ents[e].kind == "" {
		an.ents[e].kind = "company"
	}
	if an.addMention(e, s, end, "name") < 0 {
		return -1
	}
	return e
}

// appositiveState is the state an apposition after mention m makes it part
// of: "the Reconnaissance General Bureau, North Korea's spy agency,"; -1 if
// none.
func (an *analysis) appositiveState(m int) int {
	k := an.ments[m].end
	if an.ents[an.ments[m].ent].typ != schema.Organization || k+2 >= len(an.toks) || an.low[k] != "," {
		return -1
	}
	p := an.mentAt(k + 1)
	if p < 0 || an.ents[an.ments[p].ent].typ != schema.State || an.toks[an.ments[p].end].Kind != Possessive {
		return -1
	}
	for q := an.ments[p].end + 1; q < len(an.toks) && q < an.ments[p].end+6; q++ {
		if an.toks[q].Kind == Punct || an.tokM[q] >= 0 {
			return -1
		}
		if an.lowWord("role", q) {
			return an.ments[p].ent
		}
	}
	return -1
}

// camelCase reports whether a word has a capital after its first letter
// and a lower-case letter before it: a brand name ("OneLogin", "GameStop").
func camelCase(w string) bool {
	lower := false
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && lower {
			return true
		}
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return false
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// plainNounAfter reports whether the phrase from token k, past
// determiners and adverbs, opens with a word that names no entity and no
// pronoun, no part in an incident (words.tsv denialnoun: "denied
// responsibility for"), ends no phrase (stop) and opens no clause (a
// gerund: "denied using it"): a noun object of its own.
func (an *analysis) plainNounAfter(k, hi int) bool {
	for k < hi && an.tokM[k] == -1 && (an.lowWord("det", k) || an.isAdverb(an.low[k])) {
		k++
	}
	return k < hi && an.tokM[k] == -1 && an.toks[k].Kind == Word && !an.lowWord("stop", k) && !an.lowWord("pronoun", k) && !an.lowWord("skip", k) && !an.lowWord("denialnoun", k) && !an.lex.suffix("gerundsuffix", an.low[k])
}

// gapCues adds the negation and hedge cues that stand inside the words of
// a trigger at tokens [k, end) ("played no part in", "was probably
// behind") to the polarity and modality read before it.
func (an *analysis) gapCues(si, k, end int, pol schema.Polarity, mod schema.Modality) (schema.Polarity, schema.Modality) {
	stated, _ := an.sentenceCues(si)
	for j := k + 1; j < end; j++ {
		for _, c := range an.cuesAt(j) {
			if len(c.slots) != 1 || !inSlot(an.low[j], c.slots[0]) {
				continue
			}
			switch {
			case c.class == "negation":
				pol = schema.Negated
			case c.class == "hedge" && !stated:
				mod = schema.Hedged
			}
		}
	}
	return pol, mod
}
