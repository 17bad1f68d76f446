package extract

import (
	"slices"
	"strings"

	"github.com/statekg/statekg/schema"
)

// structural records what titles, names and noun phrases say by their form:
// officialOf and position, partOf, the victims and authors read with an
// incident's name, and "X is Y's ally", "at war with".
func (an *analysis) structural() {
	for i := range an.ents {
		if an.stopped() {
			return
		}
		e := &an.ents[i]
		if e.typ == schema.Official && e.position != "" {
			an.claim(i, schema.Position, -1, e.position, e.posSent, schema.Asserted, schema.Stated, -1)
		}
		if (e.typ == schema.Official) && e.officialOf >= 0 {
			an.claim(i, schema.OfficialOf, e.officialOf, "", max(e.posSent, 0), schema.Asserted, schema.Stated, -1)
		}
	}
	// partOf: gazetteer knowledge and "Britain's National Cyber Security
	// Centre", "US National Security Agency", "its Ministry of State Security"
	first := map[int]int{}
	for _, m := range an.ments {
		if m.ent >= 0 {
			if _, ok := first[m.ent]; !ok {
				first[m.ent] = an.sentOf[m.first]
			}
		}
	}
	for _, m := range an.ments {
		if m.ent < 0 {
			continue
		}
		e := an.ents[m.ent]
		if e.typ != schema.Organization || e.kind == "company" || e.kind == "outlet" {
			continue
		}
		si := an.sentOf[m.first]
		k := m.first - 1
		if k >= 0 && an.toks[k].Kind == Possessive {
			k--
		}
		if p := an.mentAt(k); p >= 0 && an.sentOf[k] == si {
			pe := an.ments[p].ent
			if t := an.ents[pe].typ; (t == schema.State || t == schema.Organization && an.ents[pe].kind != "company") && pe != m.ent {
				an.claim(m.ent, schema.PartOf, pe, "", si, schema.Asserted, schema.Stated, -1)
			}
		} else if k >= 0 && (an.low[k] == "its" || an.low[k] == "their") {
			if s := an.resolvePronoun(an.low[k], k); s >= 0 && an.ents[s].typ == schema.State {
				an.claim(m.ent, schema.PartOf, s, "", si, schema.Asserted, schema.Stated, -1)
			}
		}
		// "the foreign ministry in Beijing": a body known by a description
		// is part of the state whose capital or name follows "in"
		if described(e.name) && m.end+1 < len(an.toks) && an.low[m.end] == "in" {
			if p := an.mentAt(m.end + 1); p >= 0 && an.ments[p].first == m.end+1 && an.ents[an.ments[p].ent].typ == schema.State {
				an.claim(m.ent, schema.PartOf, an.ments[p].ent, "", si, schema.Asserted, schema.Stated, -1)
			}
		}
		// "the Reconnaissance General Bureau, North Korea's main intelligence agency"
		if m.end+2 < len(an.toks) && an.low[m.end] == "," {
			if p := an.mentAt(m.end + 1); p >= 0 && an.ments[p].end < len(an.toks) && an.toks[an.ments[p].end].Kind == Possessive {
				pe := an.ments[p].ent
				for q := an.ments[p].end + 1; q < len(an.toks) && q < an.ments[p].end+6; q++ {
					if an.toks[q].Kind == Punct || an.tokM[q] >= 0 {
						break
					}
					if an.lowWord("role", q) || an.lowWord("agencyhead", q) {
						an.claim(m.ent, schema.PartOf, pe, "", si, schema.Asserted, schema.Stated, -1)
						break
					}
				}
			}
		}
	}
	an.partPhrases()
	for i, e := range an.ents {
		if e.typ != schema.Organization {
			continue
		}
		if _, ok := first[i]; !ok && len(e.extra) == 0 {
			continue
		}
		si := first[i]
		if e.state >= 0 && e.kind != "company" {
			an.claim(i, schema.PartOf, e.state, "", si, schema.Asserted, schema.Stated, -1)
		}
		if e.parent >= 0 {
			if _, ok := first[e.parent]; ok || an.namesParent(i) {
				an.claim(i, schema.PartOf, e.parent, "", si, schema.Asserted, schema.Stated, -1)
			}
		}
	}
	// incidents: victims and authors read with their names; a state's
	// tests and launches ("North Korea's missile launches")
	for _, m := range an.ments {
		if m.ent < 0 || an.ents[m.ent].typ != schema.Incident {
			continue
		}
		si := an.sentOf[m.first]
		e := an.ents[m.ent]
		if m.form == "name" && (len(e.target) > 0 || len(e.actor) > 0) {
			pol, mod := an.polarity(si, an.clauseStart(m.first), m.first)
			for _, v := range e.target {
				an.claim(m.ent, schema.Targets, v, "", si, pol, mod, -1)
			}
			for _, a := range e.actor {
				an.claim(m.ent, schema.AttributedTo, a, "", si, pol, mod, -1)
			}
		}
		k := m.first - 1
		if k >= 0 && an.toks[k].Kind == Possessive {
			if p := an.mentAt(k - 1); p >= 0 && an.isActor(an.ments[p].ent) {
				pol, mod := an.polarity(si, an.clauseStart(m.first), m.first)
				an.claim(m.ent, schema.AttributedTo, an.ments[p].ent, "", si, pol, mod, -1)
			}
		}
	}
	// "China is North Korea's only major ally", "Japan, one of Washington's
	// closest allies", "South Korea, which is still technically at war with
	// North Korea"
	for k := range an.toks {
		si := an.sentOf[k]
		if an.lowWord("allynoun", k) {
			q := k - 1
			for q >= 0 && q > k-4 && an.toks[q].Kind == Word && an.tokM[q] == -1 {
				q--
			}
			if q < 1 || an.toks[q].Kind != Possessive {
				continue
			}
			p := an.mentAt(q - 1)
			if p < 0 || an.ents[an.ments[p].ent].typ != schema.State {
				continue
			}
			other := an.ments[p].ent
			start := an.ments[p].first
			x := -1
			// "X is Y's ally"
			b := start - 1
			for b >= 0 && an.lowWord("allydet", b) {
				b--
			}
			if b >= 0 && an.lowWord("allycopula", b) {
				if subj, _ := an.subjectOf(b); len(subj) > 0 {
					x = subj[0]
				}
			} else if b >= 0 && an.low[b] == "," {
				x = an.entAt(b - 1)
			}
			if x >= 0 && an.ents[x].typ == schema.State && x != other {
				an.claim(x, schema.AllyOf, other, "", si, schema.Asserted, schema.Stated, -1)
			}
		}
		if an.lowWord("warnoun", k) && k > 1 && an.low[k-1] == "at" && k+2 < len(an.toks) && an.low[k+1] == "with" {
			o := an.entAt(k + 2)
			if o < 0 || an.ents[o].typ != schema.State {
				continue
			}
			subj, _ := an.subjectOf(k - 1)
			for _, s := range subj {
				if an.ents[s].typ == schema.State {
					pol, mod := an.polarity(si, an.clauseStart(k), k)
					an.claim(s, schema.AtWarWith, o, "", si, pol, mod, -1)
				}
			}
		}
	}
}

// namesParent reports whether a mention of organisation e holds its parent's
// name: "a UN panel of experts".
func (an *analysis) namesParent(e int) bool {
	parent := an.ents[an.ents[e].parent].name
	var forms []string
	for _, o := range an.lex.orgs {
		if o.name == parent {
			forms = append(append(forms, o.name), o.aliases...)
			break
		}
	}
	for _, m := range an.ments {
		if m.ent != e {
			continue
		}
		text := " " + an.nameText(m.first, m.end) + " "
		for _, f := range forms {
			if strings.Contains(text, " "+f+" ") {
				return true
			}
		}
	}
	return false
}

// countWord returns the count w refers back to a list by ("all three are
// controlled by X", "both"; words.tsv countword, bothword), or 0.
func (an *analysis) countWord(w string) int {
	if an.lex.word("bothword", w) {
		return 2
	}
	if i := slices.Index(an.lex.lists["countword"], w); i >= 0 {
		return i + 2
	}
	return 0
}

// partPhrases reads partOf from what the text says of an organisation:
// an apposition "Sony Pictures, a unit of Japan's Sony Corp", "the Hainan
// State Security Department, a provincial arm of the MSS", and the passive
// of control "X and Y are controlled by Z", "all three are run by Z".
func (an *analysis) partPhrases() {
	for mi := range an.ments {
		m := an.ments[mi]
		if m.ent < 0 || an.ents[m.ent].typ != schema.Organization || an.ents[m.ent].kind == "outlet" || m.end+3 >= len(an.toks) || an.low[m.end] != "," {
			continue
		}
		q := m.end + 1
		if an.low[q] == "a" || an.low[q] == "an" || an.low[q] == "the" {
			q++
		}
		for n := 0; n < 3 && q < len(an.toks) && an.tokM[q] == -1 && an.toks[q].Kind == Word && !an.lowWord("partnoun", q) && !an.lowWord("stop", q); n++ {
			q++
		}
		if q+2 >= len(an.toks) || !an.lowWord("partnoun", q) || an.low[q+1] != "of" || an.tokM[q] != -1 {
			continue
		}
		r := q + 2
		if an.low[r] == "the" {
			r++
		}
		if p := an.mentAt(r); p >= 0 {
			pe := an.ments[an.headOf(p)].ent
			if t := an.ents[pe].typ; (t == schema.Organization || t == schema.State) && pe != m.ent {
				an.claim(m.ent, schema.PartOf, pe, "", an.sentOf[m.first], schema.Asserted, schema.Stated, -1)
			}
		}
	}
	for k := 1; k+2 < len(an.toks); k++ {
		if an.low[k+1] != "by" || !an.lowWord("partverb", k) {
			continue
		}
		si := an.sentOf[k]
		lo := an.sents[si].First
		b := k - 1
		be := false
		for b >= lo && (an.lowWord("skip", b) || an.lowWord("beaux", b) || an.isAdverb(an.low[b])) && an.tokM[b] == -1 {
			be = be || an.lowWord("beaux", b)
			b--
		}
		if b < lo || !be {
			continue
		}
		var subj []int
		if m := an.apposEnd(b, lo); m >= 0 {
			subj = an.apposCoord(m, lo)
		} else if m := an.mentAt(b); m >= 0 {
			subj = an.withCoord(m)
		} else if n := an.countWord(an.low[b]); n > 0 {
			// "all three", "both": the list named last in the sentence
			for c := b - 1; c >= lo; c-- {
				if m := an.mentAt(c); m >= 0 {
					if l := an.withCoord(m); len(l) == n {
						subj = l
					}
					break
				}
			}
		}
		objs := an.objectsAfter(k+2, an.sents[si].End)
		if len(objs) == 0 {
			continue
		}
		o := an.ments[objs[0]].ent
		if t := an.ents[o].typ; t != schema.Organization && t != schema.State {
			continue
		}
		pol, mod := an.polarity(si, an.clauseStart(k), k)
		for _, e := range subj {
			if an.ents[e].typ == schema.Organization && e != o {
				an.claim(e, schema.PartOf, o, "", si, pol, mod, -1)
			}
		}
	}
}

// apposEnd is the mention a comma at token b closes as an apposition
// after a description (", a second group, APT31,"), -1 if none.
func (an *analysis) apposEnd(b, lo int) int {
	if b-1 <= lo || an.low[b] != "," {
		return -1
	}
	m := an.mentAt(b - 1)
	if m < 0 || an.ments[m].end != b || an.ments[m].first-1 <= lo || an.low[an.ments[m].first-1] != "," {
		return -1
	}
	return m
}

// apposCoord is the list a mention m in apposition ends: the name, and
// the names joined to its description by a conjunction ("APT40 and a
// second group, APT31").
func (an *analysis) apposCoord(m, lo int) []int {
	out := []int{an.ments[m].ent}
	k := an.ments[m].first - 2 // the word before the comma
	n := 0
	for k > lo && n < 4 && an.toks[k].Kind == Word && an.tokM[k] == -1 && !an.lowWord("conj", k) && !an.lowWord("titledet", k) {
		k--
		n++
	}
	if n == 0 || k <= lo || !an.lowWord("titledet", k) || !an.lowWord("conj", k-1) {
		return out
	}
	if p := an.mentAt(k - 2); p >= 0 && an.isActor(an.ments[p].ent) {
		out = append(out, an.withCoord(p)...)
	}
	return out
}

// reviseGuesses reads again, once every name and claim of the article is
// known, the states guessed from context for officials whose title names
// none. A title that found no state in context when read takes the first
// one found now (a surname or a body's description read after the title
// pass). A guess is taken back where the official's own plain claims stand
// against that state, or that state's against the official: one who
// blames, condemns, sanctions, threatens or opposes a state, or whom it or
// its bodies do, does not serve it (one who condemns a body of the state
// may: a minister berating the central bank). The official then serves the next
// state in context that stands in no such claim, if any.
func (an *analysis) reviseGuesses() {
	idx := an.refIndex()
	hostile := map[[2]int]bool{}
	for _, c := range an.claims {
		switch c.Predicate {
		case schema.Blames, schema.Condemns, schema.Sanctions, schema.Threatens, schema.Opposes:
		default:
			continue
		}
		if !c.Plain() {
			continue
		}
		s, ok1 := idx[c.Subject]
		o, ok2 := idx[c.Object]
		if !ok1 || !ok2 {
			continue
		}
		if an.ents[s].typ == schema.Official {
			hostile[[2]int{s, o}] = true
		}
		if an.ents[o].typ == schema.Official {
			if st := an.sideState(s); st >= 0 {
				hostile[[2]int{o, st}] = true
			}
		}
	}
	for i := range an.ents {
		e := &an.ents[i]
		if e.typ != schema.Official || e.officialOf >= 0 || e.guessSent < 0 {
			continue
		}
		an.guessAgain(i, false, hostile)
	}
	if len(hostile) == 0 {
		return
	}
	dropped := map[[2]schema.Ref]bool{}
	for i := range an.ents {
		e := &an.ents[i]
		if !e.guessed || e.officialOf < 0 || !hostile[[2]int{i, e.officialOf}] {
			continue
		}
		// the later stages (an official's denial is their state's)
		// read the entity, not the claim
		dropped[[2]schema.Ref{an.ref(i), an.ref(e.officialOf)}] = true
		e.officialOf, e.guessed = -1, false
		an.guessAgain(i, true, hostile)
	}
	if len(dropped) == 0 {
		return
	}
	kept := an.claims[:0]
	for _, c := range an.claims {
		if c.Predicate == schema.OfficialOf && dropped[[2]schema.Ref{c.Subject, c.Object}] {
			continue
		}
		kept = append(kept, c)
	}
	an.claims = kept
	an.rekeyClaims()
}

// guessAgain makes official i serve the first state in context of their
// title (with far, the sentences before too) that stands in no hostile
// claim with them, if any.
func (an *analysis) guessAgain(i int, far bool, hostile map[[2]int]bool) {
	e := &an.ents[i]
	for _, st := range an.contextStates(e.guessSent, e.guessAt, far) {
		if !hostile[[2]int{i, st}] {
			e.officialOf, e.guessed = st, true
			an.claim(i, schema.OfficialOf, st, "", max(e.posSent, 0), schema.Asserted, schema.Stated, -1)
			return
		}
	}
}
