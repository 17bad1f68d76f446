package extract

import "github.com/statekg/statekg/schema"

// corefPass reads noun phrases that refer back to an actor as mentions of
// it: "its hackers" (the actor "its" stands for) and "the unit", "the
// group" (the hacker group named last, in this sentence or the two
// before).
func (an *analysis) corefPass() {
	lastGroup, lastSent := -1, -1
	for k := 0; k+1 < len(an.toks); k++ {
		if m := an.mentAt(k); m >= 0 {
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
		case (w == "its" || w == "their") && an.lex.word("agentnoun", n):
			if e := an.resolvePronoun(w, k); e >= 0 {
				if t := an.ents[e].typ; t == schema.State || t == schema.Organization {
					an.addMention(e, k, k+2, "anaphor")
					k++
				}
			}
		case (w == "the" || w == "this") && an.lex.word("groupnoun", n) && lastGroup >= 0 && an.sentOf[k]-lastSent <= 2:
			an.addMention(lastGroup, k, k+2, "anaphor")
			k++
		}
	}
}
