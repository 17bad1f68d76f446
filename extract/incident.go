package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/statekg/statekg/extract/syntax"

	"github.com/statekg/statekg/schema"
)

func isYear(s string) bool {
	if len(s) != 4 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	for _, c := range s {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// normNoun returns the form an incident noun takes in an incident's name:
// "hack" for "hacking", "attack" for "cyberattacks" (incidents.tsv base).
func (an *analysis) normNoun(w string) string {
	if b, ok := an.lex.incBase[w]; ok {
		return b
	}
	return w
}

// incName returns tokens [first, end) as written, an incident's name: a
// lexicon word opening its sentence, capitalised there only, takes lower
// case ("Attacks on X" -> "attacks on X"); a name or an acronym keeps its
// case ("GRU hacking").
func (an *analysis) incName(first, end int) string {
	t := an.nameText(first, end)
	w := an.toks[first].Text
	if an.sents[an.sentOf[first]].First == first && an.toks[first].Kind == Word && an.tokM[first] == -1 && an.info[first].wordInfo != nil && strings.ToUpper(w) != w && strings.HasPrefix(t, w) {
		t = strings.ToLower(w) + t[len(w):]
	}
	return t
}

// incident returns the incident entity for a key, creating it with name.
func (an *analysis) incident(key, name string) int {
	k := "inc\x00" + key
	if i, ok := an.byKey[k]; ok {
		return i
	}
	i := an.entity(schema.Incident, name)
	an.byKey[k] = i
	return i
}

func (an *analysis) isIncNoun(i int) bool {
	if i < 0 || i >= len(an.toks) {
		return false
	}
	return an.incNounAt(i) != ""
}

// incidentPass reads incidents: named ones ("WannaCry"), an organisation
// with an incident noun ("Sony Pictures hack"), a noun with its victim
// ("attack on Sony"), tests and launches ("missile launches"), dated ones
// ("the 2016 theft of ..."), and anaphors ("the assault") that refer back
// to the incident in focus.
func (an *analysis) incidentPass() {
	last := -1 // incident in focus
	var recent []int
	years := map[int]string{}
	// focus makes ei the incident in focus, dated year when one is given
	// how often each incident was named, and in which sentence last
	named, namedIn := map[int]int{}, map[int]int{}
	unread := map[string]bool{} // anaphor nouns that referred to no incident yet
	focus := func(ei int, year string) {
		last = ei
		recent = append(recent, ei)
		if year != "" {
			years[ei] = year
		}
		named[ei]++
		if m := an.ments[len(an.ments)-1]; m.ent == ei {
			namedIn[ei] = an.sentOf[m.first]
		}
	}
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] == -2 {
			continue
		}
		// an incident an earlier stage read is in focus where it is
		// named: "the shooting down of a Russian warplane"
		if m := an.mentAt(i); m >= 0 && an.ments[m].first == i && an.ents[an.ments[m].ent].typ == schema.Incident {
			focus(an.ments[m].ent, "")
			i = an.ments[m].end - 1
			continue
		}
		// named incidents
		if an.tokM[i] == -1 {
			for _, ni := range an.namedAt(i) {
				n, nt := an.lex.named[ni], an.lex.namedToks[ni]
				if i+len(nt) > len(an.toks) {
					continue
				}
				ok := true
				for k, w := range nt {
					if an.toks[i+k].Text != w {
						ok = false
						break
					}
				}
				if !ok {
					continue
				}
				s, e := i, i+len(nt)
				for e < len(an.toks) && an.tokM[e] == -1 && (an.isIncNoun(e) || an.lowWord("inctail", e)) {
					e++
				}
				if s > 0 && isYear(an.low[s-1]) && an.tokM[s-1] == -1 {
					s--
				}
				ei := an.incident("named:"+n, n)
				if an.addMention(ei, s, e, "name") >= 0 {
					focus(ei, yearAt(an.low[s]))
				}
				i = e - 1
				break
			}
			if an.tokM[i] >= 0 {
				continue
			}
		}
		// organisation + incident noun: "Sony Pictures hack"
		if m := an.mentAt(i); m >= 0 && an.ments[m].first == i {
			mm := an.ments[m]
			e := an.ents[mm.ent]
			j := mm.end
			if e.typ == schema.Organization && j < len(an.toks) && an.tokM[j] == -1 && an.toks[j].Kind == Word && isCap(an.toks[j].Text) && an.isIncNoun(j+1) {
				j++ // "Microsoft Exchange hack"
			}
			// words of what was hit between: "the Equifax data breach",
			// "the Starwood database breach"
			if g := j; e.typ == schema.Organization {
				for g < len(an.toks) && g < j+2 && an.tokM[g] == -1 && an.toks[g].Kind == Word && (an.lowWord("incmod", g) || an.lowWord("asset", g)) && an.lex.incNoun[an.low[g]] == "" {
					g++
				}
				// or, for a company, one other noun of what was hit, read
				// from the parse: "the Marriott hotel breach"
				if g == j && e.kind == "company" && g+1 < len(an.toks) && an.tokM[g] == -1 && an.toks[g].Kind == Word && !isCap(an.toks[g].Text) && an.lex.incNoun[an.low[g]] == "" && an.lex.incNoun[an.low[g+1]] == "cyber" && !an.lowWord("stop", g) && an.sentOf[g+1] == an.sentOf[j] && an.nounAt(g) {
					g++
				}
				if g > j && g < len(an.toks) && an.lex.incNoun[an.low[g]] == "cyber" && an.sentOf[g] == an.sentOf[j] {
					j = g
				}
			}
			nextWord := j+1 < len(an.toks) && an.toks[j+1].Kind == Word && !an.lowWord("stop", j+1) && an.sentOf[j+1] == an.sentOf[j]
			if e.typ == schema.Organization && e.kind != "intl" && (e.kind != "agency" || an.victimNoun(an.lowAt(j))) && an.lex.incNoun[an.lowAt(j)] == "cyber" && an.tokM[j] == -1 && !nextWord {
				var ei int
				if e.kind == "group" {
					ei = an.incident("by:"+e.name+":"+an.normNoun(an.low[j]), e.name+" "+an.normNoun(an.low[j]))
					an.addActor(ei, mm.ent)
				} else {
					ei = an.incident("target:"+e.name, e.name+" "+an.normNoun(an.low[j]))
					an.addTarget(ei, mm.ent)
				}
				// names joined before it share the incident: "the Yahoo
				// and LinkedIn breaches"
				for _, o := range an.joinedBefore(mm.first, e.kind == "group", an.low[j]) {
					if e.kind == "group" {
						an.addActor(ei, o)
					} else {
						an.addTarget(ei, o)
					}
				}
				if an.replaceMentions(ei, mm.first, j+1, "name") >= 0 {
					focus(ei, "")
				}
				i = j
				continue
			}
			i = mm.end - 1
			continue
		}
		if an.tokM[i] != -1 {
			continue
		}
		class := an.incNounAt(i)
		if class == "" {
			continue
		}
		// modifiers before the noun
		s := i
		for s > 0 && an.tokM[s-1] == -1 && (an.lowWord("incmod", s-1) || isYear(an.low[s-1]) || monthName(an.toks[s-1].Text)) && an.sentOf[s-1] == an.sentOf[i] {
			s--
		}
		year := ""
		for k := s; k < i; k++ {
			if isYear(an.low[k]) {
				year = an.low[k]
			}
		}
		det := ""
		if s > 0 {
			det = an.low[s-1]
		}
		if s > 1 && an.toks[s-1].Kind == Possessive && an.lowWord("incperiod", s-2) {
			det = "year's"
		}
		if class == "military" {
			if s > 0 && an.threatWord(s-1) {
				continue // threatened, not carried out: "threatening nuclear strikes"
			}
			mod := false
			for k := s; k < i; k++ {
				if an.lowWord("milmod", k) {
					mod = true
				}
			}
			if !mod && !an.lowWord("milhead", i) {
				continue
			}
			if an.lowWord("milanaphor", i) && s == i && det == "the" && last >= 0 && an.ents[last].name != "" {
				// "the exercises" refers back to exercises already named
				if strings.Contains(an.ents[last].name, an.low[i]) {
					an.addMention(last, i-1, i+1, "anaphor")
					continue
				}
			}
			// key on the noun and the closest modifier: "weapons tests"
			key := an.low[i]
			if i > s {
				key = an.low[i-1] + " " + key
			}
			name := an.incName(s, i+1)
			// a state it was waged on: "the invasion of Ukraine"
			end, victim := i+1, -1
			if i+2 < len(an.toks) && an.tokM[i+1] == -1 && (an.lowWord("ofprep", i+1) || an.lowWord("incvicprep", i+1)) && an.sentOf[i+2] == an.sentOf[i] {
				if m := an.mentAt(i + 2); m >= 0 && an.ments[m].first == i+2 && an.ents[an.ments[m].ent].typ == schema.State && an.ments[m].form == "name" && !an.possAt(an.ments[m].end) && !an.nameModifier(an.ments[m].end, min(len(an.toks), an.ments[m].end+4)) {
					victim, end = an.ments[m].ent, an.ments[m].end
					key += ":" + an.ents[victim].name
					name = an.incName(s, i+2) + " " + an.ents[victim].name
				}
			}
			ei := an.incident("mil:"+key, name)
			ok := false
			if victim >= 0 {
				ok = an.replaceMentions(ei, s, end, "name") >= 0
			} else {
				ok = an.addMention(ei, s, end, "name") >= 0
			}
			if ok {
				if victim >= 0 {
					an.addTarget(ei, victim)
				}
				focus(ei, "")
			}
			i = end - 1
			continue
		}
		// noun + preposition + victim: "attack on Sony", "hacking of Sony Pictures"
		if j := i + 1; j < len(an.toks) {
			switch an.low[j] {
			case "on", "of", "against", "at", "into":
				if an.low[j] == "on" && an.blameVerbBefore(s) && !an.onAgain(j) {
					// "pin a cyberattack on North Korea" names the author
					break
				}
				k := j + 1
				for k < len(an.toks) && k < j+4 && an.tokM[k] == -1 && (an.lowWord("det", k) || (an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && an.low[k] != "and")) && !an.isIncNoun(k) {
					if an.low[k] == "of" || an.lowWord("stop", k) && !an.lowWord("det", k) {
						break
					}
					k++
				}
				// a town's government: "the attack on the city of Atlanta"
				if k < len(an.toks) && an.low[k] == "of" && k-1 > j && an.lowWord("placebody", k-1) {
					k-- // the lower-case noun the loop went past
				}
				if k+2 < len(an.toks) && an.tokM[k] == -1 && an.lowWord("placebody", k) && an.low[k+1] == "of" && an.tokM[k+1] == -1 {
					if r := an.orgNameRun(k + 2); r > k+2 && !an.nameModifier(r, min(len(an.toks), r+4)) {
						an.addMention(an.entity(schema.Organization, an.nameText(k, r)), k, r, "name")
					}
				}
				if k < len(an.toks) && an.tokM[k] == -1 && an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) {
					// an unknown name: an organisation unless a common noun
					// follows ("the Ronin bridge"; a function word or a verb
					// auxiliary is none: "the attack on Colonial Pipeline
					// was ...")
					e := an.capRun(k)
					// a function word after the name counts only when no
					// noun but a body's stands before it: "the attack on
					// former spy Sergei Skripal in England" names a person
					bodyOK := true
					for q := j + 1; q < k; q++ {
						if !an.lowWord("det", q) && !an.lowWord("orgclass", q) {
							bodyOK = false
						}
					}
					if an.lowWord("orgclass", k-1) {
						bodyOK = true
					}
					// an event's name (class eventname) names the incident
					// alone: "hacking attacks against the Olympics"
					event := an.textWord("eventname", k)
					if e > k && !event && (e >= len(an.toks) || an.toks[e].Kind != Word || !unicode.IsLower([]rune(an.toks[e].Text)[0]) || bodyOK && (an.lowWord("stop", e) || an.lowWord("skip", e))) {
						oi := an.entity(schema.Organization, an.nameText(k, e))
						if an.ents[oi].kind == "" {
							an.ents[oi].kind = "company"
						}
						an.addMention(oi, k, e, "name")
					} else if e > k {
						ei := an.incident("desc:"+an.nameText(k, e), an.nameText(k, e)+" "+an.normNoun(an.low[i]))
						end := e
						if !event && end < len(an.toks) && an.toks[end].Kind == Word {
							end++
						}
						if an.addMention(ei, s, end, "name") >= 0 {
							focus(ei, "")
						}
						i = end - 1
						continue
					}
				}
				if m := an.mentAt(k); m >= 0 {
					mm := an.ments[m]
					v := mm.ent
					vt := an.ents[v].typ
					if vt == schema.Organization || vt == schema.State && mm.form != "demonym" && !an.nationalModifier(m) {
						end := mm.end
						if vt == schema.Organization {
							end = an.productAfter(end)
						}
						// a possessive victim: "hack of the South Korean defence minister's computer"
						ei := an.incident("target:"+an.ents[v].name, an.ents[v].name+" "+an.normNoun(an.low[i]))
						if vt == schema.State {
							ei = an.incident("target:"+an.ents[v].name+":"+an.normNoun(an.low[i]), an.ents[v].name+" "+an.normNoun(an.low[i]))
						}
						if an.ents[v].kind == "group" {
							continue
						}
						an.addTarget(ei, v)
						for _, o := range an.victimsJoined(end) {
							an.addTarget(ei, o)
						}
						if an.replaceMentions(ei, s, end, "name") >= 0 {
							focus(ei, year)
						}
						i = end - 1
						continue
					}
				}
			}
		}
		// an unknown name before a breach noun is its victim: "the
		// GameStop breach", "the Equifax data breach"
		if s > 1 && an.victimNoun(an.low[i]) && !an.isIncNoun(i+1) {
			e := s - 1
			b := e
			for b > 0 && b > e-3 && an.tokM[b] == -1 && an.toks[b].Kind == Word && isCap(an.toks[b].Text) && !hyphenAdj(an.toks[b].Text) && !an.textWord("nonname", b) && !monthName(an.toks[b].Text) {
				b--
			}
			var joined []int // "the Yahoo and LinkedIn breaches"
			if b < e && an.tokM[b] == -1 && an.lowWord("orglist", b) {
				joined = an.joinedBefore(b+1, false, an.low[i])
			}
			// a product an incident was named by: "the compromise of
			// Microsoft Exchange servers" ... "the Exchange hack"
			if b < e && an.lowWord("det", b) && an.tokM[b] == -1 && len(joined) == 0 {
				if ref := an.incidentNamedBefore(b+1, e+1); ref >= 0 && an.addMention(ref, b+1, i+1, "name") >= 0 {
					focus(ref, "")
					continue
				}
			}
			if b < e && (an.lowWord("det", b) || len(joined) > 0) && an.tokM[b] == -1 {
				oi := an.entity(schema.Organization, an.nameText(b+1, e+1))
				if an.ents[oi].kind == "" {
					an.ents[oi].kind = "company"
				}
				if an.ents[oi].kind != "group" && an.addMention(oi, b+1, e+1, "name") >= 0 {
					ei := an.incident("target:"+an.ents[oi].name, an.ents[oi].name+" "+an.normNoun(an.low[i]))
					an.addTarget(ei, oi)
					for _, o := range joined {
						an.addTarget(ei, o)
					}
					if an.addMention(ei, s, i+1, "name") >= 0 {
						focus(ei, "")
					}
					continue
				}
			}
		}
		// thefts described by whom they hit: "thefts from banks and
		// cryptocurrency exchanges"
		if s == i && an.incFamily(an.low[i]) == "theft" && an.lowAt(i+1) == "from" && an.tokM[i+1] == -1 && !an.lex.word("det", det) {
			e := i + 2
			for e < len(an.toks) && e < i+8 && an.tokM[e] == -1 && an.toks[e].Kind == Word && !isCap(an.toks[e].Text) && (!an.lowWord("stop", e) || an.low[e] == "and") {
				e++
			}
			if e > i+2 && an.low[e-1] != "and" {
				ei := an.incident("desc:"+itoa(i), an.incName(i, e))
				if an.addMention(ei, i, e, "name") >= 0 {
					focus(ei, "")
				}
				i = e - 1
				continue
			}
		}
		// anaphors: "the assault", "the attack", "such theft"
		// a complement naming a victim makes the phrase one of its own:
		// "the theft of personnel records from X"
		ownVictim := i+2 < len(an.toks) && an.tokM[i+1] == -1 && an.lowWord("inccomp", i+1) && an.sentOf[i+2] == an.sentOf[i] && len(an.complementVictims(i, an.incComplement(i, i+2))) > 0
		if (det == "the" || det == "such" || det == "this" || det == "that") && an.lex.anaphor[an.low[i]] && !an.isIncNoun(i+1) && !ownVictim {
			// what an actor was accused of two sentences back or more is
			// no incident in focus: "KCNA had accused X of mounting
			// cyberattacks on the North's servers" ... "after the attack"
			accused := map[int]bool{}
			for _, e := range recent {
				if _, ok := accused[e]; !ok {
					accused[e] = an.sentOf[i]-namedIn[e] > 1 && an.accusedOnly(e)
				}
			}
			focusable := slices.DeleteFunc(slices.Clone(recent), func(e int) bool { return accused[e] })
			ref := an.anaphorTarget(focusable, an.low[i])
			if ref >= 0 && year == "" && an.sentOf[i]-namedIn[ref] > 1 {
				// named no nearer than two sentences back, the latest
				// incident gives way to the one the article names most:
				// "the attack" after a passing mention of another
				ref = an.salientIncident(recent, ref, named)
				if named[ref] < 2 && unread[an.low[i]] {
					// a passing mention far back, when the noun referred
					// before to an incident this pass does not know: left
					// to the phrase stage, which knows every incident
					ref = -1
				}
			}
			if ref < 0 {
				unread[an.low[i]] = true
			}
			if ref >= 0 && (year == "" || years[ref] == "" || years[ref] == year) {
				if year != "" && years[ref] == "" {
					years[ref] = year
				}
				an.addMention(ref, s-1, i+1, "anaphor")
				focus(ref, "")
				continue
			}
		}
		// dated or possessed incidents: "the 2016 theft of about $80 million", "last year's ..."
		if year != "" || det == "year's" || det == "last" || an.lex.word("incindef", det) && an.suffered(s-1) {
			end := i + 1
			// an indefinite one runs over the nouns after a modifying one:
			// "a ransomware attack"; one whose complement names a victim is
			// left to the phrases ("a ransomware attack on X")
			n := end
			for year == "" && an.lex.word("incindef", det) && n < len(an.toks) && n < i+3 && an.tokM[n] == -1 && an.sentOf[n] == an.sentOf[i] && an.isIncNoun(n) {
				n++
			}
			if n > end && !(n+1 < len(an.toks) && an.sentOf[n+1] == an.sentOf[i] && an.lowWord("inccomp", n) && len(an.complementVictims(n-1, an.incComplement(n-1, n+1))) > 0) {
				end = n
			}
			if end+1 < len(an.toks) && an.low[end] == "of" && (an.toks[end+1].Kind == Number || an.lowWord("approx", end+1)) {
				// "theft of about $80 million"
				k := end + 1
				for k < len(an.toks) && k < end+5 && (an.toks[k].Kind == Number || an.lowWord("approx", k) || an.lowWord("bignumber", k)) {
					k++
				}
				if k > end+1 {
					end = k
				}
			}
			victim := -1
			if end+1 < len(an.toks) && an.low[end] == "from" && an.tokM[end] == -1 && an.incFamily(an.low[i]) == "theft" {
				// "the 2016 theft of about $80 million from X"
				victim = an.victimAfter(end+1, an.sents[an.sentOf[end]].End, false)
			}
			ei := an.incident("desc:"+itoa(i), an.incName(s, end))
			if an.addMention(ei, s, end, "name") >= 0 {
				focus(ei, year)
				if victim >= 0 {
					an.addTarget(ei, victim)
				}
			}
			i = end - 1
			continue
		}
	}
}

func (an *analysis) lowAt(i int) string {
	if i < 0 || i >= len(an.low) {
		return ""
	}
	return an.low[i]
}

// suffered reports whether the word before an indefinite incident makes it
// a real one: "suffered a data breach".
func (an *analysis) suffered(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if an.lowWord("incsuffer", k) {
			return true
		}
	}
	return false
}

func monthName(s string) bool {
	switch s {
	case "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December":
		return true
	}
	return false
}

// accusedOnly reports whether every mention of incident e so far stands
// in the "of" complement of a verb of class accuseverb, within sixteen
// words after it in its sentence ("accused X and Y of mounting
// cyberattacks on Z").
func (an *analysis) accusedOnly(e int) bool {
	n := 0
	for _, m := range an.ments {
		if m.ent != e {
			continue
		}
		of, acc := false, false
		lo := an.sents[an.sentOf[m.first]].First
		for k := m.first - 1; k >= lo && k >= m.first-16; k-- {
			if an.tokM[k] == -1 && an.low[k] == "of" {
				of = true
			}
			if of && an.tokM[k] == -1 && an.lowWord("accuseverb", k) {
				acc = true
				break
			}
		}
		if !acc {
			return false
		}
		n++
	}
	return n > 0
}

func (an *analysis) addTarget(inc, v int) {
	for _, t := range an.ents[inc].target {
		if t == v {
			return
		}
	}
	an.ents[inc].target = append(an.ents[inc].target, v)
}

func (an *analysis) addActor(inc, a int) {
	for _, t := range an.ents[inc].actor {
		if t == a {
			return
		}
	}
	an.ents[inc].actor = append(an.ents[inc].actor, a)
}

// craftIncidents reads a state's craft intruding on another's territory
// as an incident (words.tsv craftnoun): "a Chinese surveillance balloon"
// is attributed to the state of its demonym, with up to two lower-case
// modifiers between; "the balloon" or "the craft" after it is the same,
// an ordinal before the demonym (words.tsv ordinalword) another ("a
// second Chinese balloon").
func (an *analysis) craftIncidents() {
	latest := map[string]int{} // state and craft noun -> its incident
	crafts := map[int]bool{}
	focus := -1 // the latest craft named without an ordinal
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] != -1 || !an.lowWord("craftnoun", i) {
			continue
		}
		si := an.sentOf[i]
		j := i
		for j > an.sents[si].First && i-j < 2 && an.tokM[j-1] == -1 && an.toks[j-1].Kind == Word && !isCap(an.toks[j-1].Text) && !an.lowWord("det", j-1) && !an.lowWord("ordinalword", j-1) {
			j--
		}
		m := an.mentAt(j - 1)
		if m < 0 || an.ments[m].end != j || an.ments[m].form != "demonym" || an.ents[an.ments[m].ent].typ != schema.State {
			// "the balloon", "the craft": the craft named before
			if focus >= 0 && i > 0 && an.lowWord("incdef", i-1) {
				an.addMention(focus, i, i+1, "anaphor")
			}
			continue
		}
		state, s := an.ments[m].ent, an.ments[m].first
		key := "craft:" + an.ents[state].name + " " + an.normNoun(an.low[i])
		if s > 0 && an.sentOf[s-1] == si && an.lowWord("ordinalword", s-1) {
			s--
			key += "\x00" + an.low[s]
		}
		e, ok := latest[key]
		if !ok {
			e = an.incident(key, an.incName(s, i+1))
		}
		if an.replaceMentions(e, s, i+1, "name") < 0 {
			continue
		}
		an.addActor(e, state)
		latest[key] = e
		if s == an.ments[m].first {
			focus = e
		}
		crafts[e] = true
	}
	// the state whose territory the craft entered is its victim: "an
	// unacceptable violation of American sovereignty", "its entry into US
	// airspace" (words.tsv territorynoun), with the craft named before in
	// the sentence
	for k := 1; k < len(an.toks) && len(crafts) > 0; k++ {
		m := an.mentAt(k - 1)
		if m < 0 || an.ments[m].end != k || !an.lowWord("territorynoun", k) {
			continue
		}
		v := an.ments[m].ent
		if an.ents[v].typ != schema.State {
			continue
		}
		si := an.sentOf[k]
		for q := an.ments[m].first - 1; q >= 0 && an.sentOf[q] == si; q-- {
			if e := an.entAt(q); e >= 0 && crafts[e] {
				if !slices.Contains(an.ents[e].actor, v) {
					an.addTarget(e, v)
				}
				break
			}
		}
	}
}

// downings reads the downing of a state's aircraft as an incident whose
// victim is that state: "the shooting down of a Russian warplane"
// (words.tsv downnoun, or downgerund and downparticle, then ofprep, a
// demonym, up to two lower-case modifiers and an aircraftnoun); "the
// downing" after it is the same.
func (an *analysis) downings() {
	latest := -1
	for i := 0; i+3 < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] != -1 {
			continue
		}
		if an.downClause(i, &latest) {
			continue
		}
		j := i + 1
		switch {
		case an.lowWord("downnoun", i):
		case an.lowWord("downgerund", i) && an.lowWord("downparticle", i+1):
			j = i + 2
		default:
			continue
		}
		si := an.sentOf[i]
		if j >= len(an.toks) || !an.lowWord("ofprep", j) {
			// "the downing": the one named before
			if latest >= 0 && j == i+1 && i > 0 && an.lowWord("incdef", i-1) {
				an.addMention(latest, i, j, "anaphor")
			}
			continue
		}
		j++
		if j < len(an.toks) && an.lowWord("det", j) {
			j++
		}
		m := an.mentAt(j)
		if m < 0 || an.ments[m].first != j || an.ments[m].form != "demonym" || an.ents[an.ments[m].ent].typ != schema.State {
			continue
		}
		state := an.ments[m].ent
		n := an.ments[m].end
		for q := n; q < len(an.toks) && q < an.ments[m].end+3 && an.sentOf[q] == si; q++ {
			if an.tokM[q] == -1 && an.lowWord("aircraftnoun", q) {
				n = q + 1
				break
			}
			if an.tokM[q] != -1 || an.toks[q].Kind != Word || isCap(an.toks[q].Text) {
				break
			}
		}
		if n == an.ments[m].end {
			continue
		}
		e := an.incident("downing:"+an.ents[state].name+" "+an.low[n-1], an.incName(i, n))
		if an.replaceMentions(e, i, n, "name") >= 0 {
			an.addTarget(e, state)
			latest = e
			i = n - 1
		}
	}
}

// downClause reads a clause of downing at token i: a state's aircraft as
// the subject of a verb of words.tsv downverb with a downparticle, or of
// downstem, that brings down an aircraft ("Turkish F-16 fighters
// brought down a Su-24 bomber", "a US fighter jet shot down a Chinese
// balloon"): the downing, the one named before unless it hit another
// state or else a new one, is attributed to the subject's state, and a
// state named by the object's demonym is its victim.
func (an *analysis) downClause(i int, latest *int) bool {
	end := i + 1
	switch {
	case an.lowWord("downverb", i) && end < len(an.toks) && an.lowWord("downparticle", end):
		end++
	case an.lowWord("downstem", i):
	default:
		return false
	}
	si := an.sentOf[i]
	// the subject: a state's name or demonym, then up to three words
	// ending in an aircraft noun, right before the verb
	if i == 0 || an.sentOf[i-1] != si || !an.lowWord("aircraftnoun", i-1) {
		return false
	}
	actor := -1
	for q := i - 2; q >= an.sents[si].First && q >= i-4; q-- {
		if m := an.mentAt(q); m >= 0 {
			if e := an.ments[m].ent; an.ents[e].typ == schema.State && an.ments[m].end == q+1 && !an.possAt(q+1) {
				actor = e
			}
			break
		}
	}
	if actor < 0 {
		return false
	}
	// the object: an aircraft noun within a few words
	victim, obj := -1, false
	for q := end; q < len(an.toks) && q < end+6 && an.sentOf[q] == si; q++ {
		if m := an.mentAt(q); m >= 0 && an.ments[m].form == "demonym" && an.ents[an.ments[m].ent].typ == schema.State && an.ments[m].ent != actor {
			victim = an.ments[m].ent
		}
		if an.lowWord("aircraftnoun", q) || an.lowWord("craftnoun", q) {
			obj = true
			break
		}
	}
	if !obj {
		return false
	}
	// the downing named before is this one unless another victim is named
	e := *latest
	if e >= 0 && victim >= 0 && len(an.ents[e].target) > 0 && !slices.Contains(an.ents[e].target, victim) {
		e = -1
	}
	if e < 0 {
		e = an.incident("downing:"+an.ents[actor].name+"\x00"+itoa(i), an.incName(i, end))
	}
	if an.addMention(e, i, end, "name") < 0 {
		return false
	}
	an.addActor(e, actor)
	if victim >= 0 {
		an.addTarget(e, victim)
	}
	*latest = e
	return true
}

// eventTopic reads at token i a topic of topics.tsv that holds an
// incident noun with words after it, its complement ("cyber theft of
// trade secrets"), before the incident phrases take the noun; it returns
// the topic's length, 0 if none starts there.
func (an *analysis) eventTopic(i int) int {
	if an.tokM[i] != -1 || !an.topicHeadAt(i) {
		return 0
	}
	for n := an.lex.topicMax; n >= 2; n-- {
		if i+n > len(an.toks) || an.sentOf[i+n-1] != an.sentOf[i] {
			continue
		}
		inc, free := false, true
		for k := i; k < i+n; k++ {
			free = free && an.tokM[k] == -1
			inc = inc || k < i+n-1 && an.isIncNoun(k)
		}
		if !free || !inc {
			continue
		}
		if c, ok := an.lex.topic(an.low[i : i+n]); ok && an.addMention(an.entity(schema.Topic, c), i, i+n, "name") >= 0 {
			return n
		}
	}
	return 0
}

// partTopics reads a part taken in a kind of act as a topic of its own,
// before the incident phrases take the act's noun: "Russian involvement in
// cyberattacks" (words.tsv topicpart, inprep, a topic of topics.tsv after
// them), with the demonym before the noun as a surface form of the topic.
func (an *analysis) partTopics() {
	for i := 0; i+2 < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if n := an.eventTopic(i); n > 0 {
			i += n - 1
			continue
		}
		if an.tokM[i] != -1 || !an.lowWord("topicpart", i) || !an.lowWord("inprep", i+1) || an.sentOf[i+2] != an.sentOf[i] || !an.topicHeadAt(i+2) {
			continue
		}
		for n := an.lex.topicMax; n >= 1; n-- {
			k := i + 2
			if k+n > len(an.toks) || an.sentOf[k+n-1] != an.sentOf[i] {
				continue
			}
			free := true
			for j := i + 1; j < k+n; j++ {
				if an.tokM[j] != -1 {
					free = false
				}
			}
			if !free {
				continue
			}
			if _, ok := an.lex.topic(an.low[k : k+n]); !ok {
				continue
			}
			s := i
			if m := an.mentAt(i - 1); m >= 0 && an.ments[m].form == "demonym" && an.ments[m].end == i {
				s = an.ments[m].first
			}
			e := an.entity(schema.Topic, an.nameText(s, k+n))
			if an.replaceMentions(e, s, k+n, "name") >= 0 {
				i = k + n - 1
			}
			break
		}
	}
}

// topicPass reads the abstract objects of stances: "cyberattacks",
// "malicious cyber activity".
func (an *analysis) topicPass() {
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] != -1 {
			continue
		}
		if !an.topicHeadAt(i) {
			continue // no topic starts here
		}
		for n := an.lex.topicMax; n >= 1; n-- {
			if i+n > len(an.toks) {
				continue
			}
			free := true
			for k := i; k < i+n; k++ {
				if an.tokM[k] != -1 {
					free = false
				}
			}
			if !free {
				continue
			}
			if c, ok := an.lex.topic(an.low[i : i+n]); ok {
				// a part taken in the act by its gerund names a topic of
				// its own: "accused X of supporting terrorism"
				if i > 0 && an.sentOf[i-1] == an.sentOf[i] && an.tokM[i-1] == -1 && an.lowWord("topicact", i-1) {
					an.addMention(an.entity(schema.Topic, an.nameText(i-1, i+n)), i-1, i+n, "name")
					i += n - 1
					break
				}
				s := i
				if i > 0 && an.lowWord("topicpre", i-1) && an.tokM[i-1] == -1 {
					s = i - 1
				}
				// a topic's own modifiers (words.tsv topicmod), with the
				// demonym before them: "Chinese state-backed hacking"
				for s > 0 && an.tokM[s-1] == -1 && an.lowWord("topicmod", s-1) {
					s--
				}
				if m := an.mentAt(s - 1); s < i && m >= 0 && an.ments[m].form == "demonym" && an.ments[m].end == s {
					if an.replaceMentions(an.entity(schema.Topic, c), an.ments[m].first, i+n, "name") >= 0 {
						i += n - 1
						break
					}
				}
				an.addMention(an.entity(schema.Topic, c), s, i+n, "name")
				i += n - 1
				break
			}
		}
	}
}

// incFamily is the kind of event an incident noun names: a theft, a
// military event or, for every other cyber noun, an attack.
func (an *analysis) incFamily(w string) string {
	switch {
	case an.lex.word("incsteal", w):
		return "theft"
	case an.lex.incNoun[w] == "military":
		return "military"
	}
	return "attack"
}

// anaphorTarget is the incident a definite noun ("the theft", "the
// assault") refers back to: the latest one of the same kind of event,
// else the latest cyber incident for a cyber noun; -1 if none.
func (an *analysis) anaphorTarget(recent []int, noun string) int {
	fam := an.incFamily(noun)
	fallback := -1
	for r := len(recent) - 1; r >= 0; r-- {
		e := recent[r]
		f := an.nameFamily(an.ents[e].name)
		if f == fam {
			return e
		}
		if fallback < 0 && f != "military" && fam != "military" {
			fallback = e
		}
	}
	return fallback
}

// threatWord reports whether token k is a one-word trigger of threatens
// (verbs.tsv): "threatening".
func (an *analysis) threatWord(k int) bool {
	for _, ti := range an.lex.trigIndex[an.low[k]] {
		if t := an.lex.triggers[ti]; t.pred == string(schema.Threatens) && len(t.slots) == 1 {
			return true
		}
	}
	return false
}

// salientIncident is the incident of recent of ref's kind of event named
// more often than ref, the most often named of them; ref if none is.
func (an *analysis) salientIncident(recent []int, ref int, named map[int]int) int {
	fam := an.nameFamily(an.ents[ref].name)
	best := ref
	for _, e := range recent {
		if named[e] > named[best] && an.nameFamily(an.ents[e].name) == fam {
			best = e
		}
	}
	return best
}

// nameFamily is the kind of event an incident's name says, from its
// words; a proper name ("WannaCry") is an attack.
func (an *analysis) nameFamily(name string) string {
	fam := "attack"
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if f := an.incFamily(w); f != "attack" {
			fam = f
		}
	}
	return fam
}

// victimNoun reports whether an incident noun after a government body's
// name makes the body its victim: "Bangladesh Bank heist", "OPM breach";
// "CIA attacks" are the body's own.
func (an *analysis) victimNoun(w string) bool {
	return an.lex.word("incsteal", w) || an.lex.word("incvictim", w)
}

// blameVerbBefore reports whether a verb that puts an incident "on" its
// author ("pin", "blame") stands shortly before token s.
func (an *analysis) blameVerbBefore(s int) bool {
	for k := s - 1; k >= 0 && k >= s-4 && an.sentOf[k] == an.sentOf[s]; k-- {
		if an.lowWord("blameon", k) {
			return true
		}
	}
	return false
}

// productAfter is the end of a product's name and the nouns of its
// systems after a body's name ending before token end: "Microsoft
// Exchange email servers"; end if no capitalised word follows.
func (an *analysis) productAfter(end int) int {
	si := an.sentOf[end-1]
	e := end
	for e < len(an.toks) && e < end+2 && an.tokM[e] == -1 && an.toks[e].Kind == Word && isCap(an.toks[e].Text) && !an.textWord("nonname", e) && !monthName(an.toks[e].Text) && an.sentOf[e] == si {
		e++
	}
	if e == end {
		return end
	}
	a := e
	for a < len(an.toks) && a < e+2 && an.tokM[a] == -1 && an.toks[a].Kind == Word && (an.lowWord("asset", a) || an.lowWord("incmod", a)) && an.sentOf[a] == si {
		a++
	}
	if a == e {
		return end // no system named: the name alone stays the victim
	}
	return a
}

// incidentNamedBefore is the incident an earlier mention of which holds
// the capitalised words [b, e) in a row after the name of a body; -1 if
// none.
func (an *analysis) incidentNamedBefore(b, e int) int {
	for _, m := range an.ments {
		if m.ent < 0 || m.first >= b || an.ents[m.ent].typ != schema.Incident {
			continue
		}
		for k := m.first + 1; k+(e-b) <= m.end; k++ {
			if an.toks[k-1].Kind != Word || !isCap(an.toks[k-1].Text) {
				continue
			}
			ok := true
			for q := 0; q < e-b; q++ {
				if an.toks[k+q].Text != an.toks[b+q].Text {
					ok = false
					break
				}
			}
			if ok {
				return m.ent
			}
		}
	}
	return -1
}

// onAgain reports whether the preposition at token j comes again, with no
// punctuation between, within the few words after it: in "pinned the
// attack on X on the gang" the first "on" names the victim.
func (an *analysis) onAgain(j int) bool {
	for k := j + 1; k < len(an.toks) && k <= j+6 && an.sentOf[k] == an.sentOf[j]; k++ {
		if an.toks[k].Kind == Punct {
			return false
		}
		if an.low[k] == an.low[j] {
			return true
		}
	}
	return false
}

// hyphenAdj reports whether a capitalised word is a hyphenated adjective
// ("Malaysia-based", "Kremlin-backed"), not a name.
func hyphenAdj(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && i+1 < len(w) && w[i+1] >= 'a' && w[i+1] <= 'z'
}

// yearAt returns w if it is a year, else "".
func yearAt(w string) string {
	if isYear(w) {
		return w
	}
	return ""
}

// joinedBefore is the organisations joined by "and" or a comma before the
// name at token first, as its conjuncts: hacker groups when group is
// set, else other bodies (a government agency only before a noun of class
// incvictim, as the name itself).
func (an *analysis) joinedBefore(first int, group bool, noun string) []int {
	var out []int
	for k := first; k > 1 && an.sentOf[k-1] == an.sentOf[first] && (an.lowWord("orglist", k-1) || an.low[k-1] == ","); {
		m := an.mentAt(k - 2)
		if m < 0 || an.ments[m].end != k-1 {
			break
		}
		o := an.ments[m].ent
		if an.ents[o].typ != schema.Organization || (an.ents[o].kind == "group") != group || an.ents[o].kind == "intl" || an.ents[o].kind == "agency" && !an.victimNoun(noun) {
			break
		}
		out = append(out, o)
		if an.lowWord("orglist", k-1) {
			break // "X, Y and Z": the first conjunct ends the list
		}
		k = an.ments[m].first
	}
	return out
}

// victimsJoined reads the victims joined to the one ending at token end:
// ", Y and Z", "and Y" ("the attack on Maersk and Merck"): known bodies
// and states, or unknown names not modifying a noun, read as companies. A
// comma joins only in a list that "and" closes ("the attack on Sony,
// North Korea said" names no second victim).
func (an *analysis) victimsJoined(end int) []int {
	var out []int
	si := an.sentOf[end-1]
	q := end
	for n := 0; n < 8 && q+1 < len(an.toks) && an.sentOf[q] == si && an.tokM[q] == -1; n++ {
		and := an.lowWord("orglist", q)
		if !and && an.toks[q].Text != "," {
			break
		}
		k := q + 1
		if k < len(an.toks) && an.lowWord("orglist", k) && !and { // ", and"
			and = true
			k++
		}
		if and && an.countTail(k, an.sents[si].End) > k {
			return out // "X, Y and 20 other firms": the count closes the list
		}
		if k < len(an.toks) && an.low[k] == "the" && an.tokM[k] == -1 {
			k++
		}
		v, e := -1, k
		if m := an.mentAt(k); m >= 0 && an.ments[m].first == k {
			mm := an.ments[m]
			if t := an.ents[mm.ent].typ; (t == schema.Organization || t == schema.State && mm.form != "demonym" && !an.nationalModifier(m)) && an.ents[mm.ent].kind != "group" {
				v, e = mm.ent, mm.end
			}
		} else if k < len(an.toks) && an.tokM[k] == -1 && an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) {
			if r := an.capRun(k); r > k {
				v, e = -2, r
			}
		}
		if v == -1 || an.nameModifier(e, min(len(an.toks), e+4)) {
			break // "and Merck staff"
		}
		if v == -2 {
			v = an.entity(schema.Organization, an.nameText(k, e))
			if an.ents[v].kind == "" {
				an.ents[v].kind = "company"
			}
			if an.ents[v].kind == "group" || an.addMention(v, k, e, "name") < 0 {
				break
			}
		}
		out = append(out, v)
		if and {
			return out
		}
		q = e
	}
	return nil // a list "and" does not close
}

// incidentClauses reads victims from clauses around an incident: "data
// stolen from X" (a verb of class incstealverb, then "from" and a body),
// "it was hacked" (a passive verb of class incpassive whose subject is
// "it", or any subject for a verb of class incpassiveonly that the
// relation triggers do not read: "X was attacked"), "the attack disrupted
// its systems" (an incident, a verb of class inchitverb and a possessive
// pronoun) and "files at X" (a noun of class incassetat, "at" and a body, with
// an incident named in the sentence or the two before); a comma and a
// word of class listinclude after a kind of victims opens examples of them
// (kindIncluded). An incident named
// right there or by an agent ("by the attack") is the one; else the one
// in focus for a verb of hitting, or else the theft or breach of the
// victim, read at the verb.
func (an *analysis) incidentClauses() {
	for si, sent := range an.sents {
		if an.stopped() {
			return
		}
		lo, hi := sent.First, min(sent.End, len(an.toks))
		for k := lo; k < hi; k++ {
			if an.tokM[k] != -1 || an.toks[k].Kind != Word {
				continue
			}
			if an.lowWord("inchitverb", k) {
				an.hitInclude(si, k, lo, hi)
			}
			if an.lowWord("ransompay", k) {
				an.ransomPaid(si, k, lo, hi)
			}
			if an.lowWord("incvictimnoun", k) {
				an.includedVictims(si, k, lo, hi)
			}
			if k-2 > lo && an.low[k-1] == "," && an.lowWord("listinclude", k) {
				an.kindIncluded(si, k, lo, hi)
			}
			if an.lowWord("victimsin", k) {
				an.victimsIn(si, k, lo, hi)
			}
			if k == lo && an.lowWord("memberprep", k) {
				an.amongVictims(si, k, hi)
			}
			if an.lowWord("lossverb", k) {
				an.lostSystems(si, k, lo, hi)
			}
			if an.lowWord("spreadverb", k) {
				an.spreadTo(si, k, lo, hi)
			}
			switch {
			case an.lowWord("incstealverb", k):
				an.stealFrom(si, k, lo, hi)
			case an.lowWord("incpassive", k) || an.lowWord("incpassiveonly", k):
				an.passiveVictim(si, k, lo, hi)
			case an.lowWord("inchitverb", k):
				an.hitOwnSystems(si, k, lo, hi)
			case an.lowWord("incassetat", k) && k+2 < hi && an.low[k+1] == "at":
				an.assetAt(si, k, hi)
			}
		}
	}
}

// victimAfter is the body or state named from token k past "the", a
// demonym and words of class orgclass ("at Spanish telecom firm
// Telefonica"), a hacker group too when groupOK is set (what is stolen
// from a group), -1 if none.
func (an *analysis) victimAfter(k, hi int, groupOK bool) int {
	for n := 0; k < hi && n < 4; n++ {
		if m := an.tokM[k]; m >= 0 && an.ments[m].form == "demonym" && an.ments[m].end < hi && an.tokM[an.ments[m].end] == -1 {
			k = an.ments[m].end // "at Spanish telecom firm Telefonica"
			continue
		}
		if an.tokM[k] != -1 || !(an.low[k] == "the" || an.lowWord("orgclass", k) || an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && k+1 < hi && an.lowWord("orgclass", k+1)) {
			break
		}
		k++
	}
	if k >= hi {
		return -1
	}
	// the systems of a body: "from the servers of X"
	if k+2 < hi && an.lowWord("incassetat", k) && an.low[k+1] == "of" {
		k += 2
		if an.low[k] == "the" && k+1 < hi {
			k++
		}
	}
	m := an.mentAt(k)
	if m < 0 && an.tokM[k] == -1 && an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) && !monthName(an.toks[k].Text) {
		// an unknown name in the victim's place is a company's, unless
		// it modifies a noun
		if r := an.orgNameTail(an.orgNameRun(k)); r > k && !an.possAt(r) && !an.nameModifier(r, min(hi, r+4)) && (r >= hi || an.toks[r].Kind != Word || !unicode.IsLower([]rune(an.toks[r].Text)[0]) || an.lowWord("stop", r) || an.lowWord("skip", r)) {
			o := an.entity(schema.Organization, an.nameText(k, r))
			if an.ents[o].kind == "" {
				an.ents[o].kind = "company"
			}
			if an.addMention(o, k, r, "name") >= 0 {
				m = an.tokM[k]
			}
		}
	}
	if m < 0 || an.ments[m].first != k {
		return -1
	}
	if a := an.possessedApposition(an.ments[m].end, hi); a >= 0 {
		return a
	}
	v := an.ments[m].ent
	if !(an.ownerOK(v) || groupOK && an.ents[v].typ == schema.Organization) || an.ments[m].form == "demonym" || an.nationalModifier(m) || an.nameModifier(an.ments[m].end, min(hi, an.ments[m].end+4)) || an.possAt(an.ments[m].end) {
		return -1
	}
	return v
}

// possessedApposition is the body named in apposition to a possessed
// description after a possessor ending at token e: "Bangladesh's central
// bank, Bangladesh Bank" names Bangladesh Bank; -1 if none.
func (an *analysis) possessedApposition(e, hi int) int {
	if !an.possAt(e) {
		return -1
	}
	q := e + 1
	for q < hi && q < e+5 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("stop", q) {
		q++
	}
	if q == e+1 || q+1 >= hi || an.low[q] != "," {
		return -1
	}
	m := an.mentAt(q + 1)
	if m < 0 || an.ments[m].first != q+1 {
		return -1
	}
	if v := an.ments[m].ent; an.ents[v].typ == schema.Organization && an.ownerOK(v) {
		return v
	}
	return -1
}

// victimIncident is the incident that hit victim v as read at the verb at
// token k: one named right after "by" (agent true) or in the clause, else
// for a verb of hitting (class inchitverb) the one in focus, else the
// theft or breach of v with the verb as its mention.
func (an *analysis) victimIncident(v, k, hi int, noun string, near bool) int {
	if k+1 < hi && an.lowWord("agentprep", k+1) {
		for q := k + 2; q < hi && q < k+5; q++ {
			if e := an.entAt(q); e >= 0 {
				if an.ents[e].typ == schema.Incident {
					return e
				}
				return -2 // an actor: "hacked by X" is the relations'
			}
		}
	}
	if near {
		if e := an.incidentNear(k); e >= 0 {
			return e
		}
	}
	name := an.ents[v].name
	key := "target:" + name
	if an.ents[v].typ == schema.State {
		key += ":" + noun
	}
	inc := an.incident(key, name+" "+noun)
	an.addTarget(inc, v)
	an.addMention(inc, k, k+1, "name")
	return inc
}

func (an *analysis) stealFrom(si, k, lo, hi int) {
	// "from" within a few words: "stole data from X", "stolen from X"
	f := -1
	for q := k + 1; q < hi && q < k+6; q++ {
		if an.low[q] == "from" && an.tokM[q] == -1 {
			f = q
			break
		}
		if an.tokM[q] != -1 || an.toks[q].Kind == Punct || an.lowWord("relative", q) {
			break
		}
	}
	var v int
	var listed []int // "from several hotel chains, including X and Y"
	from := f + 1    // where the victim is named
	if f >= 0 {
		v = an.victimAfter(from, hi, true)
		if x := an.kindExamples(from, hi, -1); v < 0 && x > 0 {
			if listed = an.nameList(x, hi); len(listed) > 0 {
				v, listed = listed[0], listed[1:]
			}
		}
	} else {
		from = k + 1
		v = an.possessorAfter(from, hi)
	}
	if v < 0 {
		an.authorTheft(si, k, lo, hi)
		return
	}
	if an.personParticiple(si, k) {
		return // "the names of hackers taken from the forum": no theft
	}
	inc := an.victimIncident(v, k, hi, "theft", false)
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
	an.verbAuthor(inc, v, si, k, lo, hi, pol, mod)
	for _, o := range listed {
		an.claim(inc, schema.Targets, o, "", si, pol, mod, -1)
	}
	// "from ABC, Fox and IFC"
	for q := from; q < hi && q < from+7; q++ {
		if mm := an.mentAt(q); mm >= 0 && an.ments[mm].ent == v {
			for _, o := range an.victimsJoined(an.ments[mm].end) {
				an.claim(inc, schema.Targets, o, "", si, pol, mod, -1)
			}
			break
		}
	}
}

// personParticiple reports whether the parse makes the verb at token k a
// participle modifying a noun of persons ("hackers taken from the
// forum"): what is taken so is people, no data of a theft; without a
// parser it is none. Its callers ask it last, for the parse it needs.
func (an *analysis) personParticiple(si, k int) bool {
	p := an.tree(si)
	if p == nil {
		return false
	}
	w := p.wordAt(k)
	if w < 0 || p.s.Words[w].XPOS != "VBN" || !syntax.HasLabel(p.s.Words[w].Deprel, "acl") {
		return false
	}
	h := p.s.Words[w].Head
	if h < 0 || h >= w || p.s.Words[h].UPOS != "NOUN" {
		return false
	}
	lemma, form := strings.ToLower(p.s.Words[h].Lemma), strings.ToLower(p.s.Words[h].Form)
	return an.lex.word("personnoun", lemma) || an.lex.word("peoplenoun", form) || an.lex.word("agentnoun", form)
}

// authorTheft reads a theft verb naming no victim whose active subject is
// a hacker group, a government body or a person named as such ("a crew
// called X was stealing source code", "the agency has stolen tools from
// rival hackers"): the group's theft, unless an incident is named in the
// sentence. A company so named steals no data ("X was stealing
// customers from its rivals").
func (an *analysis) authorTheft(si, k, lo, hi int) {
	if an.tokM[k] != -1 || an.incidentIn(an.sents[si].First, k) {
		return
	}
	if an.beBefore(k, lo) && an.lex.suffix("pastsuffix", an.low[k]) {
		return // the passive: "records were stolen"
	}
	var authors []int
	subj, f := an.subjectOf(k)
	if m := an.mentAt(f); !(f >= 0 && an.lowWord("relative", f)) && (m < 0 || an.ments[m].form == "anaphor" || an.lowWord("pronoun", f)) {
		return // a name or a relative pronoun after one, no word read back
	}
	for _, a := range subj {
		if t := an.ents[a].typ; t == schema.Person || t == schema.Organization && (an.ents[a].kind == "group" || an.ents[a].kind == "agency") {
			authors = append(authors, a)
		}
	}
	if len(authors) == 0 || an.personParticiple(si, k) {
		return
	}
	name := an.ents[authors[0]].name
	inc := an.incident("author:"+name+":theft", name+" theft")
	if an.addMention(inc, k, k+1, "name") < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	for _, a := range authors {
		an.claim(inc, schema.AttributedTo, a, "", si, pol, mod, -1)
	}
}

// incidentIn reports whether an incident is mentioned in tokens [lo, k).
func (an *analysis) incidentIn(lo, k int) bool {
	for q := lo; q < k; q++ {
		if e := an.entAt(q); e >= 0 && an.ents[e].typ == schema.Incident {
			return true
		}
	}
	return false
}

// beBefore reports whether a form of "be" (class beaux) stands before the
// verb at token k, past adverbs and preverbs, from lo: "were stolen",
// "was quietly stealing".
func (an *analysis) beBefore(k, lo int) bool {
	b := k - 1
	for b >= lo && an.tokM[b] == -1 && (an.isAdverb(an.low[b]) || an.lowWord("preverb", b)) {
		b--
	}
	return b >= lo && an.lowWord("beaux", b)
}

// verbAuthor attributes the incident inc read at the verb at k to the
// verb's subject when the verb is active: "X stole records from Y" (the
// victim v is no author).
func (an *analysis) verbAuthor(inc, v, si, k, lo, hi int, pol schema.Polarity, mod schema.Modality) {
	var subj []int
	if an.beBefore(k, lo) {
		// the passive: its agent, after the victim's phrase ("records
		// were stolen from Y by X")
		for q := k + 1; q < hi && q < k+12; q++ {
			if an.toks[q].Kind == Punct {
				break
			}
			if an.tokM[q] == -1 && an.lowWord("agentprep", q) {
				if ms := an.objectsAfter(q+1, hi); len(ms) > 0 {
					subj = append(subj, an.ments[ms[0]].ent)
				}
				break
			}
		}
	} else {
		var f int
		subj, f = an.subjectOf(k)
		if p := f - 1; f >= 0 && p >= lo && (an.lowWord("article", p) && p-1 >= lo && an.lowWord("prep", p-1) || an.lowWord("prep", p)) {
			return // a participle after a preposition's object: "records of X taken from Y"
		}
	}
	for _, a := range subj {
		if a != v && an.isActor(a) {
			an.claim(inc, schema.AttributedTo, a, "", si, pol, mod, -1)
		}
	}
}

// possessorAfter is the body or state whose possession is named from
// token k: "stole DocuSign's customer list", -1 if none.
func (an *analysis) possessorAfter(k, hi int) int {
	if k < hi && an.tokM[k] == -1 && an.lowWord("article", k) {
		k++
	}
	m := an.mentAt(k)
	if m < 0 || an.ments[m].first != k || an.ments[m].form == "demonym" || an.ments[m].end >= hi || !an.possAt(an.ments[m].end) {
		return -1
	}
	if v := an.ments[m].ent; an.ownerOK(v) {
		return v
	}
	return -1
}

func (an *analysis) passiveVictim(si, k, lo, hi int) {
	b := k - 1
	for b >= lo && an.tokM[b] == -1 && (an.isAdverb(an.low[b]) || an.lowWord("skip", b) && !an.lowWord("beaux", b)) {
		b--
	}
	if b < lo || an.tokM[b] != -1 || !an.lowWord("beaux", b) {
		return
	}
	j := b - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("beaux", j) || an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	if j < lo {
		return
	}
	v := -1
	person := false
	if a := j; an.tokM[a] == -1 && an.lowWord("asset", a) {
		// "his emails were compromised", "its servers had been breached"
		for a > lo && an.tokM[a-1] == -1 && an.lowWord("asset", a-1) {
			a--
		}
		if p := a - 1; p >= lo && an.tokM[p] == -1 && an.lowWord("possessive", p) && an.low[p] != "their" {
			v = an.resolvePronoun(an.low[p], p)
			person = an.low[p] == "his" || an.low[p] == "her"
		}
	} else if an.tokM[j] == -1 && an.low[j] == "it" {
		v = an.itSubject(j)
	} else if an.lowWord("incpassiveonly", k) {
		if m := an.mentAt(j); m >= 0 && an.ments[m].end == j+1 && an.ments[m].form != "demonym" {
			v = an.ments[m].ent
		}
	}
	if v < 0 || !an.ownerOK(v) && !(person && (an.ents[v].typ == schema.Person || an.ents[v].typ == schema.Official)) {
		return
	}
	noun, hit := "breach", an.lowWord("inchitverb", k) || an.lowWord("incpassiveonly", k)
	switch {
	case strings.HasPrefix(an.low[k], "hack"):
		noun = "hack"
	case hit:
		noun = "attack"
	}
	inc := an.victimIncident(v, k, hi, noun, hit)
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
}

func (an *analysis) hitOwnSystems(si, k, lo, hi int) {
	// the incident right before the verb: "the attack disrupted its ..."
	j := k - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j--
	}
	if j < lo {
		return
	}
	inc := an.entAt(j)
	if inc < 0 || an.ents[inc].typ != schema.Incident {
		return
	}
	p := k + 1
	if p+1 >= hi || an.tokM[p] != -1 || !an.lowWord("possessive", p) || an.low[p] == "his" || an.low[p] == "her" {
		return
	}
	v := an.resolvePronoun(an.low[p], p)
	if v < 0 || !an.ownerOK(v) || slices.Contains(an.ents[inc].actor, v) {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
}

func (an *analysis) assetAt(si, k, hi int) {
	v := an.victimAfter(k+2, hi, false)
	if v < 0 {
		return
	}
	inc := an.incidentNear(k)
	if inc < 0 || slices.Contains(an.ents[inc].actor, v) {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
}

// lostSystems reads a loss of systems or data: a verb of class lossverb
// with an asset noun within three words after it ("X and Y lost internal
// systems for days") makes its subject, read before the verb or else
// before the verb phrase it is joined to (class vpconj), a victim of the
// incident named in the sentence or the two before, else of the one in
// focus.
func (an *analysis) lostSystems(si, k, lo, hi int) {
	asset := false
	for q := k + 1; q < hi && q < k+4 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !an.lowWord("stop", q); q++ {
		if an.lowWord("asset", q) {
			asset = true
			break
		}
	}
	if !asset {
		return
	}
	subj := an.subjectBefore(k, lo)
	if len(subj) == 0 && k-1 > lo && an.lowWord("vpconj", k-1) {
		// the subject of the verb phrase before: "X and Y kept
		// programmes on air but lost internal systems"
		for q := k - 2; q >= lo && q > k-10; q-- {
			if an.toks[q].Kind == Punct {
				break
			}
			if m := an.mentAt(q); m >= 0 {
				if e := an.ments[m].end; e < k && an.toks[e].Kind == Word && !isCap(an.toks[e].Text) && an.tokM[e] == -1 && !an.lowWord("stop", e) {
					subj = an.victimCoord(m)
				}
				break
			}
		}
	}
	inc := an.nearOrFocus(k)
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claimVictims(inc, subj, si, pol, mod)
}

// nearOrFocus is the incident named in the sentence of token k or the two
// before, else the one in focus however far back it was named; -1 if none.
func (an *analysis) nearOrFocus(k int) int {
	if inc := an.incidentNear(k); inc >= 0 {
		return inc
	}
	return an.salientBefore(k)
}

// claimVictims claims as victims of incident inc the bodies and states of
// vs that may own what was hit, but for the incident's own actors.
func (an *analysis) claimVictims(inc int, vs []int, si int, pol schema.Polarity, mod schema.Modality) {
	for _, v := range vs {
		if an.ownerOK(v) && !slices.Contains(an.ents[inc].actor, v) {
			an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
		}
	}
}

// spreadTo reads an incident spreading to its victims: a verb of class
// spreadverb whose subject is the incident (named right before it, or
// "it" for the one that opens the sentence before) and, within six words,
// a word of class spreadprep, after which the bodies and states named up
// to the sentence's end are victims, none in a prepositional phrase or
// possessing a name after it ("It then moved through corporate networks
// to X, the drugmaker Y and Z's W unit").
func (an *analysis) spreadTo(si, k, lo, hi int) {
	inc := an.hitIncident(si, k)
	if inc < 0 && si > 0 {
		j := k - 1
		for j >= lo && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
			j--
		}
		if j == lo && an.tokM[j] == -1 && an.lowWord("itpron", j) {
			prev := an.sents[si-1]
			if m := an.mentAt(prev.First); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Incident {
				inc = an.ments[m].ent
			}
		}
	}
	if inc < 0 {
		return
	}
	to := -1
	for q := k + 1; q < hi && q < k+7; q++ {
		if an.toks[q].Kind == Punct || an.tokM[q] != -1 {
			break
		}
		if an.lowWord("spreadprep", q) {
			to = q
			break
		}
	}
	if to < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	for _, v := range an.listedVictims(to+1, hi, inc) {
		an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
	}
}

// amongVictims reads an inverted list of victims opening its sentence:
// "among" (class memberprep), a phrase that holds a word of hitting or
// breaching (classes inchitverb, incpassive, incstealverb) or of a loss
// of systems or data (class lossverb before a word of class asset), then
// a copula and the victims, the bodies and states named up to the
// sentence's end, but for one in a prepositional phrase ("across the
// US"): "Among those that have reported losing data through X are A, B
// and C". They are victims of the incident named in
// the phrase, else of the one named in the sentence or the two before,
// else of the one in focus.
func (an *analysis) amongVictims(si, k, hi int) {
	cue, inc, c := false, -1, -1
	for q := k + 1; q < hi && q < k+16; q++ {
		if e := an.entAt(q); e >= 0 {
			if an.ents[e].typ == schema.Incident && inc < 0 {
				inc = e
			}
			q = an.ments[an.mentAt(q)].end - 1
			continue
		}
		if an.toks[q].Kind == Punct {
			return
		}
		if an.lowWord("inchitverb", q) || an.lowWord("incpassive", q) || an.lowWord("incstealverb", q) || an.lowWord("lossverb", q) && q+1 < hi && an.lowWord("asset", q+1) {
			cue = true
		}
		if an.lowWord("copula", q) {
			c = q
			break
		}
	}
	if !cue || c < 0 {
		return
	}
	if inc < 0 {
		inc = an.nearOrFocus(k)
	}
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(c), c)
	for q := c + 1; q < hi; q++ {
		if an.low[q] == ";" {
			break
		}
		m := an.mentAt(q)
		if m < 0 {
			continue
		}
		if v := an.ments[m].ent; an.ownerOK(v) && !an.nationalModifier(m) && an.ments[m].form != "demonym" && !an.inPP(an.ments[m].first, c+1) && !slices.Contains(an.ents[inc].actor, v) {
			an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
		}
		q = an.ments[m].end - 1
	}
}

// hitInclude reads a reduced relative of hitting before "include" with
// no agent: "other institutions hit in the following days included X and
// Y" names victims of the incident named in the sentence or the two
// before, else of the one in focus however far back it was named.
func (an *analysis) hitInclude(si, k, lo, hi int) {
	if k == lo || an.tokM[k-1] != -1 || an.toks[k-1].Kind != Word || isCap(an.toks[k-1].Text) || an.lowWord("stop", k-1) || an.lowWord("skip", k-1) || an.lowWord("beaux", k-1) {
		return // the noun the participle modifies: "institutions hit"
	}
	q := k + 1
	for q < hi && q < k+7 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !an.lowWord("includeverb", q) && !an.lowWord("agentprep", q) {
		q++
	}
	if q >= hi || !an.lowWord("includeverb", q) {
		return
	}
	// none named near: the one in focus, which the list goes on with
	// ("other institutions hit ... included X")
	inc := an.nearOrFocus(k)
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(q), q)
	an.claimVictims(inc, an.nameList(q+1, hi), si, pol, mod)
}

// ransomPaid reads a victim that pays a ransom: a verb of class ransompay
// with a word of class ransomword within eight words after it ("Newark
// paid its ransom", "chose to pay $25,000 in bitcoin"), whose subject (a
// body named before it, past auxiliaries and control verbs, or "it") is
// the victim of the incident in focus, else of its ransomware attack read
// at the verb.
func (an *analysis) ransomPaid(si, k, lo, hi int) {
	found := false
	for q := k + 1; q < hi && q < k+9; q++ {
		if an.lowWord("ransomword", q) {
			found = true
			break
		}
		if an.toks[q].Kind == Punct && an.toks[q].Text != "$" {
			break
		}
	}
	if !found {
		return
	}
	j := k - 1
	for j >= lo && an.tokM[j] == -1 && (an.lowWord("skip", j) || an.isAdverb(an.low[j]) || an.low[j] == "to" || an.lowWord("control", j) || an.lowWord("choiceverb", j)) {
		j--
	}
	if j < lo {
		return
	}
	v := -1
	if m := an.mentAt(j); m >= 0 && an.ments[m].end == j+1 {
		if an.ments[m].form != "demonym" && !an.nationalModifier(m) {
			v = an.ments[m].ent
		}
	} else if an.tokM[j] == -1 && an.low[j] == "it" {
		v = an.itSubject(j)
	} else if b := an.capStart(j, lo); b >= 0 && an.nameStarts(b, lo) {
		v = an.nameBefore(j+1, lo)
	}
	if v < 0 || !an.ownerOK(v) {
		return
	}
	inc := an.incidentNear(k)
	if inc < 0 || slices.Contains(an.ents[inc].actor, v) {
		inc = an.victimIncident(v, k, hi, "ransomware attack", false)
	}
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
}

// itSubject is whom "it" at token j stands for: the subject of a
// reporting verb right before it ("JBS later said it had paid"), else
// the pronoun's antecedent as the relations resolve it.
func (an *analysis) itSubject(j int) int {
	lo := an.sents[an.sentOf[j]].First
	r := j - 1
	if r >= lo && an.tokM[r] == -1 && an.low[r] == "that" {
		r--
	}
	if r > lo && an.tokM[r] == -1 && an.lowWord("report", r) {
		q := r - 1
		for q >= lo && q >= r-3 && an.tokM[q] == -1 && an.toks[q].Kind == Word && !isCap(an.toks[q].Text) && !an.lowWord("stop", q) {
			q-- // "JBS later said it", "X has also said it"
		}
		if q < lo {
			return an.resolvePronoun("it", j)
		}
		if m := an.mentAt(q); m >= 0 && an.ments[m].end == q+1 {
			return an.ments[m].ent
		}
		if b := an.capStart(q, lo); b >= 0 {
			// a name read before as a body's: "JBS later said it"
			if e, ok := an.byKey[string(schema.Organization)+"\x00"+an.nameText(b, q+1)]; ok && an.addMention(e, b, q+1, "name") >= 0 {
				return e
			}
			return -1 // someone the analysis does not know
		}
	}
	return an.resolvePronoun("it", j)
}

// includedVictims reads the bodies an "including" list names before a
// copula and a victim noun: "1,200 of its hotels, including Holiday Inn
// and Crowne Plaza, were victims of a cyber attack". The incident is the
// one named after "of", else the one in focus.
func (an *analysis) includedVictims(si, k, lo, hi int) {
	b := k - 1
	for b >= lo && an.tokM[b] == -1 && (an.lowWord("det", b) || an.lowWord("beaux", b) || an.lowWord("skip", b) || an.isAdverb(an.low[b])) {
		if an.lowWord("beaux", b) {
			break
		}
		b--
	}
	if b < lo || an.tokM[b] != -1 || !an.lowWord("beaux", b) {
		return
	}
	// the list ends before the copula, after a comma: ", including X and Y,"
	e := b
	if e-1 >= lo && an.toks[e-1].Text == "," {
		e--
	}
	inc := -1
	if k+1 < hi && an.lowWord("ofprep", k+1) {
		inc = an.incidentFirst(k+2, min(hi, k+7))
	}
	if inc < 0 {
		inc = an.incidentNear(k)
	}
	if inc < 0 {
		return
	}
	inc0 := -1
	for q := e - 1; q >= lo && q >= e-10; q-- {
		if an.tokM[q] == -1 && an.lowWord("incvickeep", q) {
			inc0 = q
			break
		}
	}
	if inc0 < 0 {
		return
	}
	v := an.victimAfter(inc0+1, e, false)
	if v < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(b), b)
	an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
	for q := inc0 + 1; q < e; q++ {
		if m := an.mentAt(q); m >= 0 && an.ments[m].ent == v {
			for _, o := range an.victimsJoined(an.ments[m].end) {
				an.claim(inc, schema.Targets, o, "", si, pol, mod, -1)
			}
			break
		}
	}
}

// kindIncluded reads the examples of a kind of victims an incident's
// complement names (see kindExamples): "attacks on large retailers,
// including X, Y and Z", "a phishing campaign against several banks in
// May, including X": the listinclude word at token k opens the victims of
// the incident named before the victim preposition (class incvicprep), or
// of the incident its noun there names.
func (an *analysis) kindIncluded(si, k, lo, hi int) {
	for p := k - 2; p > lo && p >= k-9; p-- {
		if !an.lowWord("incvicprep", p) {
			continue
		}
		inc := -1
		if e := an.entAt(p); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e // the complement inside the incident's phrase
		} else if e := an.entAt(p - 1); e >= 0 && an.ents[e].typ == schema.Incident && an.ments[an.tokM[p-1]].end == p {
			inc = e
		}
		if an.kindExamples(p+1, hi, inc) != k+1 {
			return
		}
		vs := an.nameList(k+1, hi)
		if len(vs) == 0 {
			return
		}
		if inc < 0 && an.tokM[p-1] == -1 && an.lex.incNoun[an.low[p-1]] == "cyber" {
			// a plural the phrases left generic: "a wave of attacks on
			// large retailers, including X"
			inc = an.incidentNP(p-1, hi)
		}
		if inc < 0 {
			return
		}
		pol, mod := an.polarity(si, an.clauseStart(p), p)
		an.claimVictims(inc, vs, si, pol, mod)
		return
	}
}

// incidentFirst returns the first entity named in tokens [from, to) when it
// is an incident, else -1.
func (an *analysis) incidentFirst(from, to int) int {
	for q := from; q < to; q++ {
		if e := an.entAt(q); e >= 0 {
			if an.ents[e].typ == schema.Incident {
				return e
			}
			return -1
		}
	}
	return -1
}

// victimsIn reads the states whose victims an incident hit: a noun of
// class victimsin after a word that is no name ("went after targets in
// X, Y and Z", "hit victims in X and Y"), then "in" and a list of states
// named as such: the victims of the latest incident named in the sentence
// or the three before.
func (an *analysis) victimsIn(si, k, lo, hi int) {
	if k == lo || k+2 >= hi || an.tokM[k-1] != -1 || an.toks[k-1].Kind != Word || isCap(an.toks[k-1].Text) || an.low[k+1] != "in" || an.tokM[k+1] != -1 {
		return
	}
	var states []int
	for _, v := range an.nameList(k+2, hi) {
		if an.ents[v].typ != schema.State {
			break
		}
		states = append(states, v)
	}
	if len(states) == 0 {
		return
	}
	inc := -1 // the latest incident of the sentence or the three before
	for q := k - 1; q >= 0 && an.sentOf[q] >= si-3 && inc < 0; q-- {
		if e := an.entAt(q); e >= 0 && an.ents[e].typ == schema.Incident {
			inc = e
		}
	}
	if inc < 0 {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	for _, v := range states {
		if !slices.Contains(an.ents[inc].actor, v) {
			an.claim(inc, schema.Targets, v, "", si, pol, mod, -1)
		}
	}
}
