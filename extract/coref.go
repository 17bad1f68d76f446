package extract

import (
	"strings"

	"github.com/statekg/statekg/extract/syntax"
	"github.com/statekg/statekg/schema"
)

// corefPass reads noun phrases that refer back to an actor as mentions of
// it: "its hackers" (the actor "its" stands for) and "the unit", "the
// group" (the hacker group named last, in this sentence or the two
// before; "the unit" the unit named by its number, "Unit 74455", when no
// group was named after it, and "the same unit" that unit however far
// back; "the GRU unit" the unit named by its number after the GRU; "the
// same hackers" the group or unit referred to last, in this sentence or
// the one before), "the crown prince" (the one official named so far
// with that title).
func (an *analysis) corefPass() {
	lastGroup, lastSent := -1, -1
	lastUnit, unitSent := -1, -1   // the unit last named by its number
	unitOwner := -1                // the body named right before it: "GRU Unit 74455"
	lastActor, actorSent := -1, -1 // the group or unit last referred to
	// the organisation last named with each head noun: "Bangladesh
	// Bank" ... "the bank"
	type named struct{ ent, sent int }
	var byHead map[string]named
	for k := 0; k+1 < len(an.toks); k++ {
		if an.stopped() {
			return
		}
		if m := an.mentAt(k); m >= 0 {
			if e := an.ments[m].ent; an.ents[e].typ == schema.Organization && an.ments[m].form == "name" && an.ments[m].end-an.ments[m].first >= 2 {
				// its head word ends it, or opens it before "of":
				// "Ministry of State Security" ... "the ministry"
				heads := []int{an.ments[m].end - 1}
				if f := an.ments[m].first; f+1 < an.ments[m].end && an.lowWord("ofprep", f+1) {
					heads = append(heads, f)
				}
				for _, t := range heads {
					h := an.low[t]
					if !an.textWord("orghead", t) && !an.lowWord("bodynoun", t) {
						continue // "the foreign ministry" ... "the ministry" too
					}
					if byHead == nil {
						byHead = map[string]named{}
					}
					if old, ok := byHead[h]; ok && old.ent != e && an.sentOf[k]-old.sent <= 3 {
						byHead[h] = named{-1, an.sentOf[k]} // two bodies: ambiguous
					} else {
						byHead[h] = named{e, an.sentOf[k]}
					}
				}
			}
			// "the GRU unit": the unit of the GRU named by its number
			if e, end := an.ments[m].ent, an.ments[m].end; lastUnit >= 0 && lastUnit != e && (an.ents[lastUnit].parent == e || unitOwner == e) && k > 0 && an.lowWord("groupdet", k-1) && an.tokM[k-1] == -1 && end < len(an.toks) && an.lowWord("unitnoun", end) && an.tokM[end] == -1 && an.sentOf[end] == an.sentOf[k] {
				if an.replaceMentions(lastUnit, k-1, end+1, "anaphor") >= 0 {
					lastActor, actorSent = lastUnit, an.sentOf[k]
					k = end
					continue
				}
			}
			// a group name before a group noun names another group: "a
			// Lazarus sub-group"
			end := an.ments[m].end
			if e := an.ments[m].ent; an.ents[e].typ == schema.Organization && an.ents[e].kind == "group" && !(end < len(an.toks) && an.lowWord("groupnoun", end)) {
				lastGroup, lastSent = e, an.sentOf[k]
			}
			// a unit by its number: "Unit 74455" ... "the unit"
			if e := an.ments[m].ent; an.ents[e].typ == schema.Organization && an.ments[m].form == "name" && an.unitName(an.ents[e].name) && an.toks[an.ments[m].end-1].Kind == Number {
				lastUnit, unitSent, unitOwner = e, an.sentOf[k], -1
				f := an.ments[m].first
				if f > 0 && an.toks[f-1].Kind == Possessive {
					f--
				}
				if o := an.mentAt(f - 1); o >= 0 && an.ents[an.ments[o].ent].typ == schema.Organization {
					unitOwner = an.ments[o].ent
				}
			}
			if e := an.ments[m].ent; e == lastUnit || e == lastGroup {
				lastActor, actorSent = e, an.sentOf[k]
			}
			k = an.ments[m].end - 1
			continue
		}
		if an.tokM[k] != -1 || an.tokM[k+1] != -1 || an.sentOf[k+1] != an.sentOf[k] {
			continue
		}
		w, n, ni := an.low[k], an.low[k+1], k+1
		if w == "the" {
			if e, end := an.titleAnaphor(k + 1); e >= 0 && an.addMention(e, k, end, "anaphor") >= 0 {
				k = end - 1
				continue
			}
		}
		same := 0 // "the same unit": a word of class groupsame before the noun
		if an.lowWord("groupdet", k) && an.lowWord("groupsame", ni) && k+2 < len(an.toks) && an.tokM[k+2] == -1 && an.sentOf[k+2] == an.sentOf[k] {
			same, n, ni = 1, an.low[k+2], k+2
		}
		switch {
		case same > 0 && an.lowWord("agentnoun", ni) && lastActor >= 0 && an.sentOf[k]-actorSent <= 1:
			// "the same hackers": the group or unit referred to last, in
			// this sentence or the one before
			an.addMention(lastActor, k, k+3, "anaphor")
			k += 2
		case an.lowWord("bodyposs", k) && an.lowWord("agentnoun", ni):
			if e := an.resolvePronoun(w, k); e >= 0 {
				if t := an.ents[e].typ; t == schema.State || t == schema.Organization {
					an.addMention(e, k, k+2, "anaphor")
					k++
				}
			}
		case an.lowWord("groupdet", k) && an.lowWord("unitnoun", ni) && lastUnit >= 0 && (unitSent >= lastSent && an.sentOf[k]-unitSent <= 2 || same > 0):
			// "the unit": the unit named by its number, unless a group
			// was named after it; "the same unit" however far back
			an.addMention(lastUnit, k, k+2+same, "anaphor")
			k += 1 + same
		case an.lowWord("groupdet", k) && an.lowWord("groupnoun", ni) && lastGroup >= 0 && an.sentOf[k]-lastSent <= 2:
			an.addMention(lastGroup, k, k+2+same, "anaphor")
			k += 1 + same
		case an.lowWord("groupdet", k) && an.descKind(n) != "" && an.phraseHead(k+1):
			if e := an.descAntecedent(an.descKind(n), k, an.objectSubject(k+1)); e >= 0 && an.addMention(e, k, k+2, "anaphor") >= 0 {
				k++
			}
		case w == "the" && byHead != nil:
			// the parse is asked last, for a head named before
			if v, ok := byHead[n]; ok && v.ent >= 0 && an.sentOf[k]-v.sent <= 5 && (!an.compoundAt(k+2) || an.phraseHead(k+1)) && an.addMention(v.ent, k, k+2, "anaphor") >= 0 {
				k++
			}
		}
	}
}

// compoundAt reports whether token k continues a noun compound: "the bank
// account" is no reference to a bank.
func (an *analysis) compoundAt(k int) bool {
	return k < len(an.toks) && an.toks[k].Kind == Word && an.tokM[k] == -1 && !an.lowWord("stop", k) && !an.lowWord("skip", k) && !an.lowWord("report", k) && !an.isAdverb(an.low[k])
}

// descKind is the organisation kind a class noun describes: "the
// alliance" an international body, "the firm" a company, "the agency" a
// government body.
func (an *analysis) descKind(n string) string {
	switch {
	case an.lex.word("descintl", n):
		return "intl"
	case an.lex.word("desccompany", n):
		return "company"
	case an.lex.word("descagency", n):
		return "agency"
	}
	return ""
}

// descReach is how many sentences back a description finds its antecedent.
const descReach = 3

// descAntecedent is the organisation of kind a that a description at token
// k refers back to: the nearest one named in its sentence or the few
// before, provided no other organisation of that kind is named there;
// never not, the subject of the verb the description is the object of.
func (an *analysis) descAntecedent(kind string, k, not int) int {
	si := an.sentOf[k]
	found := -1
	for j := k - 1; j >= 0 && an.sentOf[j] >= si-descReach; j-- {
		m := an.mentAt(j)
		if m < 0 {
			continue
		}
		j = an.ments[m].first
		e := an.ments[m].ent
		if an.ents[e].typ != schema.Organization || !kindFits(kind, an.ents[e].kind) || e == not {
			continue
		}
		if found >= 0 && e != found {
			return -1 // two candidates: ambiguous
		}
		found = e
	}
	return found
}

// objectSubject is the entity named as the subject of the verb whose
// object token k heads, or of the reporting verb whose clause's subject
// it heads, -1 if none: "X sued the firm", "X said the agency was ..."
// are no reference to X.
func (an *analysis) objectSubject(k int) int {
	p := an.tree(an.sentOf[k])
	if p == nil {
		return -1
	}
	i := p.wordAt(k)
	if i < 0 {
		return -1
	}
	v := p.s.Words[i].Head
	if v < 0 {
		return -1
	}
	switch d := p.s.Words[i].Deprel; {
	case d == "obj":
	case syntax.HasLabel(d, "nsubj") && p.s.Words[v].Deprel == "ccomp" && p.s.Words[v].Head >= 0 && an.lowWord("report", p.tok[p.s.Words[v].Head]):
		// the subject of a reported clause is no reference to the
		// reporter: "X said the agency was behind ..."
		v = p.s.Words[v].Head
	default:
		return -1
	}
	if sb := p.s.Dependent(v, "nsubj"); sb >= 0 {
		return an.entAt(p.tok[sb])
	}
	return -1
}

// kindFits reports whether an organisation of kind has fits a description
// of kind want: a company description also fits a body of unknown kind.
func kindFits(want, has string) bool {
	return want == has || want == "company" && has == "org"
}

// phraseHead reports whether token k heads its noun phrase in the parse:
// "the firm said" but not "the firm's lawyers" or "the company website".
func (an *analysis) phraseHead(k int) bool {
	p := an.tree(an.sentOf[k])
	if p == nil {
		return false
	}
	i := p.wordAt(k)
	if i < 0 || i+1 < len(p.s.Words) && p.tok[i+1] == k {
		return false // a word split inside the token: "firm's"
	}
	w := p.s.Words[i]
	return (w.UPOS == "NOUN" || w.UPOS == "PROPN") && w.Deprel != "compound"
}

// titleAnaphor is the official a lower-case title after "the" at token k
// refers back to, and the title's end: the one official named so far
// whose title it is ("the crown prince" after "Crown Prince Mohammed bin
// Salman"); -1 if none or several.
func (an *analysis) titleAnaphor(k int) (int, int) {
	e := k
	for e < len(an.toks) && e < k+4 && an.tokM[e] == -1 && an.toks[e].Kind == Word && !isCap(an.toks[e].Text) && an.titleAt(e) != "" && an.sentOf[e] == an.sentOf[k] {
		e++
	}
	if e == k || an.titleAt(e-1) != "head" || e < len(an.toks) && an.toks[e].Kind == Possessive {
		return -1, e
	}
	title := an.nameText(k, e)
	found := -1
	for i := range an.ents {
		en := &an.ents[i]
		if en.typ != schema.Official || !strings.EqualFold(en.position, title) || !an.namedBefore(i, k) {
			continue
		}
		if found >= 0 {
			return -1, e
		}
		found = i
	}
	return found, e
}

// namedBefore reports whether entity e has a mention before token k.
func (an *analysis) namedBefore(e, k int) bool {
	for _, m := range an.ments {
		if m.ent == e && m.first < k {
			return true
		}
	}
	return false
}
