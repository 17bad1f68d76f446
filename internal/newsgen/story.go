package newsgen

import (
	"strconv"
	"strings"

	"github.com/statekg/statekg/schema"
)

// Article lengths, in words.
const (
	minWords = 520
	maxWords = 860
)

const (
	neg   = schema.Negated
	asr   = schema.Asserted
	hedge = schema.Hedged
	stat  = schema.Stated
)

// article writes the whole article: headline, dateline and lead, then
// paragraphs of relations, quotes, background and filler until it reaches
// its length.
func (w *writer) article() {
	w.castStory()
	target := minWords + w.r.IntN(maxWords-minWords)
	w.headline()
	w.paragraph()
	w.lead()
	w.paragraph()
	n := 0
	for w.words < target {
		switch x := w.r.IntN(20); {
		case x < 9:
			w.relationSentence()
		case x < 12:
			w.quote()
		case x < 14:
			w.background()
		default:
			w.filler()
		}
		n++
		if n >= 1+w.r.IntN(3) && w.words < target {
			w.paragraph()
			n = 0
		}
	}
}

func (w *writer) oneOf(es ...*castEnt) *castEnt {
	var ok []*castEnt
	for _, e := range es {
		if e != nil {
			ok = append(ok, e)
		}
	}
	return ok[w.r.IntN(len(ok))]
}

func (w *writer) sayFn(e *castEnt) func() { return func() { w.say(e) } }

// accuserSide are the actors of the victim's side, others the actors
// outside the dispute.
func (w *writer) accuserSide() *castEnt {
	return w.oneOf(w.accuser, w.accuserOff, w.accuserOff2, w.agency)
}

func (w *writer) outsider() *castEnt {
	return w.oneOf(w.third, w.thirdOff, w.fourth, w.intl, w.intlHead)
}

func (w *writer) accusedSide() *castEnt { return w.oneOf(w.accused, w.accusedOff) }

func (w *writer) headline() {
	w.sStart = 0
	switch w.r.IntN(5) {
	case 0:
		w.sentence("{B} blames {A} for {I}", map[string]func(){
			"B": w.sayFn(w.accuser), "A": w.sayFn(w.accused), "I": w.sayFn(w.inc)})
		w.plain(w.accuser, schema.Blames, w.accused)
		w.claim(w.inc, schema.AttributedTo, w.accused, "", asr, stat, w.accuser)
	case 1:
		w.sentence("{B} sanctions {G} over {I}", map[string]func(){
			"B": w.sayFn(w.accuser), "G": w.sayFn(w.grp), "I": w.sayFn(w.inc)})
		w.plain(w.accuser, schema.Sanctions, w.grp)
	case 2:
		w.sentence("{A} denies role in {I}", map[string]func(){
			"A": w.sayFn(w.accused), "I": w.sayFn(w.inc)})
		w.plain(w.accused, schema.Denies, w.inc)
	case 3:
		w.sentence("{I} hits {V}, {num} systems down", map[string]func(){
			"I": w.sayFn(w.inc), "V": w.sayFn(w.victim)})
		w.plain(w.inc, schema.Targets, w.victim)
	default:
		s := w.outsider()
		w.sentence("{S} condemns {I} as {adj}", map[string]func(){
			"S": w.sayFn(s), "I": w.sayFn(w.inc)})
		w.plain(s, schema.Condemns, w.inc)
	}
}

func (w *writer) lead() {
	s := states[w.accuser.state]
	city := s.capital
	if city == "" {
		city = s.name
	}
	w.text(strings.ToUpper(city) + ", " + w.pick(months) + " " + strconv.Itoa(1+w.r.IntN(28)) + " - ")
	subj := w.oneOf(w.accuser, w.accuserOff)
	switch w.r.IntN(3) {
	case 0:
		w.sentenceNoSpace("{S} on {day} blamed {A} for {I}, which hit {V} and disrupted {sector} services for {big} customers.", map[string]func(){
			"S": w.sayFn(subj), "A": w.sayFn(w.accused), "I": w.sayFn(w.inc), "V": w.sayFn(w.victim)})
		w.plain(subj, schema.Blames, w.accused)
		w.claim(w.inc, schema.AttributedTo, w.accused, "", asr, stat, subj)
		w.plain(w.inc, schema.Targets, w.victim)
	case 1:
		w.sentenceNoSpace("{S} imposed sanctions on {G} on {day}, saying the group carried out {I} against {V} on behalf of {A}.", map[string]func(){
			"S": w.sayFn(subj), "G": w.sayFn(w.grp), "I": w.sayFn(w.inc), "V": w.sayFn(w.victim), "A": w.sayFn(w.accused)})
		w.plain(subj, schema.Sanctions, w.grp)
		w.claim(w.inc, schema.AttributedTo, w.grp, "", asr, stat, subj)
		w.plain(w.inc, schema.Targets, w.victim)
	default:
		w.sentenceNoSpace("{S} said on {day} that {G}, a hacking group working for {A}, was behind {I}, which crippled computers at {V}.", map[string]func(){
			"S": w.sayFn(subj), "G": w.sayFn(w.grp), "A": w.sayFn(w.accused), "I": w.sayFn(w.inc), "V": w.sayFn(w.victim)})
		w.claim(w.inc, schema.AttributedTo, w.grp, "", asr, stat, subj)
		w.claim(subj, schema.Blames, w.grp, "", asr, stat, nil)
		w.plain(w.inc, schema.Targets, w.victim)
	}
}

// sentenceNoSpace writes a sentence right after the text before it.
func (w *writer) sentenceNoSpace(tpl string, bind map[string]func()) {
	w.noSpace = true
	w.sentence(tpl, bind)
}

// rel is a relation template: the predicate, how the text holds it, and
// which entities stand for S and O.
type rel struct {
	p        schema.Predicate
	pol      schema.Polarity
	mod      schema.Modality
	tpl      string
	subj     func(w *writer) *castEnt
	obj      func(w *writer) *castEnt
	attrib   bool // also: the incident I is attributed to O, claimed by S
	incident bool // the template names the main incident as I
}

func objBad(w *writer) *castEnt {
	return w.oneOf(w.inc, w.accused, w.grp, w.mil, w.inc2)
}
func objCulprit(w *writer) *castEnt { return w.oneOf(w.accused, w.grp) }
func objInc(w *writer) *castEnt     { return w.oneOf(w.inc, w.inc2, w.mil) }
func objAccuser(w *writer) *castEnt { return w.oneOf(w.accuser, w.accuserOff, w.agency) }
func objWorry(w *writer) *castEnt   { return w.oneOf(w.topic, w.inc, w.mil, w.accused, w.grp) }
func objState(w *writer) *castEnt   { return w.oneOf(w.accused, w.accuser, w.third, w.fourth) }
func objPerson(w *writer) *castEnt {
	return w.oneOf(w.accuserOff, w.accuserOff2, w.thirdOff, w.intlHead, w.accusedOff)
}
func subjAcc(w *writer) *castEnt   { return w.accuserSide() }
func subjOut(w *writer) *castEnt   { return w.outsider() }
func subjAny(w *writer) *castEnt   { return w.oneOf(w.accuserSide(), w.outsider()) }
func subjDeny(w *writer) *castEnt  { return w.accusedSide() }
func subjState(w *writer) *castEnt { return w.oneOf(w.accuser, w.third, w.fourth, w.accused) }
func subjMeet(w *writer) *castEnt {
	return w.oneOf(w.accuserOff, w.accuserOff2, w.thirdOff, w.intlHead)
}

var rels = []rel{
	{p: schema.Condemns, pol: asr, mod: stat, tpl: "{S} condemned {O} as {adj} and {adj}.", subj: subjAny, obj: objBad},
	{p: schema.Condemns, pol: asr, mod: stat, tpl: "{S} on {day} denounced {O}, calling it a {adj} act that put {sector} networks at risk.", subj: subjAny, obj: objBad},
	{p: schema.Condemns, pol: asr, mod: stat, tpl: "In a statement issued on {day}, {S} criticised {O} and called for restraint.", subj: subjAny, obj: objBad},
	{p: schema.Condemns, pol: neg, mod: stat, tpl: "{S} did not condemn {O} outright, saying only that it was studying the reports.", subj: subjOut, obj: objBad},
	{p: schema.Condemns, pol: neg, mod: stat, tpl: "{S} declined to criticise {O} when asked about it on {day}.", subj: subjOut, obj: objBad},
	{p: schema.Condemns, pol: asr, mod: hedge, tpl: "{S} could condemn {O} as early as {day}, two diplomats familiar with the talks said.", subj: subjOut, obj: objBad},
	{p: schema.Blames, pol: asr, mod: stat, tpl: "{S} blamed {O} for {I}, the most {adj} attack on the {sector} sector this year.", subj: subjAcc, obj: objCulprit, attrib: true, incident: true},
	{p: schema.Blames, pol: asr, mod: stat, tpl: "{S} accused {O} of carrying out {I}.", subj: subjAcc, obj: objCulprit, attrib: true, incident: true},
	{p: schema.Blames, pol: asr, mod: stat, tpl: "{S} said on {day} it held {O} responsible for {I}.", subj: subjAcc, obj: objCulprit, attrib: true, incident: true},
	{p: schema.Blames, pol: neg, mod: stat, tpl: "{S} stopped short of blaming {O} for {I}.", subj: subjOut, obj: objCulprit, attrib: true, incident: true},
	{p: schema.Blames, pol: asr, mod: hedge, tpl: "{S} said {O} may have been behind {I}, but that the investigation was continuing.", subj: subjAny, obj: objCulprit, attrib: true, incident: true},
	{p: schema.Denies, pol: asr, mod: stat, tpl: "{S} denied any involvement in {O}.", subj: subjDeny, obj: objInc},
	{p: schema.Denies, pol: asr, mod: stat, tpl: "{S} rejected the accusations over {O} as groundless and politically motivated.", subj: subjDeny, obj: objInc},
	{p: schema.Denies, pol: asr, mod: stat, tpl: "On {day}, {S} dismissed reports linking it to {O} as a fabrication.", subj: subjDeny, obj: objInc},
	{p: schema.Threatens, pol: asr, mod: stat, tpl: "{S} threatened {O} with swift countermeasures.", subj: subjDeny, obj: objAccuser},
	{p: schema.Threatens, pol: asr, mod: stat, tpl: "{S} vowed to retaliate against {O}, according to a statement carried by state media.", subj: subjDeny, obj: objAccuser},
	{p: schema.Threatens, pol: asr, mod: hedge, tpl: "{S} warned it would hit back against {O} if the measures were extended beyond {month}.", subj: subjDeny, obj: objAccuser},
	{p: schema.Opposes, pol: asr, mod: stat, tpl: "{S} has long opposed {O} on questions of {sector} security.", subj: subjState, obj: objState},
	{p: schema.Opposes, pol: asr, mod: stat, tpl: "{S} took a firm stand against {O} at a meeting in {city}.", subj: subjAny, obj: objWorry},
	{p: schema.Supports, pol: asr, mod: stat, tpl: "{S} backed {O} in the dispute and offered technical help.", subj: subjOut, obj: objAccuser},
	{p: schema.Supports, pol: asr, mod: stat, tpl: "{S} stood alongside {O} at a news conference in {city} on {day}.", subj: subjOut, obj: objAccuser},
	{p: schema.Supports, pol: asr, mod: stat, tpl: "{S} voiced support for {O} after a call with officials in {city}.", subj: subjOut, obj: objAccuser},
	{p: schema.MeetsWith, pol: asr, mod: stat, tpl: "{S} met {O} in {city} on {day} to discuss the response.", subj: subjMeet, obj: objPerson},
	{p: schema.MeetsWith, pol: asr, mod: stat, tpl: "{S} held talks with {O} on the sidelines of a summit in {city}.", subj: subjMeet, obj: objPerson},
	{p: schema.MeetsWith, pol: asr, mod: hedge, tpl: "{S} is expected to meet {O} in {month}.", subj: subjMeet, obj: objPerson},
	{p: schema.MeetsWith, pol: neg, mod: stat, tpl: "{S} did not meet {O} during the visit, officials said.", subj: subjMeet, obj: objPerson},
	{p: schema.Sanctions, pol: asr, mod: stat, tpl: "{S} imposed sanctions on {O} on {day}, freezing assets worth {money}.", subj: subjAcc, obj: objCulprit},
	{p: schema.Sanctions, pol: asr, mod: stat, tpl: "{S} sanctioned {O} over {I}.", subj: subjAcc, obj: objCulprit, incident: true},
	{p: schema.Sanctions, pol: asr, mod: hedge, tpl: "{S} is weighing how to punish {O} for {I}, {num} officials said.", subj: subjAcc, obj: objCulprit, incident: true},
	{p: schema.Sanctions, pol: asr, mod: hedge, tpl: "{S} plans to impose new sanctions on {O} in {month}.", subj: subjAcc, obj: objCulprit},
	{p: schema.Sanctions, pol: neg, mod: stat, tpl: "{S} has not imposed sanctions on {O} despite pressure from lawmakers.", subj: subjOut, obj: objCulprit},
	{p: schema.ConcernedAbout, pol: asr, mod: stat, tpl: "{S} expressed concern about {O}.", subj: subjAny, obj: objWorry},
	{p: schema.ConcernedAbout, pol: asr, mod: stat, tpl: "{S} expressed deep concern over {O}, warning of risks to the {sector} sector.", subj: subjAny, obj: objWorry},
}

func (w *writer) relationSentence() {
	switch x := w.r.IntN(12); {
	case x == 0:
		w.structSentence()
		return
	case x == 1:
		w.incidentSentence()
		return
	}
	t := rels[w.r.IntN(len(rels))]
	for tries := 0; w.used[t.tpl] && tries < 6; tries++ {
		t = rels[w.r.IntN(len(rels))]
	}
	w.used[t.tpl] = true
	s := t.subj(w)
	o := t.obj(w)
	for tries := 0; o == s && tries < 8; tries++ {
		o = t.obj(w)
	}
	if o == s {
		return
	}
	w.sentence(t.tpl, map[string]func(){"S": w.sayFn(s), "O": w.sayFn(o), "I": w.sayFn(w.inc)})
	w.claim(s, t.p, o, "", t.pol, t.mod, nil)
	if t.attrib {
		w.claim(w.inc, schema.AttributedTo, o, "", t.pol, t.mod, s)
	}
}

// structSentence states a structural relation: alliances, a group's
// masters.
func (w *writer) structSentence() {
	switch w.r.IntN(2) {
	case 0:
		w.sentence("{X} is one of {Y}'s closest allies and has shared intelligence on the attacks.", map[string]func(){
			"X": w.sayFn(w.third), "Y": w.sayFn(w.accuser)})
		w.plain(w.third, schema.AllyOf, w.accuser)
	default:
		w.sentence("{G} is controlled by {A}, {S} {rv}.", map[string]func(){
			"G": w.sayFn(w.grp), "A": w.sayFn(w.accused), "S": w.sayFn(w.agency)})
		w.claim(w.grp, schema.PartOf, w.accused, "", asr, stat, w.agency)
	}
}

// incidentSentence says who an incident hit and who carried it out.
func (w *writer) incidentSentence() {
	switch w.r.IntN(5) {
	case 0:
		w.sentence("{I} hit {V} and disrupted services for {big} customers.", map[string]func(){
			"I": w.sayFn(w.inc), "V": w.sayFn(w.victim)})
		w.plain(w.inc, schema.Targets, w.victim)
	case 1:
		w.sentence("{G} carried out {I}, according to {S}.", map[string]func(){
			"G": w.sayFn(w.grp), "I": w.sayFn(w.inc), "S": w.sayFn(w.agency)})
		w.claim(w.inc, schema.AttributedTo, w.grp, "", asr, stat, w.agency)
	case 2:
		w.sentence("Investigators concluded with high confidence that {G} was behind {I}.", map[string]func(){
			"G": w.sayFn(w.grp), "I": w.sayFn(w.inc)})
		w.plain(w.inc, schema.AttributedTo, w.grp)
	case 3:
		w.sentence("There has been speculation that {A} was behind {I}.", map[string]func(){
			"A": w.sayFn(w.accused), "I": w.sayFn(w.inc2)})
		w.claim(w.inc2, schema.AttributedTo, w.accused, "", asr, hedge, nil)
	default:
		w.sentence("{I}, disclosed in {month}, exposed the records of {big} customers.", map[string]func(){
			"I": w.sayFn(w.inc2)})
	}
}

var quotes = []string{
	"“This was a {adj} attack on our {sector} infrastructure, and it will not go unanswered,” {S} {rv}.",
	"“We have seen no evidence that the attack came from inside the country,” {S} {rv}.",
	"“The threat is real and it is growing,” {S} said at a security conference in {city}.",
	"“We will respond at a time and place of our choosing,” {S} {rv} on {day}.",
	"“Nobody should be surprised by this,” {S} said, adding that warnings had been issued in {month}.",
	"“Our priority is to restore services and protect the data of {big} people,” {S} {rv}.",
	"“Attacks on {sector} networks are attacks on ordinary citizens,” {S} {rv}.",
	"“The evidence is overwhelming and it points in one direction,” {S} {rv} on {day}.",
}

func (w *writer) quote() {
	s := w.oneOf(w.accuserOff, w.accuserOff2, w.thirdOff, w.intlHead, w.accusedOff)
	w.sentence(w.pickFresh(quotes), map[string]func(){"S": w.sayFn(s)})
}

var backgrounds = []string{
	"{X} has invested heavily in {sector} security since {year}, spending about {money} a year.",
	"{X} and {Y} signed an agreement on information sharing in {month} {year}.",
	"Relations between {X} and {Y} have been strained since {year}.",
	"{V}, which employs about {big} people, runs {sector} services in {few} countries.",
	"{X} says it has been the target of {num} serious intrusions since {year}.",
	"Diplomats from {X} and {Y} are due to meet again in {city} in {month}.",
}

func (w *writer) background() {
	x := w.oneOf(w.accuser, w.third, w.fourth, w.accused)
	y := w.oneOf(w.accuser, w.third, w.fourth, w.accused)
	for y == x {
		y = w.oneOf(w.accuser, w.third, w.fourth, w.accused)
	}
	v := w.oneOf(w.victim, w.victim2)
	w.sentence(w.pickFresh(backgrounds), map[string]func(){"X": w.sayFn(x), "Y": w.sayFn(y), "V": w.sayFn(v)})
}

var fillers = []string{
	"The {sector} sector has been a frequent target in recent years, with {num} incidents reported in {year} alone.",
	"Officials said {big} records may have been exposed.",
	"Recovery could take {weeks} for {sector} operators in {city}, according to people familiar with the matter.",
	"Talks in {city} on a framework for state behaviour in cyberspace are expected to resume in {month}.",
	"Analysts said the incident showed how exposed {sector} networks remain, {num} years after the first warnings.",
	"Insurers paid out an estimated {money} for such incidents last year.",
	"The attackers used stolen credentials to move through {num} servers before they were detected.",
	"Security researchers first noticed unusual traffic on a {day}, {num} days before the attack became public.",
	"A report published in {month} counted {num} similar intrusions across {num} countries.",
	"Trading in {city} was briefly halted on {day} as banks checked their systems.",
	"Backup systems allowed most services to resume within {num} hours.",
	"Lawmakers in {city} called for an inquiry into how the attackers gained access to {sector} systems.",
	"The ransom demand, worth about {money} in cryptocurrency, was not paid.",
	"Around {big} customers were unable to use online services for {weeks}.",
	"Experts said attribution in cyberspace remains difficult and can take {weeks} or longer, citing {num} past cases.",
	"The government has set aside {money} to strengthen the defences of the {sector} sector by {year}.",
	"Emergency teams in {city} worked through {day} night to contain the damage.",
	"Prices of {sector} stocks fell {pct} on {day} before recovering.",
	"About {pct} of companies surveyed in {year} said they had paid a ransom at least once.",
	"Phishing emails sent to {num} employees in {month} gave the intruders their first foothold.",
}

func (w *writer) filler() {
	w.sentence(w.pickFresh(fillers), nil)
}
