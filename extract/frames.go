package extract

import (
	"slices"
	"strings"

	"github.com/statekg/statekg/extract/syntax"
	"github.com/statekg/statekg/schema"
)

// frames reads the relations of the lexicon's triggers from the dependency
// parse, after the token rules of relations: a trigger's subject and object
// are its dependents (nsubj and obj; obl:agent and nsubj:pass in the
// passive; an obl or nmod with the frame's preposition), found across
// control and raising verbs ("vowed to punish X"), coordinated verbs and
// relative clauses; coordinated arguments each get the relation. The
// negation and hedge cues of cues.tsv count when they depend on the trigger
// or on a verb governing it. Only sentences holding a trigger word are
// parsed.
func (an *analysis) frames() {
	// the subject of the latest sanctions trigger or issueverb, whether
	// or not it named whom: the issuer of the documents after it
	issuer, issuerSent := -1, -1
	for si, s := range an.sents {
		if an.stopped() {
			return
		}
		trig, doc := an.frameCandidate(si), an.docCandidate(si)
		eval := an.evalCandidate(si)
		critic := an.classCandidate(si, "criticnoun")
		supporter := an.classAfter(s.First-1, s.End, "supporternoun") && an.classCandidate(si, "supporternoun")
		call := an.classCandidate(si, "callnoun")
		threat := an.classCandidate(si, "threatnoun")
		ultimatum := an.classCandidate(si, "ultimatumverb")
		// the words first, the costlier count of entities after
		stop := an.classAfter(s.First-1, s.End, "mustmodal") && an.classAfter(s.First-1, s.End, "stopverb") && an.classCandidate(si, "stopverb")
		right := an.classAfter(s.First-1, s.End, "defendverb") && an.classAfter(s.First-1, s.End, "rightnoun") && an.classCandidate(si, "rightnoun")
		ouster := an.classAfter(s.First-1, s.End, "demandverb") && an.classAfter(s.First-1, s.End, "ousternoun") && an.classCandidate(si, "ousternoun")
		negadv := an.classAfter(s.First-1, s.End, "negadv") && an.classAfter(s.First-1, s.End, "report") && an.classCandidate(si, "negadv")
		// "any sanctions would not go unanswered": the measure may be
		// the sentence's only other party
		unanswered := an.classAfter(s.First-1, s.End, "unanswered") && (an.classCandidate(si, "unanswered") || an.classAfter(s.First-1, s.End, "sanctiondoc"))
		untrue := an.classCandidate(si, "falseadj")
		if doc && issuerSent < si && an.finished(si) {
			an.docList(si, issuer, issuerSent)
		}
		if e := an.issuerIn(si); e >= 0 {
			issuer, issuerSent = e, si
		}
		if !trig && !doc && !eval && !critic && !supporter && !call && !threat && !ultimatum && !untrue && !stop && !right && !ouster && !unanswered && !negadv || !an.finished(si) {
			continue
		}
		p := an.tree(si)
		if p == nil {
			continue
		}
		for w := range p.s.Words {
			k := p.tok[w]
			if doc && an.tokM[k] == -1 && an.lowWord("docverb", k) {
				an.frameDoc(p, si, w, issuer, issuerSent)
			}
			if doc && an.tokM[k] == -1 && an.lowWord("listverb", k) {
				an.frameListAdd(p, si, w, k)
			}
			if eval && an.tokM[k] == -1 && an.lowWord("negeval", k) {
				an.frameNegEval(p, si, w)
			}
			if eval && an.tokM[k] == -1 && an.lowWord("negverb", k) {
				an.frameNegVerb(p, si, w)
			}
			if critic && an.tokM[k] == -1 && an.lowWord("criticnoun", k) {
				an.frameCritic(p, si, w, schema.Condemns)
			}
			if supporter && an.tokM[k] == -1 && an.lowWord("supporternoun", k) {
				an.frameCritic(p, si, w, schema.Supports)
			}
			if call && an.tokM[k] == -1 && an.lowWord("callnoun", k) {
				an.frameCall(p, si, w)
			}
			if threat && an.tokM[k] == -1 && an.lowWord("threatnoun", k) {
				an.frameThreatSeen(p, si, w)
			}
			if ultimatum && an.tokM[k] == -1 && an.lowWord("ultimatumverb", k) {
				an.frameUltimatum(p, si, w)
			}
			if negadv && an.tokM[k] == -1 && an.lowWord("negadv", k) {
				an.frameNegAdverb(p, si, w)
			}
			if unanswered && an.tokM[k] == -1 && an.lowWord("unanswered", k) {
				an.frameUnanswered(p, si, w)
			}
			if ouster && an.tokM[k] == -1 && an.lowWord("ousternoun", k) {
				an.frameOuster(p, si, w)
			}
			if right && an.tokM[k] == -1 && an.lowWord("rightnoun", k) {
				an.frameRight(p, si, w)
			}
			if stop && an.tokM[k] == -1 && an.lowWord("stopverb", k) {
				an.frameMustStop(p, si, w)
			}
			if untrue && an.tokM[k] == -1 && an.lowWord("falseadj", k) {
				an.frameUntrue(p, si, w)
			}
			if an.tokM[k] != -1 || p.wordAt(k) != w {
				continue
			}
			for _, ti := range an.triggersAt(k) {
				tr := &an.lex.triggers[ti]
				if !inSlot(an.low[k], tr.slots[0]) {
					continue
				}
				end, gapM, ok := an.matchSlots(k, tr.slots, s.End)
				var tail []string
				if !ok {
					// "spoke by phone on Friday with X": a trigger ending
					// in a preposition matches it in the tree, however
					// far it stands
					if tail = prepTail(tr); tail == nil {
						continue
					}
					end = k + 1
				}
				if an.frameAt(p, si, w, k, end, gapM, tail, tr) {
					break
				}
			}
		}
	}
}

// frameCandidate reports, from the tokens alone, whether sentence si can
// give a frame: it holds the first word of a trigger whose frame the tree
// reads, and mentions of two entities, one of them an actor. Parsing is
// the costliest step of extraction; other sentences are never parsed.
func (an *analysis) frameCandidate(si int) bool {
	s := an.sents[si]
	// the entities the sentence mentions: how many, how many actors
	var ents []int
	actors, incidents := 0, 0
	for k := s.First; k < s.End; k++ {
		if e := an.entAt(k); e >= 0 && !slices.Contains(ents, e) {
			ents = append(ents, e)
			switch t := an.ents[e].typ; {
			case an.isActor(e):
				actors++
			case t == schema.Incident || t == schema.Topic:
				incidents++
			}
		}
	}
	// an accusation word lets a denial stand alone: "Moscow rejected
	// the charges" denies the incident the article accused it of
	accusation := an.inRange(s.First-1, s.End, an.class("accusation"), true)
	// so does a measure a stance: "the Kremlin lashed out at the
	// decision" is a stance on who took it
	measure := an.inRange(s.First-1, s.End, an.class("measurenoun"), true) || an.inRange(s.First-1, s.End, an.class("sanctiondoc"), true) || an.inRange(s.First-1, s.End, an.class("issueverb"), true)
	// a pronoun may be the other actor: "'we reserve the right to act
	// against X,' she said"
	pronoun := an.inRange(s.First-1, s.End, an.class("firstperson"), true) || an.inRange(s.First-1, s.End, an.class("personpron"), true)
	if actors == 0 || len(ents) < 2 && !accusation && !measure && !pronoun {
		return false
	}
	for k := s.First; k < s.End; k++ {
		if an.tokM[k] != -1 {
			continue
		}
		for _, ti := range an.triggersAt(k) {
			tr := &an.lex.triggers[ti]
			switch tr.frame {
			case "obj", "prep":
				switch schema.Predicate(tr.pred) {
				case schema.Threatens, schema.Sanctions, schema.MeetsWith:
					if actors < 2 && !(actors == 1 && pronoun) {
						continue // an actor's relation to an actor, one of them maybe a pronoun
					}
				}
				if schema.Predicate(tr.pred) == schema.Denies && incidents == 0 && !accusation && !an.classAfter(k, s.End, "positionnoun") {
					continue // a denial of an incident or a topic, or an opposition to a stand
				}
				if pr := schema.Predicate(tr.pred); pr != schema.Denies && len(ents) < 2 && !(measure && (pr == schema.Condemns || pr == schema.Opposes || pr == schema.Supports)) && !pronoun {
					continue
				}
			case "agent":
				if incidents == 0 {
					continue // an actor carried out an incident
				}
			case "warn":
				if actors < 2 {
					continue
				}
			case "consequence":
			case "retaliate":
			case "stimulus":
			case "eval":
			case "workof":
				if incidents == 0 && !an.freeIncNoun(s.First, s.End) {
					continue
				}
			default:
				continue
			}
			if !inSlot(an.low[k], tr.slots[0]) {
				continue
			}
			end, _, ok := an.matchSlots(k, tr.slots, s.End)
			if !ok {
				if tail := prepTail(tr); tail == nil || !an.wordAfter(k, s.End, tail) {
					continue
				}
				end = k + 1
			}
			if tr.frame == "prep" && !an.wordAfter(end-1, s.End, tr.preps) && !(k > s.First && an.lowWord("inprep", k-1) && an.classAfter(end-1, s.End, "ofprep")) && !(an.classAfter(end-1, s.End, "fromprep") && an.classBefore(max(s.First, k-6), k, "drawverb")) {
				// no preposition for the object to stand after; those
				// who met may be the subjects
				// a concern may be that something happens: "concern
				// that X could ..."
				if (tr.pred != string(schema.MeetsWith) || an.actorsBefore(s.First, k) < 2) && !(tr.pred == string(schema.ConcernedAbout) && end < s.End && an.lowWord("concernthat", end)) {
					continue
				}
			}
			if !an.readTrig[k] {
				return true
			}
			// a trigger the token rules read is left to them, unless a
			// negation stands inside it ("was not behind"), where their
			// cues do not look
			for j := k + 1; j < end; j++ {
				for _, c := range an.cuesAt(j) {
					if c.class == "negation" {
						return true
					}
				}
			}
		}
	}
	return false
}

// actorsBefore counts the actors mentioned in tokens [lo, k).
func (an *analysis) actorsBefore(lo, k int) int {
	var seen []int
	for j := lo; j < k; j++ {
		if e := an.entAt(j); an.isActor(e) && !slices.Contains(seen, e) {
			seen = append(seen, e)
		}
	}
	return len(seen)
}

// wordAfter reports whether one of the words of slot stands after token k,
// before hi.
func (an *analysis) wordAfter(k, hi int, slot []string) bool {
	for j := k + 1; j < hi; j++ {
		if inSlot(an.low[j], slot) {
			return true
		}
	}
	return false
}

// classAfter reports whether a word of class stands after token k,
// before hi.
func (an *analysis) classAfter(k, hi int, class string) bool {
	return an.inRange(k, hi, an.class(class), false)
}

// frameAt applies trigger tr matched at word w (tokens [k, end)); it
// reports whether the trigger's frame applied.
func (an *analysis) frameAt(p *parsed, si, w, k, end, gapM int, tail []string, tr *trigger) bool {
	if tail != nil && tr.frame != "obj" {
		return false
	}
	switch tr.frame {
	case "obj", "prep":
	case "agent":
		return an.frameAgent(p, si, w, k, end, tr)
	case "warn":
		return an.frameWarn(p, si, w, k, end, tr)
	case "consequence":
		return an.frameConsequence(p, si, w, k)
	case "retaliate":
		return an.frameRetaliate(p, si, w, k)
	case "stimulus":
		return an.frameStimulus(p, si, w, k, tr)
	case "eval":
		return an.frameEval(p, si, w, k)
	case "workof":
		return an.frameWorkOf(p, si, w, k)
	default:
		return false
	}
	if tr.pred == "attrib" || tr.pred == "victim" {
		return false
	}
	pr := schema.Predicate(tr.pred)
	s := p.s
	v := w
	if an.accusedContent(p, v) {
		return false
	}
	// the phrase's words: prepositions may hang on any of them
	words := []int{w}
	for j := w + 1; j < len(s.Words) && p.tok[j] < end; j++ {
		words = append(words, j)
	}
	passive := an.passiveWord(p, v)
	var subj, objs []int
	switch {
	case passive && tr.frame == "obj":
		subj = an.agentsOf(p, v)
		if pr == schema.Sanctions && len(subj) == 0 {
			// "X was indicted in the United States": the state whose
			// courts charged X
			for _, e := range an.prepClassObjects(p, []int{v}, "courtprep") {
				if an.ents[e].typ == schema.State {
					subj = append(subj, e)
				}
			}
		}
		if pr == schema.Blames && len(subj) == 0 {
			// the passive without its agent: "APT28 has been linked to
			// the attacks" attributes them to the subject
			an.passiveBlame(p, si, v, k, words)
			return true
		}
		for _, c := range s.Dependents(v, "nsubj:pass") {
			objs = append(objs, an.wordEnts(p, c)...)
		}
		if len(objs) == 0 && s.Words[v].Deprel == "acl" {
			// "North Korea, accused by Washington of ..."
			objs = an.wordEnts(p, s.Words[v].Head)
		}
		if len(objs) == 0 && k-2 >= an.sents[si].First && an.low[k-1] == "," {
			// the same, however parsed: a participle after a comma is
			// said of the mention before it
			if m := an.mentAt(k - 2); m >= 0 {
				objs = []int{an.ments[m].ent}
			}
		}
	case s.Words[v].UPOS == "NOUN" || s.Words[v].UPOS == "PROPN":
		if tr.frame != "prep" {
			return false
		}
		subj = an.nounSubject(p, si, v)
		objs = an.prepObjects(p, words, tr.preps)
		if len(objs) == 0 {
			objs = an.prepPossessors(p, words, tr.preps)
		}
		if n, h := v, s.Words[v].Head; len(objs) == 0 && h >= 0 {
			// a measure drawn from someone: "X conducted a test,
			// drawing a fresh round of sanctions from Y" has Y sanction X
			if s.Words[n].Deprel == "nmod" && s.Words[h].Deprel == "obj" {
				n, h = h, s.Words[h].Head // "a round of sanctions"
			}
			if h >= 0 && s.Words[n].Deprel == "obj" && an.lowWord("drawverb", p.tok[h]) {
				if from := an.prepClassObjects(p, []int{v, n, h}, "fromprep"); len(from) > 0 {
					subj, objs = from, an.subjectsOf(p, h)
				}
			}
		}
		if h := s.Words[v].Head; len(objs) == 0 && h >= 0 && s.Words[v].Deprel == "obj" {
			// the phrase right after the noun hung on its verb:
			// "joined EU sanctions against X", "declared its \"full
			// support\" for X" (a closing quote may stand between)
			after := end
			for after < an.sents[si].End && isQuote(an.low[after]) {
				after++
			}
			for _, c := range s.Children(h) {
				if cs := s.Dependent(c, "case"); cs >= 0 && p.tok[cs] == after && syntax.HasLabel(s.Words[c].Deprel, "obl") && inSlot(an.low[p.tok[cs]], tr.preps) {
					es := an.wordEnts(p, c)
					if len(es) == 0 {
						es = an.possessorActor(p, c) // "opposition to China's plan"
					}
					objs = append(objs, es...)
				}
			}
		}
		if h := s.Words[v].Head; h >= 0 && s.Words[v].Deprel == "obj" && an.lowWord("joinverb", p.tok[h]) {
			// who joins a measure takes it too: "Montenegro joined EU
			// sanctions against X"
			for _, e := range an.subjectsOf(p, h) {
				if !slices.Contains(subj, e) {
					subj = append(subj, e)
				}
			}
		}
		if len(objs) == 0 && an.lex.word("inprep", an.caseOf(p, v)) {
			// "in support of X": the of-phrase is the object, or its
			// possessor ("in support of X's mediation")
			objs = an.prepClassObjects(p, words, "ofprep")
			for _, c := range s.Children(v) {
				if pc := s.Dependent(c, "nmod:poss"); len(objs) == 0 && pc >= 0 && s.Words[c].Deprel == "nmod" && an.lex.word("ofprep", an.caseOf(p, c)) {
					if e := an.wordEnt(p, pc); an.isActor(e) {
						objs = append(objs, e)
					}
				}
			}
		}
	case tail != nil:
		subj = an.checkedSubjects(p, v, k)
		objs = an.prepObjects(p, words, tail)
	default:
		subj = an.checkedSubjects(p, v, k)
		if tr.frame == "prep" {
			objs = an.prepObjects(p, words, tr.preps)
			if len(objs) == 0 {
				objs = an.prepPossessors(p, words, tr.preps)
			}
			for _, w := range words {
				// the preposition in an infinitive on the phrase: "reserved
				// the right to take measures against X"
				for _, c := range s.Children(w) {
					if d := s.Words[c].Deprel; len(objs) == 0 && (d == "acl" || d == "xcomp") && c > w {
						if m := s.Dependent(c, "mark"); m >= 0 && s.Words[m].XPOS == "TO" {
							objs = an.prepObjects(p, []int{c}, tr.preps)
						}
					}
				}
			}
		} else {
			for _, c := range s.Dependents(v, "obj") {
				if p.tok[c] >= end || an.lowWord("relative", p.tok[c]) {
					objs = append(objs, an.wordEnts(p, c)...)
				}
				if len(objs) == 0 && (pr == schema.Supports || pr == schema.Opposes || pr == schema.Condemns) {
					// backing what someone did backs them: "backed the
					// finding by Washington", "opposed the move by X"
					objs = an.prepClassObjects(p, []int{c}, "agentprep")
				}
			}
			if len(objs) == 0 && len(words) > 1 {
				// a phrasal verb: "lashed out at X", "sided with X", or
				// one whose trigger ends in the preposition: "pointed
				// the finger at X"
				for _, c := range s.Children(v) {
					if d := s.Words[c].Deprel; syntax.HasLabel(d, "obl") || d == "obj" {
						if cs := s.Dependent(c, "case"); cs >= 0 && (p.tok[cs] == end || p.tok[cs] == end-1 && s.Words[cs].UPOS == "ADP") {
							objs = append(objs, an.wordEnts(p, c)...)
						}
					}
				}
				if n := len(tr.slots); len(objs) == 0 && n > 2 {
					// the preposition hung on the phrase's noun: "the
					// finger at X"
					objs = an.prepObjects(p, words[1:], tr.slots[n-1])
				}
			}
			if len(objs) == 0 {
				// coordinated verbs share the object: "condemned and
				// sanctioned Russia"
				for _, c := range s.Dependents(v, "conj") {
					if c > v && s.Words[c].UPOS == "VERB" && s.Dependent(c, "nsubj") < 0 {
						for _, o := range s.Dependents(c, "obj") {
							objs = append(objs, an.wordEnts(p, o)...)
						}
						break
					}
				}
			}
			if len(objs) == 0 && gapM >= 0 {
				// the object in the phrase: "held Beijing responsible"
				objs = []int{an.ments[gapM].ent}
			}
			if len(objs) == 0 || pr == schema.Denies {
				// a stance on what an actor stands for or does is one on
				// the actor: "supporting the country's efforts"; a
				// denial so read is an opposition: "rejected the bloc's
				// statement"
				if e := an.positionOwner(p, v, k); e >= 0 && (pr == schema.Denies || pr == schema.Supports || pr == schema.Opposes || pr == schema.Condemns) {
					objs = []int{e}
					if pr == schema.Denies {
						pr = schema.Opposes
					}
				}
			}
			if pr == schema.Denies {
				objs = an.deniedObjects(p, v, k, subj)
			}
			if len(objs) == 0 && pr == schema.Threatens {
				// a threat of an attack on someone: "threatened nuclear
				// strikes on X", "... on both countries"
				for _, c := range s.Dependents(v, "obj") {
					if c > v && an.entAt(p.tok[c]) < 0 {
						objs = an.threatTargets(p, v, c)
					}
				}
			}
			if len(objs) == 0 && (pr == schema.Condemns || pr == schema.Opposes) && len(subj) > 0 {
				// a stance on a measure ("lashed out at the decision",
				// "condemned the sanctions") is one on who took it
				for _, c := range s.Children(v) {
					if d := s.Words[c].Deprel; (d == "obj" || syntax.HasLabel(d, "obl")) && c > v && an.bareMeasure(p, c, false) {
						objs = an.sanctionersOf(subj, si)
					}
				}
			}
			if len(objs) == 0 && pr == schema.Supports && len(subj) > 0 {
				// backing a measure ("backed the charges", "supported
				// the sanctions") backs who took the latest one
				for _, c := range s.Dependents(v, "obj") {
					if c > v && an.bareMeasure(p, c, true) {
						if e, _ := an.latestSanctioner(si + 1); e >= 0 && !slices.Contains(subj, e) {
							objs = []int{e}
						}
					}
				}
			}
			if len(objs) == 0 {
				if h := s.Words[v].Head; h >= 0 && s.Words[v].Deprel == "acl:relcl" && s.Dependent(v, "nsubj") >= 0 && !an.lowWord("role", p.tok[h]) {
					// an object relative: "Lazarus, a group the FBI
					// blamed"; a role noun's actor is no object ("the
					// Saudi officials we are sanctioning")
					objs = an.wordEnts(p, h)
				}
			}
		}
	}
	if pr == schema.ConcernedAbout && len(objs) == 0 && len(subj) > 0 {
		// a concern that something happens is about its subject:
		// "expressed concern that X could launch more missiles"
		for _, w := range words {
			for _, c := range s.Children(w) {
				if d := s.Words[c].Deprel; (d == "ccomp" || d == "acl") && c > w && s.Dependent(c, "mark") >= 0 {
					if sb := s.Dependent(c, "nsubj"); sb >= 0 && len(objs) == 0 {
						objs = an.wordEnts(p, sb)
					}
				}
			}
		}
	}
	if pr == schema.MeetsWith && len(objs) == 0 && len(subj) > 1 {
		// "Biden and Xi held talks": the subjects met each other
		objs = subj[1:]
		subj = subj[:1]
	}
	if len(subj) == 0 || len(objs) == 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, v, k)
	pol, mod = an.gapCues(si, k, end, pol, mod)
	claimant := an.treeClaimant(p, si, v)
	for _, e := range subj {
		if e == claimant {
			claimant = -1
		}
	}
	for _, o := range objs {
		for _, sub := range subj {
			an.frameClaim(p, si, sub, pr, o, words, pol, mod, claimant)
		}
	}
	return true
}

// passiveBlame reads a blame verb in the passive without its agent: the
// incidents after a preposition of class linkprep ("to", "in") are
// attributed to its subjects.
func (an *analysis) passiveBlame(p *parsed, si, v, k int, words []int) {
	s := p.s
	var actors []int
	for _, c := range s.Dependents(v, "nsubj:pass") {
		for _, e := range an.wordEnts(p, c) {
			if an.isActor(e) {
				actors = append(actors, e)
			}
		}
	}
	if len(actors) == 0 {
		return
	}
	pol, mod := an.treePolarity(p, si, v, k)
	claimant := an.treeClaimant(p, si, v)
	for _, inc := range an.prepClassObjects(p, words, "linkprep") {
		if an.ents[inc].typ != schema.Incident {
			continue
		}
		for _, a := range actors {
			an.frameClaimOf(inc, schema.AttributedTo, a, "", si, pol, mod, claimant)
		}
	}
}

// prepTail is the last slot of a trigger of a verb, a gap and a word
// ("spoke * with"), which the tree may find as the preposition of the
// verb's object however far it stands; nil for other triggers.
func prepTail(tr *trigger) []string {
	n := len(tr.slots)
	if tr.frame != "obj" || n < 2 || n > 3 || n == 3 && !(len(tr.slots[1]) == 1 && tr.slots[1][0] == "*") {
		return nil
	}
	if n == 2 && len(tr.slots[1]) == 1 && tr.slots[1][0] == "*" {
		return nil
	}
	return tr.slots[n-1]
}

// frameClaim records one relation read from a frame, checking the kinds
// of its arguments; for blames of an actor it reads the incident blamed
// ("accused X of the hack", "blamed X for the hack").
func (an *analysis) frameClaim(p *parsed, si, sub int, pr schema.Predicate, o int, words []int, pol schema.Polarity, mod schema.Modality, claimant int) {
	if !an.isActor(sub) || sub == o || an.sameSide(sub, o) {
		return
	}
	ot := an.ents[o].typ
	if pr == schema.Blames && ot == schema.Incident {
		// "blamed the attack on X", "tied the theft to X", "which the
		// government blamed on X"
		onto := an.prepClassObjects(p, words, "ontoprep")
		if len(onto) == 0 {
			onto = an.ontoOnObject(p, words, o)
		}
		for _, a := range onto {
			if an.isActor(a) && a != sub && !an.sameSide(sub, a) {
				an.frameClaimOf(sub, pr, a, "", si, pol, mod, claimant)
				an.frameClaimOf(o, schema.AttributedTo, a, "", si, pol, mod, sub)
			}
		}
		return
	}
	switch pr {
	case schema.Blames, schema.Threatens, schema.Sanctions, schema.MeetsWith:
		if !an.isActor(o) {
			return
		}
	case schema.Denies:
		if ot != schema.Incident && ot != schema.Topic {
			return
		}
	}
	if pr == schema.Condemns && ot == schema.Incident && an.responsibleFor(o, sub) {
		// who is held responsible for the incident condemns nothing; the
		// one who says so does
		if an.isActor(claimant) && !an.responsibleFor(o, claimant) {
			an.frameClaimOf(claimant, pr, o, "", si, pol, mod, -1)
		}
		return
	}
	an.frameClaimOf(sub, pr, o, "", si, pol, mod, claimant)
	if pr == schema.Blames {
		incs := an.prepClassObjects(p, words, "forprep")
		if len(incs) == 0 {
			incs = an.partIncidents(p, words)
		}
		for _, inc := range incs {
			if an.ents[inc].typ == schema.Incident {
				an.frameClaimOf(inc, schema.AttributedTo, o, "", si, pol, mod, sub)
			}
		}
	}
	if pr == schema.Sanctions {
		if st := an.sanctioner(sub); st >= 0 && st != o && !an.sameSide(st, o) {
			an.frameClaimOf(st, pr, o, "", si, pol, mod, claimant)
		}
	}
}

// bareMeasure tells whether word c is a measure named by a definite
// noun of class measurenoun or sanctiondoc with little beside it ("the
// decision", "the sanctions"; with issued also one of class issueverb,
// "the charges"), a noun that stands for whoever took the measure.
func (an *analysis) bareMeasure(p *parsed, c int, issued bool) bool {
	t := p.tok[c]
	if an.entAt(t) >= 0 || len(p.s.Children(c)) > 2 || !an.lowWord("measurenoun", t) && !an.lowWord("sanctiondoc", t) && !(issued && an.lowWord("issueverb", t)) {
		return false
	}
	dt := p.s.Dependent(c, "det")
	return dt >= 0 && an.lowWord("incdef", p.tok[dt])
}

// ontoOnObject are the actors of the last phrase after a preposition of
// class ontoprep that the parse hung on the trigger's object, incident
// o, when the trigger puts an incident "on" its author (words.tsv
// blameon; any trigger for another such preposition): "X issued an
// advisory that pinned the hack on Y".
func (an *analysis) ontoOnObject(p *parsed, words []int, o int) []int {
	s := p.s
	var out []int
	for _, w := range words {
		for _, c := range s.Dependents(w, "obj") {
			if !slices.Contains(an.wordEnts(p, c), o) {
				continue
			}
			for _, g := range s.Children(c) {
				cs := an.caseOf(p, g)
				if g < c || s.Words[g].Deprel != "nmod" || cs == "" || !an.lex.word("ontoprep", cs) {
					continue
				}
				if cs == "on" && !an.lowWord("blameon", p.tok[w]) {
					continue
				}
				if es := an.wordEnts(p, g); len(es) > 0 {
					out = es // the last phrase: "the attack on X on Y"
				}
			}
		}
	}
	return out
}

// partIncidents are the incidents named in the phrase of a part noun
// (words.tsv denialnoun) after a preposition of class forprep on words:
// "accused X of involvement in the hack".
func (an *analysis) partIncidents(p *parsed, words []int) []int {
	s := p.s
	var out []int
	for _, w := range words {
		for _, c := range an.adjuncts(p, w) {
			if d := s.Words[c].Deprel; !syntax.HasLabel(d, "obl") && !syntax.HasLabel(d, "nmod") {
				continue
			}
			if cs := an.caseOf(p, c); cs == "" || !an.lex.word("forprep", cs) || !an.lowWord("denialnoun", p.tok[c]) || an.entAt(p.tok[c]) >= 0 {
				continue
			}
			if inc := an.subtreeIncident(p, c); inc >= 0 {
				out = append(out, inc)
			}
		}
	}
	return out
}

// subtreeIncident is the first incident named in the subtree of word n,
// -1 if none.
func (an *analysis) subtreeIncident(p *parsed, n int) int {
	f, e := p.s.Subtree(n)
	for j := f; j < e; j++ {
		if x := an.entAt(p.tok[j]); x >= 0 && an.ents[x].typ == schema.Incident {
			return x
		}
	}
	return -1
}

// frameAgent reads "X carried out Y", "X launched Y", "X was behind Y":
// the subject is the actor, the object (or the incident in focus) the
// incident. A reporting verb governing the clause makes its subject blame
// the actor: "the FBI concluded Pyongyang was behind the hack".
func (an *analysis) frameAgent(p *parsed, si, w, k, end int, tr *trigger) bool {
	s := p.s
	v := w
	// a copula or auxiliary trigger ("was behind", "was responsible")
	// stands for its head
	if d := s.Words[w].Deprel; d == "cop" || d == "aux" {
		v = s.Words[w].Head
		if v < 0 {
			return false
		}
	}
	if an.passiveWord(p, v) {
		return false
	}
	subj := an.checkedSubjects(p, v, k)
	if len(subj) == 0 {
		return false
	}
	inc := -1
	cands := append([]int{v}, s.Children(v)...)
	for _, c := range cands {
		if c != v && !slices.Contains([]string{"obj", "obl", "nmod"}, s.Words[c].Deprel) {
			continue
		}
		for _, e := range an.wordEnts(p, c) {
			if an.ents[e].typ == schema.Incident {
				inc = e
				break
			}
		}
		if inc >= 0 {
			break
		}
	}
	if inc < 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, v, k)
	pol, mod = an.gapCues(si, k, end, pol, mod)
	claimant := an.treeClaimant(p, si, v)
	for _, a := range subj {
		if !an.isActor(a) {
			continue
		}
		if pol == schema.Negated && claimant >= 0 && (claimant == a || an.sameSide(claimant, a)) {
			// "X said it played no part in Y", "X was not behind Y" in its
			// own words: a denial
			an.frameClaimOf(a, schema.Denies, inc, "", si, schema.Asserted, mod, -1)
			an.frameClaimOf(inc, schema.AttributedTo, a, "", si, pol, mod, claimant)
			continue
		}
		an.frameClaimOf(inc, schema.AttributedTo, a, "", si, pol, mod, claimant)
		if claimant >= 0 && claimant != a && !an.sameSide(claimant, a) && an.isActor(claimant) {
			an.frameClaimOf(claimant, schema.Blames, a, "", si, pol, mod, -1)
		}
	}
	return true
}

// deniedObjects are what a denial at verb v (token k) denies: the
// incidents and topics it names as its object; for an accusation or a
// denial noun ("denied the accusations", "denied any role in the hack")
// the incident named with it, else the incident in focus; for a clause
// ("denied that it was involved") the incident in focus.
func (an *analysis) deniedObjects(p *parsed, v, k int, subj []int) []int {
	s := p.s
	var out []int
	focus := func() {
		// the incident in focus: named in this sentence or the one before
		if e := an.salientBefore(k); e >= 0 && !slices.Contains(out, e) && an.mentionedSince(e, an.sents[max(an.sentOf[k]-1, 0)].First, k) && !an.hitAny(e, subj) {
			out = append(out, e)
		}
	}
	for _, c := range s.Children(v) {
		switch d := s.Words[c].Deprel; {
		case d == "obj":
			if p.tok[c] < k {
				continue
			}
			named := false
			for _, e := range an.wordEnts(p, c) {
				if t := an.ents[e].typ; t == schema.Incident || t == schema.Topic {
					out = append(out, e)
					named = true
				}
			}
			if named || !(an.lowWord("accusation", p.tok[c]) || an.lowWord("denialnoun", p.tok[c])) {
				continue
			}
			// the incident named in the accusation's phrase ("any role in
			// the hack", "a report that blamed it for the thefts")
			f, e := s.Subtree(c)
			for j := f; j < e; j++ {
				if inc := an.entAt(p.tok[j]); inc >= 0 && (an.ents[inc].typ == schema.Incident || an.ents[inc].typ == schema.Topic) && !slices.Contains(out, inc) {
					out = append(out, inc)
					named = true
				}
			}
			if !named && len(subj) > 0 {
				// "denied the charges": what the article held the
				// subject responsible for
				for _, e := range an.accusedAll(subj[0], k) {
					if !slices.Contains(out, e) {
						out = append(out, e)
						named = true
					}
				}
			}
			if !named {
				focus()
			}
			if !named && len(out) == 0 && s.Dependent(c, "det") >= 0 && an.lowWord("incdef", p.tok[s.Dependent(c, "det")]) {
				// "rejected the charges": the accusations the article
				// reported, however far back
				if e := an.accusedBefore(k); e >= 0 {
					out = append(out, e)
				}
			}
		case d == "ccomp":
			focus()
		}
	}
	return out
}

// threatTargets are the actors a threatened act (word n, "nuclear
// strikes on X") falls on: the objects of its prepositions of class
// strikeprep, or of the threat verb v's, after the act.
func (an *analysis) threatTargets(p *parsed, v, n int) []int {
	s := p.s
	for _, h := range []int{n, v} {
		for _, c := range s.Children(h) {
			if d := s.Words[c].Deprel; h == n && d != "nmod" || h == v && (c < n || !syntax.HasLabel(d, "obl")) || !an.lex.word("strikeprep", an.caseOf(p, c)) {
				continue
			}
			if out := an.struckActors(p, c); len(out) > 0 {
				return out
			}
		}
	}
	return nil
}

// struckActors are the actors word c names: its entities, or for a
// plural noun of class statesnoun with a word of class bothword ("on both
// countries") the two coordinated states named before it in the sentence.
func (an *analysis) struckActors(p *parsed, c int) []int {
	s := p.s
	var out []int
	for _, e := range an.wordEnts(p, c) {
		if an.isActor(e) {
			out = append(out, e)
		}
	}
	both := false
	for _, d := range s.Children(c) {
		both = both || an.lowWord("bothword", p.tok[d])
	}
	if len(out) > 0 || !both || !an.lowWord("statesnoun", p.tok[c]) {
		return out
	}
	for w := c - 1; w >= 0; w-- {
		if cj := s.Dependent(w, "conj"); cj >= 0 && cj < c {
			es := an.wordEnts(p, w)
			if len(es) == 2 && an.ents[es[0]].typ == schema.State && an.ents[es[1]].typ == schema.State {
				return es
			}
		}
	}
	return nil
}

// positionOwner is the actor possessing the object of verb v (token k)
// when that object is a noun of class positionnoun ("the bloc's
// statement", "its efforts"), else -1.
func (an *analysis) positionOwner(p *parsed, v, k int) int {
	s := p.s
	for _, c := range s.Dependents(v, "obj") {
		if p.tok[c] < k || an.entAt(p.tok[c]) >= 0 || !an.lowWord("positionnoun", p.tok[c]) {
			continue
		}
		pc := s.Dependent(c, "nmod:poss")
		for _, x := range s.Children(c) {
			// "the proposal by Hungary"
			if pc < 0 && s.Words[x].Deprel == "nmod" && x > c && an.lex.word("agentprep", an.caseOf(p, x)) {
				pc = x
			}
		}
		if pc >= 0 {
			e := an.wordEnt(p, pc)
			if e < 0 && an.lowWord("statenoun", p.tok[pc]) && an.tokM[p.tok[pc]] == -1 {
				// "the country's efforts": the state in context
				e = an.contextState(an.sentOf[k], p.tok[pc])
			}
			if an.isActor(e) && !slices.Contains(an.subjectsOf(p, v), e) {
				return e
			}
		}
	}
	return -1
}

// accusedContent reports whether word v stands in what an accusation
// says ("accusing Doha of supporting X"): the accuser's claim, which the
// text does not assert.
func (an *analysis) accusedContent(p *parsed, v int) bool {
	s := p.s
	for n, steps := v, 0; n >= 0 && steps < 4; steps++ {
		switch s.Words[n].Deprel {
		case "acl", "advcl":
			if x := s.Words[n].XPOS; (x == "VBD" || x == "VBZ" || x == "VBP") && s.Dependent(n, "nsubj") >= 0 {
				// a finite clause with a subject of its own beside the
				// accusation ("charged X ..., as Y held Z responsible")
				// is none of its content
				return false
			}
		case "xcomp", "ccomp", "obj":
		default:
			return false
		}
		n = s.Words[n].Head
		if n < 0 {
			return false
		}
		for _, ti := range an.triggersAt(p.tok[n]) {
			tr := &an.lex.triggers[ti]
			if tr.pred != string(schema.Blames) || tr.frame == "join" {
				continue
			}
			// the trigger must stand there, not only start with the word
			if _, _, ok := an.matchSlots(p.tok[n], tr.slots, an.sents[an.sentOf[p.tok[n]]].End); ok || prepTail(tr) != nil {
				return true
			}
		}
	}
	return false
}

// mentionedSince reports whether entity e has a mention in tokens [lo, hi).
func (an *analysis) mentionedSince(e, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if an.entAt(k) == e {
			return true
		}
	}
	return false
}

// finished reports whether sentence si ends as a sentence does, with a
// full stop, a question or exclamation mark (and any closing quotes or
// brackets): a headline or a caption, without one, leaves out the words a
// parser trained on running text leans on ("UAE rejects report it ..."
// reads "rejects" as a noun), and its article says the same again in full.
func (an *analysis) finished(si int) bool {
	sent := an.sents[si]
	for k := sent.End - 1; k >= sent.First && k < len(an.toks); k-- {
		t := an.toks[k]
		if t.Kind != Punct {
			return false
		}
		switch t.Text {
		case ".", "!", "?", "…":
			return true
		}
	}
	return false
}

// passiveWord reports whether word v is a passive verb.
func (an *analysis) passiveWord(p *parsed, v int) bool {
	s := p.s
	if s.Dependent(v, "nsubj:pass") >= 0 || s.Dependent(v, "aux:pass") >= 0 {
		return true
	}
	// an agent alone makes a participle passive, not a verb in the past
	// tense: "spoke by phone" is no passive, whatever the label says
	if s.Dependent(v, "obl:agent") >= 0 && s.Words[v].XPOS == "VBN" {
		return true
	}
	// a participle modifying a noun: "Russia, accused by ..."
	return s.Words[v].XPOS == "VBN" && s.Words[v].Deprel == "acl"
}

// agentsOf is the agent of a passive verb: "blamed by X".
func (an *analysis) agentsOf(p *parsed, v int) []int {
	s := p.s
	var out []int
	for _, c := range an.adjuncts(p, v) {
		d := s.Words[c].Deprel
		if d == "obl:agent" || (syntax.HasLabel(d, "obl") || d == "nmod") && an.lex.word("agentprep", an.caseOf(p, c)) {
			out = append(out, an.wordEnts(p, c)...)
		}
	}
	return out
}

// adjuncts are the dependents of word v, with the prepositional phrases
// the parser hung on one of its adjuncts that names no entity: "condemned
// on Monday by France", "spoke by phone on Thursday with X" (a parser
// attaches a phrase to the nearest noun when in doubt).
func (an *analysis) adjuncts(p *parsed, v int) []int {
	s := p.s
	out := slices.Clone(s.Children(v))
	for _, c := range s.Children(v) {
		// a phrase the parser hung on an adverb after the word: "its
		// sharpest rebuke yet of X"
		if c > v && s.Words[c].Deprel == "advmod" {
			for _, g := range s.Children(c) {
				if d := s.Words[g].Deprel; (syntax.HasLabel(d, "obl") || d == "nmod") && g > c {
					out = append(out, g)
				}
			}
		}
	}
	for i := 0; i < len(out) && i < 32; i++ {
		c := out[i]
		if d := s.Words[c].Deprel; c == v || !syntax.HasLabel(d, "obl") && !(d == "nmod" && s.Ancestor(v, c) && s.Words[c].Head != v) {
			continue
		}
		if an.entAt(p.tok[c]) >= 0 || an.caseOf(p, c) == "" && !syntax.HasLabel(s.Words[c].Deprel, "obl") {
			continue
		}
		for _, g := range s.Children(c) {
			if s.Words[g].Deprel == "nmod" && an.caseOf(p, g) != "" && !slices.Contains(out, g) {
				out = append(out, g)
			}
		}
	}
	return out
}

// caseOf is the lower-case preposition of a nominal, "" if none: its case
// dependent, or one that the parser hung on a word of its subtree ("with"
// on "Vladimir" of "with Vladimir Putin").
func (an *analysis) caseOf(p *parsed, n int) string {
	s := p.s
	if cs := s.Dependents(n, "case"); len(cs) > 0 {
		c := cs[0]
		if len(cs) > 1 && an.lowWord("listinclude", p.tok[c]) {
			c = cs[1] // "including against X": the preposition is "against"
		}
		return an.low[p.tok[c]]
	}
	f, _ := s.Subtree(n)
	if f < n && s.Words[f].Deprel == "case" && s.Ancestor(n, f) {
		return an.low[p.tok[f]]
	}
	return ""
}

// prepObjects are the entities of the obl and nmod dependents of words
// whose preposition is one of preps.
func (an *analysis) prepObjects(p *parsed, words []int, preps []string) []int {
	return an.prepObjectsIf(p, words, func(w string) bool { return inSlot(w, preps) })
}

func (an *analysis) prepObjectsIf(p *parsed, words []int, prep func(string) bool) []int {
	s := p.s
	var out []int
	for _, w := range words {
		for _, c := range an.adjuncts(p, w) {
			d := s.Words[c].Deprel
			if !syntax.HasLabel(d, "obl") && !syntax.HasLabel(d, "nmod") || d == "nmod:poss" {
				continue
			}
			if cs := an.caseOf(p, c); cs != "" && prep(cs) {
				out = append(out, an.wordEnts(p, c)...)
			}
		}
	}
	return out
}

// prepClassObjects is prepObjects for the prepositions of a word class of
// words.tsv.
func (an *analysis) prepClassObjects(p *parsed, words []int, class string) []int {
	return an.prepObjectsIf(p, words, func(w string) bool { return an.lex.word(class, w) })
}

// subjectsOf finds the subjects of verb v: its nsubj, else the subject of
// the verb controlling it ("vowed to punish"), of the verb it is
// coordinated with, or the noun a relative clause modifies.
func (an *analysis) subjectsOf(p *parsed, v int) []int {
	s := p.s
	for steps := 0; v >= 0 && steps < 6; steps++ {
		c := s.Dependent(v, "nsubj")
		if voc := s.Dependent(v, "vocative"); c < 0 && voc >= 0 && voc < v && an.mentAt(p.tok[voc]) >= 0 {
			// a name opening a long sentence, misread as a vocative:
			// "Putin, speaking at ..., called it ..."
			c = voc
		}
		if c >= 0 {
			if c > v && s.Words[v].Deprel != "acl:relcl" {
				return nil // a subject after its verb is rather a misparse
			}
			if an.lowWord("pronoun", p.tok[c]) && s.Words[v].Deprel == "ccomp" && s.Words[v].Head >= 0 {
				// "Australia, Canada and Japan said they backed ...": the
				// pronoun stands for the reporter's coordinated subjects
				if es := an.subjectsOf(p, s.Words[v].Head); len(es) > 1 {
					return es
				}
			}
			if h := s.Words[v].Head; an.reportedIt(p, v, c) {
				// "X said it was supporting ...": the pronoun stands for
				// the reporter, a body or a state
				if rs := s.Dependent(h, "nsubj"); rs >= 0 && rs < c {
					if e := an.wordEnt(p, rs); an.isActor(e) && an.ents[e].typ != schema.Official && an.ents[e].typ != schema.Person {
						return []int{e}
					}
				}
			}
			if h := s.Words[v].Head; s.Words[v].Deprel == "ccomp" && h >= 0 {
				if o := an.alliesBody(p, c, h); o >= 0 {
					return []int{o}
				}
			}
			if an.lowWord("firstperson", p.tok[c]) {
				// "'we are very concerned about X,' Y said": the speaker
				if e := an.speakerOf(p, v, c); an.isActor(e) {
					return []int{e}
				}
			}
			es := an.wordEnts(p, c)
			if e := an.possessedName(p, c); e >= 0 {
				es = []int{e}
			}
			if len(es) == 0 && s.Words[v].Deprel == "acl:relcl" && an.lowWord("relative", p.tok[c]) {
				h := s.Words[v].Head
				if g := s.Words[h].Head; an.lowWord("statementnoun", p.tok[h]) && an.entAt(p.tok[h]) < 0 && s.Words[h].Deprel == "obj" && g >= 0 && an.lowWord("publishverb", p.tok[g]) {
					// what a statement says is its issuer's: "X issued an
					// advisory that pinned the hack on Y"
					return an.subjectsOf(p, g)
				}
				return an.wordEnts(p, h)
			}
			if e := an.splitListHead(p, c, es); e >= 0 {
				es = append([]int{e}, es...)
			}
			if e := an.strayConjunct(p, v, c, es); e >= 0 {
				es = append([]int{e}, es...)
			}
			return es
		}
		switch s.Words[v].Deprel {
		case "xcomp", "conj":
			c := s.Words[v].Deprel == "conj"
			v = s.Words[v].Head
			if v >= 0 && an.lowWord("report", p.tok[v]) {
				return nil // the reporter is the claimant, not the subject
			}
			if sb := s.Dependent(v, "nsubj"); c && v >= 0 && sb >= 0 {
				// a relative clause read as the verb's first conjunct
				// ("the indictment, returned in Atlanta, where Equifax has
				// its headquarters, charges X") lends it no subject
				for _, r := range s.Children(v) {
					if r < sb && strings.HasPrefix(s.Words[r].XPOS, "W") {
						return nil
					}
				}
			}
		case "acl:relcl", "acl":
			h := s.Words[v].Head
			if h < 0 {
				return nil
			}
			es := an.wordEnts(p, h)
			if g := s.Words[h].Head; len(es) == 0 && s.Words[v].Deprel == "acl" && s.Words[h].Deprel == "obj" && g >= 0 {
				// the clause misread as the noun's: "said the allies stood
				// with X"
				if o := an.alliesBody(p, h, g); o >= 0 {
					return []int{o}
				}
			}
			if g := s.Words[h].Head; len(es) == 0 && s.Words[v].Deprel == "acl" && s.Words[h].Deprel == "obj" && g >= 0 && (an.lowWord("stepverb", p.tok[g]) || an.lowWord("sanctiondoc", p.tok[h]) || an.lowWord("statementnoun", p.tok[h]) && an.lowWord("publishverb", p.tok[g])) {
				// "X took the step of condemning Y": the light verb's
				// subject; "X unsealed an indictment charging Y", "X
				// issued a statement blaming Y": the document's issuer
				v = g
				continue
			}
			return es
		case "advcl":
			// "..., accusing Moscow of ...": a participle shares the
			// subject of the clause it modifies, and so does an
			// infinitive ("vowed on Sunday to sanction X")
			m := s.Dependent(v, "mark")
			if s.Words[v].XPOS != "VBG" && !(m >= 0 && s.Words[m].XPOS == "TO") {
				return nil
			}
			if h := s.Words[v].Head; m >= 0 && s.Words[m].XPOS == "TO" && h >= 0 {
				// "it took Berlin a year to name X": after an
				// expletive subject the object does it
				if sb, o := s.Dependent(h, "nsubj"), s.Dependent(h, "obj"); sb >= 0 && o >= 0 && o < v && an.lowWord("expletive", p.tok[sb]) {
					return an.wordEnts(p, o)
				}
			}
			if h := s.Words[v].Head; m >= 0 && s.Words[m].XPOS != "TO" && h >= 0 {
				// object control: "accused X of carrying out ..." has X
				// carry it out; "X joined Y in condemning ..." has both
				if o := s.Dependent(h, "obj"); o >= 0 && o < v {
					es := an.wordEnts(p, o)
					if an.lowWord("joinverb", p.tok[h]) {
						for _, e := range an.subjectsOf(p, h) {
							if !slices.Contains(es, e) {
								es = append(es, e)
							}
						}
					}
					return es
				}
			}
			v = s.Words[v].Head
		default:
			return nil
		}
	}
	return nil
}

// reportedIt tells whether subject word c of verb v is "it" (words.tsv
// itpron) in what a reporting verb says: "X said it was supporting ...".
func (an *analysis) reportedIt(p *parsed, v, c int) bool {
	h := p.s.Words[v].Head
	return an.lowWord("itpron", p.tok[c]) && p.s.Words[v].Deprel == "ccomp" && h >= 0 && an.lowWord("report", p.tok[h])
}

// alliesBody is the body whose members word n (class alliesnoun, "the
// allies") names in what reporting verb h says: the organisation the
// reporting official serves ("NATO's chief said the allies stood in
// solidarity with X"); -1 if none.
func (an *analysis) alliesBody(p *parsed, n, h int) int {
	if !an.lowWord("alliesnoun", p.tok[n]) || an.entAt(p.tok[n]) >= 0 || !an.lowWord("report", p.tok[h]) || p.s.Dependent(h, "nsubj") < 0 {
		return -1
	}
	if e := an.speakerOf(p, n, -1); e >= 0 && an.ents[e].typ == schema.Official {
		if o := an.ents[e].officialOf; o >= 0 && an.ents[o].typ == schema.Organization {
			return o
		}
	}
	return -1
}

// possessedName is the actor named right after the possessive of word c,
// a subject the parse took from its possessor ("Britain's National Cyber
// Security Centre, an arm of X, said ..." read with "Britain" as the
// subject); -1 if c is no possessor.
func (an *analysis) possessedName(p *parsed, c int) int {
	cs := p.s.Dependent(c, "case")
	if cs < 0 || cs < c {
		return -1
	}
	t := p.tok[cs]
	if an.toks[t].Kind != Possessive || t+1 >= len(an.toks) || an.sentOf[t+1] != an.sentOf[t] {
		return -1
	}
	if m := an.mentAt(t + 1); m >= 0 && an.ments[m].first == t+1 && an.isActor(an.ments[m].ent) {
		return an.ments[m].ent
	}
	return -1
}

// strayConjunct is the first conjunct of verb v's subject (word c,
// standing for the actors es) that the parse hung on a phrase before it,
// leaving the coordinator on the verb: "On June 7 X and Y issued ...",
// where "June 7 X" was read as a date. It is an actor's name right
// before the coordinator, which stands right before the subject's
// phrase; -1 if none.
func (an *analysis) strayConjunct(p *parsed, v, c int, es []int) int {
	s := p.s
	if len(es) == 0 {
		return -1
	}
	f, _ := s.Subtree(c)
	if f == 0 || s.Words[f-1].Deprel != "cc" || s.Words[f-1].Head != v || !an.lowWord("conj", p.tok[f-1]) {
		return -1
	}
	t := p.tok[f-1]
	if t-1 < an.sents[an.sentOf[t]].First {
		return -1
	}
	m := an.mentAt(t - 1)
	if m < 0 || an.ments[m].end != t || !an.isActor(an.ments[m].ent) || slices.Contains(es, an.ments[m].ent) {
		return -1
	}
	// the name hangs in the verb's own clause, as no object: "Russia
	// condemned X and the FBI issued ..." coordinates clauses
	w := p.wordAt(an.ments[m].first)
	if w < 0 || s.Ancestor(c, w) || s.Words[w].Deprel == "obj" || s.Words[w].Deprel == "iobj" {
		return -1
	}
	h := s.Words[w].Head
	for h >= 0 && h != v && s.Words[h].UPOS != "VERB" && s.Words[h].UPOS != "AUX" {
		h = s.Words[h].Head
	}
	if h != v {
		return -1
	}
	return an.ments[m].ent
}

// splitListHead is the first name of a list subject (word c, standing
// for the actors es) that the parse hung elsewhere: "as the United
// States, the European Union, Britain and NATO took ...", where "as the
// United States" was read as an oblique. The name stands right before
// the subject's phrase and a comma, after a word of class subjopen.
func (an *analysis) splitListHead(p *parsed, c int, es []int) int {
	s := p.s
	if len(es) < 2 || s.Dependent(c, "conj") < 0 {
		return -1
	}
	f, _ := s.Subtree(c)
	for f < c && s.Words[f].UPOS == "PUNCT" {
		f++ // the comma after the first name, hung on the subject
	}
	t := p.tok[f]
	lo := an.sents[an.sentOf[t]].First
	if t-2 < lo || an.low[t-1] != "," {
		return -1
	}
	m := an.mentAt(t - 2)
	if m < 0 || !an.isActor(an.ments[m].ent) || slices.Contains(es, an.ments[m].ent) {
		return -1
	}
	j := an.ments[m].first - 1
	for j >= lo && an.lowWord("incdef", j) {
		j--
	}
	if j < lo || !an.lowWord("subjopen", j) {
		return -1
	}
	return an.ments[m].ent
}

// checkedSubjects is subjectsOf, unless the actor standing right before
// the trigger at token k (the token rules' reading) is none of them: then
// the parse is more likely wrong than the word order, and nothing is read.
func (an *analysis) checkedSubjects(p *parsed, v, k int) []int {
	subj := an.subjectsOf(p, v)
	if len(subj) == 0 {
		if sb := p.s.Dependent(v, "nsubj"); sb >= 0 && sb < v && an.entAt(p.tok[sb]) < 0 && p.s.Words[sb].UPOS == "NOUN" && p.s.Words[v].Deprel == "root" {
			// a subject the parse took from a phrase before the actor
			// right before the verb ("In a call two days after the
			// clash, Minister X told Y"): the word order is likelier
			if near, start := an.subjectOf(k); len(near) > 0 && start > p.tok[sb] {
				return near
			}
		}
		return nil
	}
	if sb := p.s.Dependent(v, "nsubj"); sb >= 0 && len(subj) > 1 && an.lowWord("pluralpron", p.tok[sb]) {
		return subj // "they", read from the tree as a coordinated subject
	}
	if sb := p.s.Dependent(v, "nsubj"); sb >= 0 && an.reportedIt(p, v, sb) {
		return subj // "it", read from the tree as the reporter
	}
	near, _ := an.subjectOf(k)
	if len(near) > 0 && !slices.ContainsFunc(near, func(e int) bool { return slices.Contains(subj, e) }) {
		return nil
	}
	return subj
}

// nounSubject is who makes a nominal trigger's relation: its possessor
// ("Japan's condemnation of ..."), else the subject of the verb it is the
// object of ("held talks with").
func (an *analysis) nounSubject(p *parsed, si, n int) []int {
	s := p.s
	if c := s.Dependent(n, "nmod:poss"); c >= 0 {
		return an.wordEnts(p, c)
	}
	// "EU sanctions on Russia", "American support for Kyiv"
	for _, c := range s.Children(n) {
		if d := s.Words[c].Deprel; (d == "compound" || d == "amod") && c < n {
			if e := an.wordEnt(p, c); an.isActor(e) {
				return []int{e}
			}
		}
	}
	if h := s.Words[n].Head; h >= 0 && s.Words[n].Deprel == "obj" {
		return an.subjectsOf(p, h)
	}
	for _, c := range s.Children(n) {
		// "the condemnation of X by Y"
		if s.Words[c].Deprel == "nmod" && c > n && an.lex.word("agentprep", an.caseOf(p, c)) {
			if es := an.wordEnts(p, c); len(es) > 0 {
				return es
			}
		}
	}
	if h := s.Words[n].Head; h >= 0 && an.lex.word("inprep", an.caseOf(p, n)) {
		// "X acted in support of Y", "X sent troops in support of Y"
		switch d := s.Words[n].Deprel; {
		case syntax.HasLabel(d, "obl"):
			return an.subjectsOf(p, h)
		case d == "nmod" && s.Words[h].Deprel == "obj" && s.Words[h].Head >= 0:
			return an.subjectsOf(p, s.Words[h].Head)
		}
	}
	return nil
}

// wordEnts returns the entities word n stands for, with those
// coordinated with it: its mention's entity; for a role noun ("Japan's
// envoy", "the Chinese government") the actor modifying it; for a
// pronoun its antecedent; for a head without a mention an apposition's.
func (an *analysis) wordEnts(p *parsed, n int) []int {
	var out []int
	an.addWordEnts(p, n, &out, 0)
	return out
}

func (an *analysis) addWordEnts(p *parsed, n int, out *[]int, depth int) {
	if n < 0 || depth > 3 {
		return
	}
	s := p.s
	if depth == 0 && s.Words[n].UPOS == "PRON" && an.lowWord("pluralpron", p.tok[n]) {
		// "X and Y agreed a truce when they met": the coordinated subject
		// of the clause an adverbial clause on the pronoun's verb hangs on
		if v := s.Words[n].Head; v >= 0 && s.Words[n].Deprel == "nsubj" && s.Words[v].Deprel == "advcl" {
			if sb := s.Dependent(s.Words[v].Head, "nsubj"); sb >= 0 && sb < n && s.Dependent(sb, "conj") >= 0 {
				if es := an.wordEnts(p, sb); len(es) > 1 {
					for _, e := range es {
						if !slices.Contains(*out, e) {
							*out = append(*out, e)
						}
					}
					return
				}
			}
		}
	}
	e := an.wordEnt(p, n)
	if e >= 0 && !slices.Contains(*out, e) {
		*out = append(*out, e)
	}
	for _, c := range s.Children(n) {
		switch s.Words[c].Deprel {
		case "conj":
			an.addWordEnts(p, c, out, depth+1)
		case "appos":
			// a list misread as an apposition: "Australia, Canada, ...
			// and Japan", two names of one type, or two actors in a list
			// that goes on ("the European Union, Britain, Australia
			// and ...")
			if m := an.mentAt(p.tok[c]); e >= 0 && m >= 0 && an.ments[m].ent != e && (an.ents[an.ments[m].ent].typ == an.ents[e].typ || an.isActor(e) && an.isActor(an.ments[m].ent) && s.Dependent(n, "conj") > c) {
				an.addWordEnts(p, c, out, depth+1)
			}
		}
	}
}

func (an *analysis) wordEnt(p *parsed, n int) int {
	s := p.s
	k := p.tok[n]
	if m := an.mentAt(k); m >= 0 {
		return an.ments[m].ent
	}
	if an.tokM[k] == -2 {
		return -1
	}
	if an.lowWord("role", k) || an.lowWord("govt", k) {
		// "Russian hackers carried out" is Russia's doing, but
		// "indicted Russian hackers" does not indict the state; a
		// government noun is its state wherever it stands ("support for
		// the Russian government")
		if r := s.Dependent(n, "acl:relcl"); r > n && s.Dependent(r, "nsubj") > n && an.lowWord("role", k) {
			// nor are those an object relative picks out ("the Saudi
			// officials we are sanctioning")
			return -1
		}
		g := n
		for g >= 0 && s.Words[g].Deprel == "conj" {
			g = s.Words[g].Head
		}
		subject := g >= 0 && (syntax.HasLabel(s.Words[g].Deprel, "nsubj") || s.Words[g].Deprel == "obl:agent")
		// an organisation named in the phrase is the actor before any
		// state: "Russia's GRU military intelligence service" is the GRU
		for _, c := range s.Children(n) {
			if d := s.Words[c].Deprel; (d == "compound" || d == "flat") && c < n {
				if e := an.entAt(p.tok[c]); e >= 0 && an.ents[e].typ == schema.Organization {
					return e
				}
			}
		}
		for _, c := range s.Children(n) {
			if d := s.Words[c].Deprel; d == "nmod:poss" || (d == "amod" || d == "compound") && (subject || an.lowWord("govt", k)) || d == "nmod" && an.lex.word("ofprep", an.caseOf(p, c)) {
				if m := an.mentAt(p.tok[c]); m >= 0 {
					if e := an.ments[m].ent; an.isActor(e) {
						return e
					}
				}
				if an.lowWord("pronoun", p.tok[c]) {
					e := an.resolvePronoun(an.low[p.tok[c]], p.tok[c])
					if e >= 0 && an.lowWord("govt", k) && an.ents[e].typ == schema.Official && an.ents[e].officialOf >= 0 {
						// "her government": the state the official serves
						return an.ents[e].officialOf
					}
					return e
				}
			}
		}
		return -1
	}
	if s.Words[n].UPOS == "PRON" && an.lowWord("pronoun", k) {
		e := an.resolvePronoun(an.low[k], k)
		if v := s.Words[n].Head; e >= 0 && v >= 0 && s.Words[n].Deprel == "obj" && !an.lowWord("personpron", k) && slices.Contains(an.subjectsOf(p, v), e) {
			// an object pronoun is no reflexive: "X sued the firm,
			// accusing it of ..." is the nearest other actor named
			// before it in the sentence
			for j := k - 1; j >= an.sents[an.sentOf[k]].First; j-- {
				if o := an.entAt(j); an.isActor(o) && o != e && an.ents[o].typ != schema.Official && an.ents[o].typ != schema.Person {
					return o
				}
			}
			return -1
		}
		return e
	}
	if s.Words[n].UPOS == "PRON" && an.lowWord("objpron", k) {
		return an.pluralAntecedent(p, n)
	}
	if dt := s.Dependent(n, "det"); s.Words[n].UPOS == "NOUN" && syntax.HasLabel(s.Words[n].Deprel, "nsubj") && an.lowWord("statenoun", k) && !an.lowWord("govt", k) && dt >= 0 && an.lowWord("incdef", p.tok[dt]) && len(s.Children(n)) == 1 {
		// "Costa Rican officials said the country is receiving ...": the
		// state named before it in its sentence, else in the one before
		si := an.sentOf[k]
		for j := k - 1; j >= an.sents[si].First; j-- {
			if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.State {
				return e
			}
		}
		return an.contextState(si, an.sents[si].First)
	}
	if an.lowWord("relative", k) {
		// "the GRU, which it blamed": the relative pronoun stands for the
		// mention right before it, else the noun its clause modifies
		if m := an.antecedent(k); m >= 0 {
			return an.ments[m].ent
		}
		if c := s.Words[n].Head; c >= 0 && syntax.HasLabel(s.Words[c].Deprel, "acl") && s.Words[c].Head >= 0 {
			return an.wordEnt(p, s.Words[c].Head)
		}
		return -1
	}
	if s.Words[n].UPOS == "NOUN" {
		// an apposition, however parsed: "Lazarus, a group that ..." is
		// the entity named before the comma
		f := n
		for _, c := range s.Children(n) {
			switch s.Words[c].Deprel {
			case "det", "amod", "compound", "nummod":
				f = min(f, c)
			}
		}
		if t := p.tok[f]; t-2 >= an.sents[an.sentOf[t]].First && an.low[t-1] == "," {
			if m := an.mentAt(t - 2); m >= 0 {
				return an.ments[m].ent
			}
		}
	}
	for _, c := range s.Children(n) {
		if s.Words[c].Deprel == "appos" {
			if m := an.mentAt(p.tok[c]); m >= 0 {
				return an.ments[m].ent
			}
		}
	}
	return -1
}

// pluralAntecedent is what an object pronoun (words.tsv objpron, "them")
// at word n refers back to: the nearest plural noun subject before it, in
// its sentence or the one before, by its entity or else its possessor's
// ("'The GRU's actions are reckless. We condemn them'" condemns the GRU).
func (an *analysis) pluralAntecedent(p *parsed, n int) int {
	si := an.sentOf[p.tok[n]]
	for _, q := range []*parsed{p, nil} {
		if q == nil {
			if si == 0 {
				return -1
			}
			if q = an.tree(si - 1); q == nil {
				return -1
			}
		}
		hi := len(q.s.Words)
		if q == p {
			hi = n
		}
		for w := hi - 1; w >= 0; w-- {
			x := q.s.Words[w]
			if !syntax.HasLabel(x.Deprel, "nsubj") || x.UPOS != "NOUN" || !an.lex.suffix("pluralsuffix", an.low[q.tok[w]]) {
				continue
			}
			if e := an.wordEnt(q, w); e >= 0 {
				return e
			}
			for _, c := range q.s.Children(w) {
				if d := q.s.Words[c].Deprel; (d == "nmod:poss" || d == "compound") && c < w {
					if m := an.mentAt(q.tok[c]); m >= 0 {
						return an.ments[m].ent
					}
				}
			}
			return -1
		}
	}
	return -1
}

// treePolarity reads the cues governing trigger word v at token k: the
// token rules' reading of its clause, and the negation and hedge cues of
// cues.tsv that depend on v or on a verb governing it through a control,
// raising or complement relation ("refused to condemn", "may have been
// behind", "is weighing whether to sanction").
func (an *analysis) treePolarity(p *parsed, si, v, k int) (schema.Polarity, schema.Modality) {
	pol, mod := an.polarity(si, an.clauseStart(k), k)
	stated, _ := an.sentenceCues(si)
	s := p.s
	hi := an.sents[si].End
	conj := false // n was reached from a conjunct
	for n, steps := v, 0; n >= 0 && steps < 6; steps++ {
		toks := []int{}
		if n != v {
			toks = append(toks, p.tok[n])
		}
		// a conjunct shares the verbs governing its first conjunct, not
		// that one's own auxiliaries: "did not condemn X but blamed Y"
		for _, c := range s.Children(n) {
			switch d := s.Words[c].Deprel; {
			case conj:
			case d == "advmod" || d == "aux" || d == "det" || d == "cop" || d == "mark" || d == "neg":
				toks = append(toks, p.tok[c])
			}
		}
		if conj && n != v {
			toks = toks[:0] // nor is the first conjunct a cue
		}
		for _, t := range toks {
			for _, c := range an.cuesAt(t) {
				if c.class != "negation" && c.class != "hedge" {
					continue
				}
				if _, _, ok := an.matchCue(t, c.slots, hi); !ok {
					continue
				}
				if c.class == "negation" {
					pol = schema.Negated
				} else if len(c.slots) == 1 && an.lowWord("reportmodal", t) && an.reportedWould(t, si) {
				} else if !stated {
					mod = schema.Hedged
				}
			}
		}
		d := s.Words[n].Deprel
		if d != "xcomp" && d != "ccomp" && d != "conj" {
			break
		}
		conj = d == "conj"
		n = s.Words[n].Head
	}
	return pol, mod
}

// treeClaimant is who the sentence says makes the claim at word v: the
// subject of a reporting verb governing v ("X said Y was behind ..."),
// else the sentence's claimant.
func (an *analysis) treeClaimant(p *parsed, si, v int) int {
	s := p.s
	for n, steps := v, 0; n >= 0 && steps < 6; steps++ {
		if n != v && an.lowWord("report", p.tok[n]) {
			if es := an.subjectsOf(p, n); len(es) > 0 && an.isActor(es[0]) {
				return es[0]
			}
		}
		n = s.Words[n].Head
	}
	return an.claimantOf(si)
}

// frameClaimOf records a claim read from the tree. A negation or hedge the
// tree shows governing the trigger outweighs the token rules' plain
// reading of the same relation in the same sentence: that one is held as
// the tree says.
func (an *analysis) frameClaimOf(subj int, p schema.Predicate, obj int, lit string, si int, pol schema.Polarity, mod schema.Modality, claimant int) {
	if pol != schema.Asserted || mod != schema.Stated {
		sp := an.sentSpan(si)
		demoted := false
		for i := range an.claims {
			c := &an.claims[i]
			if c.Sentence == sp && c.Predicate == p && c.Plain() && obj >= 0 && subj >= 0 && c.Subject == an.ref(subj) && c.Object == an.ref(obj) {
				c.Polarity, c.Modality = pol, mod
				demoted = true
			}
		}
		if demoted {
			an.rekeyClaims()
		}
	}
	an.claim(subj, p, obj, lit, si, pol, mod, claimant)
}

// rekeyClaims rebuilds the index of claims after some changed how they
// are held, dropping the duplicates that made.
func (an *analysis) rekeyClaims() {
	an.seen = make(map[string]int, len(an.claims))
	out := an.claims[:0]
	for _, c := range an.claims {
		k := claimKey(c, an.sentAt(c.Sentence.Start))
		if _, ok := an.seen[k]; ok {
			continue
		}
		an.seen[k] = len(out)
		out = append(out, c)
	}
	an.claims = out
}

// docCandidate reports whether sentence si may say whom a sanctions
// document names: a verb of class docverb ("names", "targets") and a
// document noun of class sanctiondoc or a participle of class docpart.
func (an *analysis) docCandidate(si int) bool {
	if !an.sentHas(si, an.class("docverb")) && !an.sentHas(si, an.class("listverb")) || !an.sentHas(si, an.class("sanctiondoc")) && !an.sentHas(si, an.class("docpart")) {
		return false
	}
	s := an.sents[si]
	verb, doc := false, false
	for k := s.First; k < s.End; k++ {
		if an.tokM[k] != -1 {
			continue
		}
		verb = verb || an.lowWord("docverb", k) || an.lowWord("listverb", k)
		doc = doc || an.lowWord("sanctiondoc", k) || an.lowWord("docpart", k)
	}
	return verb && doc
}

// frameDoc reads a sanctions document naming whom it sanctions: "the list
// names X, Y and Z", "the asset freezes target X and Y", "those designated
// include X". The document's issuer is the actor modifying it ("the EU's
// list"), else the subject of the latest plain sanctions claim before or
// of the latest sanctions trigger the tree read (entity issuer, read in
// sentence issuerSent), whichever is later.
func (an *analysis) frameDoc(p *parsed, si, v, issuer, issuerSent int) {
	s := p.s
	if s.Words[v].UPOS == "VERB" && an.passiveWord(p, v) && len(an.agentsOf(p, v)) == 0 {
		an.frameDocPassive(p, si, v)
		return
	}
	if s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return
	}
	sb := s.Dependent(v, "nsubj")
	if h := s.Words[v].Head; sb < 0 && h >= 0 && s.Words[v].Deprel == "acl" && an.lowWord("sanctiondoc", p.tok[h]) {
		// "unsealed an indictment charging X": the document the
		// participle is said of, issued by the subject of the verb it is
		// the object of
		sb = h
		if g := s.Words[h].Head; g >= 0 && s.Words[h].Deprel == "obj" {
			if es := an.subjectsOf(p, g); len(es) == 1 && an.isActor(es[0]) {
				issuer, issuerSent = es[0], si
			}
		}
	}
	if sb < 0 || sb > v {
		return
	}
	doc := an.lowWord("sanctiondoc", p.tok[sb])
	if !doc {
		// "those designated", "the people sanctioned", however the
		// participle is attached
		for _, c := range append(s.Dependents(sb, "acl"), s.Dependents(v, "advcl")...) {
			if c > sb && c < v && an.lowWord("docpart", p.tok[c]) && s.Words[c].XPOS == "VBN" {
				doc = true
			}
		}
	}
	if !doc {
		return
	}
	if e, es := an.latestSanctioner(si); e >= 0 && es >= issuerSent {
		issuer = e
	}
	for _, c := range s.Children(sb) {
		if d := s.Words[c].Deprel; d == "nmod:poss" || d == "compound" || d == "amod" {
			if e := an.wordEnt(p, c); an.isActor(e) {
				issuer = e
			}
		}
	}
	if issuer < 0 {
		return
	}
	var objs []int
	for _, c := range s.Dependents(v, "obj") {
		objs = append(objs, an.wordEnts(p, c)...)
	}
	objs = append(objs, an.amongList(p.tok[v]+1, an.sents[si].End)...)
	if len(objs) == 0 {
		return
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	claimant := an.treeClaimant(p, si, v)
	for _, o := range objs {
		if !an.isActor(o) || o == issuer || an.sameSide(issuer, o) {
			continue
		}
		an.frameClaimOf(issuer, schema.Sanctions, o, "", si, pol, mod, claimant)
	}
}

// latestSanctioner is the subject of the latest plain sanctions claim read
// from a sentence before si and that sentence, -1 if none.
func (an *analysis) latestSanctioner(si int) (int, int) {
	best, bestSent := -1, -1
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != schema.Sanctions || !c.Plain() {
			continue
		}
		cs := an.sentAt(c.Sentence.Start)
		if cs < 0 || cs >= si || cs <= bestSent {
			continue
		}
		for e := range an.ents {
			if an.ents[e].typ == c.Subject.Type && an.ents[e].name == c.Subject.Name {
				best, bestSent = e, cs
				break
			}
		}
	}
	return best, bestSent
}

// docList reads the same from the tokens, for a parse that missed it: a
// sentence opening with a sanctions document ("The nine-count indictment,
// returned by ..., charges X, Y and Z", "The list names X, director of
// ...; Y; and Z") or with those it names ("Those designated include X;
// Y; and Z"), or opening with "among" and those it names before a
// copula ("Among those charged was X"): the mentions listed right after
// the first docverb (or that copula),
// each item of a list separated by semicolons counting by its first
// mention.
func (an *analysis) docList(si, issuer, issuerSent int) {
	s := an.sents[si]
	if e, es := an.latestSanctioner(si); e >= 0 && es >= issuerSent {
		issuer = e
	}
	if issuer < 0 {
		return
	}
	k := s.First
	// an inverted list: "Among those charged was X"
	among := k+1 < s.End && an.lowWord("memberprep", k) && an.lowWord("det", k+1)
	if among {
		k++
	}
	for k < s.End && an.lowWord("det", k) {
		k++
	}
	doc := -1
	for j := k; j < s.End && j < k+5; j++ {
		if an.tokM[j] == -1 && (an.lowWord("sanctiondoc", j) || j == k && k > s.First && an.lowWord("docpart", j)) {
			// a document, or those it names: "Those designated under
			// the act include X; Y; and Z"
			doc = j
		}
	}
	if doc < 0 {
		return
	}
	v := -1
	for j := doc + 1; j < s.End; j++ {
		if an.tokM[j] == -1 && (an.lowWord("docverb", j) || among && j == doc+1 && an.lowWord("copula", j)) {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	objs := an.listedNames(v+1, s.End)
	pol, mod := an.polarity(si, an.clauseStart(v), v)
	claimant := an.claimantOf(si)
	for _, o := range objs {
		if !an.isActor(o) || o == issuer || an.sameSide(issuer, o) {
			continue
		}
		an.frameClaimOf(issuer, schema.Sanctions, o, "", si, pol, mod, claimant)
	}
}

// issuerIn is the last actor sentence si has issue sanctions or charges:
// the subject, as the token rules find it, of a sanctions trigger or a
// verb of class issueverb not in the passive; -1 if none.
func (an *analysis) issuerIn(si int) int {
	s := an.sents[si]
	out := -1
	for k := s.First; k < s.End; k++ {
		if an.tokM[k] != -1 || k > s.First && an.lowWord("beaux", k-1) {
			continue
		}
		ok := an.lowWord("issueverb", k)
		for _, ti := range an.triggersAt(k) {
			ok = ok || an.lex.triggers[ti].pred == string(schema.Sanctions) && inSlot(an.low[k], an.lex.triggers[ti].slots[0])
		}
		if !ok {
			continue
		}
		if subj, _ := an.subjectOf(k); len(subj) == 1 && an.isActor(subj[0]) {
			out = subj[0]
		}
	}
	return out
}

// frameWarn reads a warning of consequences as a threat: "X warned of
// serious consequences for relations with Y", "X warned of grave
// consequences if Y refused". The threatened are the actors named in the
// consequences' phrase and the subjects of a conditional clause (words.tsv
// class conditional) on the verb or the noun.
func (an *analysis) frameWarn(p *parsed, si, w, k, end int, tr *trigger) bool {
	s := p.s
	v := w
	if s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return false
	}
	subj := an.checkedSubjects(p, v, k)
	if len(subj) == 0 {
		return false
	}
	// the consequences: the last word of the trigger
	n := -1
	for j := w + 1; j < len(s.Words) && p.tok[j] < end; j++ {
		n = j
	}
	if n < 0 {
		return false
	}
	var objs []int
	f, e := s.Subtree(n)
	for j := f; j < e; j++ {
		if j > n && s.Ancestor(n, j) {
			if o := an.wordEnt(p, j); o >= 0 && !slices.Contains(objs, o) {
				objs = append(objs, o)
			}
		}
	}
	for _, h := range []int{v, n} {
		for _, c := range s.Dependents(h, "advcl") {
			if m := s.Dependent(c, "mark"); m >= 0 && an.lowWord("conditional", p.tok[m]) {
				if sb := s.Dependent(c, "nsubj"); sb >= 0 {
					objs = append(objs, an.wordEnts(p, sb)...)
				}
			}
		}
	}
	if len(objs) == 0 {
		return false
	}
	an.claimEach(p, si, v, k, subj, schema.Threatens, objs)
	return true
}

// frameListAdd reads an actor put on a sanctions list: "the Commerce
// Department added X and Y to its entity list", "Washington put X on its
// blacklist": a verb of class listverb whose clause has a sanctiondoc noun
// after a preposition of class ontoprep.
func (an *analysis) frameListAdd(p *parsed, si, v, k int) {
	s := p.s
	if s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return
	}
	listed := false
	f, e := s.Subtree(v)
	for j := f; j < e; j++ {
		if j > v && an.tokM[p.tok[j]] == -1 && an.lowWord("sanctiondoc", p.tok[j]) && an.lex.word("ontoprep", an.caseOf(p, j)) {
			listed = true
		}
	}
	if !listed {
		return
	}
	subj := an.checkedSubjects(p, v, k)
	var objs []int
	for _, c := range s.Dependents(v, "obj") {
		objs = append(objs, an.wordEnts(p, c)...)
	}
	if len(subj) == 0 || len(objs) == 0 {
		return
	}
	an.claimEach(p, si, v, k, subj, schema.Sanctions, objs)
}

// accusedBefore is the incident mentioned last before token k that a plain
// attributedTo claim of an earlier sentence holds someone responsible
// for; -1 if none.
func (an *analysis) accusedBefore(k int) int {
	si := an.sentOf[k]
	for j := k - 1; j >= 0; j-- {
		e := an.entAt(j)
		if e < 0 || an.ents[e].typ != schema.Incident {
			continue
		}
		r := an.ref(e)
		for i := range an.claims {
			c := &an.claims[i]
			if c.Predicate == schema.AttributedTo && c.Plain() && c.Subject == r && c.Sentence.Start < an.sents[si].Span.Start {
				return e
			}
		}
	}
	return -1
}

// evalCandidate reports whether sentence si may report a speaker's
// evaluation of blame: an evaluative word (words.tsv negeval), a
// reporting word and an actor among two entities.
func (an *analysis) evalCandidate(si int) bool {
	if !an.sentHas(si, an.class("negeval")) && !an.sentHas(si, an.class("negverb")) || !an.sentHas(si, an.class("report")) && !an.sentHas(si, an.class("accuseverb")) {
		return false
	}
	s := an.sents[si]
	neg, rep := false, false
	var ents []int
	actor := false
	for k := s.First; k < s.End; k++ {
		if e := an.entAt(k); e >= 0 {
			if !slices.Contains(ents, e) {
				ents = append(ents, e)
			}
			actor = actor || an.isActor(e)
			continue
		}
		neg = neg || an.lowWord("negeval", k) || an.lowWord("negverb", k)
		rep = rep || an.lowWord("report", k) || an.lowWord("accuseverb", k)
	}
	return neg && rep && actor && len(ents) >= 2
}

// frameNegEval reads an evaluation of blame in reported speech: the
// speaker condemns what an evaluative word (negeval) says is so or
// qualifies: "'The GRU's actions are cynical and reckless,' X said",
// "X said the abhorrent killing of Y ...". What is evaluated is the
// word's subject or the noun it modifies, or that noun's possessor
// when it names no entity ("the GRU's actions"); the speaker is the
// subject of the reporting verb governing it.
func (an *analysis) frameNegEval(p *parsed, si, w int) {
	s := p.s
	h := s.Words[w].Head
	if d := s.Words[w].Deprel; d == "nmod" && h >= 0 && s.Words[h].Deprel == "obj" {
		h = s.Words[h].Head // the phrase hung on the verb's object
	} else if !syntax.HasLabel(d, "obl") {
		h = -1
	}
	if h >= 0 && s.Words[w].UPOS == "NOUN" && an.lex.word("ofprep", an.caseOf(p, w)) && an.lowWord("accuseverb", p.tok[h]) && !an.passiveWord(p, h) {
		// accused of a wrong: "X accused Y of hypocrisy" condemns Y
		pol, mod := an.treePolarity(p, si, h, p.tok[h])
		subj := an.subjectsOf(p, h)
		for _, o := range s.Dependents(h, "obj") {
			for _, t := range an.wordEnts(p, o) {
				for _, sub := range subj {
					if an.isActor(t) && an.isActor(sub) && sub != t {
						an.frameClaimOf(sub, schema.Condemns, t, "", si, pol, mod, -1)
					}
				}
			}
		}
		return
	}
	if d := s.Words[w].Deprel; s.Words[w].UPOS != "ADJ" && d != "amod" && d != "compound" {
		return
	}
	// a conjunct is said of what its first conjunct is: "are cynical and
	// reckless"
	a := w
	if s.Words[a].Deprel == "conj" && s.Words[a].Head >= 0 && s.Words[s.Words[a].Head].UPOS == "ADJ" {
		a = s.Words[a].Head
	}
	var n int
	switch {
	case s.Words[a].Deprel == "amod" || s.Words[a].Deprel == "compound":
		n = s.Words[a].Head
	case s.Dependent(a, "nsubj") >= 0 && s.Dependent(a, "cop") >= 0:
		n = s.Dependent(a, "nsubj")
	default:
		return
	}
	if n < 0 || an.lowWord("pronoun", p.tok[n]) {
		return
	}
	target := an.wordEnt(p, n)
	for _, c := range s.Children(n) {
		// "the GRU's actions", "the Stuxnet attack"
		if d := s.Words[c].Deprel; target < 0 && (d == "nmod:poss" || d == "compound") && c < n && !an.lowWord("pronoun", p.tok[c]) {
			target = an.wordEnt(p, c)
		}
	}
	if target < 0 {
		return
	}
	speaker := an.speakerOf(p, a, n)
	if !an.isActor(speaker) || speaker == target || an.sameSide(speaker, target) {
		return
	}
	if attributive := n == s.Words[a].Head; attributive && an.wordEnt(p, n) == target && an.isActor(target) {
		return // a description of a name: "the criminal gang Conti"
	}
	// an attributive word evaluates whatever the clause says of its noun
	pol, mod := schema.Asserted, schema.Stated
	if n != s.Words[a].Head {
		pol, mod = an.treePolarity(p, si, a, p.tok[a])
	}
	an.frameClaimOf(speaker, schema.Condemns, target, "", si, pol, mod, -1)
	if an.lowWord("conductnoun", p.tok[n]) && an.entAt(p.tok[n]) < 0 {
		// "the GRU's actions against the Games": the incident in focus,
		// named since the sentence before, is what they did
		for _, c := range s.Children(n) {
			if s.Words[c].Deprel == "nmod" && an.lex.word("incvicprep", an.caseOf(p, c)) {
				if e := an.salientBefore(p.tok[n]); e >= 0 && an.mentionedSince(e, an.sents[max(si-1, 0)].First, p.tok[n]) {
					an.frameClaimOf(speaker, schema.Condemns, e, "", si, pol, mod, -1)
				}
				break
			}
		}
	}
}

// frameEval reads "X called Y 'a reckless pattern of behaviour'", "X
// described Y as destabilising": a verb of the eval frame whose
// complement (an xcomp, or an oblique after "as") holds an evaluative word
// of blame (words.tsv negeval) condemns its object.
func (an *analysis) frameEval(p *parsed, si, v, k int) bool {
	s := p.s
	if s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return false
	}
	o := s.Dependent(v, "obj")
	if x := s.Dependent(v, "xcomp"); o < 0 && x >= 0 {
		// a small clause: "called Russia's actions unacceptable"
		if sb := s.Dependent(x, "nsubj"); sb >= 0 && sb > v {
			o = sb
		}
	}
	if o < 0 {
		return false
	}
	blame := false
	for _, c := range s.Children(v) {
		d := s.Words[c].Deprel
		if c < o || !(d == "xcomp" || syntax.HasLabel(d, "obl") || d == "obj" && c != o) {
			continue
		}
		blame = blame || an.negevalUnder(p, c)
	}
	for _, c := range s.Children(o) {
		// the complement hung on the object: "described the hackers as a
		// terrorist group"
		if s.Words[c].Deprel == "nmod" && an.lex.word("evalprep", an.caseOf(p, c)) {
			blame = blame || an.negevalUnder(p, c)
		}
	}
	if !blame {
		return false
	}
	subj := an.checkedSubjects(p, v, k)
	var objs []int
	if an.lowWord("itpron", p.tok[o]) && len(subj) > 0 {
		objs = an.evaluatedIt(si, p.tok[o], subj)
	}
	if len(objs) == 0 {
		objs = an.wordEnts(p, o)
	}
	if len(objs) == 0 {
		objs = an.possessorActor(p, o) // "called Russia's actions unacceptable"
	}
	if len(subj) == 0 || len(objs) == 0 {
		return false
	}
	an.claimEach(p, si, v, k, subj, schema.Condemns, objs)
	return true
}

// negevalUnder tells whether a word of class negeval, out of any
// mention, stands in the subtree of word c.
func (an *analysis) negevalUnder(p *parsed, c int) bool {
	f, e := p.s.Subtree(c)
	for j := f; j < e; j++ {
		if an.tokM[p.tok[j]] == -1 && an.lowWord("negeval", p.tok[j]) {
			return true
		}
	}
	return false
}

// possessorActor is the actor a possessor of word n names, as a list of
// one, when the possessor is no pronoun: a stance on "Russia's actions"
// is one on Russia; nil if none.
func (an *analysis) possessorActor(p *parsed, n int) []int {
	pc := p.s.Dependent(n, "nmod:poss")
	if pc < 0 || an.lowWord("pronoun", p.tok[pc]) {
		return nil
	}
	if e := an.wordEnt(p, pc); an.isActor(e) {
		return []int{e}
	}
	return nil
}

// evaluatedIt is what "it" at token k stands for in an evaluation ("X
// called it a stab in the back"): the incident named before it in its
// sentence; else a measure the sentence before named by a definite noun
// of class measurenoun or sanctiondoc ("the Kremlin lashed out at the
// decision. Y called it an unfriendly step"), which stands for whoever
// took the latest plain sanctions measure against the side of the
// subjects subj.
func (an *analysis) evaluatedIt(si, k int, subj []int) []int {
	if e := an.salientBefore(k); e >= 0 && an.mentionedSince(e, an.sents[si].First, k) && !slices.Contains(subj, e) {
		return []int{e}
	}
	if si == 0 {
		return nil
	}
	prev := an.sents[si-1]
	for j := prev.First + 1; j < prev.End; j++ {
		if an.tokM[j] == -1 && an.lowWord("incdef", j-1) && (an.lowWord("measurenoun", j) || an.lowWord("sanctiondoc", j)) {
			return an.sanctionersOf(subj, si)
		}
	}
	return nil
}

// classCandidate reports whether sentence si holds a word of class, out
// of any mention, and an actor among two entities.
func (an *analysis) classCandidate(si int, class string) bool {
	if !an.sentHas(si, an.class(class)) {
		return false
	}
	s := an.sents[si]
	word, actor := false, false
	var ents []int
	for k := s.First; k < s.End; k++ {
		if e := an.entAt(k); e >= 0 {
			if !slices.Contains(ents, e) {
				ents = append(ents, e)
			}
			actor = actor || an.isActor(e)
			continue
		}
		word = word || an.lowWord(class, k)
	}
	return word && actor && len(ents) >= 2
}

// frameCritic reads a critic noun (words.tsv criticnoun, or pred's
// supporter noun, supporternoun): "X has been Y's fiercest critic", "X, a
// vocal critic of Y", "X is a staunch supporter of Y": who the noun is
// said of (the copula's subject, or the name it stands in apposition to)
// condemns (supports) its possessor or its of-phrase.
func (an *analysis) frameCritic(p *parsed, si, n int, pred schema.Predicate) {
	s := p.s
	if s.Words[n].UPOS != "NOUN" {
		return
	}
	var subj []int
	switch {
	case s.Dependent(n, "cop") >= 0 && s.Dependent(n, "nsubj") >= 0:
		subj = an.wordEnts(p, s.Dependent(n, "nsubj"))
	case s.Words[n].Deprel == "appos" && s.Words[n].Head >= 0:
		if e := an.wordEnt(p, s.Words[n].Head); e >= 0 {
			subj = []int{e}
		}
	}
	var objs []int
	if c := s.Dependent(n, "nmod:poss"); c >= 0 && !an.lowWord("pronoun", p.tok[c]) {
		objs = an.wordEnts(p, c)
	}
	objs = append(objs, an.prepClassObjects(p, []int{n}, "ofprep")...)
	if len(subj) == 0 || len(objs) == 0 {
		return
	}
	an.claimEach(p, si, n, p.tok[n], subj, pred, objs)
}

// frameWorkOf reads "Y was the work of X" (a noun of the workof frame
// with a copula): the incident Y is attributed to the actors of its
// of-phrase, and the subject of a reporting verb governing it blames
// them ("investigators concluded that the attack had been the work of X,
// the ministry said").
func (an *analysis) frameWorkOf(p *parsed, si, n, k int) bool {
	s := p.s
	if s.Words[n].UPOS != "NOUN" || s.Dependent(n, "cop") < 0 {
		return false
	}
	// the incident: the subject's, or one its phrase names ("the attack,
	// known to researchers as X, was ...")
	var incs []int
	for _, sb := range s.Dependents(n, "nsubj") {
		for _, e := range an.wordEnts(p, sb) {
			if an.ents[e].typ == schema.Incident && !slices.Contains(incs, e) {
				incs = append(incs, e)
			}
		}
		if len(incs) > 0 || an.lowWord("relative", p.tok[sb]) {
			continue
		}
		f, e := s.Subtree(sb)
		for j := f; j < e; j++ {
			if inc := an.entAt(p.tok[j]); inc >= 0 && an.ents[inc].typ == schema.Incident && !slices.Contains(incs, inc) {
				incs = append(incs, inc)
			}
		}
	}
	if len(incs) == 0 {
		// an incident noun naming no incident of its own ("the March 20
		// attack") is the incident in focus, named since the sentence
		// before
		for _, sb := range s.Dependents(n, "nsubj") {
			if t := p.tok[sb]; an.tokM[t] == -1 && an.lex.incNoun[an.low[t]] != "" {
				if e := an.salientBefore(t); e >= 0 && an.mentionedSince(e, an.sents[max(si-1, 0)].First, t) {
					incs = append(incs, e)
				}
			}
		}
	}
	var actors []int
	for _, e := range an.prepClassObjects(p, []int{n}, "ofprep") {
		if an.isActor(e) {
			actors = append(actors, e)
		}
	}
	if len(incs) == 0 || len(actors) == 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, n, k)
	claimant := an.treeClaimant(p, si, n)
	for _, a := range actors {
		for _, inc := range incs {
			an.frameClaimOf(inc, schema.AttributedTo, a, "", si, pol, mod, claimant)
		}
		if claimant >= 0 && claimant != a && !an.sameSide(claimant, a) && an.isActor(claimant) {
			an.frameClaimOf(claimant, schema.Blames, a, "", si, pol, mod, -1)
		}
	}
	return true
}

// frameCall reads who spoke in a call (words.tsv callnoun): "X told Y in
// a telephone call that ...", "X assured Y during a call": the subject of
// the verb the call's phrase (after a preposition of class callprep)
// modifies met its object.
func (an *analysis) frameCall(p *parsed, si, n int) {
	s := p.s
	v := s.Words[n].Head
	if v < 0 || s.Words[v].UPOS != "VERB" || !syntax.HasLabel(s.Words[n].Deprel, "obl") || !an.lex.word("callprep", an.caseOf(p, n)) {
		return
	}
	o := s.Dependent(v, "obj")
	if o < 0 {
		o = s.Dependent(v, "iobj")
	}
	if o < 0 || an.passiveWord(p, v) {
		return
	}
	subj := an.checkedSubjects(p, v, p.tok[v])
	objs := an.wordEnts(p, o)
	if len(subj) == 0 || len(objs) == 0 {
		return
	}
	an.claimEach(p, si, v, p.tok[v], subj, schema.MeetsWith, objs)
}

// speakerOf is who says the clause holding word w: the subject of the
// reporting verb governing it, wherever it stands ("'...,' said X"), the
// person a title names before any body ("Treasury Secretary X said");
// never the subject word not (-1 if none).
func (an *analysis) speakerOf(p *parsed, w, not int) int {
	s := p.s
	for h, steps := s.Words[w].Head, 0; h >= 0 && steps < 6; steps++ {
		if an.lowWord("report", p.tok[h]) && s.Words[h].UPOS == "VERB" {
			speaker := -1
			if sb := s.Dependent(h, "nsubj"); sb >= 0 && !s.Ancestor(sb, w) && sb != not && sb != w {
				speaker = an.wordEnt(p, sb)
				// the name and its title, not a clause on it
				for _, j := range append([]int{sb}, s.Children(sb)...) {
					if d := s.Words[j].Deprel; j != sb && d != "flat" && d != "compound" && d != "nmod:desc" {
						continue
					}
					if o := an.entAt(p.tok[j]); o >= 0 && (an.ents[o].typ == schema.Official || an.ents[o].typ == schema.Person) {
						speaker = o
						break
					}
				}
			} else if sb < 0 {
				// a coordinated reporting verb: "X called it ... and
				// said ..."
				if es := an.subjectsOf(p, h); len(es) > 0 {
					speaker = es[0]
				}
			}
			return speaker
		}
		h = s.Words[h].Head
	}
	// a quotation opening its sentence, the reporting verb lost in the
	// parse: the official named right after it closes speaks it
	k := p.tok[w]
	si := an.sentOf[k]
	if f := an.sents[si].First; f < k && doubleQuote(an.toks[f].Text) {
		for j := f + 1; j < k; j++ {
			if doubleQuote(an.toks[j].Text) {
				return -1 // w stands after the quotation
			}
		}
		return an.speakerAfterQuote(k, si)
	}
	return -1
}

// frameThreatSeen reads a speaker seeing a threat in an actor: "'X poses
// a threat to us,' Y said", "Y said the threat posed by X was ...", "the
// threat from X": the speaker (the subject of the reporting verb
// governing the threat noun, words.tsv threatnoun) is concerned about X.
func (an *analysis) frameThreatSeen(p *parsed, si, n int) {
	s := p.s
	if s.Words[n].UPOS != "NOUN" {
		return
	}
	// who poses it: the subject of the verb it is the object of, the agent
	// of a participle on it, or its from-phrase
	var src []int
	actorOf := func(w int) {
		for _, e := range an.wordEnts(p, w) {
			if an.isActor(e) {
				src = append(src, e)
			}
		}
		if len(src) > 0 {
			return
		}
		// "North Korean cyber attacks pose ...": the actor modifying it
		for _, c := range s.Children(w) {
			if d := s.Words[c].Deprel; (d == "amod" || d == "compound" || d == "nmod:poss") && c < w {
				if e := an.wordEnt(p, c); an.isActor(e) {
					src = append(src, e)
				}
			}
		}
	}
	if h := s.Words[n].Head; h >= 0 && s.Words[n].Deprel == "obj" && an.lowWord("poseverb", p.tok[h]) {
		if sb := s.Dependent(h, "nsubj"); sb >= 0 {
			actorOf(sb)
		}
	}
	for _, c := range s.Dependents(n, "acl") {
		if an.lowWord("poseverb", p.tok[c]) {
			for _, a := range an.agentsOf(p, c) {
				if an.isActor(a) {
					src = append(src, a)
				}
			}
		}
	}
	for _, e := range an.prepClassObjects(p, []int{n}, "threatprep") {
		if an.isActor(e) {
			src = append(src, e)
		}
	}
	an.speakerClaims(p, si, n, schema.ConcernedAbout, src)
}

// speakerClaims gives the speaker of the words holding word n (see
// speakerOf) a claim of pred on each actor of objs that is neither the
// speaker nor on its side, with the polarity and modality of word n.
func (an *analysis) speakerClaims(p *parsed, si, n int, pred schema.Predicate, objs []int) {
	if len(objs) == 0 {
		return
	}
	speaker := an.speakerOf(p, n, -1)
	if !an.isActor(speaker) {
		return
	}
	pol, mod := an.treePolarity(p, si, n, p.tok[n])
	an.speakerHolds(speaker, pred, objs, si, pol, mod)
}

// speakerHolds gives speaker a claim of pred on each actor of objs that
// is neither the speaker nor on its side, with polarity pol and modality
// mod: what reported speech has its speaker hold, once the speaker and
// the words whose cues count are known (speakerClaims, frameUltimatum,
// frameNegAdverb, frameUnanswered, frameRight, frameMustStop).
func (an *analysis) speakerHolds(speaker int, pred schema.Predicate, objs []int, si int, pol schema.Polarity, mod schema.Modality) {
	for _, o := range objs {
		if an.isActor(o) && o != speaker && !an.sameSide(speaker, o) {
			an.frameClaimOf(speaker, pred, o, "", si, pol, mod, -1)
		}
	}
}

// prepPossessors are the actors possessing the nominals after one of preps
// that name no entity themselves: "concerned about X's ties to hackers",
// "sanctions on X's oil exports".
func (an *analysis) prepPossessors(p *parsed, words []int, preps []string) []int {
	s := p.s
	var out []int
	for _, w := range words {
		for _, c := range an.adjuncts(p, w) {
			d := s.Words[c].Deprel
			if !syntax.HasLabel(d, "obl") && !syntax.HasLabel(d, "nmod") || d == "nmod:poss" || an.wordEnt(p, c) >= 0 {
				continue
			}
			if cs := an.caseOf(p, c); cs == "" || !inSlot(cs, preps) {
				continue
			}
			if pc := s.Dependent(c, "nmod:poss"); pc >= 0 && !an.lowWord("pronoun", p.tok[pc]) {
				if e := an.wordEnt(p, pc); an.isActor(e) && !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
			if !an.lowWord("conductnoun", p.tok[c]) {
				continue
			}
			// what an actor does: "concerned about the involvement of
			// Russian intelligence officers" is about Russia
			for _, x := range s.Children(c) {
				if s.Words[x].Deprel != "nmod" || !an.lex.word("ofprep", an.caseOf(p, x)) {
					continue
				}
				e := an.wordEnt(p, x)
				if e < 0 && an.lowWord("role", p.tok[x]) {
					for _, m := range s.Children(x) {
						if d := s.Words[m].Deprel; (d == "amod" || d == "compound") && m < x {
							if st := an.entAt(p.tok[m]); st >= 0 && an.ents[st].typ == schema.State {
								e = st
							}
						}
					}
				}
				if an.isActor(e) && !slices.Contains(out, e) {
					out = append(out, e)
				}
			}
		}
	}
	return out
}

// listedNames is the entities of the list of names starting at token lo,
// before hi: "X, Y and Z", "X, director of ...; Y, ...; and Z" (each item
// of a semicolon list counting by its first name); names the stages did
// not know are passed over, and a list ends at a possessor opening a
// description ("X, Y's deputy").
func (an *analysis) listedNames(lo, hi int) []int {
	// an item: a mention, with any title word before it ("General X"),
	// or a name the stages did not know (capitalised words), which is
	// passed over: where it ends and its entity (-1 if none), end -1 if
	// no item stands at j
	item := func(j int) (int, int) {
		q := j
		for {
			for q < hi && an.tokM[q] == -1 && an.toks[q].Kind == Word && isCap(an.toks[q].Text) {
				q++
			}
			m := an.mentAt(q)
			if m < 0 {
				break
			}
			// a demonym before a title and a name ("Russian Colonel
			// X") modifies it
			if e := an.ments[m].end; an.ents[an.ments[m].ent].typ == schema.State && e < hi && an.toks[e].Kind == Word && isCap(an.toks[e].Text) {
				q = e
				continue
			}
			return an.ments[m].end, an.ments[m].ent
		}
		if q == j || q < hi && an.toks[q].Kind == Possessive {
			return -1, -1
		}
		return q, -1
	}
	var objs []int
	for j := lo; j < hi; {
		e, o := item(j)
		if e < 0 {
			break
		}
		if o >= 0 {
			objs = append(objs, o)
		}
		j = e
		// ", Y", " and Y", ", and Y", unless Y is a possessor opening a
		// description ("X, Y's deputy")
		q := j
		for q < hi && (an.low[q] == "," || an.low[q] == "and") {
			q++
		}
		if r, _ := item(q); q > j && r > 0 && (r >= hi || an.toks[r].Kind != Possessive) {
			j = q
			continue
		}
		// past a description set off by commas, the list goes on after
		// "together with" or "as well as": "X, officers of Y, together
		// with Z"
		if r := an.apposAlong(j, hi); r > j {
			if e, _ := item(r); e > 0 {
				j = r
				continue
			}
		}
		// the next item of a semicolon list, past the description
		for q = j; q < hi && an.low[q] != ";"; q++ {
		}
		for q++; q < hi && an.low[q] == "and"; q++ {
		}
		j = q
	}
	return objs
}

// apposAlong is where a list goes on after a description set off by
// commas at token j and a word of class listalong before one of class
// withprep ("together with"), or "as well as" (class listalso between
// two of class listas); -1 if it does not.
func (an *analysis) apposAlong(j, hi int) int {
	if j+1 >= hi || an.low[j] != "," {
		return -1
	}
	for q := j + 1; q < hi && q < j+24; q++ {
		switch an.low[q] {
		case ";", ".", "(", ")":
			return -1
		case ",":
			r := q + 1
			if r+1 < hi && an.lowWord("listalong", r) && an.lowWord("withprep", r+1) {
				return r + 2
			}
			if r+2 < hi && an.lowWord("listas", r) && an.lowWord("listalso", r+1) && an.lowWord("listas", r+2) {
				return r + 3
			}
		}
	}
	return -1
}

// amongList is the names listed after the first cue of a subset in tokens
// [lo, hi): "including X and Y", "among them X and Y" (words.tsv
// amongcue, then amongpron where the cue needs one).
func (an *analysis) amongList(lo, hi int) []int {
	for j := lo; j < hi; j++ {
		if an.tokM[j] != -1 || !an.lowWord("amongcue", j) {
			continue
		}
		if j+1 < hi && an.lowWord("amongpron", j+1) {
			return an.listedNames(j+2, hi)
		}
		return an.listedNames(j+1, hi)
	}
	return nil
}

// frameUltimatum reads an ultimatum as a threat: "X said Y must stop ...
// or face the consequences", "... or expect to be held to account": a
// verb of class ultimatumverb coordinated by a word of class orconj with
// a verb under a modal of class mustmodal; the speaker threatens that
// verb's subject.
func (an *analysis) frameUltimatum(p *parsed, si, w int) {
	s := p.s
	v := s.Words[w].Head
	if v < 0 || s.Words[w].Deprel != "conj" || s.Words[w].UPOS != "VERB" {
		return
	}
	if cc := s.Dependent(w, "cc"); cc < 0 || !an.lowWord("orconj", p.tok[cc]) {
		return
	}
	modal := an.mustModal(p, v)
	sb := s.Dependent(v, "nsubj")
	if !modal || sb < 0 {
		return
	}
	speaker := an.speakerOf(p, v, sb)
	if !an.isActor(speaker) {
		return
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	an.speakerHolds(speaker, schema.Threatens, an.wordEnts(p, sb), si, pol, mod)
}

// mustModal tells whether verb v has an auxiliary of class mustmodal
// ("Y must stop ...").
func (an *analysis) mustModal(p *parsed, v int) bool {
	for _, c := range p.s.Dependents(v, "aux") {
		if an.lowWord("mustmodal", p.tok[c]) {
			return true
		}
	}
	return false
}

// frameStimulus reads a verb whose object feels the relation toward its
// subject: "the attack alarmed Japan", "X's launches worried Y" (Y is
// concerned about X), and in the passive "Y was rattled by X".
func (an *analysis) frameStimulus(p *parsed, si, v, k int, tr *trigger) bool {
	s := p.s
	if s.Words[v].UPOS != "VERB" {
		return false
	}
	var causes, feelers []int
	cause := func(c int) {
		es := an.wordEnts(p, c)
		if pc := s.Dependent(c, "nmod:poss"); len(es) == 0 && pc >= 0 {
			es = an.wordEnts(p, pc) // "X's launches"
		}
		causes = append(causes, es...)
	}
	if an.passiveWord(p, v) {
		for _, c := range s.Dependents(v, "obl:agent") {
			cause(c)
		}
		for _, c := range s.Dependents(v, "nsubj:pass") {
			feelers = append(feelers, an.wordEnts(p, c)...)
		}
	} else {
		if c := s.Dependent(v, "nsubj"); c >= 0 && c < v {
			cause(c)
		}
		for _, c := range s.Dependents(v, "obj") {
			feelers = append(feelers, an.wordEnts(p, c)...)
		}
	}
	if len(causes) == 0 || len(feelers) == 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, v, k)
	claimant := an.treeClaimant(p, si, v)
	for _, f := range feelers {
		for _, c := range causes {
			if an.isActor(f) && f != c && !an.sameSide(f, c) {
				an.frameClaim(p, si, f, schema.Predicate(tr.pred), c, nil, pol, mod, claimant)
			}
		}
	}
	return true
}

// frameNegAdverb reads an adverb of blame in reported speech (words.tsv
// negadv): the speaker condemns the subject of the verb it qualifies
// ("X said Russia had acted recklessly"); a subject no one is (a
// determiner of class nonedet: "No country has weaponized its
// capabilities as maliciously as Russia") gives the standard of the
// comparison, the actor after a word of class evalprep.
func (an *analysis) frameNegAdverb(p *parsed, si, w int) {
	s := p.s
	a := w
	if s.Words[a].Deprel == "conj" && s.Words[a].Head >= 0 && s.Words[s.Words[a].Head].UPOS == "ADV" {
		a = s.Words[a].Head // "maliciously or irresponsibly"
	}
	v := s.Words[a].Head
	if v < 0 || s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return
	}
	sb := s.Dependent(v, "nsubj")
	if sb < 0 {
		return
	}
	speaker := an.speakerOf(p, v, sb)
	if !an.isActor(speaker) {
		return
	}
	var targets []int
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	if d := s.Dependent(sb, "det"); d >= 0 && an.lowWord("nonedet", p.tok[d]) {
		for _, c := range s.Children(v) {
			if c > a && syntax.HasLabel(s.Words[c].Deprel, "obl") && an.lex.word("evalprep", an.caseOf(p, c)) {
				targets = append(targets, an.wordEnts(p, c)...)
			}
		}
		// the determiner is no negation of the claim: the reporting
		// verb's cues hold
		pol, mod = schema.Asserted, schema.Stated
		if h := s.Words[v].Head; h >= 0 && s.Words[v].Deprel == "ccomp" {
			pol, mod = an.treePolarity(p, si, h, p.tok[h])
		}
	} else {
		targets = an.wordEnts(p, sb)
	}
	an.speakerHolds(speaker, schema.Condemns, targets, si, pol, mod)
}

// frameUnanswered reads a warning that something will not go unanswered
// (words.tsv unanswered, negated): the speaker reporting "any sanctions
// over the case would not go unanswered" threatens whoever took the
// most plain sanctions measures against its side (mainSanctioner); "X's
// attack will not go unpunished" threatens X.
func (an *analysis) frameUnanswered(p *parsed, si, w int) {
	s := p.s
	g := s.Words[w].Head
	if g < 0 || s.Words[w].Deprel != "xcomp" || s.Words[g].Deprel != "ccomp" {
		return
	}
	negated := false
	for _, c := range s.Children(g) {
		for _, cu := range an.cuesAt(p.tok[c]) {
			negated = negated || cu.class == "negation" && s.Words[c].Deprel == "advmod"
		}
	}
	sb, h := s.Dependent(g, "nsubj"), s.Words[g].Head
	if !negated || sb < 0 || h < 0 || !an.lowWord("report", p.tok[h]) {
		return
	}
	speaker := an.speakerOf(p, g, sb)
	if !an.isActor(speaker) {
		return
	}
	var target int
	if an.entAt(p.tok[sb]) < 0 && an.lowWord("sanctiondoc", p.tok[sb]) {
		target = an.mainSanctioner(speaker, si)
	} else {
		target = an.wordEnt(p, sb)
		if pc := s.Dependent(sb, "nmod:poss"); !an.isActor(target) && pc >= 0 {
			target = an.wordEnt(p, pc) // "X's attack"
		}
	}
	pol, mod := an.treePolarity(p, si, h, p.tok[h])
	an.speakerHolds(speaker, schema.Threatens, []int{target}, si, pol, mod)
}

// mainSanctioner is who took the most plain sanctions measures against
// the side of actor a up to sentence si, the latest of those tied; -1 if
// none: the measure in focus of a warning about "any sanctions".
func (an *analysis) mainSanctioner(a, si int) int {
	idx := an.refIndex()
	count := map[int]int{}
	best := -1
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != schema.Sanctions || !c.Plain() {
			continue
		}
		cs := an.sentAt(c.Sentence.Start)
		sub, ok := idx[c.Subject]
		o, ok2 := idx[c.Object]
		if cs < 0 || cs > si || !ok || !ok2 || sub == a || !(an.sameSide(o, a) || an.sideState(o) >= 0 && an.sideState(o) == an.sideState(a)) {
			continue
		}
		count[sub]++
		if best < 0 || count[sub] >= count[best] {
			best = sub
		}
	}
	return best
}

// frameOuster reads a demand that a leader go: the subject of a verb of
// class demandverb whose object is a noun of class ousternoun opposes the
// noun's possessor ("X demanded Y's resignation") or its "of" phrase
// ("sought the removal of Y"); a relative possessor
// (relposs) is the noun its clause modifies ("Assad, whose departure
// Ankara has long demanded").
func (an *analysis) frameOuster(p *parsed, si, n int) {
	s := p.s
	h := s.Words[n].Head
	if h < 0 || s.Words[n].UPOS != "NOUN" || s.Words[n].Deprel != "obj" || !an.lowWord("demandverb", p.tok[h]) || an.passiveWord(p, h) {
		an.ousterTokens(si, p.tok[n])
		return
	}
	target := -1
	if pc := s.Dependent(n, "nmod:poss"); pc >= 0 {
		target = an.wordEnt(p, pc)
		if target < 0 && an.lowWord("relposs", p.tok[pc]) && s.Words[h].Deprel == "acl:relcl" && s.Words[h].Head >= 0 {
			target = an.wordEnt(p, s.Words[h].Head)
		}
	} else if es := an.prepClassObjects(p, []int{n}, "ofprep"); len(es) == 1 {
		target = es[0] // "the removal of X"
	}
	if !an.isActor(target) {
		return
	}
	pol, mod := an.treePolarity(p, si, h, p.tok[h])
	for _, e := range an.subjectsOf(p, h) {
		if an.isActor(e) && e != target {
			an.frameClaimOf(e, schema.Opposes, target, "", si, pol, mod, -1)
		}
	}
}

// ousterTokens reads the relative form of an ouster from the tokens, for
// a parse that lost it: "Y, whose departure X has long demanded" (a
// relposs word before the ousternoun at token k, an actor after it, then
// a demandverb past auxiliaries and adverbs) has X oppose Y.
func (an *analysis) ousterTokens(si, k int) {
	hi := an.sents[si].End
	if k < 1 || k+1 >= hi || !an.lowWord("relposs", k-1) {
		return
	}
	m, target := an.mentAt(k+1), an.antecedent(k-1)
	if m < 0 || target < 0 {
		return
	}
	subj, obj := an.ments[m].ent, an.ments[target].ent
	j := an.ments[m].end
	for j < hi && (an.lowWord("skip", j) || an.isAdverb(an.low[j])) {
		j++
	}
	if j >= hi || !an.lowWord("demandverb", j) || !an.isActor(subj) || !an.isActor(obj) || subj == obj {
		return
	}
	pol, mod := an.polarity(si, an.clauseStart(j), j)
	an.frameClaimOf(subj, schema.Opposes, obj, "", si, pol, mod, -1)
}

// frameRight reads a right of self-defence granted in reported speech:
// "X said Turkey, like every country, had a right to defend its
// territory" has the speaker support Turkey. The right (a noun of class
// rightnoun) is the object of a verb whose subject holds it, with an
// infinitive of class defendverb.
func (an *analysis) frameRight(p *parsed, si, n int) {
	s := p.s
	h := s.Words[n].Head
	if h < 0 || s.Words[n].UPOS != "NOUN" || s.Words[n].Deprel != "obj" {
		return
	}
	defend := false
	for _, c := range s.Dependents(n, "acl") {
		if m := s.Dependent(c, "mark"); m >= 0 && s.Words[m].XPOS == "TO" && an.lowWord("defendverb", p.tok[c]) {
			defend = true
		}
	}
	sb := s.Dependent(h, "nsubj")
	if !defend || sb < 0 {
		return
	}
	speaker := an.speakerOf(p, h, sb)
	if !an.isActor(speaker) {
		return
	}
	pol, mod := an.treePolarity(p, si, h, p.tok[h])
	an.speakerHolds(speaker, schema.Supports, an.wordEnts(p, sb), si, pol, mod)
}

// frameMustStop reads a demand that an actor end a wrong: "X said
// Beijing must end what he described as systematic cyber sabotage" has
// the speaker condemn the subject of a verb of class stopverb with a
// modal of class mustmodal, when a word of class negeval stands in the
// verb's object.
func (an *analysis) frameMustStop(p *parsed, si, v int) {
	s := p.s
	if s.Words[v].UPOS != "VERB" {
		return
	}
	modal := an.mustModal(p, v)
	sb, o := s.Dependent(v, "nsubj"), s.Dependent(v, "obj")
	if o < 0 {
		o = s.Dependent(v, "ccomp") // "end what he described as ...", however parsed
	}
	if !modal || sb < 0 || o < 0 {
		return
	}
	wrong := false
	for f, e := s.Subtree(o); f < e && !wrong; f++ {
		wrong = an.lowWord("negeval", p.tok[f])
	}
	if !wrong {
		return
	}
	speaker := an.speakerOf(p, v, sb)
	if !an.isActor(speaker) {
		return
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	an.speakerHolds(speaker, schema.Condemns, an.wordEnts(p, sb), si, pol, mod)
}

// claimEach reads pred from every subject of subj to every object of objs,
// with the polarity, modality and claimant of trigger v (word k).
func (an *analysis) claimEach(p *parsed, si, v, k int, subj []int, pred schema.Predicate, objs []int) {
	pol, mod := an.treePolarity(p, si, v, k)
	claimant := an.treeClaimant(p, si, v)
	for _, o := range objs {
		for _, sub := range subj {
			an.frameClaim(p, si, sub, pred, o, nil, pol, mod, claimant)
		}
	}
}

// accusedOf is the incident the article, before the sentence of token k,
// held actor a (or a body or an official of its side) responsible for in
// a plain attributedTo claim: what "the charges" a denies are. Of several,
// the one mentioned most before k, then the one attributed first; -1 if
// none.
func (an *analysis) accusedOf(a, k int) int {
	if all := an.accusedAll(a, k); len(all) > 0 {
		return all[0]
	}
	return -1
}

// accusedAll is what accusedOf picks, then, when no denial read from the
// sentence of token k says what is denied, the incident attributed first
// if it is another: the charges an article opens with are among those
// denied.
func (an *analysis) accusedAll(a, k int) []int {
	if a < 0 {
		return nil
	}
	start := an.sents[an.sentOf[k]].Span.Start
	idx := an.refIndex()
	var cands []int
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != schema.AttributedTo || !c.Plain() || c.Sentence.Start >= start {
			continue
		}
		inc, ok := idx[c.Subject]
		o, ok2 := idx[c.Object]
		if !ok || !ok2 || an.ents[inc].typ != schema.Incident || !an.sameSide(o, a) || slices.Contains(cands, inc) {
			continue
		}
		cands = append(cands, inc)
	}
	best, bestN := -1, 0
	for _, inc := range cands {
		n := 0
		for j := 0; j < k; j++ {
			if an.entAt(j) == inc && (j == 0 || an.entAt(j-1) != inc) {
				n++
			}
		}
		if n > bestN {
			best, bestN = inc, n
		}
	}
	if best < 0 {
		return nil
	}
	if best == cands[0] {
		return []int{best}
	}
	span := an.sentSpan(an.sentOf[k])
	for i := range an.claims {
		if c := &an.claims[i]; c.Predicate == schema.Denies && c.Sentence == span {
			return []int{best} // the sentence says what is denied
		}
	}
	return []int{best, cands[0]}
}

// hitAny reports whether a plain targets claim has incident inc hit one of
// actors (or a body or an official of their side): nobody denies an
// incident it suffered.
func (an *analysis) hitAny(inc int, actors []int) bool {
	return an.anyObject(inc, schema.Targets, func(v int) bool {
		for _, a := range actors {
			if an.sameSide(v, a) {
				return true
			}
		}
		return false
	})
}

// frameNegVerb reads a verb of wrongdoing in reported speech (words.tsv
// negverb): the speaker condemns its subject and, accusing it of the
// wrong, blames it ("Y said Washington had ganged up with its allies to
// smear China" condemns and blames Washington).
func (an *analysis) frameNegVerb(p *parsed, si, v int) {
	s := p.s
	if s.Words[v].UPOS != "VERB" || an.passiveWord(p, v) {
		return
	}
	subj := an.subjectsOf(p, v)
	an.speakerClaims(p, si, v, schema.Condemns, subj)
	an.speakerClaims(p, si, v, schema.Blames, subj)
}

// frameConsequence reads an incident to be met with consequences: "X
// warned that it would be met with international consequences" has the
// speaker threaten the states the article holds responsible for the
// incident (the subject, or "it" for the incident in focus).
func (an *analysis) frameConsequence(p *parsed, si, v, k int) bool {
	s := p.s
	if s.Words[v].UPOS != "VERB" || !an.passiveWord(p, v) {
		return false
	}
	var incs []int
	if sb := s.Dependent(v, "nsubj:pass"); sb >= 0 {
		if e := an.wordEnt(p, sb); e >= 0 && an.ents[e].typ == schema.Incident {
			incs = []int{e}
		} else if an.lowWord("itpron", p.tok[sb]) {
			// "it": an incident named since the sentence before, the
			// latest first, else the one in focus
			for j := k - 1; j >= an.sents[max(si-1, 0)].First; j-- {
				if e := an.entAt(j); e >= 0 && an.ents[e].typ == schema.Incident && !slices.Contains(incs, e) {
					incs = append(incs, e)
				}
			}
			if e := an.salientBefore(k); e >= 0 && !slices.Contains(incs, e) {
				incs = append(incs, e)
			}
		}
	}
	if len(incs) == 0 {
		return false
	}
	// the speaker: the subject of the reporting verb the clause hangs on,
	// or of the reporting verb that one is coordinated with ("X said ...
	// and warned that ...")
	speaker := -1
	h := s.Words[v].Head
	if h < 0 || !an.lowWord("report", p.tok[h]) {
		return false
	}
	if sb := s.Dependent(h, "nsubj"); sb >= 0 {
		speaker = an.wordEnt(p, sb)
	} else if g := s.Words[h].Head; s.Words[h].Deprel == "conj" && g >= 0 && an.lowWord("report", p.tok[g]) {
		if es := an.subjectsOf(p, g); len(es) > 0 {
			speaker = es[0]
		}
	}
	if !an.isActor(speaker) {
		return false
	}
	var targets []int
	for _, inc := range incs {
		if len(targets) == 0 {
			targets = an.heldResponsible(inc, speaker)
		}
	}
	if len(targets) == 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, v, k)
	for _, t := range targets {
		an.frameClaimOf(speaker, schema.Threatens, t, "", si, pol, mod, -1)
	}
	return true
}

// heldResponsible are the states the plain attributedTo claims of
// incident inc hold responsible (an actor's state for an actor), other
// than speaker's side.
func (an *analysis) heldResponsible(inc, speaker int) []int {
	r := an.ref(inc)
	var targets []int
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != schema.AttributedTo || !c.Plain() || c.Subject != r {
			continue
		}
		for o := range an.ents {
			if an.ref(o) != c.Object {
				continue
			}
			t := o
			if an.ents[o].typ != schema.State {
				t = an.ents[o].state
			}
			if t >= 0 && an.ents[t].typ == schema.State && !slices.Contains(targets, t) && !an.sameSide(speaker, t) {
				targets = append(targets, t)
			}
		}
	}
	return targets
}

// frameRetaliate reads a retaliation with no object of its own but a
// measure ("Russia would respond in kind", "would answer any sanctions in
// kind"): its subject, and the speaker reporting it,
// threaten whoever took the latest plain sanctions measure against the
// subject's side.
func (an *analysis) frameRetaliate(p *parsed, si, v, k int) bool {
	s := p.s
	if u := s.Words[v].UPOS; u == "NOUN" {
		// a response to a measure: "a Russian response to the sanctions
		// was inevitable"
		measure := false
		for _, c := range s.Dependents(v, "nmod") {
			measure = measure || an.lowWord("sanctiondoc", p.tok[c])
		}
		subj := an.nounSubject(p, si, v)
		if !measure || len(subj) == 0 {
			return false
		}
		return an.retaliation(p, si, v, k, subj)
	} else if u != "VERB" {
		return false
	}
	// "in kind": a noun of class kindnoun after a preposition of class
	// inprep on the verb
	inKind := func(n int) bool {
		for _, c := range s.Children(n) {
			if d := s.Words[c].Deprel; (syntax.HasLabel(d, "obl") || d == "nmod") && an.lowWord("kindnoun", p.tok[c]) && an.lex.word("inprep", an.caseOf(p, c)) {
				return true
			}
		}
		return false
	}
	found := inKind(v)
	for _, o := range s.Dependents(v, "obj") {
		if !an.lowWord("sanctiondoc", p.tok[o]) {
			return false // the retaliation's own object: "answer X in kind"
		}
		// the phrase may hang on the measure: "answer any sanctions in
		// kind"
		found = found || inKind(o)
	}
	if !found {
		return false
	}
	subj := an.checkedSubjects(p, v, k)
	if len(subj) == 0 {
		return false
	}
	return an.retaliation(p, si, v, k, subj)
}

// retaliation records the threats of a retaliation at word v by subj.
func (an *analysis) retaliation(p *parsed, si, v, k int, subj []int) bool {
	targets := an.sanctionersOf(subj, si)
	if len(targets) == 0 {
		return false
	}
	pol, mod := an.treePolarity(p, si, v, k)
	claimant := an.treeClaimant(p, si, v)
	for _, t := range targets {
		for _, sub := range subj {
			an.frameClaim(p, si, sub, schema.Threatens, t, nil, pol, mod, claimant)
		}
		if an.isActor(claimant) && !slices.Contains(subj, claimant) {
			an.frameClaim(p, si, claimant, schema.Threatens, t, nil, pol, mod, -1)
		}
	}
	return true
}

// sideState is the state entity e is or serves or belongs to, -1 if none
// is known: the side of a state's officials and bodies.
func (an *analysis) sideState(e int) int {
	en := &an.ents[e]
	switch {
	case en.typ == schema.State:
		return e
	case en.officialOf >= 0 && !en.guessed && an.ents[en.officialOf].typ == schema.State:
		return en.officialOf
	case en.state >= 0:
		return en.state
	}
	return -1
}

// sanctionersOf are the subjects of the latest plain sanctions claims,
// read from a sentence up to si, whose object is one of actors or of
// their side (an official or a body of theirs).
func (an *analysis) sanctionersOf(actors []int, si int) []int {
	idx := an.refIndex()
	var out []int
	bestSent := -1
	for i := range an.claims {
		c := &an.claims[i]
		if c.Predicate != schema.Sanctions || !c.Plain() {
			continue
		}
		cs := an.sentAt(c.Sentence.Start)
		if cs < 0 || cs > si || cs < bestSent {
			continue
		}
		sub, ok := idx[c.Subject]
		o, ok2 := idx[c.Object]
		if !ok || !ok2 || !slices.ContainsFunc(actors, func(a int) bool {
			return an.sameSide(o, a) || an.sideState(o) >= 0 && an.sideState(o) == an.sideState(a)
		}) {
			continue
		}
		if cs > bestSent {
			out, bestSent = out[:0], cs
		}
		if !slices.Contains(out, sub) && !slices.Contains(actors, sub) {
			out = append(out, sub)
		}
	}
	return out
}

// freeIncNoun reports whether tokens [lo, hi) hold an incident noun that
// names no incident of its own ("the March 20 attack"), which may stand
// for the incident in focus.
func (an *analysis) freeIncNoun(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if an.tokM[k] == -1 && an.lex.incNoun[an.low[k]] != "" {
			return true
		}
	}
	return false
}

// classBefore reports whether a word of class stands in tokens [lo, k).
func (an *analysis) classBefore(lo, k int, class string) bool {
	return an.inRange(lo-1, k, an.class(class), true)
}

// frameUntrue reads a speaker calling an accusation false (words.tsv
// falseadj): "X told an audience that the report was untrue", "X said
// that linking his country to the attack was ridiculous": X denies the
// incident the accusation names, else the one the article held X
// responsible for, else the one in focus.
func (an *analysis) frameUntrue(p *parsed, si, w int) {
	s := p.s
	n := s.Dependent(w, "nsubj")
	if n < 0 || s.Dependent(w, "cop") < 0 {
		an.frameUntrueNoun(p, si, w)
		return
	}
	t := p.tok[n]
	ok := an.tokM[t] == -1 && an.lowWord("accusation", t)
	if s.Words[n].XPOS == "VBG" {
		// a gerund of blame: "linking his country to the attack"
		for _, ti := range an.triggersAt(t) {
			ok = ok || an.lex.triggers[ti].pred == string(schema.Blames)
		}
	}
	if !ok {
		return
	}
	speaker := an.speakerOf(p, w, n)
	if !an.isActor(speaker) {
		return
	}
	inc := an.subtreeIncident(p, n)
	if inc < 0 {
		inc = an.accusedOf(speaker, t)
	}
	if inc < 0 {
		// the incident in focus: named since the sentence before, or
		// however far back for a definite accusation ("the report")
		dt := s.Dependent(n, "det")
		if x := an.salientBefore(t); x >= 0 && (an.mentionedSince(x, an.sents[max(si-1, 0)].First, t) || dt >= 0 && an.lowWord("incdef", p.tok[dt])) && !an.hitAny(x, []int{speaker}) {
			inc = x
		}
	}
	if inc < 0 {
		return
	}
	pol, mod := an.treePolarity(p, si, w, p.tok[w])
	an.frameClaimOf(speaker, schema.Denies, inc, "", si, pol, mod, -1)
}

// frameUntrueNoun reads an accusation a clause's subject calls false
// before its noun (words.tsv falseadj): "X said Beijing opposed what he
// called groundless accusations" is a denial by the subject of the verb
// governing the noun of the incident the accusation names, else of the
// one the article held the subject's side responsible for.
func (an *analysis) frameUntrueNoun(p *parsed, si, w int) {
	s := p.s
	n := s.Words[w].Head
	if n < 0 || s.Words[w].Deprel != "amod" || n < w {
		return
	}
	t := p.tok[n]
	if an.tokM[t] != -1 || !an.lowWord("accusation", t) {
		return
	}
	named := an.subtreeIncident(p, n)
	// the subjects of the verbs governing the noun, nearest first: in
	// "Beijing opposed what he called ..." the speaker, then Beijing
	denier, v, inc := -1, -1, -1
	for h, steps := s.Words[n].Head, 0; h >= 0 && steps < 4 && inc < 0; steps++ {
		if sb := s.Dependent(h, "nsubj"); sb >= 0 && s.Words[h].UPOS == "VERB" {
			if es := an.wordEnts(p, sb); len(es) > 0 && an.isActor(es[0]) {
				denier, v, inc = es[0], h, named
				if inc < 0 {
					inc = an.accusedOf(denier, t)
				}
			}
		}
		h = s.Words[h].Head
	}
	if inc < 0 || an.hitAny(inc, []int{denier}) {
		return
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	an.frameClaimOf(denier, schema.Denies, inc, "", si, pol, mod, -1)
}

// frameDocPassive reads a document verb in the passive with no agent
// right after a sentence that named whom a measure sanctions: "The list
// names X ... . The institute, known as Y, was also targeted." The issuer
// of that measure sanctions the subject, which is then no victim.
func (an *analysis) frameDocPassive(p *parsed, si, v int) {
	s := p.s
	issuer, es := an.latestSanctioner(si)
	if issuer < 0 || es != si-1 {
		return
	}
	var objs []int
	for _, c := range s.Dependents(v, "nsubj:pass") {
		for _, e := range an.wordEnts(p, c) {
			if an.isActor(e) && e != issuer && !an.sameSide(issuer, e) {
				objs = append(objs, e)
			}
		}
	}
	if len(objs) == 0 {
		return
	}
	pol, mod := an.treePolarity(p, si, v, p.tok[v])
	for _, o := range objs {
		an.frameClaimOf(issuer, schema.Sanctions, o, "", si, pol, mod, -1)
	}
	// the token rules read the verb as an attack hitting the subject
	r := make(map[schema.Ref]bool, len(objs))
	for _, o := range objs {
		r[an.ref(o)] = true
	}
	span := an.sentSpan(si)
	kept := an.claims[:0]
	for _, c := range an.claims {
		if c.Predicate == schema.Targets && c.Sentence == span && r[c.Object] {
			continue
		}
		kept = append(kept, c)
	}
	if len(kept) < len(an.claims) {
		an.claims = kept
		an.rekeyClaims()
	}
}
