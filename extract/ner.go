package extract

import (
	"slices"
	"strings"

	"github.com/statekg/statekg/schema"
)

// nameRun returns the end of a personal name starting at i: one to four
// capitalised words not yet read as anything, the first neither a title
// word nor a word that never opens a name. It returns i when there is none.
func (an *analysis) nameRun(i int) int {
	if i >= len(an.toks) || an.tokM[i] != -1 || an.toks[i].Kind != Word || !isCap(an.toks[i].Text) {
		return i
	}
	if an.textWord("nonname", i) {
		return i
	}
	if c := an.titleAt(i); c != "" && c != "honorific" {
		return i
	}
	j := i
	words := 0
	for j < len(an.toks) && words < 4 && an.tokM[j] == -1 && an.toks[j].Kind == Word {
		if j > i && an.toks[j].Span.Start != an.toks[j-1].Span.End && !an.oneSpace(j) {
			break
		}
		if !isCap(an.toks[j].Text) {
			// a name particle inside the name: "Mohammed bin Salman",
			// "Bashar al-Assad"
			if j == i || !an.nameParticle(j) {
				break
			}
		} else if j > i && (an.textWord("orghead", j) || an.titleAt(j) == "head") {
			return i
		}
		if an.initialAt(j) {
			j++ // "S. Jaishankar": the initial's full stop
		}
		if isCap(an.toks[j].Text) {
			words++
		}
		j++
	}
	for j > i && !isCap(an.toks[j-1].Text) && !strings.Contains(an.toks[j-1].Text, "-") {
		j-- // a particle never ends a name
	}
	n := j - i
	if n < 2 && !(n == 1 && j < len(an.toks)) {
		return i
	}
	if n == 1 {
		return i
	}
	if an.titleAt(i) == "honorific" && n < 2 {
		return i
	}
	return j
}

// nameParticle reports whether token k, lower case, belongs inside a
// personal name: a particle of class nameparticle before a capitalised
// word ("bin", "van") or one joined to it ("al-Assad").
func (an *analysis) nameParticle(k int) bool {
	t := an.toks[k].Text
	if h := strings.IndexByte(t, '-'); h > 0 && h+1 < len(t) && isCap(t[h+1:]) {
		return an.lex.word("nameparticle", t[:h])
	}
	return an.lex.word("nameparticle", t) && k+1 < len(an.toks) && an.toks[k+1].Kind == Word && (isCap(an.toks[k+1].Text) || an.nameParticle(k+1))
}

// initialAt reports whether token k is an initial followed by its full
// stop and a capitalised word: "S. Jaishankar".
func (an *analysis) initialAt(k int) bool {
	t := an.toks[k].Text
	return len(t) == 1 && isCap(t) && k+2 < len(an.toks) && an.toks[k+1].Text == "." && an.toks[k+1].Span.Start == an.toks[k].Span.End && isCap(an.toks[k+2].Text) && an.sentOf[k+2] == an.sentOf[k]
}

// titleInfo is a title phrase read around a name.
type titleInfo struct {
	position string
	state    int // State entity the title names, -1
	org      int // Organization entity the title names, -1
	company  bool
	body     bool // the title names a body not yet read: "an official at the Tidewater Bureau"; capitalised title words name a portfolio, no body: "Minister of State for Foreign Affairs"
	first    int  // first token of the phrase, after any article
}

// parseTitle reads toks[first:end] as a title phrase: an optional article,
// possessors and state or organisation words, title words with at least one
// head, and an optional complement opened by of, for or to.
func (an *analysis) parseTitle(first, end int, allowAnd bool) (titleInfo, bool) {
	ti := titleInfo{state: -1, org: -1, first: first}
	i := first
	// an adverb of time opens an apposition's title: "now France's
	// president"
	if i+1 < end && an.lowWord("titleadv", i) {
		i++
		ti.first = i
	}
	if i < end && an.lowWord("titledet", i) {
		i++
		ti.first = i
	}
	// a possessor that is no name: "its foreign policy chief", "the
	// country's ambassador"
	if i+1 < end && an.tokM[i] == -1 {
		switch {
		case an.lowWord("possessive", i):
			if e := an.resolvePronoun(an.low[i], i); e >= 0 {
				switch an.ents[e].typ {
				case schema.State:
					ti.state = e
				case schema.Organization:
					ti.org = e
				default:
					if o := an.ents[e].officialOf; o >= 0 && an.ents[o].typ == schema.State {
						ti.state = o
					}
				}
			}
			i++
		case an.possAt(i+1) && an.lowWord("statenoun", i):
			ti.state = an.contextState(an.sentOf[i], i)
			i += 2
		case first < i:
			// a body named before, described in lower case: "the central
			// bank's governor" after "Bangladesh Bank"
			if p := an.bodyPossessor(i, end); p > i {
				if o := an.bodyNamed(p - 1); o >= 0 {
					ti.org, i = o, p+1
				}
			}
		}
	}
	var keep []int
	head := false
	inComp := false
	compAt := -1    // the word opening the complement
	compFirst := -1 // its index in keep
	plural := -1    // the plural head, singular in the position
	for i < end {
		if m := an.mentAt(i); m >= 0 {
			mm := an.ments[m]
			e := an.ents[mm.ent]
			poss := mm.end < end && an.toks[mm.end].Kind == Possessive
			switch e.typ {
			case schema.State:
				if inComp && !an.lowWord("orgjoin", compAt) {
					// a place, not the state served: "ambassador in
					// Washington", "envoy to China"
					for k := mm.first; k < mm.end; k++ {
						keep = append(keep, k)
					}
				} else if ti.state < 0 {
					ti.state = mm.ent
				}
			case schema.Organization:
				if ti.org < 0 && !inComp || ti.org < 0 {
					ti.org = mm.ent
				}
				if e.kind == "company" && !inComp {
					ti.company = true
				}
				// the international body served is no part of the
				// title: "NATO Secretary General X"
				if !poss && !(e.kind == "intl" && !inComp && ti.org == mm.ent) {
					for k := mm.first; k < mm.end; k++ {
						keep = append(keep, k)
					}
				}
			case schema.Official, schema.Person:
				if inComp && !poss && compAt >= 0 {
					an.servesOf(&ti, &keep, compAt, mm.ent) // "adviser to Donald Trump"
					i = end
					continue
				}
				// "President Vladimir Putin's first deputy chief of
				// staff": the words before are the possessor's title
				if !poss || inComp {
					return ti, false
				}
				keep, head, plural = keep[:0], false, -1
				if o := e.officialOf; o >= 0 && ti.state < 0 {
					if an.ents[o].typ == schema.State {
						ti.state = o
					} else if ti.org < 0 {
						ti.org = o
					}
				}
			default:
				return ti, false
			}
			i = mm.end
			if poss {
				i++
			}
			continue
		}
		w := an.low[i]
		c := an.lex.titles[w]
		if c == "" && !inComp && len(w) > 3 && w[len(w)-1] == 's' && an.lex.titles[w[:len(w)-1]] == "head" {
			c, plural = "head", i // "deputy defence ministers"
		}
		served := -1
		if inComp && c == "head" && isCap(an.toks[i].Text) && compAt >= 0 {
			served = an.nameAfterTitle(i, end)
		}
		switch {
		case served != -1:
			// the title of the official served: "homeland security
			// adviser to President Donald Trump"
			an.servesOf(&ti, &keep, compAt, served)
			i = end
			continue
		case inComp:
			if an.toks[i].Kind == Punct && an.toks[i].Text != "-" {
				return ti, false
			}
			if an.toks[i].Kind == Word && isCap(an.toks[i].Text) && an.titleAt(i) == "" && !an.placeAfter(compAt, i) {
				ti.body = true
			}
			if an.lowWord("titlecomp", i) {
				compAt = i // "spokesperson for the embassy in New Delhi"
			}
			if w == "and" && !allowAnd && !an.capitalsJoined(i, end) {
				return ti, false
			}
			keep = append(keep, i)
		case c == "head" || c == "mod" || c == "company":
			if c == "head" {
				head = true
			}
			if c == "company" {
				ti.company = true
				head = true
			}
			keep = append(keep, i)
		case head && an.lowWord("titlecomp", i):
			inComp, compAt, compFirst = true, i, len(keep)
			keep = append(keep, i)
		case !head && an.portfolioWordAt(i, end):
			keep = append(keep, i)
		default:
			return ti, false
		}
		i++
	}
	if !head || len(keep) == 0 {
		return ti, false
	}
	if l := keep[len(keep)-1]; an.lowWord("titlecomp", l) || an.lowWord("titledet", l) || an.lowWord("orglist", l) {
		return ti, false
	}
	// the body served is no part of the title: "a spokesperson for the
	// Chinese embassy in New Delhi", "an official at the Tidewater Bureau"
	if compFirst > 0 && an.servedBody(keep[compFirst:]) {
		keep = keep[:compFirst]
	}
	// the phrase must end in a title word or a complement
	var b strings.Builder
	for k, t := range keep {
		if k > 0 && an.toks[t].Kind != Possessive {
			b.WriteByte(' ')
		}
		if t == plural {
			b.WriteString(an.toks[t].Text[:len(an.toks[t].Text)-1])
			continue
		}
		b.WriteString(an.toks[t].Text)
	}
	ti.position = b.String()
	return ti, true
}

// servedBody reports whether the title complement of tokens comp, opened
// by a preposition of class titlebody and an article, names a body: a
// word of class bodynoun, a capitalised organisation head or an
// organisation's mention.
func (an *analysis) servedBody(comp []int) bool {
	if len(comp) < 3 || !an.lowWord("titlebody", comp[0]) || comp[1] != comp[0]+1 || !an.lowWord("orgdet", comp[1]) {
		return false
	}
	for _, k := range comp[2:] {
		if an.lowWord("bodynoun", k) || an.textWord("orghead", k) {
			return true
		}
		if m := an.mentAt(k); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Organization {
			return true
		}
	}
	return false
}

// officialPass reads officials from their titles: "Chinese Foreign
// Minister Wang Yi", "Kim Gunn, South Korea's envoy,", "the central bank's
// governor, Atiur Rahman,".
func (an *analysis) officialPass() {
	an.leaderGovernments()
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		var end int
		known := -1
		if m := an.mentAt(i); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Official && an.ments[m].first == i {
			end = an.ments[m].end
			known = m
		} else {
			end = an.nameRun(i)
			if end == i && an.titledName(i) {
				end = i + 1 // "King Salman"
			}
			if end == i {
				continue
			}
		}
		si := an.sentOf[i]
		sent := an.sents[si]
		ti, found, mfirst := an.titleBefore(i, sent.First)
		if !found {
			ti, found = an.titleAfter(end, sent.End)
			mfirst = i
		}
		if !found {
			// a list of names sharing a title: "Ding Xiaoyang, Cheng
			// Qingmin and Zhu Yunmin, officers of ..."
			if last := an.nameListEnd(end, sent.End); last > end {
				ti, found = an.titleAfter(last, sent.End)
			}
		}
		if !found {
			ti, found = an.titleReversed(i, sent.First)
			mfirst = i
		}
		if !found {
			ti, found = an.titleRelative(end, sent.End)
		}
		if !found && known < 0 {
			continue
		}
		name := an.nameText(i, end)
		typ := schema.Official
		if ti.company {
			typ = schema.Person
		}
		var ei int
		if known >= 0 {
			ei = an.ments[known].ent
			an.ments[known].ent = -1
			for k := an.ments[known].first; k < an.ments[known].end; k++ {
				an.tokM[k] = -1
			}
		} else {
			ei = -1
			if end == i+1 {
				ei = an.personTitled(name, ti.position) // "Prince Mohammed" after "Mohammed bin Salman"
			}
			if ei < 0 {
				ei = an.entity(typ, name)
			}
		}
		if mfirst < i && found {
			an.titleBody(mfirst, i)
		}
		if mfirst < i {
			an.ents[ei].extra = append(an.ents[ei].extra, an.mentionOf(i, end))
			if an.replaceMentions(ei, mfirst, end, "title") < 0 {
				an.addMention(ei, i, end, "name")
			}
		} else {
			an.addMention(ei, i, end, "name")
		}
		e := &an.ents[ei]
		if !found {
			i = end - 1
			continue
		}

		if e.position == "" {
			e.position = ti.position
			e.posSent = si
		}
		// the state after the name: "King Abdullah of Jordan"
		if ti.state < 0 && ti.org < 0 && end+1 < len(an.toks) && an.lowWord("ofprep", end) {
			if m := an.mentAt(end + 1); m >= 0 && an.ments[m].first == end+1 && an.ents[an.ments[m].ent].typ == schema.State && an.ments[m].form == "name" {
				ti.state = an.ments[m].ent
			}
		}
		if e.guessed && (ti.state >= 0 || ti.org >= 0 && (an.ents[ti.org].kind == "intl" || an.ents[ti.org].state >= 0)) {
			// a later title naming the state overrides a guess
			e.officialOf, e.guessed, e.guessSent = -1, false, -1
		}
		if e.officialOf < 0 {
			switch {
			case ti.state >= 0:
				e.officialOf = ti.state
			case ti.org >= 0 && an.ents[ti.org].kind == "intl":
				e.officialOf = ti.org
			case ti.org >= 0 && an.ents[ti.org].state >= 0:
				e.officialOf = an.ents[ti.org].state
			case e.state >= 0:
				e.officialOf = e.state
			case ti.org < 0 && !ti.body:
				// a title naming no state: the possessor of an apposition
				// ("Carl Moor, the Justice Department's top lawyer"), else
				// the state in context ("Finance Minister AMA Muhith"); a
				// body without a state names none
				if e.officialOf = an.appositionState(end); e.officialOf < 0 && an.intlTitle(ti.position) {
					e.officialOf = an.contextIntl(si, mfirst)
				} else if e.officialOf < 0 {
					e.officialOf = an.contextState(si, mfirst)
					e.guessed = e.officialOf >= 0
					e.guessSent, e.guessAt = si, mfirst
				}
			}
		}
		i = end - 1
	}
}

// leaderGovernments reads a known leader's name before a noun of class
// leadergov as no mention of the leader, who does not act there: "a
// senior Biden administration official" speaks for the government.
func (an *analysis) leaderGovernments() {
	for mi := range an.ments {
		m := an.ments[mi]
		if m.ent < 0 || m.end >= len(an.toks) || an.tokM[m.end] != -1 || !an.lowWord("leadergov", m.end) {
			continue
		}
		e := &an.ents[m.ent]
		if e.typ != schema.Official || e.officialOf < 0 || an.ents[e.officialOf].typ != schema.State {
			continue
		}
		an.ments[mi].ent = -1
		for k := m.first; k < m.end; k++ {
			an.tokM[k] = -2 // no other reading either
		}
		if !an.mentioned(m.ent) && len(e.extra) == 0 {
			e.officialOf, e.position = -1, ""
		}
	}
}

// mentioned reports whether entity e has a mention.
func (an *analysis) mentioned(e int) bool {
	for _, m := range an.ments {
		if m.ent == e {
			return true
		}
	}
	return false
}

// titleBody reads the body a title phrase [first, end) names by a
// description after its state's name or demonym ("Chinese foreign ministry
// spokesman"): the body of bodyPass, its mentions kept as surface forms,
// as the title's mention covers their words.
func (an *analysis) titleBody(first, end int) {
	k := first
	if an.lowWord("titledet", k) {
		k++
	}
	m := an.mentAt(k)
	if m < 0 || an.ments[m].first != k || an.ents[an.ments[m].ent].typ != schema.State {
		return
	}
	st, s := an.ments[m].ent, an.ments[m].end
	if an.possAt(s) {
		s++
	}
	e := s
	for e < end && an.toks[e].Kind == Word && an.lowWord("bodymod", e) {
		e++
	}
	n := e
	for e < end && an.toks[e].Kind == Word && an.lowWord("bodynoun", e) {
		e++
	}
	if e == n || e >= end || an.titleAt(e) == "" {
		return
	}
	ei := an.entity(schema.Organization, strings.ToLower(an.nameText(s, e))+" of "+an.ents[st].name)
	if an.ents[ei].kind == "" {
		an.ents[ei].kind = "agency"
	}
	if an.ents[ei].state < 0 {
		an.ents[ei].state = st
	}
	an.ents[ei].extra = append(an.ents[ei].extra, an.mentionOf(k, e), an.mentionOf(s, e))
}

// nameListEnd is the end of the last name of a list that continues a
// name ending before token end: ", Cheng Qingmin and Zhu Yunmin"; end if
// none follows.
func (an *analysis) nameListEnd(end, hi int) int {
	last := end
	for k := end; k+1 < hi; {
		switch {
		case an.toks[k].Text == "," && k+2 < hi && an.lowWord("orglist", k+1):
			k += 2
		case an.toks[k].Text == "," || an.lowWord("orglist", k):
			k++
		default:
			return last
		}
		e := an.nameRun(k)
		if e == k {
			return last
		}
		last, k = e, e
	}
	return last
}

// personNamed is the one official or person named so far whose full
// name begins or ends with the single name w; -1 if none or several.
func (an *analysis) personNamed(w string) int {
	return an.personTitled(w, "")
}

// personTitled is personNamed, where of several the one whose title ends
// in the same head as title is the one meant: "Prince Mohammed" is
// "Crown Prince Mohammed bin Salman", not "Mohammed al-Otaibi, the consul
// general".
func (an *analysis) personTitled(w, title string) int {
	var all []int
	for i, e := range an.ents {
		if e.typ != schema.Official && e.typ != schema.Person {
			continue
		}
		f := strings.Fields(e.name)
		// a last name after a particle is a parent's: "Mohammed bin Salman"
		// is no "King Salman"
		last := len(f) >= 2 && f[len(f)-1] == w && !an.lex.word("nameparticle", f[len(f)-2])
		if len(f) < 2 || f[0] != w && !last {
			continue
		}
		all = append(all, i)
	}
	if len(all) == 1 {
		return all[0]
	}
	head := lastWord(title)
	found := -1
	for _, i := range all {
		if head == "" || lastWord(an.ents[i].position) != head {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// lastWord is the last word of s in lower case, "" if none.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// titledName reports whether the single capitalised word at i is a name
// after a capitalised title head: "King Salman", "President Erdogan".
func (an *analysis) titledName(i int) bool {
	if i == 0 || i+1 >= len(an.toks) || an.tokM[i] != -1 || an.toks[i].Kind != Word || !isCap(an.toks[i].Text) || an.textWord("nonname", i) || an.titleAt(i) != "" {
		return false
	}
	if an.toks[i+1].Kind == Word && isCap(an.toks[i+1].Text) {
		return false
	}
	p := i - 1
	if an.titleAt(p) != "head" || !isCap(an.toks[p].Text) || an.tokM[p] != -1 || an.sentOf[p] != an.sentOf[i] {
		return false
	}
	// "the bloc's Official Journal" is no one's title: before the title
	// stands no article and no possessor but a state
	if p > 0 && an.lowWord("titledet", p-1) {
		return false
	}
	if p > 1 && an.possAt(p-1) {
		m := an.mentAt(p - 2)
		return m >= 0 && an.ents[an.ments[m].ent].typ == schema.State
	}
	return true
}

func (an *analysis) nameText(first, end int) string {
	return an.text[an.toks[first].Span.Start:an.toks[end-1].Span.End]
}

// titleBefore looks for a title right before the name at i.
func (an *analysis) titleBefore(i, lo int) (titleInfo, bool, int) {
	start := i
	for k := i - 1; k >= lo && k >= i-10; k-- {
		if m := an.mentAt(k); m >= 0 {
			t := an.ents[an.ments[m].ent].typ
			if t != schema.State && t != schema.Organization {
				break
			}
			k = an.ments[m].first
			start = k
			continue
		}
		w := an.low[k]
		if c := an.lex.titles[w]; c == "head" || c == "mod" || c == "company" || w == "of" || w == "to" || w == "for" || w == "the" || an.toks[k].Kind == Possessive || an.portfolioWordAt(k, i) {
			start = k
			continue
		}
		break
	}
	for s := start; s < i; s++ {
		if an.low[s] == "of" || an.low[s] == "to" || an.low[s] == "for" {
			continue
		}
		if an.compHead(s, i) {
			continue // another's title: "adviser to President X"
		}
		if ti, ok := an.parseTitle(s, i, false); ok {
			// the word right before the name must belong to the title
			return ti, true, ti.first
		}
	}
	return titleInfo{}, false, i
}

// compHead reports whether the words from s before the name at i hold a
// complement preposition followed by a capitalised title head: the head
// opens the name's own title, and the words before are another's title
// ("homeland security adviser to President X").
func (an *analysis) compHead(s, i int) bool {
	comp := false
	for k := s; k < i; k++ {
		if an.tokM[k] != -1 {
			continue
		}
		if comp && an.titleAt(k) == "head" && isCap(an.toks[k].Text) {
			return true
		}
		if k > s && an.lowWord("titlecomp", k) {
			comp = true
		}
	}
	return false
}

// nameAfterTitle is the official or person named right after the
// capitalised title words from token i, before end: its entity, -2 for a
// name not yet read, -1 if none.
func (an *analysis) nameAfterTitle(i, end int) int {
	k := i
	for k < end && an.tokM[k] == -1 && an.titleAt(k) != "" && isCap(an.toks[k].Text) {
		k++
	}
	if k >= end {
		return -1
	}
	if m := an.mentAt(k); m >= 0 {
		if t := an.ents[an.ments[m].ent].typ; an.ments[m].first == k && (t == schema.Official || t == schema.Person) {
			return an.ments[m].ent
		}
		return -1
	}
	if an.nameRun(k) > k {
		return -2
	}
	return -1
}

// servesOf ends a title before its complement at token compAt when that
// names the official it serves ("adviser to President X"), e if read
// (else below 0): the title keeps the words before, and names the state e
// serves if it names none.
func (an *analysis) servesOf(ti *titleInfo, keep *[]int, compAt, e int) {
	n := 0
	for n < len(*keep) && (*keep)[n] < compAt {
		n++
	}
	*keep = (*keep)[:n]
	if e >= 0 {
		if o := an.ents[e].officialOf; o >= 0 && ti.state < 0 && an.ents[o].typ == schema.State {
			ti.state = o
		}
	}
}

// bodyPossessor is the possessive ending a lower-case description of a
// body from token i, before end ("central bank's"), else i: words of no
// name and no title, the last an organisation head.
func (an *analysis) bodyPossessor(i, end int) int {
	k := i
	for k < end && k < i+3 && an.toks[k].Kind == Word && an.tokM[k] == -1 && !isCap(an.toks[k].Text) && an.titleAt(k) == "" {
		k++
	}
	if k == i || k >= end || !an.possAt(k) || !an.lex.word("orghead", strings.ToUpper(an.low[k-1][:1])+an.low[k-1][1:]) {
		return i
	}
	return k
}

// bodyNamed is the organisation named last, in the sentence of token k or
// the five before, whose name ends in the head noun at k ("Bangladesh
// Bank" for "the central bank"); -1 if none. Titles are read before the
// names of unknown bodies: only bodies the gazetteer knows are found.
func (an *analysis) bodyNamed(k int) int {
	si := an.sentOf[k]
	for j := k - 1; j >= 0 && an.sentOf[j] >= si-5; j-- {
		m := an.mentAt(j)
		if m < 0 {
			continue
		}
		j = an.ments[m].first
		e := an.ments[m].ent
		if an.ents[e].typ == schema.Organization && an.ments[m].form == "name" && lastWord(an.nameText(an.ments[m].first, an.ments[m].end)) == an.low[k] {
			return e
		}
	}
	return -1
}

// capitalsJoined reports whether the "and" at token i joins capitalised
// words, before end: the parts of one portfolio ("Minister for Law
// Enforcement and Cyber Security"), no list of persons.
func (an *analysis) capitalsJoined(i, end int) bool {
	return i > 0 && i+1 < end && an.toks[i-1].Kind == Word && isCap(an.toks[i-1].Text) && an.toks[i+1].Kind == Word && isCap(an.toks[i+1].Text) && an.tokM[i+1] == -1
}

// placeAfter reports whether token i is one of the capitalised words
// right after a preposition of class titleplace at token p: a place, no
// body ("consul general in Istanbul").
func (an *analysis) placeAfter(p, i int) bool {
	if p < 0 || !an.lowWord("titleplace", p) {
		return false
	}
	for k := p + 1; k < i; k++ {
		if an.toks[k].Kind != Word || !isCap(an.toks[k].Text) {
			return false
		}
	}
	return i > p
}

// portfolioWordAt reports whether token k, before end, is a capitalised
// word of no name and no title that, alone or with others like it, stands
// right before a capitalised title word: the portfolio of "Public
// Administration Minister X", "Commerce Secretary X". An acronym is a
// body's name, no portfolio ("IRS Commissioner X").
func (an *analysis) portfolioWordAt(k, end int) bool {
	word := func(j int) bool {
		return an.toks[j].Kind == Word && an.tokM[j] == -1 && isCap(an.toks[j].Text) && !upperWord(an.toks[j].Text) && an.titleAt(j) == "" && !an.textWord("nonname", j) && an.sentOf[j] == an.sentOf[k]
	}
	j := k
	for j < end && word(j) {
		j++
	}
	if j == k || j >= end || an.toks[j].Kind != Word || !isCap(an.toks[j].Text) || an.sentOf[j] != an.sentOf[k] {
		return false
	}
	// in a headline written in title case the capitals say nothing:
	// "Hackers Target Defence Minister X"
	if an.titleCased(an.sentOf[k]) {
		return false
	}
	c := an.titleAt(j)
	return c == "head" || c == "mod"
}

// titleCased reports whether sentence si is written in title case, as
// headlines are: three words or more outside names, every one capitalised
// but function words.
func (an *analysis) titleCased(si int) bool {
	s := an.sents[si]
	n := 0
	for k := s.First; k < s.End; k++ {
		if an.toks[k].Kind != Word || an.tokM[k] != -1 {
			continue
		}
		if !isCap(an.toks[k].Text) {
			if !an.lowWord("stop", k) {
				return false
			}
			continue
		}
		n++
	}
	return n >= 3
}

// titleAfter reads an apposition after the name: ", South Korea's envoy,".
func (an *analysis) titleAfter(end, hi int) (titleInfo, bool) {
	if end >= hi || an.toks[end].Text != "," {
		return titleInfo{}, false
	}
	k := end + 1
	for k < hi && k < end+16 && !(an.toks[k].Kind == Punct && (an.toks[k].Text == "," || an.toks[k].Text == "." || an.toks[k].Text == ";" || an.toks[k].Text == ")" || an.toks[k].Text == "(")) && !an.lowWord("titleend", k) {
		k++
	}
	if k > hi || k == end+1 {
		return titleInfo{}, false
	}
	return an.parseTitle(end+1, k, true)
}

// titleRelative reads a title in a relative clause after the name that
// says what the person is or was: ", who until last month was an adviser
// to the royal court;".
func (an *analysis) titleRelative(end, hi int) (titleInfo, bool) {
	if end+2 >= hi || an.toks[end].Text != "," || !an.lowWord("personrel", end+1) {
		return titleInfo{}, false
	}
	k := end + 2
	for k < hi && k < end+8 && an.toks[k].Kind == Word && an.tokM[k] == -1 && !an.lowWord("copula", k) {
		k++
	}
	if k >= hi || !an.lowWord("copula", k) {
		return titleInfo{}, false
	}
	s := k + 1
	e := s
	for e < hi && e < s+12 && !(an.toks[e].Kind == Punct && an.toks[e].Text != "-") && !an.lowWord("titleend", e) {
		e++
	}
	if e == s {
		return titleInfo{}, false
	}
	return an.parseTitle(s, e, true)
}

// titleReversed reads a title before a name set off by commas: "North
// Korea's deputy ambassador to the United Nations, Kim In Ryong,".
func (an *analysis) titleReversed(i, lo int) (titleInfo, bool) {
	if i-1 <= lo || an.toks[i-1].Text != "," {
		return titleInfo{}, false
	}
	c := i - 1
	for s := c - 12; s < c; s++ {
		if s < lo {
			continue
		}
		if s > lo && !(an.toks[s-1].Kind == Punct || an.toks[s-1].Kind == Word && !isCap(an.toks[s-1].Text) && an.tokM[s-1] == -1) {
			continue
		}
		if ti, ok := an.parseTitle(s, c, false); ok {
			return ti, true
		}
	}
	return titleInfo{}, false
}

// appositionState is the state, or international organisation, that
// possesses the apposition after a name ending before token end: ", the
// Justice Department's top official"; -1 if none.
func (an *analysis) appositionState(end int) int {
	k := end
	if k >= len(an.toks) || an.toks[k].Text != "," {
		return -1
	}
	k++
	if k < len(an.toks) && an.lowWord("titledet", k) {
		k++
	}
	m := an.mentAt(k)
	if m < 0 || an.ments[m].first != k || an.sentOf[k] != an.sentOf[end] {
		return -1
	}
	if e := an.ments[m].end; e >= len(an.toks) || an.toks[e].Kind != Possessive {
		return -1
	}
	e := an.ments[m].ent
	if an.ents[e].typ == schema.Organization && an.ents[e].kind == "intl" {
		return e
	}
	return an.stateOf(e)
}

// contextState is the state an official without one in the title most
// likely serves: for a title after a preposition, the state named nearest
// before it in its sentence; else the first state named in the sentence
// before (a reporting official's own sentence is mostly about others),
// else the first named earlier in the same sentence.
func (an *analysis) contextState(si, before int) int {
	found := -1
	an.contextWalk(si, before, false, false, func(st int) bool {
		found = st
		return false
	})
	return found
}

// contextWalk visits, in the order contextState weighs them, the states
// named in context of a title at token before of sentence si, until visit
// returns false: for a title after a preposition those before it in its
// sentence, nearest first; then the end of the sentence before; then its
// own sentence before the title; and with far the sentences before those,
// nearest first. With officials an official counts for the state they
// serve.
func (an *analysis) contextWalk(si, before int, far, officials bool, visit func(st int) bool) {
	at := func(k int) bool {
		e := an.entAt(k)
		st := an.stateOf(e)
		if st < 0 && officials && e >= 0 && an.ents[e].typ == schema.Official {
			st = an.ents[e].officialOf
		}
		return st < 0 || visit(st)
	}
	s := an.sents[si]
	if an.afterPrep(si, before) {
		for k := before - 1; k >= max(s.First, before-maxReach); k-- {
			if !at(k) {
				return
			}
		}
	}
	if si > 0 {
		p := an.sents[si-1]
		for k := max(p.First, p.End-maxReach); k < p.End; k++ {
			if !at(k) {
				return
			}
		}
	}
	for k := max(s.First, before-maxReach); k < before; k++ {
		if !at(k) {
			return
		}
	}
	for j := si - 2; far && j >= 0; j-- {
		for k := an.sents[j].First; k < an.sents[j].End; k++ {
			if !at(k) {
				return
			}
		}
	}
}

// afterPrep reports whether the title at token before of sentence si, or
// its article, follows a preposition: the official is named inside a
// phrase of the sentence ("an aide to Crown Prince X", "in support of
// President X"), no speaker, and most likely serves the state named
// nearest before.
func (an *analysis) afterPrep(si, before int) bool {
	k := before - 1
	if k >= an.sents[si].First && an.lowWord("titledet", k) {
		k--
	}
	return k >= an.sents[si].First && an.lowWord("prep", k)
}

// intlTitle reports whether the title holds a head of class intlhead,
// borne only in international organisations.
func (an *analysis) intlTitle(position string) bool {
	for _, w := range strings.Fields(position) {
		if an.lex.word("intlhead", strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// contextIntl is the international organisation named nearest before
// token before in sentence si, else last in the sentence before; -1 if
// none.
func (an *analysis) contextIntl(si, before int) int {
	lo := an.sents[si].First
	if si > 0 {
		lo = an.sents[si-1].First
	}
	for k := before - 1; k >= lo; k-- {
		if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.Organization && an.ents[e].kind == "intl" {
			return e
		}
	}
	return -1
}

// contextStates lists the states contextWalk visits for a title, read
// once every name of the article is known, an official counting for the
// state they serve: "Dahl's predecessor, Finance Minister Ole Berg".
func (an *analysis) contextStates(si, before int, far bool) []int {
	var out []int
	an.contextWalk(si, before, far, true, func(st int) bool {
		if an.ents[st].typ == schema.State && !slices.Contains(out, st) {
			out = append(out, st)
		}
		return true
	})
	return out
}

// stateOf is e if it is a state, the state of an organisation e, else -1.
func (an *analysis) stateOf(e int) int {
	if e < 0 {
		return -1
	}
	switch an.ents[e].typ {
	case schema.State:
		return e
	case schema.Organization:
		if an.ents[e].kind != "company" {
			return an.ents[e].state
		}
	}
	return -1
}

// orgPass reads organisations by form: capitalised names ending in an
// organisation word ("Hainan State Security Department"), names after a
// class noun ("analytics firm Elliptic"), names in apposition to one
// ("Tornado Cash, a cryptocurrency mixing service"), and "foreign ministry".
func (an *analysis) orgPass() {
	an.suffixPass()
	an.placePass()
	for j := 0; j < len(an.toks); j++ {
		if an.stopped() {
			return
		}
		if an.tokM[j] != -1 || !an.textWord("orghead", j) {
			continue
		}
		s := j
		for s > 0 && an.tokM[s-1] == -1 && an.toks[s-1].Kind == Word && isCap(an.toks[s-1].Text) && !an.textWord("nonname", s-1) && !hyphenAdj(an.toks[s-1].Text) && an.sentOf[s-1] == an.sentOf[j] {
			s--
		}
		// an ordinal opens a name: "the 54th Research Institute"
		if s > 0 && an.tokM[s-1] == -1 && ordinal(an.toks[s-1].Text) && an.sentOf[s-1] == an.sentOf[j] {
			s--
		}
		// words joined by "and" before the head belong to the name: "the
		// Korea Internet and Security Agency"
		if b := an.joinedNameStart(s, j); b >= 0 {
			s = b
		}
		// a state's full name right before the name is part of it: "the
		// Qatar News Agency"; a possessive ("Qatar's") or a demonym is not
		stateIn := -1
		if m := an.mentAt(s - 1); s < j+1 && m >= 0 && an.ments[m].end == s && (an.ments[m].form == "name" || an.ments[m].form == "alias" && an.ments[m].end == an.ments[m].first+1 && upperWord(an.toks[an.ments[m].first].Text)) && an.ents[an.ments[m].ent].typ == schema.State && an.sentOf[s-1] == an.sentOf[j] && s > j-2 {
			stateIn = an.ments[m].ent
			s = an.ments[m].first
		}
		if s > 0 && an.toks[s-1].Kind == Word && an.tokM[s-1] == -1 && an.textWord("nonname", s-1) && isCap(an.toks[s-1].Text) && an.low[s-1] != "the" {
			// "North Korean ... " kept out by nonname; "Foreign Office" is known
		}
		e := j + 1
		// the name runs on to its last head: "Hainan State Security
		// Department", "Oxford University Hospitals NHS Foundation Trust"
		inner := false
		for q := e; q < len(an.toks) && q < e+5 && an.toks[q].Kind == Word && isCap(an.toks[q].Text) && an.sentOf[q] == an.sentOf[j]; q++ {
			if !an.oneSpace(q) {
				break
			}
			if m := an.mentAt(q); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Organization && an.ments[m].end < len(an.toks) && an.tokM[an.ments[m].end] == -1 {
				// a known body inside the name: "... NHS Foundation Trust"
				q = an.ments[m].end - 1
				continue
			}
			if an.tokM[q] != -1 {
				break
			}
			if an.textWord("orghead", q) {
				e = q + 1
				inner = inner || an.tokM[q-1] >= 0
			}
		}
		for q := j + 1; q < e; q++ {
			if an.tokM[q] >= 0 {
				inner = true
			}
		}
		if t := an.orgNameTail(e); t > e {
			e = t
			for q := j + 1; q < e; q++ {
				if an.tokM[q] >= 0 {
					inner = true
				}
			}
		}
		if e-s < 2 {
			continue
		}
		// a portfolio named in a title is no body: "Information
		// Technology Minister X", "Minister for Cyber Security"
		if an.textWord("portfolio", e-1) && (e < len(an.toks) && an.titleAt(e) == "head" && isCap(an.toks[e].Text) || an.portfolioAfterTitle(s)) {
			j = e - 1
			continue
		}
		// a name before a noun of what it numbers is a kind of document,
		// no body: "Social Security numbers"
		if e < len(an.toks) && an.tokM[e] == -1 && an.toks[e].Kind == Word && an.sentOf[e] == an.sentOf[j] && an.lowWord("docnoun", e) {
			j = e - 1
			continue
		}
		// an abbreviated head keeps its full stop: "Development Co."
		if e < len(an.toks) && an.toks[e].Text == "." && an.toks[e].Span.Start == an.toks[e-1].Span.End && an.textWord("orgabbrev", e-1) {
			e++
		}
		if stateIn >= 0 {
			inner = true
		}
		ei := an.entity(schema.Organization, an.nameText(s, e))
		if an.ents[ei].kind == "" {
			an.ents[ei].kind = "org"
		}
		if stateIn >= 0 && an.ents[ei].state < 0 {
			an.ents[ei].state = stateIn
		}
		if inner {
			an.replaceMentions(ei, s, e, "name")
		} else {
			an.addMention(ei, s, e, "name")
		}
		j = e - 1
	}
	for j := 0; j < len(an.toks); j++ {
		if an.lowWord("orgclass", j) && an.tokM[j] == -1 && !(an.lowWord("personnoun", j) && j > 0 && an.lowWord("formerrole", j-1)) {
			// "analytics firm Elliptic", "firms X and Y", "a second
			// Israeli firm, Candiru,", "Broadcasters KBS, MBC and ..."; a
			// class noun that is also a person's work names a person after
			// a word of class formerrole: "former contractor X"
			k := j + 1
			if k+1 < len(an.toks) && an.toks[k].Text == "," && an.capRun(k+1) > k+1 {
				if e := an.capRun(k + 1); e < len(an.toks) && an.toks[e].Kind == Punct {
					k++
				}
			}
			if l := an.classListAt(j); l > k {
				k = l // "companies in western Ukraine — X, Y and Z"
			}
			for k < len(an.toks) && an.sentOf[k] == an.sentOf[j] {
				e := an.capRun(k)
				o, known := -1, false
				if m := an.mentAt(k); m >= 0 && an.ments[m].first == k && an.ents[an.ments[m].ent].typ == schema.Organization {
					e = an.ments[m].end // a body already read stays in the list
					o, known = an.ments[m].ent, true
				} else if e == k {
					break
				} else {
					o = an.companyName(k, e)
				}
				// a known body's own named thing is the item, part of
				// it: "apps, among them X's Y and Z's W"
				if known && e+1 < len(an.toks) && an.toks[e].Kind == Possessive && an.sentOf[e+1] == an.sentOf[k] {
					if n := an.mentAt(e + 1); n >= 0 && an.ments[n].first == e+1 && an.ents[an.ments[n].ent].typ == schema.Organization {
						e = an.ments[n].end
					} else if r := an.capRun(e + 1); r > e+1 {
						if ei := an.companyName(e+1, r); an.ents[ei].parent < 0 && ei != o {
							an.ents[ei].parent = o
						}
						e = r
					}
				}
				if e+1 < len(an.toks) && (an.lowWord("orglist", e) || an.toks[e].Text == "," && (an.capRun(e+1) > e+1 || an.possessedOrg(e+1))) {
					k = e + 1
					continue
				}
				break
			}
			// "the Coop supermarket chain", "its Starwood unit", "Berlin's
			// X hospital": a name before the class noun, over at most one
			// more noun; after an indefinite article (class orgindef) the
			// name is a place's: "an Ohio firm"
			b := j - 1
			if b > 0 && an.tokM[b] == -1 && an.toks[b].Kind == Word && !isCap(an.toks[b].Text) && !an.lowWord("stop", b) && !an.lowWord("det", b) {
				b--
			}
			if b >= 0 && an.tokM[b] == -1 && an.toks[b].Kind == Word && isCap(an.toks[b].Text) && !an.textWord("nonname", b) && !hyphenAdj(an.toks[b].Text) {
				f := b
				capAt := func(k int) bool {
					return k >= 0 && an.tokM[k] == -1 && an.toks[k].Kind == Word && isCap(an.toks[k].Text) && !an.textWord("nonname", k) && an.sentOf[k] == an.sentOf[j]
				}
				for f > 0 && f > b-4 {
					if f > b-3 && capAt(f-1) {
						f--
						continue
					}
					// capitalised words joined by a word of class
					// orgjoin: "the Rewards for Justice programme"
					if f > 1 && an.tokM[f-1] == -1 && an.lowWord("orgjoin", f-1) && !isCap(an.toks[f-1].Text) && capAt(f-2) {
						f -= 2
						continue
					}
					break
				}
				if f > 0 && (an.lowWord("det", f-1) && !an.lowWord("orgindef", f-1) || an.lowWord("possessive", f-1) || f > 1 && an.possAt(f-1) && an.placeAt(f-2)) && an.sentOf[f-1] == an.sentOf[j] && f != an.sents[an.sentOf[j]].First && !an.substanceClass(f-1) {
					ei := an.entity(schema.Organization, an.nameText(f, b+1))
					if an.ents[ei].kind == "" {
						an.ents[ei].kind = "company"
						if an.lowWord("orgbody", j) {
							an.ents[ei].kind = "org" // a body's programme
						}
					}
					// "its Starwood unit": part of the body "its" stands for
					if an.lowWord("possessive", f-1) && an.lowWord("partnoun", j) && an.ents[ei].parent < 0 {
						if o := an.resolvePronoun(an.low[f-1], f-1); o >= 0 && o != ei && an.ents[o].typ == schema.Organization {
							an.ents[ei].parent = o
						}
					}
					an.addMention(ei, f, b+1, "name")
				}
			}
		}
	}
	spies := an.bodyPass()
	an.localPass()
	an.ampersandPass()
	an.basedPass()
	an.unitPass()
	an.eventBodyPass()
	an.acronymPass()
	// "Montenegro's intelligence agency" and "the National Security
	// Agency (ANB)" of an article on Montenegro are one body
	an.spyBodies(spies)
	an.trackedPass()
	an.camelPass()
	an.knownAsPass()
	defer an.repeatPass()
	// hacker groups by how they are called: "a group calling itself XMR
	// Squad", "the hacking group known as Fancy Bear", "a hacker going by
	// the handle “Harak1r1”"
	for j := 0; j+2 < len(an.toks); j++ {
		if !an.lowWord("groupnoun", j) && !an.lowWord("hackernoun", j) {
			continue
		}
		k := j + 1
		for _, c := range an.lex.cues {
			if c.class != "naming" {
				continue
			}
			if e, _, ok := an.matchCue(k, c.slots, len(an.toks)); ok {
				k = e
				break
			}
		}
		if k == j+1 && an.lowWord("relative", k) {
			// a relative clause that ends in the naming phrase: "a
			// group that researchers have long tracked under the name X"
		scan:
			for q := k + 1; q < len(an.toks) && q < k+10 && an.sentOf[q] == an.sentOf[j] && an.toks[q].Kind == Word; q++ {
				for _, c := range an.lex.cues {
					if c.class != "naming" || len(c.slots) < 2 {
						continue
					}
					if e, _, ok := an.matchCue(q, c.slots, len(an.toks)); ok {
						k = e
						break scan
					}
				}
			}
		}
		if k == j+1 {
			continue
		}
		if k < len(an.toks) && isQuote(an.low[k]) {
			k++
		}
		if k+1 < len(an.toks) && an.tokM[k] == -1 && an.lowWord("article", k) && isCap(an.toks[k+1].Text) {
			k++ // "a group calling itself the Guardians of Peace"
		}
		if m := an.mentAt(k); m >= 0 && an.ments[m].first == k && an.ents[an.ments[m].ent].typ == schema.State && an.lowWord("malwarenoun", an.ments[m].end) && an.sentOf[an.ments[m].end] == an.sentOf[k] {
			// a gang named after its malware: "a group known as Cuba
			// ransomware"
			e := an.ments[m].end + 1
			ei := an.entity(schema.Organization, an.nameText(k, e))
			if an.ents[ei].kind == "" || an.ents[ei].kind == "company" {
				an.ents[ei].kind = "group"
			}
			an.replaceState(ei, k, e)
			continue
		}
		if m := an.mentAt(k); m >= 0 {
			e := an.ments[m].ent
			if an.ents[e].typ == schema.Organization && (an.ents[e].kind == "" || an.ents[e].kind == "company") {
				an.ents[e].kind = "group"
			}
			// "Unit 74455, a group also tracked as Sandworm": one group
			if o := an.appositionGroup(j); o >= 0 && o != e && an.ents[e].typ == schema.Organization && an.ents[e].kind == "group" {
				an.mergeInto(o, e)
			}
			continue
		}
		e := an.capRun(k)
		if e == k {
			continue
		}
		if t := an.orgNameTail(e); t > e && t-k <= 6 && !an.isIncNoun(t) {
			// "a group calling itself the Cutting Sword of Justice", not
			// "a group it calls X for the Shamoon attack"
			e = t
		}
		// in apposition to a named group the name is another of its
		// names: "REvil, a criminal outfit also known as Sodinokibi"
		if o := an.appositionGroup(j); o >= 0 {
			an.addMention(o, k, e, "alias")
			continue
		}
		// one hacker by the handle: "a hacker going by the handle X"
		if an.lowWord("hackerone", j) && j > 0 && an.lowWord("incindef", j-1) {
			an.addMention(an.entity(schema.Person, an.nameText(k, e)), k, e, "name")
			continue
		}
		ei := an.entity(schema.Organization, an.nameText(k, e))
		if an.ents[ei].kind == "" || an.ents[ei].kind == "company" {
			an.ents[ei].kind = "group"
		}
		an.addMention(ei, k, e, "name")
	}
	an.gangPass()
	an.copulaGroupPass()
	// a state's armed forces by its demonym: "the Russian military"
	for j := 1; j < len(an.toks); j++ {
		if an.tokM[j] != -1 || an.tokM[j-1] < 0 || !an.lowWord("stateorg", j) {
			continue
		}
		m := an.mentAt(j - 1)
		if m < 0 || an.ments[m].form != "demonym" || an.ents[an.ments[m].ent].typ != schema.State {
			continue
		}
		if j+1 < len(an.toks) && an.toks[j+1].Kind == Word && !an.lowWord("stop", j+1) && !an.lowWord("report", j+1) && !an.lowWord("skip", j+1) {
			continue // a modifier: "Russian military intelligence"
		}
		st := an.ments[m].ent
		ei := an.entity(schema.Organization, an.nameText(an.ments[m].first, j)+" "+an.low[j])
		an.ents[ei].kind = "agency"
		an.ents[ei].state = st
		an.replaceMentions(ei, an.ments[m].first, j+1, "name")
	}
	// "Tornado Cash, a cryptocurrency mixing service"
	for i := 0; i < len(an.toks); i++ {
		e := an.capRun(i)
		if e == i || e+1 >= len(an.toks) || an.toks[e].Text != "," {
			continue
		}
		d := an.low[e+1]
		if d != "a" && d != "an" && d != "the" {
			continue
		}
		for k := e + 2; k < len(an.toks) && k < e+7; k++ {
			if an.toks[k].Kind == Punct || an.tokM[k] >= 0 && an.ents[an.ments[an.tokM[k]].ent].typ != schema.State {
				break
			}
			if an.lowWord("orgclass", k) && (k+1 >= len(an.toks) || an.toks[k+1].Kind == Punct || an.low[k+1] == "that" || an.low[k+1] == "which" || an.lowWord("orgjoin", k+1)) {
				ei := an.entity(schema.Organization, an.nameText(i, e))
				if an.ents[ei].kind == "" {
					an.ents[ei].kind = "company"
					if an.lowWord("groupword", k) && an.lowWord("hackmod", k-1) {
						an.ents[ei].kind = "group"
					}
				}
				an.addMention(ei, i, e, "name")
				break
			}
		}
		i = e
	}
}

// companyName reads the name at tokens [first, end) as an organisation's,
// a company unless its kind is known, and returns its entity.
func (an *analysis) companyName(first, end int) int {
	ei := an.entity(schema.Organization, an.nameText(first, end))
	if an.ents[ei].kind == "" {
		an.ents[ei].kind = "company"
	}
	an.addMention(ei, first, end, "name")
	return ei
}

// possessedOrg reports whether an organisation's mention at k is followed
// by a possessive ending and a capitalised word: "Tencent's WeChat".
func (an *analysis) possessedOrg(k int) bool {
	m := an.mentAt(k)
	if m < 0 || an.ments[m].first != k || an.ents[an.ments[m].ent].typ != schema.Organization {
		return false
	}
	e := an.ments[m].end
	return e+1 < len(an.toks) && an.toks[e].Kind == Possessive && an.toks[e+1].Kind == Word && isCap(an.toks[e+1].Text)
}

// joinedNameStart is where a name opens whose words before the run of
// capitalised words [s, j] ending in an organisation head at j are joined
// to it by "and" (class orglist): "the Korea Internet and Security
// Agency", "Oregon's Driver and Motor Vehicle Services". The words before
// "and", one to three capitalised words not yet read, the first no word of
// class nonname, hold no head of their own ("Harbour Bank and Meridian
// Bank" are two) and follow a possessive or a hyphenated adjective ("the
// state-run ..."): after an article or a comma they may be a name of
// their own ("customers of X, Y and Jeju Bank"); -1 if there are none.
func (an *analysis) joinedNameStart(s, j int) int {
	si := an.sentOf[j]
	a := s - 1
	if a < 2 || an.tokM[a] != -1 || !an.lowWord("orglist", a) || an.sentOf[a-1] != si {
		return -1
	}
	b := a
	for b > 0 && b > a-4 && an.tokM[b-1] == -1 && an.toks[b-1].Kind == Word && isCap(an.toks[b-1].Text) && an.sentOf[b-1] == si {
		w := an.toks[b-1].Text
		if hyphenAdj(w) || an.textWord("orghead", b-1) || an.titleAt(b-1) == "head" || an.brandName(w) || upperWord(w) {
			return -1
		}
		b--
	}
	if b == a || b == a-4 || b < 1 || an.sentOf[b-1] != si || an.textWord("nonname", b) {
		return -1
	}
	p := b - 1
	if an.possAt(p) || an.toks[p].Kind == Word && an.tokM[p] == -1 && !isCap(an.toks[p].Text) && hyphenAdj(an.toks[p].Text) {
		return b
	}
	return -1
}

// orgNameRun is the end of a run of capitalised words from k that may
// stand inside an organisation's name: not yet read, no title head, in the
// sentence of k; k if none.
func (an *analysis) orgNameRun(k int) int {
	e := k
	for e < len(an.toks) && an.tokM[e] == -1 && an.toks[e].Kind == Word && isCap(an.toks[e].Text) &&
		!an.textWord("nonname", e) && an.titleAt(e) != "head" && an.sentOf[e] == an.sentOf[k] {
		e++
	}
	return e
}

// orgNameTail is the end of the complements of an organisation's name
// that ends before token e: a joining word of class orgjoin ("of", "for"),
// perhaps an article (class orgdet), and capitalised words, or "and"
// (class orglist) and capitalised words; also a list of them ending in
// "and" ("Ministry of Science, ICT and Future Planning", "Organisation for
// the Prohibition of Chemical Weapons"). A known body may close the name
// after a joining word: "Council of the EU". It returns e when there is
// no complement.
func (an *analysis) orgNameTail(e int) int {
	end := e
	inComp := false // "and" and lists join only inside a complement
	for end+1 < len(an.toks) && an.sentOf[end] == an.sentOf[e-1] {
		k := end
		switch {
		case an.toks[k].Kind == Possessive:
			return end
		case an.tokM[k] == -1 && an.lowWord("orgjoin", k):
			k++
			if k < len(an.toks) && an.tokM[k] == -1 && an.lowWord("orgdet", k) {
				k++
			}
			if r := an.orgNameRun(k); r > k {
				end, inComp = r, true
				continue
			}
			if m := an.mentAt(k); m >= 0 && an.ments[m].first == k && an.ents[an.ments[m].ent].typ == schema.Organization {
				return an.ments[m].end
			}
			return end
		case inComp && an.tokM[k] == -1 && an.lowWord("orglist", k):
			if r := an.orgNameRun(k + 1); r > k+1 && !an.possAt(r) {
				end = r
				continue
			}
			return end
		case inComp && an.toks[k].Text == ",":
			// a list inside the name: ", ICT and Future Planning"
			q := k
			for q < len(an.toks) && an.toks[q].Text == "," {
				r := an.orgNameRun(q + 1)
				if r == q+1 {
					return end
				}
				q = r
			}
			if q+1 < len(an.toks) && an.tokM[q] == -1 && an.lowWord("orglist", q) {
				if r := an.orgNameRun(q + 1); r > q+1 && !an.possAt(r) {
					end = r
					continue
				}
			}
		}
		return end
	}
	return end
}

// possAt reports whether token k is a possessive ending.
func (an *analysis) possAt(k int) bool {
	return k < len(an.toks) && an.toks[k].Kind == Possessive
}

// basedPass reads the capitalised name after an adjective of where a
// body is based ("Singapore-based Computer Security Initiative
// Consultancy", "a Texas-headquartered firm"): a company, its name
// running over any partial name read inside it.
func (an *analysis) basedPass() {
	for j := 0; j+1 < len(an.toks); j++ {
		t := an.toks[j].Text
		h := strings.LastIndexByte(t, '-')
		if h <= 0 || !an.lex.word("basedsuffix", strings.ToLower(t[h+1:])) || an.sentOf[j+1] != an.sentOf[j] {
			continue
		}
		an.basedState(j, h)
		// over a class noun: "the Paris-based non-profit Forbidden Stories"
		if j+2 < len(an.toks) && an.lowWord("orgclass", j+1) {
			j++
		}
		e := j + 1
		for e < len(an.toks) && e < j+7 && an.toks[e].Kind == Word && isCap(an.toks[e].Text) && an.sentOf[e] == an.sentOf[j] && !an.textWord("nonname", e) && an.titleAt(e) != "head" {
			if m := an.mentAt(e); m >= 0 && (an.ents[an.ments[m].ent].typ != schema.Organization || an.ments[m].first < j+1) {
				break
			}
			e++
		}
		if e-(j+1) < 2 {
			continue // one word may be a person's or a place's name
		}
		// a partial name read by its head inside is no body of its own
		for k := j + 1; k < e; k++ {
			if m := an.mentAt(k); m >= 0 && an.ents[an.ments[m].ent].kind == "org" {
				for q := an.ments[m].first; q < an.ments[m].end; q++ {
					an.tokM[q] = -1
				}
				an.ments[m].ent = -1
			}
		}
		ei := an.entity(schema.Organization, an.nameText(j+1, e))
		if an.ents[ei].kind == "" || an.ents[ei].kind == "org" {
			an.ents[ei].kind = "company"
		}
		an.replaceMentions(ei, j+1, e, "name")
		j = e - 1
	}
}

// eventBodyPass reads the body that organises an event named by its place
// and year: a capitalised word, a capital's name too, a year, then words
// of class eventbodymod and a noun of class eventbody ("the Tokyo 2020
// organising committee"), a body named by the whole phrase.
func (an *analysis) eventBodyPass() {
	for j := 0; j+2 < len(an.toks); j++ {
		if an.toks[j].Kind != Word || !isCap(an.toks[j].Text) || an.toks[j+1].Kind != Number || len(an.toks[j+1].Text) != 4 || an.tokM[j+1] != -1 {
			continue
		}
		if m := an.mentAt(j); an.tokM[j] != -1 && (m < 0 || an.ments[m].first != j || an.ments[m].end != j+1 || an.ents[an.ments[m].ent].typ != schema.State || an.ments[m].form != "capital") {
			continue
		}
		e := j + 2
		for e < len(an.toks) && an.tokM[e] == -1 && an.lowWord("eventbodymod", e) && an.sentOf[e] == an.sentOf[j] {
			e++
		}
		if e >= len(an.toks) || an.tokM[e] != -1 || !an.lowWord("eventbody", e) || an.sentOf[e] != an.sentOf[j] {
			continue
		}
		ei := an.entity(schema.Organization, an.nameText(j, e+1))
		if an.ents[ei].kind == "" {
			an.ents[ei].kind = "org"
		}
		if m := an.mentAt(j); m >= 0 {
			an.ments[m].ent = -1 // the capital names the event here
			an.tokM[j] = -1
		}
		an.addMention(ei, j, e+1, "name")
		j = e
	}
}

// basedState reads a state's name before the hyphen at byte h of token j
// ("Singapore-based") as a surface form of the state: a name, no capital
// or demonym, one that may be no person's and needs no other form named.
func (an *analysis) basedState(j, h int) {
	if an.tokM[j] != -1 {
		return
	}
	toks := an.x.tok.Tokenize(an.toks[j].Text[:h])
	es, n := an.x.gaz.lookup(toks, 0)
	if n == 0 || n != len(toks) {
		return
	}
	e := es[0]
	if e.typ != schema.State || e.form != "name" || e.ambig || e.cond != "" {
		return
	}
	ei := an.entFromGaz(e)
	start := an.toks[j].Span.Start
	sp := schema.Span{Start: start, End: start + h}
	an.ents[ei].extra = append(an.ents[ei].extra, schema.Mention{Text: an.text[sp.Start:sp.End], Span: sp})
}

// unitPass reads military and intelligence units by number: "Unit
// 61398", a capitalised unit noun (class unitnoun) before a number, or one
// in lower case after a word of class unitmod or a body's name ("the GRU's
// military unit 26165", "GRU unit 26165"), named as the capitalised form.
func (an *analysis) unitPass() {
	for j := 0; j+1 < len(an.toks); j++ {
		if an.tokM[j] != -1 || an.tokM[j+1] != -1 || !an.lowWord("unitnoun", j) || an.toks[j+1].Kind != Number || an.sentOf[j+1] != an.sentOf[j] {
			continue
		}
		if !isCap(an.toks[j].Text) && !an.unitModified(j) {
			continue
		}
		ei := an.entity(schema.Organization, strings.ToUpper(an.toks[j].Text[:1])+an.toks[j].Text[1:]+" "+an.toks[j+1].Text)
		if an.ents[ei].kind == "" {
			an.ents[ei].kind = "agency"
		}
		first := j
		if !isCap(an.toks[j].Text) && an.tokM[j-1] == -1 && an.lowWord("unitmod", j-1) {
			first = j - 1 // "the GRU's military unit 26165"
		}
		an.addMention(ei, first, j+2, "name")
		j++
	}
}

// unitModified reports whether the unit noun at j follows a word of class
// unitmod or a body's name, possessive or not, in its sentence.
func (an *analysis) unitModified(j int) bool {
	if j == 0 || an.sentOf[j-1] != an.sentOf[j] {
		return false
	}
	if an.tokM[j-1] == -1 && an.lowWord("unitmod", j-1) {
		return true
	}
	k := j - 1
	if an.toks[k].Kind == Possessive && k > 0 {
		k--
	}
	m := an.mentAt(k)
	return m >= 0 && an.ments[m].end == k+1 && an.ents[an.ments[m].ent].typ == schema.Organization
}

// unitName reports whether name is a unit's read by unitPass: a unit noun
// and a number.
func (an *analysis) unitName(name string) bool {
	f := strings.Fields(name)
	return len(f) == 2 && an.lex.word("unitnoun", strings.ToLower(f[0])) && f[1][0] >= '0' && f[1][0] <= '9'
}

// ordinal reports whether w is a number written as an ordinal: "54th".
func ordinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 || len(w)-n != 2 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// bodyPass reads a state's bodies known by a description: a body noun
// (class bodynoun: "ministry", "embassy") with its modifiers (class
// bodymod: "foreign", "domestic intelligence") and the state before them,
// by demonym, name or possessive: "the German foreign ministry", "India's
// foreign ministry", "the US embassy". The body is an organisation part of
// the state, named "foreign ministry of Germany"; a bare description
// ("the defence ministry") is one without a state. The noun must head its
// phrase: "the Chinese embassy staff" is no embassy. It returns the
// intelligence bodies so described, for spyBodies once the bodies named
// by acronym are read too.
func (an *analysis) bodyPass() (spies []int) {
	for j := 0; j < len(an.toks); j++ {
		to := an.missionTo(j)
		if an.tokM[j] != -1 || !an.lowWord("bodynoun", j) && to < 0 {
			continue
		}
		// the last body noun of the run: "intelligence agency"
		e := j + 1
		for to < 0 && e < len(an.toks) && an.tokM[e] == -1 && an.lowWord("bodynoun", e) && an.sentOf[e] == an.sentOf[j] {
			e++
		}
		if to >= 0 {
			e = to // "the Chinese mission to the European Union"
		}
		s := j
		for s > 0 && an.tokM[s-1] == -1 && (an.lowWord("bodymod", s-1) || an.lowWord("bodynoun", s-1)) && an.sentOf[s-1] == an.sentOf[j] {
			s--
		}
		first, st := s, -1
		if m := an.mentAt(s - 1); m >= 0 && an.ents[an.ments[m].ent].typ == schema.State && an.ments[m].end == s {
			st, first = an.ments[m].ent, an.ments[m].first
		} else if s > 1 && an.possAt(s-1) {
			if m := an.mentAt(s - 2); m >= 0 && an.ents[an.ments[m].ent].typ == schema.State {
				st, first = an.ments[m].ent, an.ments[m].first
			}
		}
		if st < 0 && (s == j || !an.lowWord("bodybare", e-1)) || an.continuesNoun(e-1) {
			j = e - 1
			continue
		}
		// in apposition to a named body it is a mention of that body:
		// "the Reconnaissance General Bureau, North Korea's spy agency"
		if o := an.appositionOrg(first, e); o >= 0 {
			an.replaceMentions(o, first, e, "anaphor")
			j = e - 1
			continue
		}
		desc := strings.ToLower(an.nameText(s, e))
		name := desc
		if st >= 0 {
			name = desc + " of " + an.ents[st].name
		}
		ei := an.entity(schema.Organization, name)
		if an.ents[ei].kind == "" {
			an.ents[ei].kind = "agency"
		}
		if st >= 0 && an.lexWordIn("spymod", desc) {
			spies = append(spies, ei)
		}
		if st >= 0 {
			an.ents[ei].state = st
			if first < s && an.replaceMentions(ei, first, e, "name") >= 0 {
				an.ents[ei].extra = append(an.ents[ei].extra, an.mentionOf(s, e))
			}
		} else {
			an.addMention(ei, s, e, "name")
		}
		j = e - 1
	}
	return spies
}

// spyBodies makes each intelligence body known by a description (its
// words hold one of class spymod: "North Korea's military intelligence
// agency") one with the intelligence agency of its state the article
// names, when it names one only (a government body whose name or mention
// holds such a word: "Reconnaissance General Bureau").
func (an *analysis) spyBodies(descs []int) {
	if len(descs) == 0 {
		return
	}
	named := map[int]int{} // state -> its one named intelligence agency, -1 if several
	for _, m := range an.ments {
		if m.ent < 0 || slices.Contains(descs, m.ent) {
			continue
		}
		e := an.ents[m.ent]
		if e.typ != schema.Organization || e.kind != "agency" || e.state < 0 || described(e.name) || !an.lexWordIn("spymod", e.name) && !an.lexWordIn("spymod", an.nameText(m.first, m.end)) {
			continue
		}
		if o, ok := named[e.state]; ok && o != m.ent {
			named[e.state] = -1
		} else {
			named[e.state] = m.ent
		}
	}
	for _, d := range descs {
		if o, ok := named[an.ents[d].state]; ok && o >= 0 && o != d {
			an.mergeInto(o, d)
		}
	}
}

// lexWordIn reports whether a word of text, lower-cased, is of the class.
func (an *analysis) lexWordIn(class, text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if an.lex.word(class, w) {
			return true
		}
	}
	return false
}

// appositionOrg is the named organisation that the phrase [first, end)
// stands in apposition to: "X, the ... agency" or "the ... agency, X";
// -1 if none.
func (an *analysis) appositionOrg(first, end int) int {
	b := first
	if b > 0 && an.lowWord("orgdet", b-1) {
		b--
	}
	if b > 1 && an.toks[b-1].Text == "," {
		if m := an.mentAt(b - 2); m >= 0 && an.ents[an.ments[m].ent].typ == schema.Organization && !described(an.ents[an.ments[m].ent].name) {
			return an.ments[m].ent
		}
	}
	if end+1 < len(an.toks) && an.toks[end].Text == "," {
		k := end + 1
		if an.lowWord("orgdet", k) {
			k++
		}
		if m := an.mentAt(k); m >= 0 && an.ments[m].first == k && an.ents[an.ments[m].ent].typ == schema.Organization && !described(an.ents[an.ments[m].ent].name) {
			return an.ments[m].ent
		}
	}
	return -1
}

// continuesNoun reports whether the noun at token k modifies a noun after
// it ("embassy staff", "ministry officials") rather than heading its
// phrase. A word no list decides is read from the sentence's parse.
func (an *analysis) continuesNoun(k int) bool {
	n := k + 1
	if n >= len(an.toks) || an.toks[n].Kind != Word || an.sentOf[n] != an.sentOf[k] {
		return false
	}
	if isCap(an.toks[n].Text) || an.tokM[n] >= 0 {
		return true // "the Russian news agency TASS"
	}
	if an.titleAt(n) == "head" {
		return false // the body of a title: "foreign ministry spokesman"
	}
	if an.lowWord("stop", n) || an.lowWord("skip", n) || an.lowWord("report", n) || an.isAdverb(an.low[n]) {
		return false
	}
	p := an.tree(an.sentOf[k])
	if p == nil {
		return true
	}
	w := p.wordAt(k)
	if w < 0 {
		return true
	}
	switch p.s.Words[w].Deprel {
	case "compound", "amod", "nmod:poss":
		return true
	}
	return false
}

// capRun is the end of a run of capitalised words from k that are not yet
// read, not names of nothing ("The"), nor title words; k if none.
func (an *analysis) capRun(k int) int {
	e := k
	for e < len(an.toks) && e < k+4 && an.tokM[e] == -1 && an.toks[e].Kind == Word && isCap(an.toks[e].Text) &&
		!(e == k && an.textWord("nonname", e)) && an.titleAt(e) != "head" {
		if e > k && an.sentOf[e] != an.sentOf[k] {
			break
		}
		e++
	}
	return e
}

// personPass reads other named people: a name before "said" or a role noun
// in apposition.
func (an *analysis) personPass() {
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		e := an.nameRun(i)
		if e == i {
			// one name after an abbreviated honorific: "Mr. Gren"
			if an.honorificBefore(i) {
				ei := an.personNamed(an.toks[i].Text)
				if ei < 0 {
					ei = an.entity(schema.Person, an.toks[i].Text)
				}
				an.addMention(ei, i, i+1, "name")
			}
			continue
		}
		ok := e < len(an.toks) && an.lowWord("personverb", e) ||
			i > 0 && an.lowWord("personnoun", i-1) ||
			// "his fiancée, Hatice Kaya."
			i > 1 && an.toks[i-1].Text == "," && (an.lowWord("personnoun", i-2) || an.lowWord("peoplenoun", i-2)) && (e >= len(an.toks) || an.toks[e].Kind == Punct) ||
			// "Saud al-Qahtani, who ...", "X, a computer specialist"
			e+1 < len(an.toks) && an.toks[e].Text == "," && (an.lowWord("personrel", e+1) || an.personAppos(e+1)) ||
			// "six officers of the unit, among them X and Y"
			an.peopleListAt(i) ||
			// "the indictment charges X and Y"
			i > 0 && an.lowWord("chargeverb", i-1) && an.sentOf[i-1] == an.sentOf[i]
		if !ok || !an.personName(i, e) {
			continue
		}
		// the names listed before it share its evidence: "charges A B, C D
		// and E F, who ..."
		for _, r := range an.namesBefore(i) {
			if an.personName(r[0], r[1]) {
				an.addMention(an.entity(schema.Person, an.nameText(r[0], r[1])), r[0], r[1], "name")
			}
		}
		ei := an.entity(schema.Person, an.nameText(i, e))
		an.addMention(ei, i, e, "name")
		// and those listed after it: "among them X, Y and Z"
		for k := e; ; {
			if k+2 < len(an.toks) && an.toks[k].Text == "," && an.toks[k+1].Kind == Number && an.toks[k+2].Text == "," {
				k += 2 // an age: "X, 34, and Y"
			}
			switch {
			case k+1 < len(an.toks) && an.toks[k].Text == "," && an.lowWord("orglist", k+1):
				k += 2
			case k < len(an.toks) && (an.toks[k].Text == "," || an.lowWord("orglist", k)):
				k++
			default:
				k = -1
			}
			if k < 0 || k >= len(an.toks) || an.sentOf[k] != an.sentOf[i] {
				break
			}
			n := an.nameRun(k)
			if n == k || !an.personName(k, n) {
				break
			}
			an.addMention(an.entity(schema.Person, an.nameText(k, n)), k, n, "name")
			e = n
			k = n
		}
		i = e - 1
	}
}

// substanceClass reports whether the phrase opening at token d (its
// article) names a class of substances: "from" or "of" before it after a
// word of substance (class substancenoun) or a noun it modifies, "a nerve
// agent from the Novichok group".
func (an *analysis) substanceClass(d int) bool {
	if d < 2 || an.low[d-1] != "from" && !an.lowWord("ofprep", d-1) {
		return false
	}
	// the noun, or the word before it: "a nerve agent from the ..."
	return an.lowWord("substancenoun", d-2) || d >= 3 && an.sentOf[d-3] == an.sentOf[d] && an.lowWord("substancenoun", d-3)
}

// personName reports whether the name run [i, e) may be a person's: no
// class noun of organisations in it.
func (an *analysis) personName(i, e int) bool {
	for k := i; k < e; k++ {
		if an.lowWord("orgclass", k) {
			return false
		}
	}
	return true
}

// namesBefore returns the name runs of a list ending right before the
// name at i, nearest last: "A B, C D and" before "E F". A name of one word
// ends the list.
func (an *analysis) namesBefore(i int) [][2]int {
	var out [][2]int
	k := i
	for {
		p := k - 1
		if p >= 0 && an.lowWord("orglist", p) {
			p--
		}
		if p >= 0 && an.toks[p].Text == "," {
			p--
		}
		if p == k-1 || p < 0 || an.sentOf[p] != an.sentOf[i] {
			break
		}
		// the run of capitalised words ending at p
		f := p
		for f > 0 && p-f < 4 && an.tokM[f-1] == -1 && an.toks[f-1].Kind == Word && (isCap(an.toks[f-1].Text) || an.nameParticle(f-1)) && an.sentOf[f-1] == an.sentOf[i] {
			f--
		}
		if an.nameRun(f) != p+1 || p+1-f < 2 {
			break
		}
		out = append(out, [2]int{f, p + 1})
		k = f
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// peopleListAt reports whether the name at i opens a list introduced as
// some of the people just named by a plural title or person noun: "six
// officers of the unit, among them X and Y", "the suspects, including X".
func (an *analysis) peopleListAt(i int) bool {
	k := i - 1
	if k >= 0 && an.lowWord("listintro", k) && k > 0 && an.low[k] == "them" {
		k-- // "among them"
	}
	if k < 1 || !an.lowWord("listintro", k) || an.toks[k-1].Text != "," {
		return false
	}
	lo := an.sents[an.sentOf[i]].First
	for q := k - 2; q >= lo && q >= k-8; q-- {
		w := an.low[q]
		if an.toks[q].Kind != Word || len(w) < 4 || w[len(w)-1] != 's' {
			continue
		}
		if sg := w[:len(w)-1]; an.lex.titles[sg] == "head" || an.lex.word("personnoun", sg) || an.lex.word("peoplenoun", w) {
			return true
		}
	}
	return false
}

// personAppos reports whether an apposition from token k names a
// person's role: an article and up to three lower-case words, one of them
// a person noun ("a computer specialist", "the victim's lawyer").
func (an *analysis) personAppos(k int) bool {
	if k >= len(an.toks) || !an.lowWord("titledet", k) {
		return false
	}
	for q := k + 1; q < len(an.toks) && q <= k+3; q++ {
		if an.toks[q].Kind != Word || isCap(an.toks[q].Text) {
			return false
		}
		if an.lowWord("personnoun", q) {
			return q+1 >= len(an.toks) || an.toks[q+1].Kind == Punct || an.lowWord("relative", q+1) || an.lowWord("titlecomp", q+1)
		}
	}
	return false
}

// surnameOfState reports whether person p's name ends in state st's name
// and the article names st by no other mention than that word.
func (an *analysis) surnameOfState(p, st int) bool {
	if !strings.HasSuffix(an.ents[p].name, " "+an.ents[st].name) {
		return false
	}
	for _, m := range an.ments {
		if m.ent == st && (m.end-m.first != 1 || an.toks[m.first].Text != an.ents[st].name) {
			return false
		}
	}
	return true
}

// surnamePass adds later surname-only mentions of named people: "Obama",
// "Ledgett", "English".
func (an *analysis) surnamePass() {
	sur := map[string]int{}
	seen := map[int]bool{} // the people written by their surname
	for _, m := range an.ments {
		if an.stopped() {
			return
		}
		if m.ent < 0 {
			continue
		}
		e := an.ents[m.ent]
		if e.typ != schema.Official && e.typ != schema.Person {
			continue
		}
		f := strings.Fields(e.name)
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		if len(last) < 3 || !isCap(last) {
			continue
		}
		if _, ok := sur[last]; !ok {
			sur[last] = m.ent
		}
	}
	for i := range an.toks {
		e, ok := sur[an.toks[i].Text]
		if !ok {
			continue
		}
		// a surname read as a state's name ("Monaco said") is the
		// person's, once the person is named with it
		if m := an.mentAt(i); m >= 0 && an.ments[m].first == i && an.ments[m].end == i+1 && an.ments[m].form == "name" && an.ents[an.ments[m].ent].typ == schema.State && an.surnameOfState(e, an.ments[m].ent) {
			an.ments[m].ent = -1
			an.tokM[i] = -1
		}
		if an.tokM[i] != -1 {
			continue
		}
		an.addMention(e, i, i+1, "surname")
		seen[e] = true
	}
	an.familyNames(sur, seen)
	an.honorificNames()
}

// honorificNames adds later mentions of a named person by the honorific
// that opens their name and the word after it, the given name ("Sheikh
// Tamim" after "Sheikh Tamim bin Hamad al-Thani"), unless another
// capitalised word follows or two people share the pair.
func (an *analysis) honorificNames() {
	pairs := map[[2]string]int{}
	for _, m := range an.ments {
		if m.ent < 0 {
			continue
		}
		if t := an.ents[m.ent].typ; t != schema.Official && t != schema.Person {
			continue
		}
		// the honorific may follow a title: "Emir Sheikh Tamim ..."
		h := m.first
		for h+3 <= m.end && an.titleAt(h) != "" && an.titleAt(h) != "honorific" {
			h++
		}
		if h+3 > m.end || an.titleAt(h) != "honorific" {
			continue
		}
		k := [2]string{an.toks[h].Text, an.toks[h+1].Text}
		if o, ok := pairs[k]; ok && o != m.ent {
			pairs[k] = -1
			continue
		}
		pairs[k] = m.ent
	}
	if len(pairs) == 0 {
		return
	}
	for i := 0; i+1 < len(an.toks); i++ {
		e, ok := pairs[[2]string{an.toks[i].Text, an.toks[i+1].Text}]
		if !ok || e < 0 || an.tokM[i] != -1 || an.tokM[i+1] != -1 {
			continue
		}
		if i+2 < len(an.toks) && isCap(an.toks[i+2].Text) {
			continue
		}
		an.addMention(e, i, i+2, "surname")
	}
}

// familyNames adds later mentions of named people by the first word of
// their name, for the names the article never shortens to their last word:
// an article that writes "Li Qiang" and then "Li said" puts the family name
// first. A first word shared by two people, also another's last word, or
// written in lower case elsewhere in the text (a word, not a name) is left
// alone.
func (an *analysis) familyNames(sur map[string]int, shortened map[int]bool) {
	first := map[string]int{}
	for _, m := range an.ments {
		if m.ent < 0 || m.form == "surname" {
			continue
		}
		e := an.ents[m.ent]
		if e.typ != schema.Official && e.typ != schema.Person || shortened[m.ent] {
			continue
		}
		f := strings.Fields(e.name)
		if len(f) < 2 || len(f) > 3 || len(f[0]) < 2 || !isCap(f[0]) || strings.ContainsAny(f[0], ".-") {
			continue
		}
		if _, ok := sur[f[0]]; ok {
			continue
		}
		if o, ok := first[f[0]]; ok && o != m.ent {
			first[f[0]] = -1
			continue
		}
		first[f[0]] = m.ent
	}
	if len(first) == 0 {
		return
	}
	lowered := map[string]bool{}
	for i := range an.toks {
		if w := an.toks[i].Text; !isCap(w) {
			lowered[w] = true
		}
	}
	for i := range an.toks {
		w := an.toks[i].Text
		e, ok := first[w]
		if !ok || e < 0 || lowered[strings.ToLower(w)] || an.tokM[i] != -1 {
			continue
		}
		// a first word before another capitalised word opens a name
		if i+1 < len(an.toks) && isCap(an.toks[i+1].Text) {
			continue
		}
		an.addMention(e, i, i+1, "surname")
	}
}

// brandName reports whether w is one word with a capital inside it after a
// lower-case letter, as brand names are written ("LinkedIn", "WikiLeaks"),
// not a surname opened by a prefix of class surnameprefix ("McKenzie").
func (an *analysis) brandName(w string) bool {
	if len(w) < 4 || !isCap(w) {
		return false
	}
	lower, inner := 0, -1
	for i := 1; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			if w[i-1] >= 'a' && w[i-1] <= 'z' && inner < 0 {
				inner = i
			}
		default:
			return false // a digit, a hyphen, a letter of another script
		}
	}
	if inner < 0 || lower < 2 {
		return false
	}
	return !an.lex.word("surnameprefix", w[:inner])
}

// camelPass reads a word written in camel case as a company's name
// ("DocuSign", "HipChat said"), with an organisation head after it
// ("DocuSign Inc"); not a named incident, nor the name of malware, one the
// article writes before a malware noun ("the SamSam ransomware").
func (an *analysis) camelPass() {
	// a name the article once writes before a malware noun names malware
	// everywhere: "the SamSam ransomware" ... "SamSam was used"
	var malware map[string]bool
	// a name only ever written before a noun it modifies names a product
	// ("the TurkStream gas pipeline"), not who makes it
	alone := map[string]bool{}
	for j := 0; j+1 < len(an.toks); j++ {
		if an.toks[j].Kind != Word || !an.brandName(an.toks[j].Text) {
			continue
		}
		if an.sentOf[j+1] == an.sentOf[j] && an.lowWord("malwarenoun", j+1) || an.malwareNamed(j) {
			if malware == nil {
				malware = map[string]bool{}
			}
			malware[an.toks[j].Text] = true
		}
		if !alone[an.toks[j].Text] && !(an.sentOf[j+1] == an.sentOf[j] && !an.possAt(j+1) && an.compoundAt(j+1) && an.nounAt(j+1)) {
			alone[an.toks[j].Text] = true
		}
	}
	for j := 0; j < len(an.toks); j++ {
		if an.tokM[j] != -1 || an.toks[j].Kind != Word || malware[an.toks[j].Text] || !an.brandName(an.toks[j].Text) || an.textWord("nonname", j) || len(an.namedAt(j)) > 0 || j+1 < len(an.toks) && !alone[an.toks[j].Text] {
			continue
		}
		if p := j - 1; p > an.sents[an.sentOf[j]].First && an.tokM[p] == -1 && an.toks[p].Kind == Word && isCap(an.toks[p].Text) && !an.textWord("nonname", p) {
			continue // the end of a longer name: "Tony UcedaVelez"
		}
		e := j + 1
		for e < len(an.toks) && e < j+3 && an.tokM[e] == -1 && an.textWord("orghead", e) && an.sentOf[e] == an.sentOf[j] && an.oneSpace(e) {
			e++
		}
		an.companyName(j, e)
		j = e - 1
	}
}

// malwareNamed reports whether the name at token j follows a naming
// phrase (cues.tsv class naming) in a clause about a malware noun: "the
// malware, which researchers have dubbed X".
func (an *analysis) malwareNamed(j int) bool {
	si := an.sentOf[j]
	for c := j - 1; c >= 0 && c >= j-12 && an.sentOf[c] == si; c-- {
		if !an.lowWord("malwarenoun", c) {
			continue
		}
		for k := c + 1; k < j; k++ {
			for _, cu := range an.lex.cues {
				if cu.class != "naming" {
					continue
				}
				if e, _, ok := an.matchCue(k, cu.slots, j); ok && e == j {
					return true
				}
			}
		}
		return false
	}
	return false
}

// repeatPass adds the other mentions of an organisation read by its form
// somewhere in the article ("analytics firm Elliptic" ... "Elliptic
// said"): the same words where nothing else was read, not inside a longer
// capitalised name.
func (an *analysis) repeatPass() {
	type form struct {
		ent  int
		toks []string
	}
	forms := map[string][]form{} // by first word
	seen := map[string]bool{}
	for _, m := range an.ments {
		if m.ent < 0 || m.form != "name" || an.ents[m.ent].typ != schema.Organization || m.end-m.first > 6 {
			continue
		}
		var ws []string
		for k := m.first; k < m.end; k++ {
			ws = append(ws, an.toks[k].Text)
		}
		key := strings.Join(ws, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		forms[ws[0]] = append(forms[ws[0]], form{m.ent, ws})
	}
	if len(forms) == 0 {
		return
	}
	capWord := func(k int) bool {
		return k >= 0 && k < len(an.toks) && an.toks[k].Kind == Word && isCap(an.toks[k].Text)
	}
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if !capWord(i) || an.tokM[i] != -1 && an.mentAt(i) < 0 {
			continue
		}
		for _, f := range forms[an.toks[i].Text] {
			n := len(f.toks)
			if i+n > len(an.toks) {
				continue
			}
			ok, inner := true, false
			for q := 0; q < n; q++ {
				if an.toks[i+q].Text != f.toks[q] || q > 0 && an.sentOf[i+q] != an.sentOf[i] {
					ok = false
					break
				}
				// a state's name inside the name: "Cuba ransomware"
				if m := an.tokM[i+q]; m != -1 {
					if m < 0 || an.ments[m].ent < 0 || an.ents[an.ments[m].ent].typ != schema.State || an.ments[m].first < i || an.ments[m].end > i+n || n < 2 {
						ok = false
						break
					}
					inner = true
				}
			}
			if !ok || capWord(i+n) && an.sentOf[i+n] == an.sentOf[i] || capWord(i-1) && an.sentOf[i-1] == an.sentOf[i] && an.sents[an.sentOf[i]].First != i-1 {
				continue
			}
			if !isCap(f.toks[n-1]) && an.compoundAt(i+n) && !an.lowWord("gangnoun", i+n) && !an.lowWord("groupnoun", i+n) {
				continue // a description modifying a noun: "Chinese military hackers"
			}
			if inner {
				an.replaceState(f.ent, i, i+n)
			} else {
				an.addMention(f.ent, i, i+n, "name")
			}
			i += n - 1
			break
		}
	}
}

// gangPass reads hacker groups named before what they are: an article, a
// name and a gang noun ("the Vexa crew"), or a group noun after words of
// crime or hacking ("the Cl0p ransomware gang", "the Sandcat hacking
// group"). A state's name with "ransomware" names the gang after its
// malware: "the Cuba ransomware gang" is "Cuba ransomware".
func (an *analysis) gangPass() {
	for j := 1; j+1 < len(an.toks); j++ {
		if !an.lowWord("det", j-1) || an.toks[j].Kind != Word || !isCap(an.toks[j].Text) || hyphenAdj(an.toks[j].Text) || an.sentOf[j-1] != an.sentOf[j] {
			continue
		}
		st := -1
		e := an.capRun(j)
		if m := an.mentAt(j); m >= 0 && an.ments[m].first == j && an.ents[an.ments[m].ent].typ == schema.State && an.ments[m].form == "name" {
			st, e = an.ments[m].ent, an.ments[m].end
		}
		if e == j || e >= len(an.toks) || an.sentOf[e] != an.sentOf[j] {
			continue
		}
		k, mods, malware := e, 0, false
		for k < len(an.toks) && k < e+2 && (an.lowWord("groupmod", k) || an.lowWord("malwarenoun", k)) {
			malware = malware || an.lowWord("malwarenoun", k)
			k, mods = k+1, mods+1
		}
		if k >= len(an.toks) || an.tokM[k] != -1 || an.sentOf[k] != an.sentOf[j] {
			continue
		}
		if !an.lowWord("gangnoun", k) && !(mods > 0 && an.lowWord("groupnoun", k)) {
			continue
		}
		if st >= 0 {
			if !malware || e+1 > k || !an.lowWord("malwarenoun", e) {
				continue
			}
			e++ // "Cuba ransomware"
		}
		ei := an.entity(schema.Organization, an.nameText(j, e))
		if an.ents[ei].kind == "" || an.ents[ei].kind == "company" {
			an.ents[ei].kind = "group"
		}
		if st >= 0 {
			an.replaceState(ei, j, e)
		} else {
			an.addMention(ei, j, e, "name")
		}
		j = k
	}
}

// copulaGroupPass reads hacker groups described as one by a copula: a
// name, a form of "be", an indefinite article, modifiers perhaps and a
// noun of class groupdesc ("X is a mysterious group that appeared in
// 2016"). The noun before "of" names a kind of set, no group ("X is a
// group of companies").
func (an *analysis) copulaGroupPass() {
	group := an.class("groupdesc")
	for j := 3; j < len(an.toks); j++ {
		if !an.sentHas(an.sentOf[j], group) {
			j = max(j, an.sents[an.sentOf[j]].End-1) // no such noun in the sentence
			continue
		}
		if an.tokM[j] != -1 || !an.has(group, j) || j+1 < len(an.toks) && an.lowWord("ofprep", j+1) {
			continue
		}
		si := an.sentOf[j]
		lo := an.sents[si].First
		k := j - 1
		for k > lo && k > j-4 && an.toks[k].Kind == Word && !an.lowWord("det", k) && !an.lowWord("stop", k) &&
			(an.tokM[k] == -1 && (!isCap(an.toks[k].Text) || hyphenAdj(an.toks[k].Text)) || an.demonymTok(k)) {
			k--
		}
		if k-2 < lo || !an.lowWord("incindef", k) || !an.lowWord("copula", k-1) {
			continue
		}
		c := k - 1
		if m := an.mentAt(c - 1); m >= 0 {
			// a body already named: "Tsar Team is a hacker group"
			if e := an.ments[m].ent; an.ments[m].end == c && an.ents[e].typ == schema.Organization && an.ents[e].kind == "" {
				an.ents[e].kind = "group"
			}
			continue
		}
		s := c - 1
		for s > lo && s > c-4 && an.tokM[s-1] == -1 && an.toks[s-1].Kind == Word && isCap(an.toks[s-1].Text) {
			s--
		}
		if s > lo && an.toks[s-1].Kind == Word && isCap(an.toks[s-1].Text) {
			continue // more capitalised words than a name runs to
		}
		if an.lowWord("article", s) {
			s++
		}
		if s >= c || an.capRun(s) != c {
			continue
		}
		ei := an.entity(schema.Organization, an.nameText(s, c))
		if an.ents[ei].kind == "" || an.ents[ei].kind == "company" {
			an.ents[ei].kind = "group"
		}
		an.addMention(ei, s, c, "name")
	}
}

// demonymTok reports whether token k is a state's mention by its
// demonym or a topic's word, as modifiers of a noun are: "a Russian
// hacking group".
func (an *analysis) demonymTok(k int) bool {
	m := an.mentAt(k)
	if m < 0 || an.ments[m].ent < 0 {
		return false
	}
	t := an.ents[an.ments[m].ent].typ
	return t == schema.Topic || an.ments[m].form == "demonym" && t == schema.State
}

// replaceState makes tokens [first, end), a state's name and more, a
// mention of organisation e: the state's word there is no mention of the
// state ("Cuba ransomware").
func (an *analysis) replaceState(e, first, end int) {
	st, n := -1, 0
	if m := an.mentAt(first); m >= 0 {
		st = an.ments[m].ent
		n = len(an.ents[st].extra)
	}
	if an.replaceMentions(e, first, end, "name") >= 0 && st >= 0 && len(an.ents[st].extra) > n {
		an.ents[st].extra = an.ents[st].extra[:n]
	}
}

// upperWord reports whether w is written in capitals only, as acronyms
// are ("US", "U.S.").
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '.':
		default:
			return false
		}
	}
	return n >= 2
}

// suffixPass extends a known company's mention over the corporate words
// after it (class corpsuffix): "Equifax Inc.", "Hyatt Hotels Corp".
func (an *analysis) suffixPass() {
	for m := range an.ments {
		mm := an.ments[m]
		if mm.ent < 0 || an.ents[mm.ent].typ != schema.Organization || an.ents[mm.ent].kind != "company" {
			continue
		}
		e := mm.end
		for e < len(an.toks) && e < mm.end+3 && an.tokM[e] == -1 && an.textWord("corpsuffix", e) && an.sentOf[e] == an.sentOf[mm.first] && an.oneSpace(e) {
			e++
		}
		if e == mm.end {
			continue
		}
		if e < len(an.toks) && an.toks[e].Text == "." && an.toks[e].Span.Start == an.toks[e-1].Span.End && an.tokM[e] == -1 && an.textWord("orgabbrev", e-1) {
			e++
		}
		an.replaceMentions(mm.ent, mm.first, e, mm.form)
	}
}

// appositionGroup is the organisation named right before the apposition
// whose head, a group noun, is at token j: "REvil, a Russian-speaking
// criminal outfit"; -1 if none.
func (an *analysis) appositionGroup(j int) int {
	lo := an.sents[an.sentOf[j]].First
	k := j - 1
	for k > lo && k > j-6 && an.tokM[k] == -1 && an.toks[k].Kind == Word && (!isCap(an.toks[k].Text) || hyphenAdj(an.toks[k].Text)) && !an.lowWord("det", k) {
		k--
	}
	if k <= lo+1 || !an.lowWord("titledet", k) || an.toks[k-1].Text != "," {
		return -1
	}
	m := an.mentAt(k - 2)
	if m < 0 || an.ments[m].end != k-1 || an.ents[an.ments[m].ent].typ != schema.Organization {
		return -1
	}
	return an.ments[m].ent
}

// portfolioAfterTitle reports whether the capitalised words ending before
// token s, perhaps joined by "and", follow a capitalised title head and
// "for" or "of": "Minister for Law Enforcement and" before "Cyber
// Security".
func (an *analysis) portfolioAfterTitle(s int) bool {
	k := s - 1
	for k > 0 && k > s-6 && an.tokM[k] == -1 && an.toks[k].Kind == Word && (isCap(an.toks[k].Text) && an.titleAt(k) != "head" || an.lowWord("orglist", k)) {
		k--
	}
	return k > 0 && an.lowWord("titlecomp", k) && an.titleAt(k-1) == "head" && isCap(an.toks[k-1].Text) && an.sentOf[k-1] == an.sentOf[s]
}

// classListAt is where a list of names opens that a plural class noun at
// j introduces over its own modifiers: a dash or a colon, or a word of
// class listintro ("including", "among them"), within a few lower-case
// words: "three distribution companies in western Ukraine — X, Y and Z",
// "firms including X and Y". It returns j when there is none.
func (an *analysis) classListAt(j int) int {
	w := an.low[j]
	if len(w) < 4 || w[len(w)-1] != 's' {
		return j
	}
	for k := j + 1; k < len(an.toks) && k < j+8 && an.sentOf[k] == an.sentOf[j]; k++ {
		t := an.toks[k]
		switch {
		case t.Text == "—" || t.Text == "–" || t.Text == ":":
			return k + 1
		case t.Text == "," && k+1 < len(an.toks) && an.lowWord("listintro", k+1) && an.low[k+1] != "them":
			// "the apps, among them X"
		case an.lowWord("listintro", k) && an.low[k] != "them":
			if k+1 < len(an.toks) && an.low[k+1] == "them" {
				return k + 2
			}
			return k + 1
		case t.Kind == Word && (!isCap(t.Text) || an.tokM[k] >= 0) && !an.lowWord("stop", k) || an.lowWord("inccomp", k) && t.Kind == Word:
			// a modifier: "in western and central Ukraine"
		case an.lowWord("orglist", k):
		default:
			return j
		}
	}
	return j
}

// oneSpace reports whether token k follows token k-1 after one space, a
// no-break space as well ("Hyatt\u00a0Hotels"), as the words of one name do.
func (an *analysis) oneSpace(k int) bool {
	gap := an.text[an.toks[k-1].Span.End:an.toks[k].Span.Start]
	return gap == " " || gap == "\u00a0" || gap == "\u202f"
}

// localPass reads a local government by its place: a noun of class
// localnoun, "of" and a capitalised name ("the city of Atlanta", "the
// regional municipality of Mekinac", "City of Newark"), an organisation;
// not after a preposition of place (class placeprep: "in the city of X").
func (an *analysis) localPass() {
	for j := 0; j+2 < len(an.toks); j++ {
		if an.tokM[j] != -1 || !an.lowWord("localnoun", j) || !an.lowWord("ofprep", j+1) || an.sentOf[j+2] != an.sentOf[j] {
			continue
		}
		e := an.capRun(j + 2)
		if e == j+2 {
			continue
		}
		f := j
		if f > 0 && an.tokM[f-1] == -1 && an.toks[f-1].Kind == Word && !isCap(an.toks[f-1].Text) && an.lowWord("localmod", f-1) {
			f-- // "the regional municipality of X"
		}
		// a place, not its government: "flew from the Siberian city of
		// Tomsk", "treated in the city of Omsk"
		p := f - 1
		for p > f-4 && p >= 0 && an.toks[p].Kind == Word && !an.lowWord("placeprep", p) && (an.lowWord("det", p) || an.tokM[p] == -1 && !an.lowWord("stop", p)) {
			p--
		}
		if p >= 0 && an.lowWord("placeprep", p) {
			j = e - 1
			continue
		}
		ei := an.entity(schema.Organization, an.nameText(f, e))
		if an.ents[ei].kind == "" {
			an.ents[ei].kind = "org"
		}
		an.addMention(ei, f, e, "name")
		j = e - 1
	}
}

// ampersandPass reads a company's name joined by an ampersand: "Dun &
// Bradstreet", "Procter & Gamble Co".
func (an *analysis) ampersandPass() {
	for j := 1; j+1 < len(an.toks); j++ {
		if an.toks[j].Text != "&" || an.tokM[j] != -1 || an.sentOf[j+1] != an.sentOf[j-1] {
			continue
		}
		p := j - 1
		if an.tokM[p] != -1 || an.toks[p].Kind != Word || !isCap(an.toks[p].Text) || an.textWord("nonname", p) {
			continue
		}
		f := p
		for f > 0 && f > p-2 && an.tokM[f-1] == -1 && an.toks[f-1].Kind == Word && isCap(an.toks[f-1].Text) && !an.textWord("nonname", f-1) && an.sentOf[f-1] == an.sentOf[j] && f-1 != an.sents[an.sentOf[j]].First {
			f--
		}
		e := an.capRun(j + 1)
		if e == j+1 {
			continue
		}
		for e < len(an.toks) && an.tokM[e] == -1 && an.textWord("orgabbrev", e) && an.oneSpace(e) {
			e++
		}
		an.companyName(f, e)
		j = e - 1
	}
}

// trackedPass reads hacker groups by the names analysts number them with:
// a prefix of class groupprefix and digits ("APT41", "UNC2452", "TA505",
// "Storm-0558"), case as written.
func (an *analysis) trackedPass() {
	for j := range an.toks {
		t := an.toks[j].Text
		if an.tokM[j] != -1 || an.toks[j].Kind != Word {
			continue
		}
		n := len(t)
		for n > 0 && t[n-1] >= '0' && t[n-1] <= '9' {
			n--
		}
		if n == len(t) || n == 0 {
			continue
		}
		p := strings.TrimSuffix(t[:n], "-")
		if !an.lex.word("groupprefix", p) {
			continue
		}
		ei := an.entity(schema.Organization, t)
		if an.ents[ei].kind == "" || an.ents[ei].kind == "company" {
			an.ents[ei].kind = "group"
		}
		an.addMention(ei, j, j+1, "name")
	}
}

// knownAsPass reads another name of a body from a naming phrase after
// its name and a comma (cues.tsv class naming): "the State Institute of
// Marine Chemistry, known as GosNIIMKh, ..." makes "GosNIIMKh" one of the
// institute's names, a body read under it on its own included.
func (an *analysis) knownAsPass() {
	for k := 1; k+2 < len(an.toks); k++ {
		if an.toks[k].Text != "," {
			continue
		}
		m := an.mentAt(k - 1)
		if m < 0 || an.ments[m].end != k || an.ents[an.ments[m].ent].typ != schema.Organization {
			continue
		}
		o := an.ments[m].ent
		e := -1
		for _, c := range an.lex.cues {
			if c.class != "naming" {
				continue
			}
			if end, _, ok := an.matchSlots(k+1, c.slots, len(an.toks)); ok {
				e = end
				break
			}
		}
		if e < 0 || e >= len(an.toks) || an.sentOf[e] != an.sentOf[k] {
			continue
		}
		if n := an.mentAt(e); n >= 0 {
			// a group's name is another name of a unit, not of a body:
			// "the GRU's military unit 26165, which security researchers
			// know as APT28"
			if b := an.ments[n].ent; an.ments[n].first == e && b != o && an.ents[b].typ == schema.Organization && (an.ents[b].kind != "group" && an.ents[o].kind != "group" || an.ents[b].kind == "group" && an.unitName(an.ents[o].name)) {
				an.mergeInto(o, b)
			}
			continue
		}
		if r := an.orgNameRun(e); r > e && r-e <= 3 {
			an.addMention(o, e, r, "alias")
		}
	}
}

// nounAt reports whether the tagger reads token k as a noun.
func (an *analysis) nounAt(k int) bool {
	p := an.tagged(an.sentOf[k])
	if p == nil {
		return false
	}
	w := p.wordAt(k)
	return w >= 0 && p.s.Words[w].UPOS == "NOUN"
}

// acronymPass reads a name followed by its acronym in brackets, the
// acronym spelling the initials of its capitalised words: "Defense Point
// Security (DPS)", "University College London (UCL)". The name is an
// organisation's (a known one keeps its own), the acronym another of its
// names, and so is every later use of the acronym.
func (an *analysis) acronymPass() {
	acr := map[string]int{}
	for j := 2; j+1 < len(an.toks); j++ {
		if an.toks[j-1].Text != "(" || an.toks[j+1].Text != ")" || an.tokM[j] != -1 || !upperWord(an.toks[j].Text) {
			continue
		}
		a := an.toks[j].Text
		// the name before the bracket, its initials read from the end
		k, n, ok := j-2, len(a), true
		for n > 0 && k >= 0 && an.sentOf[k] == an.sentOf[j] {
			t := an.toks[k].Text
			switch {
			case an.toks[k].Kind == Word && isCap(t) && t[0] == a[n-1]:
				n--
			case an.lowWord("orgjoin", k) || an.lowWord("orgdet", k) || an.lowWord("orglist", k) || t == "&":
			default:
				ok = false
			}
			if !ok {
				break
			}
			k--
		}
		first := k + 1
		if !ok || n > 0 {
			if e := an.foreignNamesake(j); e >= 0 {
				acr[a] = e
			}
			continue
		}
		if j-1-first < 2 || an.lex.incNoun[an.low[j-2]] != "" || an.lowWord("malwarenoun", j-2) {
			continue // "Business Email Compromise (BEC)" names an incident
		}
		ei := -1
		if m := an.mentAt(first); m >= 0 && an.ments[m].first == first && an.ments[m].end == j-1 {
			if t := an.ents[an.ments[m].ent].typ; t == schema.Organization {
				ei = an.ments[m].ent
			} else {
				continue // a state's or a person's name
			}
		} else {
			for q := first; q < j-1; q++ {
				if an.tokM[q] != -1 && (an.mentAt(q) < 0 || an.ents[an.ments[an.mentAt(q)].ent].typ != schema.State) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			ei = an.entity(schema.Organization, an.nameText(first, j-1))
			if an.ents[ei].kind == "" {
				an.ents[ei].kind = "org"
			}
			if an.replaceMentions(ei, first, j-1, "name") < 0 {
				continue
			}
		}
		an.addMention(ei, j, j+1, "alias")
		acr[a] = ei
	}
	if len(acr) == 0 {
		return
	}
	for j := range an.toks {
		if e, ok := acr[an.toks[j].Text]; ok && an.tokM[j] == -1 {
			an.addMention(e, j, j+1, "alias")
		}
	}
}

// foreignNamesake reads a known state body's name followed by an acronym
// in brackets that neither spells its initials nor is known: another
// state's body of the same name in English, "the National Security Agency
// (ANB)" of an article on Montenegro. The name there and the acronym are
// mentions of a body named by the acronym, of the state in context, else
// of the state the article names first; the body, or -1.
func (an *analysis) foreignNamesake(j int) int {
	m := an.mentAt(j - 2)
	if m < 0 || an.ments[m].end != j-1 || an.ments[m].form != "name" {
		return -1
	}
	o := an.ments[m].ent
	if an.ents[o].typ != schema.Organization || an.ents[o].kind != "agency" || an.ents[o].state < 0 {
		return -1
	}
	st := an.contextState(an.sentOf[j], an.ments[m].first)
	if st < 0 {
		for k := range an.toks {
			if e := an.entAt(k); e >= 0 && an.ents[e].typ == schema.State {
				st = e
				break
			}
		}
	}
	if st < 0 || st == an.ents[o].state {
		return -1
	}
	ei := an.entity(schema.Organization, an.toks[j].Text)
	an.ents[ei].kind = "agency"
	an.ents[ei].state = st
	an.ments[m].ent = ei // the known body is not named here
	an.addMention(ei, j, j+1, "alias")
	return ei
}

// honorificBefore reports whether the single capitalised word at i, not yet
// read, follows an abbreviated honorific (class honorabbr: "Mr.", "Ms").
func (an *analysis) honorificBefore(i int) bool {
	if i < 1 || an.tokM[i] != -1 || an.toks[i].Kind != Word || !isCap(an.toks[i].Text) || an.textWord("nonname", i) || an.titleAt(i) != "" {
		return false
	}
	if i+1 < len(an.toks) && an.toks[i+1].Kind == Word && isCap(an.toks[i+1].Text) {
		return false
	}
	p := i - 1
	if an.toks[p].Text == "." && p > 0 && an.toks[p].Span.Start == an.toks[p-1].Span.End {
		p--
	}
	return an.textWord("honorabbr", p) && an.sentOf[p] == an.sentOf[i]
}

// placePass drops a capital read as its state where it names the place
// only: after a preposition of place (class placeprep: "talks in Tokyo",
// "flew from Paris"), when the article names the state by no other word.
func (an *analysis) placePass() {
	other := map[int]bool{}
	for _, m := range an.ments {
		if m.ent >= 0 && an.ents[m.ent].typ == schema.State && m.form != "capital" {
			other[m.ent] = true
		}
	}
	for i := range an.ments {
		m := an.ments[i]
		if m.ent < 0 || m.form != "capital" || an.ents[m.ent].typ != schema.State || other[m.ent] || m.first == 0 || !an.lowWord("placeprep", m.first-1) {
			continue
		}
		if m.end < len(an.toks) && an.toks[m.end].Kind == Possessive {
			continue
		}
		an.ments[i].ent = -1
		for k := m.first; k < m.end; k++ {
			an.tokM[k] = -2
		}
	}
}

// mergeInto makes every mention of entity b one of entity a; a keeps its
// own state and parent.
func (an *analysis) mergeInto(a, b int) {
	for i := range an.ments {
		if an.ments[i].ent == b {
			an.ments[i].ent = a
		}
	}
	an.ents[a].extra = append(an.ents[a].extra, an.ents[b].extra...)
	an.ents[b].extra = nil
}

// placeAt reports whether token k ends a state's name or capital: "Berlin"
// of "Berlin's Charité hospital".
func (an *analysis) placeAt(k int) bool {
	m := an.mentAt(k)
	return m >= 0 && an.ments[m].end == k+1 && an.ents[an.ments[m].ent].typ == schema.State && (an.ments[m].form == "capital" || an.ments[m].form == "name")
}

// missionTo is the end of the body or state a noun of class missionnoun
// at token j is sent to ("mission to the European Union"), -1 if it is
// sent to none.
func (an *analysis) missionTo(j int) int {
	if !an.lowWord("missionnoun", j) || j+2 >= len(an.toks) || an.tokM[j+1] != -1 || !an.lowWord("missionprep", j+1) {
		return -1
	}
	k := j + 2
	if an.tokM[k] == -1 && an.lowWord("article", k) {
		k++
	}
	m := an.mentAt(k)
	if m < 0 || an.ments[m].first != k || an.ments[m].form == "demonym" || an.sentOf[k] != an.sentOf[j] {
		return -1
	}
	if e := an.ents[an.ments[m].ent]; e.typ == schema.State || e.typ == schema.Organization && e.kind == "intl" {
		return an.ments[m].end
	}
	return -1
}
