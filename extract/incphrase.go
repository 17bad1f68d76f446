package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/statekg/statekg/extract/syntax"

	"github.com/statekg/statekg/schema"
)

// incidentPhrases reads the incidents the earlier pass left: noun phrases
// headed by an incident noun (the cyber and military nouns of
// incidents.tsv and the event nouns of class incevent: "killing",
// "clash", "annexation"), generic, plural and unnamed ones included, when
// the phrase marks one event: a complement ("theft of personnel records",
// "air strikes in Syria"), a relative clause ("the attack that disrupted
// the ceremony"), a date ("the 2015 blackout") or a name before the noun
// ("the Salisbury attack"). A definite noun with nothing of its own ("the
// killing") refers back to the latest incident with the same noun, or the
// same kind of event. Within an article, phrases with the same noun and
// the same marks are one incident.
func (an *analysis) incidentPhrases() {
	var recent []int
	for _, m := range an.ments {
		if m.ent >= 0 && an.ents[m.ent].typ == schema.Incident {
			recent = append(recent, m.ent)
		}
	}
	words := an.newIncWords()
	byHead := newIncHeads()
	heads := map[int]string{} // incident -> the head nouns it was named by
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] >= 0 {
			if e := an.entAt(i); e >= 0 && an.ents[e].typ == schema.Incident {
				recent = append(recent, e)
				// a relative clause widens a dated or named incident read
				// before: "the 2011 attack that crippled the bank's network"
				if m := an.ments[an.tokM[i]]; m.end == i+1 && an.incHead(i) {
					if end := an.relativeEnd(i, true); end > i+1 {
						// a body the clause's verb of hitting names is the
						// victim: "that crippled X's network"
						var hit []int
						for q := i + 3; q < end && an.lowWord("inchitverb", i+2); q++ {
							if v := an.entAt(q); v >= 0 && an.ents[v].typ == schema.Organization {
								hit = append(hit, v)
							}
						}
						if an.replaceMentions(e, m.first, end, m.form) >= 0 {
							for _, v := range hit {
								an.addTarget(e, v)
							}
						}
						i = end - 1
					}
				}
			}
			continue
		}
		if an.tokM[i] != -1 || !an.incHead(i) {
			continue
		}
		si := an.sentOf[i]
		if i+1 < len(an.toks) && an.sentOf[i+1] == si && an.tokM[i+1] == -1 && an.incHead(i+1) {
			continue // "attack campaign": the last noun heads
		}
		// modifiers: "deadly Himalayan clash", "years-long campaign",
		// "2015 attack", "Salisbury attack"
		if an.lowWord("incnohead", i) {
			continue
		}
		if an.nounModifier(i) {
			continue // "surveillance tool kit": the noun after heads
		}
		s, marked := i, false
		named := -1   // an actor or a victim named before the noun: "Khashoggi killing"
		capWord := -1 // an unknown name before the noun: "the Exchange attack"
		for s > 0 && an.sentOf[s-1] == si {
			if m := an.mentAt(s - 1); m >= 0 && an.ments[m].end == s && named < 0 && !an.possAt(s) {
				mm := an.ments[m]
				if t := an.ents[mm.ent].typ; (t == schema.Person || t == schema.Organization) && an.ents[mm.ent].kind != "group" {
					named, marked, s = mm.ent, true, mm.first
					continue
				}
				break
			}
			if an.tokM[s-1] != -1 || an.toks[s-1].Kind != Word && !isYear(an.low[s-1]) {
				break
			}
			w := an.toks[s-1].Text
			switch {
			case isYear(w) || monthName(w):
				marked = true
			case isCap(w) && !an.textWord("nonname", s-1) && an.titleAt(s-1) == "" && !hyphenAdj(w):
				marked = true
				if capWord < 0 {
					capWord = s - 1
				}
			case an.lowWord("incmod", s-1) || an.lowWord("incevmod", s-1):
			default:
				goto mods
			}
			s--
		}
	mods:
		det := ""
		if s > 0 && an.sentOf[s-1] == si {
			det = an.low[s-1]
			if an.possAt(s - 1) {
				det = "'s"
			}
		}
		// a complement or a relative clause
		end := i + 1
		comp := false
		if end+1 < len(an.toks) && an.sentOf[end+1] == si && an.tokM[end] == -1 {
			switch {
			case an.low[end] == "from" && an.lex.suffix("gerundsuffix", an.low[end+1]) && !an.nounAt(end+1) && an.toks[end+1].Kind == Word && !isCap(an.toks[end+1].Text):
				// a verb's clause, no complement: "kept a similar
				// incident from occurring"
			case an.low[end] == "on" && an.blamedObject(s) && !an.onAgain(end):
				// "blamed the hack on X" names the author, no victim
			case an.lowWord("inccomp", end):
				if e := an.incComplement(i, end+1); e > end+1 && !an.bareOf(i, end, e) {
					end, comp = e, true
				}
			case an.low[end] == "to" && an.lowWord("incpurpose", end+1) && an.lex.incNoun[an.low[i]] == "cyber":
				// a cyber incident's purpose of theft or sabotage: "a
				// campaign to steal trade secrets"; an event noun with one
				// is an intent ("a plot to hack", "a scheme to breach")
				if e := an.incComplement(i, end+1); e > end+2 {
					end, comp = e, true
				}
			default:
				if e := an.relativeEnd(i, false); e > end {
					end, comp = e, true
				}
			}
		}
		// a course of policy or a ranking of a kind names no event: "a
		// campaign of maximum pressure on X", "the costliest breach in
		// history"
		if comp && (an.courseOfPolicy(i, end) || an.rankedKind(s, i, end)) {
			continue
		}
		if comp && !marked && an.plural(i) {
			switch {
			case an.bareAt(s) && an.hasDate(i+1, end):
				// a year in the complement of a bare plural marks it as
				// events of their own: "cyberattacks on government
				// websites in 2009 and 2011" ("the breach in 2015" may
				// still refer back)
				marked = true
			case (s == 0 || !an.lowWord("incdef", s-1)) && !an.relativeAt(i+1) && !an.namesIn(i+1, end):
				// a bare plural is generic unless a name or a date marks
				// it: not "intrusions against foreign governments"
				continue
			}
		}
		// an indefinite article makes a name before the noun a description:
		// "a Russophobic campaign"
		if capWord >= 0 && named < 0 && s > 0 && an.lowWord("incindef", s-1) && !an.hasDate(s, i) {
			marked, capWord = false, -1
		}
		// incidents their victim reports or suffers are events of their
		// own: "X and Y sustained three ransomware attacks"
		if !marked && an.ownedPhrase(s, i) {
			marked = true
		}
		// a quantity of events with nothing of its own is events, named
		// from the quantity noun: "a series of job lure phishing attacks
		// since 2016", not "a series of attacks, including X" (the
		// examples are the events)
		if !marked && !comp && an.plural(i) && !an.examplesAfter(i+1, si) {
			if q := an.seriesOf(s, si); q >= 0 {
				marked, s = true, q-1
			}
		}
		noun := an.normNoun(an.low[i])
		definite := s > 0 && an.sentOf[s-1] == si && an.lowWord("incdef", s-1) || det == "'s"
		// a relative clause of hitting after a complement names a victim:
		// "the attacks that cut power in parts of Ukraine"
		relVictim := -1
		if comp {
			relVictim = an.relativeVictim(i, end)
		}
		if !marked {
			if !comp && !definite {
				continue // a generic or hypothetical one: "a cyberattack could ..."
			}
			if !comp && !an.lowWord("incevent", i) {
				// "the attack": the earlier pass reads cyber anaphors, but
				// not back to the phrases read here: "the theft of
				// personnel records" ... "the theft"
				if ref := an.phraseWithNoun(recent, heads, noun); ref >= 0 && an.addMention(ref, s-1, i+1, "anaphor") >= 0 {
					recent = append(recent, ref)
				}
				continue
			}
			if !comp && i+1 < len(an.toks) && an.lowWord("incpost", i+1) {
				continue // "the attacks during the election": no bare reference
			}
			// with nothing naming it, an incident with the noun of one
			// already read is that one: "the attack on government
			// computers" after "the attack on Costa Rica"
			ref := an.incidentWithHead(recent, heads, byHead, noun)
			if comp && ref >= 0 && !an.sameNoun(ref, heads, noun) {
				ref = -1
			}
			if comp && ref >= 0 && len(an.ents[ref].target) == 0 && len(an.complementVictims(i, end)) > 0 {
				// a victim named for an incident known by none is
				// another event: "the theft of records from X" after
				// "one of the largest thefts of personal data"
				ref = -1
			}
			if ref >= 0 && relVictim >= 0 && !slices.Contains(an.ents[ref].target, relVictim) {
				// a victim the one in focus did not hit: another attack
				ref = -1
			}
			indef := an.indefinite(s)
			if indef {
				ref = -1 // "an attack that ..." is a new one
				if comp {
					// unless in apposition to one: "the hacking of X in
					// May, an intrusion that planted ..."
					ref = an.appositionIncident(s)
				}
			}
			if ref < 0 && an.lowWord("incgeneric", i) && len(recent) > 0 && !(indef && comp) {
				ref = recent[len(recent)-1] // "the operation": the one in focus
			}
			if ref >= 0 {
				first := s
				if definite && det != "'s" {
					first = s - 1
				}
				// a complement naming its victim is read over the name:
				// "the killing of journalist X" after "the X killing"
				victims := an.phraseVictims(i, end)
				add := an.addMention
				if len(victims) > 0 {
					add = an.replaceMentions
				}
				if add(ref, first, end, "anaphor") >= 0 {
					// read as this sentence holds it: "Russia never
					// carried out attacks against X" names no plain victim
					pol, mod := an.polarity(si, an.clauseStart(first), first)
					for _, v := range victims {
						an.claim(ref, schema.Targets, v, "", si, pol, mod, -1)
					}
					recent = append(recent, ref)
					i = end - 1
				}
				continue
			}
		}
		// an unknown name an incident was already named with marks the
		// same incident: "the Microsoft Exchange hack" ... "the Exchange
		// attack"
		// so does a year alone: "the 2015 blackout" after "the December
		// 2015 assault on the grid"
		if capWord < 0 && named < 0 && !comp {
			for k := s; k < i; k++ {
				if isYear(an.low[k]) {
					capWord = k
				}
			}
		}
		if capWord >= 0 && !comp {
			if ref := words.latest(an, recent, an.toks[capWord].Text); ref >= 0 {
				if an.addMention(ref, s, i+1, "name") >= 0 {
					recent = append(recent, ref)
				}
				continue
			}
		}
		// the same noun with the same marks is the same incident; a body
		// named before the noun is its victim, as the earlier pass keys it
		var key strings.Builder
		key.WriteString("phrase:" + noun)
		if !marked {
			key.WriteString("\x00" + itoa(i))
		}
		if named >= 0 && an.ents[named].typ == schema.Organization {
			key.Reset()
			key.WriteString("target:" + an.ents[named].name)
		}
		for k := s; k < end; k++ {
			if k == i || an.toks[k].Kind != Word || an.lowWord("stop", k) || an.lowWord("det", k) {
				continue
			}
			key.WriteString(" " + an.low[k])
		}
		name := strings.TrimSpace(an.incName(s, end))
		victims := an.phraseVictims(i, end)
		if relVictim >= 0 && !slices.Contains(victims, relVictim) {
			victims = append(victims, relVictim)
		}
		ei := an.incident(key.String(), name)
		if an.replaceMentions(ei, s, end, "name") < 0 {
			continue
		}
		heads[ei] += " " + noun
		recent = append(recent, ei)
		for _, v := range victims {
			an.addTarget(ei, v)
		}
		i = end - 1
	}
	an.mergeIncidents()
	an.incidentOwners()
	an.incidentActors()
	an.chargedActors()
	an.incidentClauses()
}

// incidentActors reads who an incident is attributed to from the words
// around its phrase: an agent right after it ("the hack of Sony Pictures
// by North Korea", "drills by South Korea and the United States"), a
// subject that claims it ("X claimed responsibility for the attack":
// classes attribclaim and attribnoun before "for"), a name right before
// "behind" (class attribbehind: "Lazarus, the group behind the heist" is
// not, "APT28 behind the attack" is) and a link after it ("the attack
// was linked to X": class attriblink before "to"). The actors are states
// named as such, bodies and persons; the negation and hedge cues of the
// sentence count.
func (an *analysis) incidentActors() {
	for _, m := range an.ments {
		if an.stopped() {
			return
		}
		e := m.ent
		if e < 0 || an.ents[e].typ != schema.Incident {
			continue
		}
		si := an.sentOf[m.first]
		lo, hi := an.sents[si].First, an.sents[si].End
		var actors []int
		at := m.first
		// "INC by X"
		if k := m.end; k+1 < hi && an.tokM[k] == -1 && an.lowWord("agentprep", k) {
			actors = an.actorsFrom(k+1, hi)
		}
		// "INC was linked to X"
		if k := m.end; len(actors) == 0 && k < hi {
			for k < hi && k < m.end+3 && an.tokM[k] == -1 && (an.lowWord("beaux", k) || an.lowWord("skip", k) || an.isAdverb(an.low[k])) {
				k++
			}
			if k+1 < hi && an.tokM[k] == -1 && an.lowWord("attriblink", k) && an.low[k+1] == "to" {
				actors, at = an.actorsFrom(k+2, hi), k
			}
		}
		// "X claimed responsibility for INC", "X behind INC"
		if len(actors) == 0 {
			k := m.first - 1
			for k >= lo && k >= m.first-2 && an.tokM[k] == -1 && an.lowWord("det", k) {
				k--
			}
			switch {
			case k-2 >= lo && an.low[k] == "for" && an.lowWord("attribnoun", k-1) && an.lowWord("attribclaim", k-2):
				at = k - 2
				actors = an.subjectBefore(k-2, lo)
			case k >= lo && an.tokM[k] == -1 && an.lowWord("attribclaim", k) && !an.lowWord("attribtake", k) && an.clauseEnds(m.end, hi):
				// "Cuba ransomware had claimed an attack on the parliament",
				// not "X claimed the attack was ..."
				at = k
				actors = an.subjectBefore(k, lo)
			case k-1 >= lo && an.tokM[k] == -1 && an.lowWord("attribbehind", k):
				if sm := an.mentAt(k - 1); sm >= 0 && an.attribOK(sm) {
					actors = []int{an.ments[sm].ent}
				}
				at = k
			}
		}
		var pol schema.Polarity
		var mod schema.Modality
		if len(actors) > 0 {
			pol, mod = an.polarity(si, an.clauseStart(at), at)
		} else {
			actors, pol, mod = an.treeActors(si, m)
		}
		if len(actors) == 0 {
			continue
		}
		for _, a := range actors {
			if !slices.Contains(an.ents[e].target, a) {
				an.claim(e, schema.AttributedTo, a, "", si, pol, mod, -1)
			}
		}
	}
}

// treeActors reads from the parse who carries out the incident of mention
// m: the subject of a verb of class incagentlemma whose object heads the
// incident's phrase, or is the quantity noun right before its "of" ("X
// has been running a series of attacks"), or of
// the incident's own gerund of class incselflemma ("X was caught hacking
// into Y's computers"), through control and coordination as the frame
// stage finds subjects; a state by its name, a body or a person, with the
// polarity and modality of the verb.
func (an *analysis) treeActors(si int, m ment) ([]int, schema.Polarity, schema.Modality) {
	if !an.lemmaIn(si, "incagentlemma") && !an.lemmaIn(si, "incselflemma") || !an.mayActVerb(si, m) {
		return nil, schema.Asserted, schema.Stated
	}
	p := an.tree(si)
	if p == nil {
		return nil, schema.Asserted, schema.Stated
	}
	s := p.s
	h := -1 // the word heading the phrase
	for k := m.first; k < m.end && h < 0; k++ {
		w := p.wordAt(k)
		if w < 0 {
			continue
		}
		if hd := s.Words[w].Head; hd < 0 || p.tok[hd] < m.first || p.tok[hd] >= m.end {
			h = w
		}
	}
	if h < 0 {
		return nil, schema.Asserted, schema.Stated
	}
	// a quantity of incidents: "a series of attacks", "a wave of
	// intrusions"
	if g := s.Words[h].Head; g >= 0 && g < h && syntax.HasLabel(s.Words[h].Deprel, "nmod") && syntax.HasLabel(s.Words[g].Deprel, "obj") {
		if c := s.Dependent(h, "case"); c >= 0 && an.lowWord("ofprep", p.tok[c]) && p.tok[g] == m.first-2 {
			h = g
		}
	}
	v := -1
	switch lemma := strings.ToLower(s.Words[h].Lemma); {
	case s.Words[h].XPOS == "VBG" && an.lex.word("incselflemma", lemma):
		v = h
	case syntax.HasLabel(s.Words[h].Deprel, "obj") && s.Words[h].Head >= 0 && an.lex.word("incagentlemma", strings.ToLower(s.Words[s.Words[h].Head].Lemma)):
		v = s.Words[h].Head
	}
	if v < 0 || !an.ownClause(p, v) {
		return nil, schema.Asserted, schema.Stated
	}
	var out []int
	for _, a := range an.subjectsOf(p, v) {
		if an.attribEnt(a, si) {
			out = append(out, a)
		}
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	return out, pol, mod
}

// mayActVerb reports whether the tags of sentence si leave treeActors a
// verb to read for mention m: a word of lemma incagentlemma, or a gerund
// of lemma incselflemma in the mention or the quantity noun before it.
func (an *analysis) mayActVerb(si int, m ment) bool {
	p := an.tagged(si)
	if p == nil {
		return false
	}
	for w, word := range p.s.Words {
		lemma := strings.ToLower(word.Lemma)
		if an.lex.word("incagentlemma", lemma) {
			return true
		}
		if k := p.tok[w]; k >= m.first-2 && k < m.end && word.XPOS == "VBG" && an.lex.word("incselflemma", lemma) {
			return true
		}
	}
	return false
}

// ownClause reports whether the verb v stands in a clause that asserts
// it: not one a noun governs ("denied a report that it had orchestrated
// the hack"; an adverbial clause of a noun is a misparse), nor a clause whose object would do it but names no actor,
// nor one an active verb of class chargeverb governs ("accused the four
// of running a campaign").
func (an *analysis) ownClause(p *parsed, v int) bool {
	s := p.s
	subj := false // a subject was passed: an object above does not do it
	for n, steps := v, 0; n >= 0 && steps < 8; steps++ {
		h := s.Words[n].Head
		if h < 0 {
			return true
		}
		subj = subj || s.Dependent(n, "nsubj") >= 0
		d := s.Words[n].Deprel
		switch {
		case d == "acl" || (syntax.HasLabel(d, "ccomp") || syntax.HasLabel(d, "advcl")) && (s.Words[h].UPOS == "NOUN" || s.Words[h].UPOS == "PROPN"):
			return false
		case !subj && syntax.HasLabel(d, "advcl"):
			if o := s.Dependent(h, "obj"); o >= 0 && o < n && len(an.wordEnts(p, o)) == 0 {
				return false
			}
			// the accuser of an active charge verb does not do it: "X
			// accused the four of running ..."; the passive's subject
			// does: "X was charged with hacking ..."
			if s.Dependent(h, "nsubj:pass") < 0 && an.lowWord("chargeverb", p.tok[h]) {
				return false
			}
		}
		n = h
	}
	return true
}

// attribEnt reports whether entity a may carry out an incident of
// sentence si: a body or a person, or a state the sentence names as such
// (attribOK).
func (an *analysis) attribEnt(a, si int) bool {
	switch an.ents[a].typ {
	case schema.Organization, schema.Person, schema.Official:
		return true
	case schema.State:
		for k := an.sents[si].First; k < an.sents[si].End; k++ {
			if m := an.tokM[k]; m >= 0 && an.ments[m].ent == a && an.ments[m].first == k && an.attribOK(m) {
				return true
			}
		}
	}
	return false
}

// attribOK reports whether mention m names an actor an incident may be
// attributed to: a state by its name (not a demonym nor a state word
// modifying a noun: "Russian hackers"), a body or a person.
func (an *analysis) attribOK(m int) bool {
	mm := an.ments[m]
	if mm.ent < 0 {
		return false
	}
	switch an.ents[mm.ent].typ {
	case schema.State:
		return mm.form != "demonym" && !an.nationalModifier(m)
	case schema.Organization, schema.Person, schema.Official:
		return !an.nameModifier(mm.end, min(len(an.toks), mm.end+4)) || an.ents[mm.ent].typ == schema.Organization && an.ownDescription(mm.end)
	}
	return false
}

// ownDescription reports whether the lower-case words from token n end in
// a noun that describes a body as what it is (words.tsv agencyhead,
// groupnoun, gangnoun), so that a name before them names the body they
// describe: "Russia's GRU military intelligence agency", "the Conti
// ransomware gang".
func (an *analysis) ownDescription(n int) bool {
	last := -1
	for q := n; q < len(an.toks) && q < n+4 && an.sentOf[q] == an.sentOf[n-1]; q++ {
		if an.toks[q].Kind != Word || an.tokM[q] != -1 || isCap(an.toks[q].Text) || an.lowWord("stop", q) || an.lowWord("prep", q) {
			break
		}
		last = q
	}
	return last >= 0 && (an.lowWord("agencyhead", last) || an.lowWord("groupnoun", last) || an.lowWord("gangnoun", last))
}

// actorsFrom reads the actors named from token k, past "the": one, or a
// list "X and Y", "X, Y and Z".
func (an *analysis) actorsFrom(k, hi int) []int {
	var out []int
	for n := 0; n < 6 && k < hi; n++ {
		if an.low[k] == "the" && an.tokM[k] == -1 {
			k++
		}
		m := an.mentAt(k)
		if m < 0 || an.ments[m].first != k || !an.attribOK(m) {
			break
		}
		out = append(out, an.ments[m].ent)
		k = an.ments[m].end
		if k+1 < hi && an.tokM[k] == -1 && (an.lowWord("orglist", k) || an.toks[k].Text == ",") {
			k++
			if k < hi && an.lowWord("orglist", k) && an.tokM[k] == -1 {
				k++
			}
			continue
		}
		break
	}
	return out
}

// subjectBefore is the subject of the verb at token v: the actors named
// right before it, past auxiliaries and adverbs, or the one a pronoun
// ("it", "they") stands for.
func (an *analysis) subjectBefore(v, lo int) []int {
	j := v - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	if j < lo {
		return nil
	}
	if sm := an.mentAt(j); sm >= 0 && an.ments[sm].end == j+1 {
		var out []int
		for _, a := range an.withCoord(sm) {
			if t := an.ents[a].typ; t != schema.Incident && t != schema.Topic {
				out = append(out, a)
			}
		}
		if !an.attribOK(sm) {
			return nil
		}
		return out
	}
	if an.tokM[j] == -1 && (an.low[j] == "it" || an.low[j] == "they") {
		if a := an.resolvePronoun(an.low[j], j); a >= 0 {
			return []int{a}
		}
	}
	return nil
}

// incidentOwners reads the victim that reports or suffers an incident with
// no victim of its own: the subject of a verb of class incownverb right
// before the incident's phrase ("Equifax disclosed a data breach", "X
// and Y sustained three ransomware attacks", "the bank said it suffered
// an intrusion"), a body or a state, or the one "it" stands for. A noun of
// class incnotown names no victim so ("ESET reported a new campaign").
func (an *analysis) incidentOwners() {
	for _, m := range an.ments {
		if an.stopped() {
			return
		}
		e := m.ent
		if e < 0 || an.ents[e].typ != schema.Incident || len(an.ents[e].target) > 0 || an.nameFamily(an.ents[e].name) == "military" {
			continue
		}
		own := true
		for k := m.first; k < m.end; k++ {
			if an.lowWord("incnotown", k) {
				own = false
			}
		}
		if !own {
			continue
		}
		si := an.sentOf[m.first]
		lo := an.sents[si].First
		k := m.first - 1
		for k >= lo && k >= m.first-3 && an.tokM[k] == -1 && (an.lowWord("det", k) || an.toks[k].Kind == Number) {
			k--
		}
		if k < lo || an.tokM[k] != -1 || !an.lowWord("incownverb", k) {
			continue
		}
		verb := k
		j := k - 1
		for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
			j--
		}
		if j < lo {
			continue
		}
		var victims []int
		if r := an.rankedSubject(verb, lo, true); r > lo {
			// "X is the latest company to disclose a breach"
			victims = an.rankedVictims(r, lo)
		} else if sm := an.mentAt(j); sm >= 0 && an.ments[sm].end == j+1 {
			if p := an.ments[sm].first - 1; p >= lo && (an.lowWord("prep", p) || an.low[p] == "the" && p > lo && an.lowWord("prep", p-1)) {
				continue // "attacks on X reported ..."
			}
			for _, v := range an.withCoord(sm) {
				if an.ownerOK(v) && !an.nationalModifier(sm) && an.ments[sm].form != "demonym" {
					victims = append(victims, v)
				}
			}
		} else if an.tokM[j] == -1 && an.low[j] == "it" {
			if v := an.itSubject(j); v >= 0 && an.ownerOK(v) {
				victims = append(victims, v)
			}
		} else if b := an.capStart(j, lo); b >= 0 && an.nameStarts(b, lo) {
			// an unknown name, not the complement of a longer one:
			// "Palomar College disclosed an attack", not "the College of
			// Southern Idaho reported"
			if v := an.nameBefore(j+1, lo); v >= 0 && an.ownerOK(v) {
				victims = append(victims, v)
			}
		}
		if len(victims) == 0 {
			continue
		}
		pol, mod := an.polarity(si, an.clauseStart(verb), verb)
		for _, v := range victims {
			an.claim(e, schema.Targets, v, "", si, pol, mod, -1)
		}
	}
}

// ownedPhrase reports whether the incident phrase [s, i] stands right
// after a verb of class incownverb, past one to three indefinite
// determiners or numbers (not "the": class incdef), whose
// subject is a body or a state named right before it, as incidentOwners
// reads them: "X sustained three attacks", "X and Y reported two
// breaches". A noun of class incnotown is observed, not owned.
func (an *analysis) ownedPhrase(s, i int) bool {
	if an.lowWord("incnotown", i) {
		return false
	}
	si := an.sentOf[i]
	lo := an.sents[si].First
	k := s - 1
	for k >= lo && k >= s-3 && an.tokM[k] == -1 && (an.lowWord("det", k) || an.toks[k].Kind == Number) {
		k--
	}
	if k < lo || k == s-1 || an.tokM[k] != -1 || !an.lowWord("incownverb", k) || an.lowWord("incdef", k+1) {
		return false // "X reported the theft" refers back
	}
	if r := an.rankedSubject(k, lo, true); r > lo {
		return len(an.rankedVictims(r, lo)) > 0 // "X is the latest firm to disclose a breach"
	}
	j := k - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	sm := an.mentAt(j)
	if j < lo || sm < 0 || an.ments[sm].end != j+1 || an.ments[sm].form == "demonym" || an.nationalModifier(sm) {
		return false
	}
	return an.ownerOK(an.ments[sm].ent)
}

// ownerOK reports whether entity v can report an incident as its victim:
// a body other than a hacker group, or a state.
func (an *analysis) ownerOK(v int) bool {
	t := an.ents[v].typ
	return (t == schema.Organization || t == schema.State) && an.ents[v].kind != "group"
}

// mergeIncidents makes one incident of two named by the same name word (a
// capitalised word of their mentions or a word of a victim's name, first
// five letters compared, not a state's, a hacker group's or a month's
// name): "the Kaseya attack" ...
// "the Kaseya ransomware attack", "the Marriott intrusion" ... "the
// Marriott hack", when they are the same kind of event, are dated by no two
// different years and hit no two different victims. The later one goes
// into the earlier.
func (an *analysis) mergeIncidents() {
	type incInfo struct {
		first int
		words map[string]bool
		years map[string]bool
	}
	// words of states, demonyms and groups never tie two incidents
	banned := map[string]bool{}
	for _, m := range an.ments {
		if m.ent < 0 {
			continue
		}
		if e := an.ents[m.ent]; e.typ == schema.State || e.typ == schema.Organization && e.kind == "group" {
			for k := m.first; k < m.end; k++ {
				banned[nameStem(an.low[k])] = true
			}
		}
	}
	for i := range an.ents {
		if e := an.ents[i]; e.typ == schema.State || e.typ == schema.Organization && e.kind == "group" {
			for _, x := range e.extra {
				for _, w := range strings.Fields(strings.ToLower(x.Text)) {
					banned[nameStem(w)] = true
				}
			}
		}
	}
	info := map[int]*incInfo{}
	var order []int
	add := func(e int, pos int, toks []Token) {
		in := info[e]
		if in == nil {
			in = &incInfo{first: pos, words: map[string]bool{}, years: map[string]bool{}}
			info[e] = in
			order = append(order, e)
		}
		in.first = min(in.first, pos)
		for _, t := range toks {
			w := t.Text
			switch {
			case isYear(w):
				in.years[w] = true
			case t.Kind == Word && isCap(w) && len(w) >= 3 && !an.lex.word("nonname", w) && !monthName(w) && !banned[nameStem(strings.ToLower(w))]:
				in.words[nameStem(strings.ToLower(w))] = true
			}
		}
	}
	for _, m := range an.ments {
		if m.ent >= 0 && an.ents[m.ent].typ == schema.Incident {
			add(m.ent, m.first, an.toks[m.first:m.end])
		}
	}
	// so do the names of its victims: "the intrusion" of "Marriott"
	for e, in := range info {
		for _, v := range an.ents[e].target {
			if an.ents[v].typ != schema.State {
				for _, w := range strings.Fields(strings.ToLower(an.ents[v].name)) {
					if len(w) >= 3 && !banned[nameStem(w)] && !an.lex.word("stop", w) && !an.lex.word("particle", w) {
						in.words[nameStem(w)] = true
					}
				}
			}
		}
	}
	if len(order) < 2 {
		return
	}
	sort.Slice(order, func(a, b int) bool { return info[order[a]].first < info[order[b]].first })
	into := map[int]int{}
	for bi, b := range order {
		for _, a := range order[:bi] {
			if _, gone := into[a]; gone {
				continue
			}
			if an.sameIncident(a, b, info[a].words, info[b].words, info[a].years, info[b].years) {
				if an.properIncident(b) && !an.properIncident(a) {
					// the proper name stays: "the Olympics attack" ...
					// "Olympic Destroyer"
					an.ents[a].name = an.ents[b].name
				}
				into[b] = a
				for w := range info[b].words {
					info[a].words[w] = true
				}
				for y := range info[b].years {
					info[a].years[y] = true
				}
				break
			}
		}
	}
	if len(into) == 0 {
		return
	}
	for m := range an.ments {
		if a, ok := into[an.ments[m].ent]; ok && an.ments[m].ent >= 0 {
			an.ments[m].ent = a
		}
	}
	for b, a := range into {
		eb := &an.ents[b]
		an.ents[a].extra = append(an.ents[a].extra, eb.extra...)
		for _, v := range eb.target {
			an.addTarget(a, v)
		}
		for _, v := range eb.actor {
			an.addActor(a, v)
		}
		eb.extra, eb.target, eb.actor = nil, nil, nil
	}
	for k, e := range an.byKey {
		if a, ok := into[e]; ok {
			an.byKey[k] = a
		}
	}
}

// sameIncident reports whether incidents a and b, with the name words and
// years given, are one event (see mergeIncidents).
func (an *analysis) sameIncident(a, b int, wa, wb, ya, yb map[string]bool) bool {
	shared := false
	for w := range wb {
		if wa[w] {
			shared = true
			break
		}
	}
	if !shared || an.nameFamily(an.ents[a].name) != an.nameFamily(an.ents[b].name) {
		return false
	}
	if len(ya) > 0 && len(yb) > 0 {
		same := false
		for y := range yb {
			if ya[y] {
				same = true
			}
		}
		if !same {
			return false
		}
	}
	if len(an.ents[a].target) > 0 && len(an.ents[b].target) > 0 {
		for _, v := range an.ents[b].target {
			if !slices.Contains(an.ents[a].target, v) {
				return false
			}
		}
	}
	return true
}

// properIncident reports whether incident e is named by a proper name of
// incidents.tsv ("WannaCry").
func (an *analysis) properIncident(e int) bool {
	i, ok := an.byKey["inc\x00named:"+an.ents[e].name]
	return ok && i == e
}

// nameStem is the first five letters of a lower-case word, as incidents
// are compared by their name words ("olympic", "olympics").
func nameStem(w string) string {
	if r := []rune(w); len(r) > 5 {
		return string(r[:5])
	}
	return w
}

// complementVictims is what the complement [i+1, end) of the incident
// noun at token i names after a preposition of its victim (class
// incvicprep: "the attack on the parliament's systems", "a spree on hotel
// chains including X and Y", a word of class incvickeep keeping the
// reading; "from" after a noun of a theft or a breach,
// "of" right after a noun of class incofvictim: "the killing of
// journalist X"), read before the phrase's mention covers it: the targets
// of the incident, bodies, states and persons, not
// hacker groups nor a state word modifying a noun ("UK firms"). Another
// preposition ends the reading, except "of" after an asset noun ("the
// servers of X") or a determiner ("one of its servers") and a name modifying a common noun ("the Gulf energy
// companies", but "the Sony network"); the preposition stands right after the noun, but for
// "from" ("the theft of records from X"): a later one is another noun's
// ("a campaign of pressure on X").
func (an *analysis) complementVictims(i, end int) []int {
	var vs []int
	on := false
	for k := i + 1; k < end; k++ {
		if m := an.mentAt(k); m >= 0 {
			mm := an.ments[m]
			if on && mm.ent >= 0 && an.ents[mm.ent].typ.IsActor() && an.ents[mm.ent].kind != "group" && !an.nationalModifier(m) && mm.form != "demonym" && !an.nameModifier(mm.end, end) {
				vs = append(vs, mm.ent)
			}
			k = mm.end - 1
			continue
		}
		switch w := an.low[k]; {
		case on && (k == i+2 || k == i+4 && an.lowWord("det", i+2) && an.low[i+3] == "of") && an.lowWord("possessive", k):
			// "the attack on its network": whom the pronoun stands for
			if v := an.resolvePronoun(w, k); v >= 0 && an.ents[v].typ.IsActor() && an.ents[v].kind != "group" {
				vs = append(vs, v)
			}
		case an.lowWord("incvicprep", k) && k == i+1:
			on = true
		case an.lowWord("incvickeep", k):
		case w == "from" && an.victimNoun(an.low[i]):
			on = true
		case an.lowWord("incof", k) && (k == i+1 && an.lowWord("incofvictim", i) || an.lowWord("asset", k-1) || k == i+3 && an.lowWord("det", i+2)):
			on = on || k == i+1
		case an.lex.word("prep", w):
			on = false
		}
	}
	return vs
}

// phraseVictims are the victims the phrase of the incident noun at token
// i names: those of its complement [i+1, end) and those listed on past
// it (keptVictims).
func (an *analysis) phraseVictims(i, end int) []int {
	return append(an.complementVictims(i, end), an.keptVictims(i, end)...)
}

// keptVictims are the victims listed on past the end of the complement
// [i+1, end) of the incident noun at token i when a word of class
// incvickeep after its victim preposition opened the list and a comma
// ended the phrase in it: "a spree on hotel chains including X, Y, and Z"
// (victimsJoined reads ", Y, and Z").
func (an *analysis) keptVictims(i, end int) []int {
	if end >= len(an.toks) || an.tokM[end] != -1 || an.low[end] != "," || !an.lowWord("incvicprep", i+1) {
		return nil
	}
	m := an.mentAt(end - 1)
	if m < 0 || an.ments[m].end != end {
		return nil
	}
	for k := i + 2; k < an.ments[m].first; k++ {
		if an.tokM[k] == -1 && an.lowWord("incvickeep", k) {
			return an.victimsJoined(end)
		}
	}
	return nil
}

// incHead reports whether token i is a noun that may head an incident's
// phrase.
func (an *analysis) incHead(i int) bool {
	if an.toks[i].Kind != Word || isCap(an.toks[i].Text) {
		return false
	}
	return an.lex.incNoun[an.low[i]] != "" || an.lowWord("incevent", i)
}

// incComplement is the end of the phrase after an incident noun's
// preposition or relative word, from token k: up to ten words, ending
// before punctuation, a reporting word, a pronoun or an incident noun; k
// if none.
func (an *analysis) incComplement(i, k int) int {
	e := k
	si := an.sentOf[k]
	named := false
	for e < len(an.toks) && e < k+10 && an.sentOf[e] == si {
		t := an.toks[e]
		if m := an.mentAt(e); m >= 0 {
			// an official owning what was hit is named in it: "the
			// operation against the election campaign of X"
			owned := e-2 >= k && an.lowWord("ofprep", e-1) && an.lowWord("asset", e-2)
			if an.ents[an.ments[m].ent].typ == schema.Official && !owned || an.ents[an.ments[m].ent].typ == schema.Incident {
				break
			}
			e = an.ments[m].end
			named = true
			continue
		}
		if named && an.lowWord("inccomp", e) {
			break // "the attack on X on the gang": one phrase a name ends
		}
		// a possessive pronoun right after a victim preposition opens the
		// complement: "the attack on its network", "a breach at one of
		// its systems"
		ownPron := an.lowWord("possessive", e) && an.lowWord("incvicprep", k-1) && (e == k || e == k+2 && an.lowWord("det", k) && an.low[k+1] == "of")
		if an.tokM[e] != -1 || t.Kind == Punct && t.Text != "-" || an.lowWord("report", e) || an.lowWord("pronoun", e) && !ownPron || an.incHead(e) && e > k && !an.nounEnds(e) || an.lowWord("relative", e) {
			break
		}
		// a time is no complement: "on Wednesday", "at the time"
		if e == k || e == k+1 && an.lowWord("det", k) {
			if an.textWord("nonname", e) || an.lowWord("timenoun", e) {
				return k
			}
		}
		e++
	}
	e = an.dateAfter(an.phraseEnd(i, e), e)
	// the phrase never ends in a function word
	for e > k && (an.lowWord("stop", e-1) || an.lowWord("det", e-1) || an.lowWord("inccomp", e-1) || an.lowWord("orglist", e-1)) {
		e--
	}
	return e
}

// blamedObject reports whether the phrase starting at token s is the
// object of a verb that puts an incident "on" its author (words.tsv
// blameon), after a determiner at most: "blamed the hack on X", not
// "blamed X for attacks on Y".
func (an *analysis) blamedObject(s int) bool {
	k := s - 1
	if k >= 0 && an.lowWord("det", k) {
		k--
	}
	return k >= 0 && an.sentOf[k] == an.sentOf[s] && an.lowWord("blameon", k)
}

// bareAt reports whether the phrase starting at token s has no
// determiner, possessor or number before it.
func (an *analysis) bareAt(s int) bool {
	if s == 0 || an.sentOf[s-1] != an.sentOf[s] {
		return true
	}
	return an.toks[s-1].Kind == Word && !an.lowWord("det", s-1) && !an.lowWord("incdef", s-1) && !an.lowWord("possessive", s-1)
}

// dateAfter extends a phrase ending at token e, the parse's end, over the
// years right after it, before hi, that the parse hangs on the verb: "in
// 2009 and 2011" after "cyberattacks on government websites".
func (an *analysis) dateAfter(e, hi int) int {
	if e+1 >= hi || !an.lowWord("dateprep", e) || !isYear(an.low[e+1]) {
		return e
	}
	e += 2
	for e+1 < hi && an.lowWord("conj", e) && isYear(an.low[e+1]) {
		e += 2
	}
	return e
}

// incidentWithHead is the latest incident named by the noun before, else
// the latest of the same kind of event for a noun of a cyber incident;
// -1 if none.
func (an *analysis) incidentWithHead(recent []int, heads map[int]string, byHead *incHeads, noun string) int {
	if e := byHead.latest(an, recent, heads, noun); e >= 0 {
		return e
	}
	if an.lex.incNoun[noun] == "cyber" {
		return an.anaphorTarget(recent, noun)
	}
	if an.lex.word("inckilling", noun) {
		// "the murder" after "the killing of X"
		for r := len(recent) - 1; r >= 0; r-- {
			for _, h := range strings.Fields(heads[recent[r]] + " " + an.ents[recent[r]].name) {
				if an.lex.word("inckilling", h) {
					return recent[r]
				}
			}
		}
	}
	return -1
}

// appositionIncident is the incident named within eight words before the
// comma that ends before the indefinite article opening the phrase at
// token s, with no punctuation between: the phrase stands in apposition
// to it; -1 if none.
func (an *analysis) appositionIncident(s int) int {
	c := s - 2 // the comma, before the article
	for c > 0 && !an.lowWord("incindef", c+1) && c > s-4 {
		c--
	}
	if c < 1 || an.toks[c].Text != "," || an.sentOf[c] != an.sentOf[s] {
		return -1
	}
	for k := c - 1; k >= 0 && k >= c-8 && an.sentOf[k] == an.sentOf[c]; k-- {
		if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.Incident {
			return e
		}
		if an.toks[k].Kind == Punct {
			return -1
		}
	}
	return -1
}

// relativeAt reports whether token k opens a relative clause.
func (an *analysis) relativeAt(k int) bool {
	return k < len(an.toks) && an.lowWord("relative", k)
}

// namesIn reports whether tokens [k, end) name something: a mention or a
// year.
func (an *analysis) namesIn(k, end int) bool {
	for ; k < end; k++ {
		if an.mentAt(k) >= 0 || isYear(an.low[k]) {
			return true
		}
	}
	return false
}

// plural reports whether the incident noun at token k is a plural.
func (an *analysis) plural(k int) bool {
	w := an.low[k]
	return len(w) > 3 && w[len(w)-1] == 's' && (an.lex.incNoun[w[:len(w)-1]] != "" || an.lowWord("incevent", k) && an.lex.word("incevent", w[:len(w)-1]))
}

// indefinite reports whether an indefinite article opens the phrase
// before token s, over up to two lower-case words: "an email phishing
// attack".
func (an *analysis) indefinite(s int) bool {
	for k := s - 1; k >= 0 && k >= s-3 && an.sentOf[k] == an.sentOf[s]; k-- {
		if an.lowWord("incindef", k) {
			return true
		}
		if an.tokM[k] != -1 || an.toks[k].Kind != Word || isCap(an.toks[k].Text) {
			return false
		}
	}
	return false
}

// nounEnds reports whether the noun at token k ends its phrase: what
// follows is no word, or a word of no noun compound.
func (an *analysis) nounEnds(k int) bool {
	n := k + 1
	return n >= len(an.toks) || an.toks[n].Kind != Word || an.sentOf[n] != an.sentOf[k] || an.lowWord("stop", n) || an.lowWord("inccomp", n)
}

// incHeads indexes the incidents of the recent list by the head nouns they
// were named by and the words of their names, so that the latest incident
// with a noun is found without reading the whole list again: heads only
// grow, and an incident whose heads grow is put on the list again.
type incHeads struct {
	ents map[string]map[int]bool // word -> the incidents with it
	pos  map[int]int             // incident -> its latest place in the recent list
	seen int                     // places of the recent list read
}

func newIncHeads() *incHeads {
	return &incHeads{ents: map[string]map[int]bool{}, pos: map[int]int{}}
}

// latest is the latest incident of recent whose heads or name hold noun
// as a word; -1 if none.
func (h *incHeads) latest(an *analysis, recent []int, heads map[int]string, noun string) int {
	for ; h.seen < len(recent); h.seen++ {
		e := recent[h.seen]
		h.pos[e] = h.seen
		for _, w := range append(strings.Split(heads[e], " "), strings.Split(an.ents[e].name, " ")...) {
			set := h.ents[w]
			if set == nil {
				set = map[int]bool{}
				h.ents[w] = set
			}
			set[e] = true
		}
	}
	best, at := -1, -1
	for e := range h.ents[noun] { // places are distinct: the order does not matter
		if p := h.pos[e]; p > at {
			best, at = e, p
		}
	}
	return best
}

// incWords indexes the incidents by the words of their mentions, so that
// the latest incident named with a word is found without reading every
// mention again: the index only grows, as mentions are only added (a
// mention taken over by a wider one stays on its entity as a surface
// form).
type incWords struct {
	ents map[string]map[int]bool // word -> the incidents with a mention holding it
	done int                     // mentions indexed
	pos  map[int]int             // incident -> its latest place in the recent list
	seen int                     // places of the recent list read into pos
}

// newIncWords indexes the mentions so far and the surface forms the
// incidents keep.
func (an *analysis) newIncWords() *incWords {
	w := &incWords{ents: map[string]map[int]bool{}, pos: map[int]int{}}
	for e := range an.ents {
		if an.ents[e].typ != schema.Incident {
			continue
		}
		for _, x := range an.ents[e].extra {
			for _, f := range strings.Fields(x.Text) {
				w.add(f, e)
			}
		}
	}
	return w
}

func (w *incWords) add(word string, e int) {
	h := w.ents[word]
	if h == nil {
		h = map[int]bool{}
		w.ents[word] = h
	}
	h[e] = true
}

// latest is the latest incident of recent one of whose mentions holds
// the word; -1 if none.
func (w *incWords) latest(an *analysis, recent []int, word string) int {
	for ; w.done < len(an.ments); w.done++ {
		m := an.ments[w.done]
		if m.ent < 0 || an.ents[m.ent].typ != schema.Incident {
			continue
		}
		for k := m.first; k < m.end; k++ {
			w.add(an.toks[k].Text, m.ent)
		}
	}
	for ; w.seen < len(recent); w.seen++ {
		w.pos[recent[w.seen]] = w.seen
	}
	best, at := -1, -1
	for e := range w.ents[word] { // places are distinct: the order does not matter
		if p, ok := w.pos[e]; ok && p > at {
			best, at = e, p
		}
	}
	return best
}

// sameNoun reports whether incident e was named by noun itself, not only
// by a noun of the same kind of event.
func (an *analysis) sameNoun(e int, heads map[int]string, noun string) bool {
	return strings.Contains(" "+heads[e]+" ", " "+noun+" ") || strings.Contains(" "+an.ents[e].name+" ", " "+noun+" ")
}

// hasDate reports whether tokens [k, end) hold a year or a month.
func (an *analysis) hasDate(k, end int) bool {
	for ; k < end; k++ {
		if isYear(an.low[k]) || monthName(an.toks[k].Text) {
			return true
		}
	}
	return false
}

// courseOfPolicy reports whether the noun at i, of class inccourse, has
// an "of" complement, [i+1, end), whose head (the last of the lower-case
// words right after "of") is neither an incident noun nor a negeval word:
// "a campaign of maximum pressure on X" is a policy, "a campaign of
// cyberattacks" or "of sabotage" an event.
func (an *analysis) courseOfPolicy(i, end int) bool {
	if !an.lowWord("inccourse", i) || i+2 >= end || !an.lowWord("incof", i+1) {
		return false
	}
	head := -1
	for k := i + 2; k < end && an.tokM[k] == -1 && an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && !an.lowWord("stop", k) && !an.lowWord("det", k); k++ {
		head = k
	}
	return head >= 0 && !an.incHead(head) && !an.lowWord("negeval", head)
}

// rankedKind reports whether the incident noun at i, its phrase opening
// at s and its complement [i+1, end), ranks a kind of event: a
// superlative right before the phrase (tagged JJS, or RBS before an
// adjective: "the costliest", "the most damaging") and a complement of
// function words and rankspan words only ("in history", "on record").
func (an *analysis) rankedKind(s, i, end int) bool {
	span := false
	for k := i + 1; k < end; k++ {
		switch {
		case an.lowWord("rankspan", k):
			span = true
		case an.tokM[k] == -1 && an.toks[k].Kind == Word && (an.lowWord("stop", k) || an.lowWord("det", k)):
		default:
			return false
		}
	}
	if !span {
		return false
	}
	p := an.tree(an.sentOf[i])
	if p == nil {
		return false
	}
	for k := s - 1; k >= 0 && k >= s-4 && an.sentOf[k] == an.sentOf[i] && an.tokM[k] == -1 && an.toks[k].Kind == Word && !an.lowWord("det", k); k-- {
		if w := p.wordAt(k); w >= 0 && (p.s.Words[w].XPOS == "JJS" || p.s.Words[w].XPOS == "RBS") {
			return true
		}
	}
	return false
}

// bareOf reports whether the complement [of+1, e) of the cyber incident
// noun at i is an "of" phrase naming nothing: "the attack of medical
// records" says what was hit, not which event; "the theft of personnel
// records", "the leaking of internal emails" and "the compromise of
// Microsoft Exchange" do.
func (an *analysis) bareOf(i, of, e int) bool {
	if an.lex.incNoun[an.low[i]] != "cyber" || an.lowWord("incsteal", i) || an.lowWord("incleak", i) || !an.lowWord("incof", of) {
		return false
	}
	for k := of + 1; k < e; k++ {
		if m := an.mentAt(k); m >= 0 && an.ments[m].form != "demonym" || m < 0 && an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) {
			return false
		}
	}
	return true
}

// phraseEnd clips the end e of the complement of the incident noun at
// token i to the phrase the parse makes of the noun: the words its
// subtree reaches, less the noun's own conjuncts and parenthetical
// clauses; a complement of four words or fewer is taken as it stands. So "the clash in the valley killed nine" ends
// before the verb and "the annexation of Crimea and the strikes" before
// the conjunct. Without a parser e stands.
func (an *analysis) phraseEnd(i, e int) int {
	if e-i <= 4 {
		return e // "air strikes in Syria": too short to hold a verb
	}
	p := an.tree(an.sentOf[i])
	if p == nil {
		return e
	}
	w := p.wordAt(i)
	if w < 0 {
		return e
	}
	last := -1
	stack := []int{w}
	for n := 0; len(stack) > 0 && n <= len(p.s.Words); n++ {
		d := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if t := p.tok[d]; t > last {
			last = t
		}
		for _, c := range p.s.Children(d) {
			switch r := p.s.Words[c].Deprel; {
			case r == "parataxis" || r == "punct" && p.tok[c] > i:
				continue
			case d == w && (syntax.HasLabel(r, "conj") || r == "cc"):
				continue // "the annexation of Crimea and the strikes"
			}
			stack = append(stack, c)
		}
	}
	if last <= i {
		// the parse hangs nothing after the noun on it: the words stand,
		// up to a verb coordinated with the clause ("launched the campaign
		// in 2014 and then ramped it up")
		for k := i + 1; k < e; k++ {
			if c := p.wordAt(k); c >= 0 && p.s.Words[c].Deprel == "cc" && p.s.Words[c].Head >= 0 && p.s.Words[p.s.Words[c].Head].UPOS == "VERB" {
				return k
			}
		}
		return e
	}
	return min(e, last+1)
}

// seriesOf is the "of" of a quantity noun of class incseries before the
// lower-case modifiers of an incident noun whose phrase starts at s ("a
// series of job lure phishing attacks"); -1 if none.
func (an *analysis) seriesOf(s, si int) int {
	q := s - 1
	for q > an.sents[si].First && q > s-4 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("ofprep", q) && !an.lowWord("det", q) && !an.lowWord("stop", q) {
		q--
	}
	if q-1 < an.sents[si].First || an.tokM[q] != -1 || !an.lowWord("ofprep", q) || an.tokM[q-1] != -1 || !an.lowWord("incseries", q-1) {
		return -1
	}
	return q
}

// examplesAfter reports whether examples (words.tsv listinclude) open at
// token k, after a comma or not.
func (an *analysis) examplesAfter(k, si int) bool {
	if k < an.sents[si].End && an.low[k] == "," {
		k++
	}
	return k < an.sents[si].End && an.lowWord("listinclude", k)
}

// phraseWithNoun is the latest incident read by incidentPhrases with the
// noun itself; -1 if the latest incident is another or none is.
func (an *analysis) phraseWithNoun(recent []int, heads map[int]string, noun string) int {
	if len(recent) == 0 {
		return -1
	}
	e := recent[len(recent)-1]
	if strings.Contains(" "+heads[e]+" ", " "+noun+" ") {
		return e
	}
	return -1
}

// relativeEnd is the end of a relative clause after the incident noun at
// token i ("that cut power in parts of the country"), i+1 if none: a verb
// and more, ending before a name, whose subject or object is no part of
// the incident's phrase. Whole, with no name in it, when whole is set: a
// clause naming a victim ("that penetrated US agencies") is left to the
// relations.
func (an *analysis) relativeEnd(i int, whole bool) int {
	r := i + 1
	if r+1 >= len(an.toks) || an.sentOf[r+1] != an.sentOf[i] || an.tokM[r] != -1 || !an.lowWord("relative", r) || an.lowWord("personrel", r) {
		return i + 1
	}
	if v := r + 1; an.toks[v].Kind != Word || isCap(an.toks[v].Text) || an.lowWord("det", v) || an.lowWord("pronoun", v) || an.tokM[v] != -1 {
		return i + 1
	}
	e := an.incComplement(i, r+1)
	for q := r + 1; q < e; q++ {
		if m := an.mentAt(q); m >= 0 {
			if whole && an.ments[m].first >= r+2 && an.ents[an.ments[m].ent].typ == schema.Organization && an.ents[an.ments[m].ent].kind != "group" {
				q = an.ments[m].end - 1 // what the clause hit: "that crippled X's network"
				continue
			}
			if whole {
				return i + 1
			}
			e = q
			break
		}
		if whole && an.toks[q].Kind == Word && isCap(an.toks[q].Text) {
			return i + 1
		}
	}
	if e <= r+2 {
		return i + 1
	}
	return e
}

// relativeVictim is the victim a relative clause after the incident
// noun at token i, ending at end before a name, names by its verb of
// hitting (class inchitverb): the body or state whose name ends the
// clause ("the attacks that cut power in parts of Ukraine"); -1 if none.
func (an *analysis) relativeVictim(i, end int) int {
	if i+2 >= end || end >= len(an.toks) || an.sentOf[end] != an.sentOf[i] || !an.lowWord("relative", i+1) || !an.lowWord("inchitverb", i+2) {
		return -1
	}
	m := an.mentAt(end)
	if m < 0 || an.ments[m].first != end {
		return -1
	}
	v := an.ments[m].ent
	if !an.ownerOK(v) || an.ments[m].form == "demonym" || an.nationalModifier(m) || an.possAt(an.ments[m].end) {
		return -1
	}
	return v
}

// nameModifier reports whether the parse makes the name ending at token
// n a modifier of the common noun after it, before end ("the Gulf energy
// companies"), not of an asset noun ("the Sony network"); without a
// parser it is none.
func (an *analysis) nameModifier(n, end int) bool {
	if n >= end || an.toks[n].Kind != Word || an.tokM[n] != -1 || isCap(an.toks[n].Text) || an.lowWord("asset", n) {
		return false
	}
	p := an.tree(an.sentOf[n-1])
	if p == nil {
		return false
	}
	w := p.wordAt(n - 1)
	if w < 0 {
		return false
	}
	h := p.s.Words[w].Head
	return syntax.HasLabel(p.s.Words[w].Deprel, "compound") && h >= 0 && h < len(p.tok) && p.tok[h] >= n && p.tok[h] < end && !an.lowWord("asset", p.tok[h])
}

// nounModifier reports whether the parse makes the incident noun at
// token i a compound modifier of a later noun of its sentence that heads
// no incident ("the surveillance tool kit", "breach notification laws");
// without a parser, or when a stop word or a name follows, it is none. A
// noun of the gerund's ending ("killing") is none: the parser reads the
// adjective after it as a noun it modifies ("called the killing savage").
func (an *analysis) nounModifier(i int) bool {
	n := i + 1
	if an.lex.suffix("gerundsuffix", an.low[i]) || n >= len(an.toks) || an.sentOf[n] != an.sentOf[i] || an.toks[n].Kind != Word || an.tokM[n] != -1 || isCap(an.toks[n].Text) || an.lowWord("stop", n) || an.lowWord("inccomp", n) {
		return false
	}
	p := an.tree(an.sentOf[i])
	if p == nil {
		return false
	}
	w := p.wordAt(i)
	if w < 0 || !syntax.HasLabel(p.s.Words[w].Deprel, "compound") {
		return false
	}
	h := p.s.Words[w].Head
	if h < 0 || h >= len(p.tok) || p.tok[h] <= i || an.sentOf[p.tok[h]] != an.sentOf[i] {
		return false
	}
	return p.s.Words[h].UPOS == "NOUN" && !an.incHead(p.tok[h]) && an.tokM[p.tok[h]] == -1
}

// capStart is the first token of the run of capitalised words ending at
// token j, -1 if token j is none.
func (an *analysis) capStart(j, lo int) int {
	if an.tokM[j] != -1 || an.toks[j].Kind != Word || !isCap(an.toks[j].Text) {
		return -1
	}
	b := j
	for b > lo && an.tokM[b-1] == -1 && an.toks[b-1].Kind == Word && isCap(an.toks[b-1].Text) {
		b--
	}
	return b
}

// nameStarts reports whether a run of capitalised words starting at token
// b is a whole name: no joining word ("the College of Southern Idaho") or
// ampersand ("Board of Water & Light") before it.
func (an *analysis) nameStarts(b, lo int) bool {
	return b == lo || !an.lowWord("orgjoin", b-1) && an.toks[b-1].Text != "&"
}

// clauseEnds reports whether the phrase ending before token e ends its
// clause: the sentence ends, or punctuation, a preposition or "and"
// follows, not a verb ("claimed the attack was theirs").
func (an *analysis) clauseEnds(e, hi int) bool {
	return e >= hi || an.toks[e].Kind == Punct || an.lowWord("prep", e) || an.lowWord("orglist", e)
}

// includedIncident is the incident named first in the examples of a
// phrase from token k that names none itself: "over some of the most
// destructive cyberattacks on record, including the December 2015
// assault on X" (a word of class listinclude after a comma).
func (an *analysis) includedIncident(k, hi int) (int, bool) {
	for r := k; r+1 < hi && r < k+10; r++ {
		if m := an.tokM[r]; m >= 0 && an.ments[m].ent >= 0 && an.ents[an.ments[m].ent].typ == schema.Topic {
			r = an.ments[m].end - 1 // "cyberattacks"
			continue
		}
		if an.tokM[r] != -1 || an.toks[r].Kind == Punct && an.low[r] != "," {
			return -1, false
		}
		if an.low[r] == "," && an.tokM[r+1] == -1 && an.lowWord("listinclude", r+1) {
			for q := r + 2; q < hi && q < r+6; q++ {
				if e := an.entAt(q); e >= 0 {
					return e, an.ents[e].typ == schema.Incident
				}
			}
			return -1, false
		}
	}
	return -1, false
}

// chargedActors reads whom a charge or an indictment (a verb of class
// issueverb) holds responsible for an incident: in the active the bodies
// and persons it charges ("charged X, Y and Z with ...") or the body whose
// members it charges (class membernoun: "charged four officers of X's Y
// with ..."), in the passive its subject ("he was indicted over ..."). The
// incident is the one named right after "with", "over" or "for" (class
// chargeprep); in the active with none named there ("with breaking into
// its networks"), the incident in focus.
func (an *analysis) chargedActors() {
	for k := range an.toks {
		if an.stopped() {
			return
		}
		if an.tokM[k] != -1 || an.toks[k].Kind != Word || !an.lowWord("issueverb", k) {
			continue
		}
		si := an.sentOf[k]
		lo, hi := an.sents[si].First, an.sents[si].End
		b := k - 1
		for b >= lo && an.tokM[b] == -1 && an.isAdverb(an.low[b]) {
			b--
		}
		if b >= lo && an.tokM[b] == -1 && (an.lowWord("det", b) || an.possAt(b)) {
			continue // the noun: "the charges"
		}
		passive := b >= lo && an.tokM[b] == -1 && an.lowWord("beaux", b)
		var actors []int
		end := k + 1
		if passive {
			actors = an.subjectBefore(b, lo)
			if j := b - 1; len(actors) == 0 && j >= lo && an.tokM[j] == -1 && an.lowWord("personpron", j) {
				if a := an.resolvePronoun(an.low[j], j); a >= 0 {
					actors = []int{a}
				}
			}
		} else {
			actors, end = an.chargedList(k+1, hi)
		}
		if len(actors) == 0 {
			continue
		}
		// the incident after the charge's preposition, past its time and
		// place: "indicted in the United States in 2018 over the hacking
		// of X"
		inc, named := -1, false
		for q := end; q < hi && q < end+12; q++ {
			if an.tokM[q] == -1 && an.lowWord("chargeprep", q) {
				for r := q + 1; r < hi && r < q+4; r++ {
					if e := an.entAt(r); e >= 0 {
						if an.ents[e].typ == schema.Incident {
							inc, named = e, true
						}
						break
					}
				}
				if !named {
					inc, named = an.includedIncident(q+1, hi)
				}
				if named {
					break
				}
			}
			if an.toks[q].Kind == Punct && an.toks[q].Text != "," || an.lowWord("relative", q) {
				break
			}
		}
		if !named {
			if passive {
				continue
			}
			inc = an.incidentNear(k)
		}
		if inc < 0 {
			continue
		}
		pol, mod := an.polarity(si, an.clauseStart(k), k)
		for _, a := range actors {
			if !slices.Contains(an.ents[inc].target, a) && an.attribEnt(a, si) {
				an.claim(inc, schema.AttributedTo, a, "", si, pol, mod, -1)
			}
		}
	}
}

// chargedList reads the object of an active charge verb from token k: a
// list of persons and bodies, or members of a body ("four members of
// China's People's Liberation Army"); the actors and the end of the
// object.
func (an *analysis) chargedList(k, hi int) ([]int, int) {
	q := k
	for q < hi && q < k+3 && an.tokM[q] == -1 && (an.toks[q].Kind == Number || an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("membernoun", q) && !an.lowWord("stop", q)) {
		q++
	}
	if q+1 < hi && q > k && an.tokM[q] == -1 && an.lowWord("membernoun", q) && an.low[q+1] == "of" {
		r := q + 2
		if r < hi && an.low[r] == "the" && an.tokM[r] == -1 {
			r++
		}
		if m := an.mentAt(r); m >= 0 && an.ments[m].first == r && an.ents[an.ments[m].ent].typ == schema.State {
			r = an.ments[m].end
			if an.possAt(r) {
				r++
			}
		}
		if m := an.mentAt(r); m >= 0 && an.ments[m].first == r && an.ents[an.ments[m].ent].typ == schema.Organization && an.attribOK(m) {
			return []int{an.ments[m].ent}, an.ments[m].end
		}
		return nil, k
	}
	var out []int
	for _, a := range an.actorsFrom(k, hi) {
		if t := an.ents[a].typ; t == schema.Person || t == schema.Official || t == schema.Organization {
			out = append(out, a)
		}
	}
	end := k
	for end < hi && (an.tokM[end] >= 0 || an.lowWord("orglist", end) || an.toks[end].Text == ",") {
		end++
	}
	return out, end
}
