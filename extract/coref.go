package extract

import "github.com/statekg/statekg/schema"

// corefPass reads noun phrases that refer back to an actor as mentions of
// it: "its hackers" (the actor "its" stands for) and "the unit", "the
// group" (the hacker group named last, in this sentence or the two
// before).
func (an *analysis) corefPass() {
	lastGroup, lastSent := -1, -1
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
				if h := an.low[an.ments[m].end-1]; an.lex.word("orghead", an.toks[an.ments[m].end-1].Text) {
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
			// a group name before a group noun names another group: "a
			// Lazarus sub-group"
			end := an.ments[m].end
			if e := an.ments[m].ent; an.ents[e].typ == schema.Organization && an.ents[e].kind == "group" && !(end < len(an.toks) && an.lex.word("groupnoun", an.low[end])) {
				lastGroup, lastSent = e, an.sentOf[k]
			}
			k = an.ments[m].end - 1
			continue
		}
		if an.tokM[k] != -1 || an.tokM[k+1] != -1 || an.sentOf[k+1] != an.sentOf[k] {
			continue
		}
		w, n := an.low[k], an.low[k+1]
		switch {
		case an.lex.word("bodyposs", w) && an.lex.word("agentnoun", n):
			if e := an.resolvePronoun(w, k); e >= 0 {
				if t := an.ents[e].typ; t == schema.State || t == schema.Organization {
					an.addMention(e, k, k+2, "anaphor")
					k++
				}
			}
		case an.lex.word("groupdet", w) && an.lex.word("groupnoun", n) && lastGroup >= 0 && an.sentOf[k]-lastSent <= 2:
			an.addMention(lastGroup, k, k+2, "anaphor")
			k++
		case w == "the" && byHead != nil && !an.compoundAt(k+2):
			if v, ok := byHead[n]; ok && v.ent >= 0 && an.sentOf[k]-v.sent <= 5 && an.addMention(v.ent, k, k+2, "anaphor") >= 0 {
				k++
			}
		}
	}
}

// compoundAt reports whether token k continues a noun compound: "the bank
// account" is no reference to a bank.
func (an *analysis) compoundAt(k int) bool {
	return k < len(an.toks) && an.toks[k].Kind == Word && an.tokM[k] == -1 && !an.lex.word("stop", an.low[k]) && !an.lex.word("skip", an.low[k]) && !an.lex.word("report", an.low[k]) && !an.isAdverb(an.low[k])
}
