package newsgen

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/statekg/statekg/schema"
)

// Generator produces articles. Its pools of actors are fixed by the seed;
// Article and Document depend only on the seed and the index, not on the
// order of calls. A Generator is safe for concurrent use.
type Generator struct {
	seed      int64
	officials [][]official // per state
	intlHeads []official   // per international organisation
	agencies  [][]string   // per state
	companies []company
	groups    []group
	named     []namedIncident
}

type official struct {
	name, last, title string
}

type company struct {
	name   string
	state  int
	sector string
}

type group struct {
	name    string
	sponsor int // state index
}

type namedIncident struct {
	name   string
	group  int
	victim int // company index
	year   int
	noun   string
}

// Pool sizes.
const (
	officialsPerState = 4
	agenciesPerState  = 2
	numCompanies      = 240
	numGroups         = 48
	numNamed          = 160
)

// New returns the generator of seed.
func New(seed int64) *Generator {
	g := &Generator{seed: seed}
	r := rand.New(rand.NewPCG(uint64(seed), 0x6e657773))
	usedName := map[string]bool{}
	person := func() (string, string) {
		for {
			f := firstNames[r.IntN(len(firstNames))]
			l := lastNames[r.IntN(len(lastNames))]
			n := f + " " + l
			if r.IntN(6) == 0 {
				n = f + " " + string(rune('A'+r.IntN(26))) + ". " + l
			}
			if !usedName[n] {
				usedName[n] = true
				return n, l
			}
		}
	}
	g.officials = make([][]official, len(states))
	for si := range states {
		perm := r.Perm(len(titles))
		for k := 0; k < officialsPerState; k++ {
			n, l := person()
			g.officials[si] = append(g.officials[si], official{name: n, last: l, title: titles[perm[k]]})
		}
	}
	for _, o := range intlOrgs {
		n, l := person()
		g.intlHeads = append(g.intlHeads, official{name: n, last: l, title: o.head})
	}
	combos := r.Perm(len(agencyPrefix) * len(agencyHead))
	g.agencies = make([][]string, len(states))
	for si := range states {
		for k := 0; k < agenciesPerState; k++ {
			c := combos[(si*agenciesPerState+k)%len(combos)]
			g.agencies[si] = append(g.agencies[si], agencyPrefix[c/len(agencyHead)]+" "+agencyHead[c%len(agencyHead)])
		}
	}
	seen := map[string]bool{}
	for len(g.companies) < numCompanies {
		n := companyStem[r.IntN(len(companyStem))] + companyEnd[r.IntN(len(companyEnd))] + " " + companyKind[r.IntN(len(companyKind))]
		if seen[n] {
			continue
		}
		seen[n] = true
		g.companies = append(g.companies, company{name: n, state: r.IntN(len(states)), sector: sectors[r.IntN(len(sectors))]})
	}
	for len(g.groups) < numGroups {
		n := groupAdj[r.IntN(len(groupAdj))] + " " + groupNoun[r.IntN(len(groupNoun))]
		if seen[n] {
			continue
		}
		seen[n] = true
		// most groups are sponsored by a handful of states, as in the news
		sp := r.IntN(len(states))
		if r.IntN(3) > 0 {
			sp = []int{1, 2, 3, 9}[r.IntN(4)]
		}
		g.groups = append(g.groups, group{name: n, sponsor: sp})
	}
	for len(g.named) < numNamed {
		n := codeA[r.IntN(len(codeA))] + codeB[r.IntN(len(codeB))]
		if seen[n] {
			continue
		}
		seen[n] = true
		g.named = append(g.named, namedIncident{name: n, group: r.IntN(numGroups), victim: r.IntN(numCompanies),
			year: 2014 + r.IntN(11), noun: incidentNoun[r.IntN(len(incidentNoun))]})
	}
	return g
}

// Article returns the i-th article: the same seed and i always give the
// same article.
func (g *Generator) Article(i int) schema.Article {
	return g.Document(i).Article
}

// Document returns the i-th article with the entities and claims it states.
// Mentions and sentence spans are byte offsets into the article's text;
// negated and hedged claims are included as such.
func (g *Generator) Document(i int) *schema.Document {
	w := newWriter(g, i)
	w.article()
	return w.doc()
}

// ID returns the id of the i-th article.
func (g *Generator) ID(i int) string {
	return "newsgen-" + strconv.FormatInt(g.seed, 10) + "-" + strconv.Itoa(i)
}

// role is the part an entity plays in an article's story.
type role uint8

// entity kinds of the cast.
const (
	kState role = iota
	kOfficial
	kAgency
	kIntl
	kIntlHead
	kCompany
	kGroup
	kIncident
	kTopic
)

// castEnt is one entity of an article with what it takes to write it.
type castEnt struct {
	kind    role
	ref     schema.Ref
	state   int // state index (states, officials, agencies, companies, groups)
	org     int // intl org index (kIntl, kIntlHead)
	off     official
	title   string // incident: the words around its first mention
	said    bool   // mentioned already
	mention []schema.Mention
}

// writer writes one article and records what it states.
type writer struct {
	g          *Generator
	r          *rand.Rand
	idx        int
	b          strings.Builder
	cast       []*castEnt
	byRef      map[schema.Ref]*castEnt
	claims     []schema.Claim
	open       []int // claims of the sentence being written
	sStart     int
	words      int
	capNext    bool
	used       map[string]bool // templates used in the article
	noSpace    bool
	inSentence bool
	lastSpan   schema.Span

	// the story
	accused, accuser, third, fourth *castEnt
	accusedOff, accuserOff          *castEnt
	accuserOff2, thirdOff           *castEnt
	agency, intl, intlHead          *castEnt
	grp, inc, inc2, mil             *castEnt
	victim, victim2, topic          *castEnt
}

func newWriter(g *Generator, i int) *writer {
	r := rand.New(rand.NewPCG(uint64(g.seed)^0x9e3779b97f4a7c15, uint64(i)*0xbf58476d1ce4e5b9+1))
	return &writer{g: g, r: r, idx: i, byRef: map[schema.Ref]*castEnt{}, used: map[string]bool{}}
}

func (w *writer) pick(list []string) string { return list[w.r.IntN(len(list))] }

// pickFresh picks a string of list not used yet in the article, if any.
func (w *writer) pickFresh(list []string) string {
	for tries := 0; tries < 6; tries++ {
		s := list[w.r.IntN(len(list))]
		if !w.used[s] {
			w.used[s] = true
			return s
		}
	}
	return list[w.r.IntN(len(list))]
}

func (w *writer) add(e *castEnt) *castEnt {
	if old, ok := w.byRef[e.ref]; ok {
		return old
	}
	w.byRef[e.ref] = e
	w.cast = append(w.cast, e)
	return e
}

func (w *writer) state(si int) *castEnt {
	return w.add(&castEnt{kind: kState, ref: schema.Ref{Type: schema.State, Name: states[si].name}, state: si})
}

func (w *writer) official(si, k int) *castEnt {
	o := w.g.officials[si][k]
	return w.add(&castEnt{kind: kOfficial, ref: schema.Ref{Type: schema.Official, Name: o.name}, state: si, off: o})
}

// castStory chooses the article's actors.
func (w *writer) castStory() {
	g, r := w.g, w.r
	ni := r.IntN(len(g.named))
	n := g.named[ni]
	gr := g.groups[n.group]
	w.accused = w.state(gr.sponsor)
	v := g.companies[n.victim]
	vs := v.state
	if vs == gr.sponsor {
		vs = (vs + 1) % len(states)
	}
	w.accuser = w.state(vs)
	for w.third == nil || w.third == w.accused || w.third == w.accuser {
		w.third = w.state(r.IntN(len(states)))
	}
	for w.fourth == nil || w.fourth == w.accused || w.fourth == w.accuser || w.fourth == w.third {
		w.fourth = w.state(r.IntN(len(states)))
	}
	ks := r.Perm(officialsPerState)
	w.accuserOff = w.official(vs, ks[0])
	w.accuserOff2 = w.official(vs, ks[1])
	w.accusedOff = w.official(gr.sponsor, r.IntN(officialsPerState))
	w.thirdOff = w.official(w.third.state, r.IntN(officialsPerState))
	w.agency = w.add(&castEnt{kind: kAgency, ref: schema.Ref{Type: schema.Organization, Name: g.agencies[vs][r.IntN(agenciesPerState)]}, state: vs})
	oi := r.IntN(len(intlOrgs))
	w.intl = w.add(&castEnt{kind: kIntl, ref: schema.Ref{Type: schema.Organization, Name: intlOrgs[oi].name}, org: oi})
	h := g.intlHeads[oi]
	w.intlHead = w.add(&castEnt{kind: kIntlHead, ref: schema.Ref{Type: schema.Official, Name: h.name}, org: oi, off: h})
	w.grp = w.add(&castEnt{kind: kGroup, ref: schema.Ref{Type: schema.Organization, Name: gr.name}, state: gr.sponsor})
	w.victim = w.add(&castEnt{kind: kCompany, ref: schema.Ref{Type: schema.Organization, Name: v.name}, state: v.state})
	w.inc = w.add(&castEnt{kind: kIncident, ref: schema.Ref{Type: schema.Incident, Name: n.name}, title: n.noun})
	v2 := g.companies[r.IntN(len(g.companies))]
	for v2.name == v.name {
		v2 = g.companies[r.IntN(len(g.companies))]
	}
	w.victim2 = w.add(&castEnt{kind: kCompany, ref: schema.Ref{Type: schema.Organization, Name: v2.name}, state: v2.state})
	noun := w.pick(incidentNoun)
	w.inc2 = w.add(&castEnt{kind: kIncident, ref: schema.Ref{Type: schema.Incident, Name: v2.name + " " + noun}, title: noun})
	if r.IntN(2) == 0 {
		kind := w.pick([]string{"missile test", "missile launch", "military exercises", "weapons test"})
		w.mil = w.add(&castEnt{kind: kIncident, ref: schema.Ref{Type: schema.Incident, Name: states[gr.sponsor].name + " " + kind}, title: kind, state: gr.sponsor})
	}
	w.topic = w.add(&castEnt{kind: kTopic, ref: schema.Ref{Type: schema.Topic, Name: w.pick(topics)}})
}

// --- low-level writing ---

func (w *writer) text(s string) { w.b.WriteString(w.capitalise(s)) }

// capitalise upper-cases the first letter of a sentence.
func (w *writer) capitalise(s string) string {
	if !w.capNext || s == "" {
		return s
	}
	w.capNext = false
	if c := s[0]; 'a' <= c && c <= 'z' {
		return string(c-'a'+'A') + s[1:]
	}
	return s
}

// mention writes s as a mention of e.
func (w *writer) mention(e *castEnt, s string) {
	s = w.capitalise(s)
	start := w.b.Len()
	w.b.WriteString(s)
	e.mention = append(e.mention, schema.Mention{Text: s, Span: schema.Span{Start: start, End: w.b.Len()}})
	e.said = true
}

func (w *writer) claim(s *castEnt, p schema.Predicate, o *castEnt, lit string, pol schema.Polarity, mod schema.Modality, by *castEnt) {
	c := schema.Claim{Subject: s.ref, Predicate: p, Literal: lit, Polarity: pol, Modality: mod}
	if o != nil {
		c.Object = o.ref
	}
	if by != nil && by != s {
		r := by.ref
		c.Claimant = &r
	}
	if w.inSentence {
		w.open = append(w.open, len(w.claims))
	} else {
		c.Sentence = w.lastSpan
	}
	w.claims = append(w.claims, c)
}

func (w *writer) plain(s *castEnt, p schema.Predicate, o *castEnt) {
	w.claim(s, p, o, "", schema.Asserted, schema.Stated, nil)
}

// sentence writes one sentence from a template and gives the claims made
// while writing it the sentence's span. The first letter is capitalised.
func (w *writer) sentence(tpl string, bind map[string]func()) {
	if s := w.b.String(); s != "" && !strings.HasSuffix(s, "\n") && !w.noSpace {
		w.text(" ")
	}
	w.noSpace = false
	w.inSentence = true
	w.sStart = w.b.Len()
	w.open = w.open[:0]
	w.capNext = true
	rest := tpl
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			w.text(rest)
			break
		}
		w.text(rest[:i])
		j := strings.IndexByte(rest[i:], '}')
		key := rest[i+1 : i+j]
		if f, ok := bind[key]; ok {
			f()
		} else {
			w.text(w.word(key))
		}
		rest = rest[i+j+1:]
	}
	span := schema.Span{Start: w.sStart, End: w.b.Len()}
	for _, ci := range w.open {
		w.claims[ci].Sentence = span
	}
	w.open = w.open[:0]
	w.inSentence = false
	w.lastSpan = span
	w.words += len(strings.Fields(w.b.String()[span.Start:span.End]))
}

func (w *writer) paragraph() { w.text("\n\n") }

// word fills a plain slot of a template.
func (w *writer) word(key string) string {
	r := w.r
	switch key {
	case "day":
		return w.pick(days)
	case "month":
		return w.pick(months)
	case "num":
		return strconv.Itoa(2 + r.IntN(480))
	case "big":
		return strconv.Itoa(1+r.IntN(900)) + "," + strconv.Itoa(100+r.IntN(900))
	case "pct":
		return strconv.Itoa(3+r.IntN(60)) + " percent"
	case "money":
		return "$" + strconv.Itoa(1+r.IntN(400)) + " million"
	case "year":
		return strconv.Itoa(2012 + r.IntN(13))
	case "sector":
		return w.pick(sectors)
	case "adj":
		return w.pick(adjBad)
	case "rv":
		return w.pick(reportVerb)
	case "city":
		s := states[r.IntN(len(states))]
		if s.capital == "" {
			return "Geneva"
		}
		return s.capital
	case "few":
		return strconv.Itoa(3 + r.IntN(40))
	case "weeks":
		return strconv.Itoa(2+r.IntN(10)) + " weeks"
	}
	return key
}

// --- saying entities ---

func (w *writer) sayState(e *castEnt, start bool) {
	s := states[e.state]
	switch x := w.r.IntN(10); {
	case x < 2 && s.capital != "" && e.said:
		w.mention(e, s.capital)
	case x < 4 && s.short != "" && e.said:
		if s.the && s.short == "US" {
			w.text("the ")
		}
		w.mention(e, s.short)
	default:
		if s.the {
			w.text("the ")
		}
		w.mention(e, s.name)
	}
}

func (w *writer) sayOfficial(e *castEnt) {
	if e.said && !w.sharedSurname(e) {
		if w.r.IntN(3) == 0 {
			w.text(e.off.title + " ")
			w.mention(e, e.off.last)
			return
		}
		w.mention(e, e.off.last)
		return
	}
	if e.said {
		w.mention(e, e.off.name)
		return
	}
	var body *castEnt
	if e.kind == kIntlHead {
		body = w.byRef[schema.Ref{Type: schema.Organization, Name: intlOrgs[e.org].name}]
		w.sayOrg(body)
	} else {
		body = w.byRef[schema.Ref{Type: schema.State, Name: states[e.state].name}]
		w.mention(body, states[e.state].demonym)
	}
	w.text(" " + e.off.title + " ")
	w.mention(e, e.off.name)
	w.plain(e, schema.Position, nil)
	w.claims[len(w.claims)-1].Literal = e.off.title
	w.plain(e, schema.OfficialOf, body)
}

// sharedSurname reports whether another official of the article has e's
// surname: then only the full name tells them apart.
func (w *writer) sharedSurname(e *castEnt) bool {
	for _, o := range w.cast {
		if o != e && (o.kind == kOfficial || o.kind == kIntlHead) && o.off.last == e.off.last {
			return true
		}
	}
	return false
}

func (w *writer) sayOrg(e *castEnt) {
	switch e.kind {
	case kIntl:
		o := intlOrgs[e.org]
		if o.short != "" && (e.said || w.r.IntN(2) == 0) {
			w.mention(e, o.short)
			return
		}
		if strings.Contains(o.name, " ") {
			w.text("the ")
		}
		w.mention(e, o.name)
	case kAgency:
		if !e.said {
			st := w.byRef[schema.Ref{Type: schema.State, Name: states[e.state].name}]
			w.sayState(st, false)
			w.text("'s ")
			w.mention(e, e.ref.Name)
			w.plain(e, schema.PartOf, st)
			return
		}
		w.text("the ")
		w.mention(e, e.ref.Name)
	case kGroup:
		w.mention(e, e.ref.Name)
	case kCompany:
		w.mention(e, e.ref.Name)
	}
}

func (w *writer) sayIncident(e *castEnt) {
	switch {
	case e == w.inc:
		w.text("the ")
		w.mention(e, e.ref.Name)
		w.text(" " + e.title)
	case e == w.inc2:
		w.text("the ")
		if !w.victim2.said {
			// the victim's name inside the incident's
			start := w.b.Len()
			w.mention(e, e.ref.Name)
			w.victim2.mention = append(w.victim2.mention, schema.Mention{Text: w.victim2.ref.Name, Span: schema.Span{Start: start, End: start + len(w.victim2.ref.Name)}})
			w.victim2.said = true
			w.plain(e, schema.Targets, w.victim2)
			return
		}
		w.mention(e, e.ref.Name)
	default:
		if !e.said {
			st := w.byRef[schema.Ref{Type: schema.State, Name: states[e.state].name}]
			w.sayState(st, false)
			w.text("'s latest ")
			w.mention(e, e.title)
			w.plain(e, schema.AttributedTo, st)
			return
		}
		w.text("the ")
		w.mention(e, e.title)
	}
}

// say writes any entity in the form its kind takes.
func (w *writer) say(e *castEnt) {
	switch e.kind {
	case kState:
		w.sayState(e, false)
	case kOfficial, kIntlHead:
		w.sayOfficial(e)
	case kAgency, kIntl, kGroup, kCompany:
		w.sayOrg(e)
	case kIncident:
		w.sayIncident(e)
	case kTopic:
		w.mention(e, e.ref.Name)
	}
}

func (w *writer) doc() *schema.Document {
	text := w.b.String()
	title, _, _ := strings.Cut(text, "\n")
	d := &schema.Document{Article: schema.Article{
		ID:    w.g.ID(w.idx),
		URL:   "https://news.example.org/world/" + strconv.Itoa(w.idx),
		Title: title,
		Date:  w.date(),
		Text:  text,
	}}
	for _, e := range w.cast {
		if len(e.mention) == 0 {
			continue
		}
		d.Entities = append(d.Entities, schema.Entity{Type: e.ref.Type, Name: e.ref.Name, Mentions: e.mention})
	}
	d.Claims = w.claims
	return d
}

func (w *writer) date() string {
	r := rand.New(rand.NewPCG(uint64(w.g.seed), uint64(w.idx)))
	return strconv.Itoa(2016+r.IntN(9)) + "-" + pad2(1+r.IntN(12)) + "-" + pad2(1+r.IntN(28))
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
