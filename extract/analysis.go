package extract

import (
	"context"
	"github.com/statekg/statekg/extract/syntax"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/statekg/statekg/schema"
)

// ment is one mention: an entity and the tokens [first, end) it covers.
type ment struct {
	ent        int
	first, end int
	form       string // name, demonym, capital, alias, title, surname, anaphor
}

// ent is an entity under construction.
type ent struct {
	typ        schema.Type
	name       string
	wikidata   string
	kind       string
	state      int // entity index of its state, -1
	parent     int // entity index of its parent organisation, -1
	extra      []schema.Mention
	position   string
	officialOf int
	guessed    bool // officialOf is the state in context, not one the title names
	guessSent  int  // the sentence of the title a guess was read for
	guessAt    int  // the first token of that title
	posSent    int  // sentence the title was read from
	target     []int
	actor      []int
}

// analysis holds one article while the stages work on it.
type analysis struct {
	x      *Extractor
	lex    *lexicon
	text   string
	toks   []Token
	low    []string  // lower-case normalised token texts
	info   []tokInfo // lexicon entries of each token
	sents  []Sentence
	sentOf []int
	ments  []ment
	tokM   []int // token -> mention index, -1 none, -2 blocked (outlet, credit)
	ents   []ent
	byKey  map[string]int
	claims []schema.Claim
	seen   map[string]int // claim key -> index

	sentCues []uint8               // per sentence: its sentence-wide cues, once read (see sentenceCues)
	trees    []*parsed             // per sentence: its parse, once a stage asked for it (see tree)
	worker   *syntax.Worker        // tags and parses the trees, made when a first one is asked for
	sentBits [][classHalves]uint64 // per sentence: the word classes of its tokens together (see sentHas)
	readTrig map[int]bool          // tokens of the triggers the token rules read a claim from
	reads    int                   // claims read, the repeated ones too

	ctx   context.Context // nil: never ends
	err   error           // ctx's error once the analysis stopped
	steps int             // calls of stopped since ctx was last asked
}

func newAnalysis(x *Extractor, text string) *analysis {
	an := &analysis{x: x, lex: x.lex, text: text, byKey: map[string]int{}, seen: map[string]int{}}
	an.toks = x.tok.Tokenize(text)
	an.low = lowerTexts(an.toks)
	an.info = x.lex.infoOf(an.toks, an.low)
	an.sents = x.split.Split(text, an.toks)
	an.sentOf = make([]int, len(an.toks))
	for si, s := range an.sents {
		for i := s.First; i < s.End && i < len(an.toks); i++ {
			an.sentOf[i] = si
		}
	}
	an.tokM = make([]int, len(an.toks))
	for i := range an.tokM {
		an.tokM[i] = -1
	}
	return an
}

// run runs the stages in order, stopping early when the context ends.
func (an *analysis) run() {
	for _, stage := range []func(){
		an.blockCredits,
		an.gazetteerPass,
		an.officialPass,
		an.orgPass,
		an.personPass,
		an.surnamePass,
		an.partTopics,
		an.downings,
		an.incidentPass,
		an.incidentPhrases,
		an.craftIncidents,
		an.topicPass,
		an.corefPass,
		an.structural,
		an.relations,
		an.frames,
		an.reviseGuesses,
		an.denialSpeakers,
	} {
		if an.err == nil {
			stage()
		}
		an.steps = stopEvery // ask the context between stages
		if an.stopped() {
			return
		}
	}
}

// stopEvery is how many calls of stopped ask the context once.
const stopEvery = 256

// stopped reports whether the analysis must stop because its context
// ended. The stages call it once a token or a sentence of their outer
// loops and return when it says so.
func (an *analysis) stopped() bool {
	if an.err != nil {
		return true
	}
	if an.ctx == nil {
		return false
	}
	if an.steps++; an.steps < stopEvery {
		return false
	}
	an.steps = 0
	an.err = an.ctx.Err()
	return an.err != nil
}

// entity returns the index of the entity (typ, name), creating it.
func (an *analysis) entity(typ schema.Type, name string) int {
	k := string(typ) + "\x00" + name
	if i, ok := an.byKey[k]; ok {
		return i
	}
	an.ents = append(an.ents, ent{typ: typ, name: name, state: -1, parent: -1, officialOf: -1, posSent: -1, guessSent: -1})
	an.byKey[k] = len(an.ents) - 1
	return len(an.ents) - 1
}

// addMention records a mention over tokens [first, end) unless one of them
// already belongs to another mention.
func (an *analysis) addMention(e, first, end int, form string) int {
	if first < 0 || end > len(an.toks) || first >= end {
		return -1
	}
	for i := first; i < end; i++ {
		if an.tokM[i] != -1 {
			return -1
		}
	}
	an.ments = append(an.ments, ment{ent: e, first: first, end: end, form: form})
	mi := len(an.ments) - 1
	for i := first; i < end; i++ {
		an.tokM[i] = mi
	}
	return mi
}

// replaceMentions lets a new, wider mention take over [first, end): the
// mentions inside it stay on their entities as extra surface forms.
func (an *analysis) replaceMentions(e, first, end int, form string) int {
	for i := first; i < end; i++ {
		if m := an.tokM[i]; m >= 0 {
			old := an.ments[m]
			if old.first < first || old.end > end {
				return -1
			}
			an.ents[old.ent].extra = append(an.ents[old.ent].extra, an.mentionOf(old.first, old.end))
			an.ments[m].ent = -1
			for j := old.first; j < old.end; j++ {
				an.tokM[j] = -1
			}
		} else if m == -2 {
			return -1
		}
	}
	return an.addMention(e, first, end, form)
}

func (an *analysis) mentionOf(first, end int) schema.Mention {
	sp := schema.Span{Start: an.toks[first].Span.Start, End: an.toks[end-1].Span.End}
	return schema.Mention{Text: an.text[sp.Start:sp.End], Span: sp}
}

// mentionWithPoss is the mention's surface form, with a possessive ending
// that follows it.
func (an *analysis) mentionWithPoss(m ment) schema.Mention {
	end := m.end
	if end < len(an.toks) && an.toks[end].Kind == Possessive && an.toks[end].Span.Start == an.toks[end-1].Span.End {
		end++
	}
	return an.mentionOf(m.first, end)
}

func (an *analysis) entAt(i int) int {
	if i < 0 || i >= len(an.toks) {
		return -1
	}
	if m := an.tokM[i]; m >= 0 {
		return an.ments[m].ent
	}
	return -1
}

func (an *analysis) mentAt(i int) int {
	if i < 0 || i >= len(an.toks) {
		return -1
	}
	if m := an.tokM[i]; m >= 0 && an.ments[m].ent >= 0 {
		return m
	}
	return -1
}

func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// blockCredits blocks photo credits and source lines: "[Jeon Heon-Kyun/AFP]",
// "(Getty Images/AFP)", "Source: Al Jazeera and news agencies", "Photo: ...".
func (an *analysis) blockCredits() {
	for i, t := range an.toks {
		if an.stopped() {
			return
		}
		if t.Text == "[" || t.Text == "(" {
			closer := "]"
			if t.Text == "(" {
				closer = ")"
			}
			slash := false
			j := i + 1
			for ; j < len(an.toks) && j < i+12; j++ {
				if an.toks[j].Text == closer {
					break
				}
				if an.toks[j].Text == "/" {
					slash = true
				}
			}
			if slash && j < len(an.toks) && an.toks[j].Text == closer {
				for k := i; k <= j; k++ {
					an.tokM[k] = -2
				}
			}
		}
		if an.textWord("creditlabel", i) && i+1 < len(an.toks) && an.toks[i+1].Text == ":" {
			s := an.sents[an.sentOf[i]]
			// a caption is a sentence, no credit: "Photo: A police
			// officer walks past ..."
			lower := 0
			for k := i + 2; k < s.End && k < len(an.toks); k++ {
				if an.toks[k].Kind == Word && !isCap(an.toks[k].Text) && !an.lowWord("stop", k) {
					lower++
				}
			}
			if lower >= captionWords {
				continue
			}
			for k := i; k < s.End; k++ {
				an.tokM[k] = -2
			}
		}
	}
}

// captionWords is how many lower-case words, not function words, make the
// line after a credit label a caption rather than a credit ("Photo: Jane
// Doe/Reuters").
const captionWords = 3

// gazetteerPass finds the forms the gazetteer knows, longest first.
func (an *analysis) gazetteerPass() {
	named := map[string]bool{}
	type pending struct {
		e          gazEntry
		first, end int
	}
	var conds, outlets []pending
	for i := 0; i < len(an.toks); i++ {
		if an.stopped() {
			return
		}
		if an.tokM[i] != -1 {
			continue
		}
		es, n := an.x.gaz.lookup(an.toks, i)
		if n == 0 {
			continue
		}
		// a form never continues into a longer capitalised name it does
		// not cover ("Jordan Peterson", "Washington Post" is listed)
		e := es[0]
		if e.typ == schema.State && e.form == "name" && e.ambig {
			if (i+n < len(an.toks) && isCap(an.toks[i+n].Text) && an.toks[i+n].Kind == Word) ||
				(i > 0 && isCap(an.toks[i-1].Text) && an.toks[i-1].Kind == Word && an.sents[an.sentOf[i]].First != i) {
				i += n - 1
				continue
			}
		}
		// a state's name as the surname of a titled person is part of the
		// person's name: "Deputy Attorney General Lisa Monaco"
		if e.typ == schema.State && e.form == "name" && an.titledGivenName(i-1) {
			i += n - 1
			continue
		}
		// a demonym after a word of class ethnicmod names a people, no
		// state: "ethnic Turkmen villages"
		if e.typ == schema.State && e.form == "demonym" && i > 0 && an.lowWord("ethnicmod", i-1) {
			i += n - 1
			continue
		}
		// a capital naming an event is a place: "the Tokyo Olympics"
		if e.typ == schema.State && e.form == "capital" && i+n < len(an.toks) && an.textWord("eventname", i+n) {
			i += n - 1
			continue
		}
		// a dateline ("WASHINGTON, March 22 -") is not a mention
		if e.kind == "outlet" {
			for k := i; k < i+n; k++ {
				an.tokM[k] = -2
			}
			outlets = append(outlets, pending{e, i, i + n})
			i += n - 1
			continue
		}
		if e.cond != "" {
			conds = append(conds, pending{e, i, i + n})
			i += n - 1
			continue
		}
		ei := an.entFromGaz(e)
		an.addMention(ei, i, i+n, e.form)
		named[e.name] = true
		i += n - 1
	}
	for _, p := range conds {
		if named[p.e.cond] {
			an.addMention(an.entFromGaz(p.e), p.first, p.end, p.e.form)
		}
	}
	for _, p := range outlets {
		if !an.outletNamed(p.first, p.end) {
			continue
		}
		for k := p.first; k < p.end; k++ {
			an.tokM[k] = -1
		}
		ei := an.entFromGaz(p.e)
		an.ents[ei].kind = "company"
		an.addMention(ei, p.first, p.end, p.e.form)
	}
}

// outletNamed reports whether the news outlet named at tokens [first,
// end) is named as a body, not cited as a source: beside another body in
// a list ("the BBC, British Airways and Boots"), before a class noun of
// bodies after an article ("the Al Jazeera television network"), or as
// what a person works for ("a Washington Post columnist").
func (an *analysis) outletNamed(first, end int) bool {
	si := an.sentOf[first]
	in := func(k int) bool { return k >= 0 && k < len(an.toks) && an.sentOf[k] == si }
	org := func(k int) bool {
		m := an.mentAt(k)
		return m >= 0 && an.ents[an.ments[m].ent].typ == schema.Organization
	}
	if in(end+1) && (an.toks[end].Text == "," || an.lowWord("orglist", end)) && org(end+1) {
		return true
	}
	if in(first-2) && (an.toks[first-1].Text == "," || an.lowWord("orglist", first-1)) && org(first-2) {
		return true
	}
	if !in(first-1) || !an.lowWord("titledet", first-1) {
		return false
	}
	for k := end; k < end+2 && in(k) && an.toks[k].Kind == Word && an.tokM[k] == -1 && !isCap(an.toks[k].Text); k++ {
		if an.lowWord("orgclass", k) || an.lowWord("personnoun", k) {
			return true
		}
	}
	return false
}

// titledGivenName reports whether token k is a capitalised word, no title
// or organisation word, after a capitalised title word: "Lisa" in
// "Attorney General Lisa Monaco".
func (an *analysis) titledGivenName(k int) bool {
	if k < 1 || an.tokM[k] != -1 || an.toks[k].Kind != Word || !isCap(an.toks[k].Text) || an.textWord("nonname", k) || an.titleAt(k) != "" || an.textWord("orghead", k) {
		return false
	}
	p := k - 1
	return an.titleAt(p) != "" && isCap(an.toks[p].Text) && an.sentOf[p] == an.sentOf[k]
}

func (an *analysis) entFromGaz(e gazEntry) int {
	ei := an.entity(e.typ, e.name)
	state, parent := -1, -1
	if e.typ != schema.State && e.state != "" {
		state = an.entity(schema.State, e.state)
		if s, ok := an.x.stateByKey[e.state]; ok {
			an.ents[state].wikidata = s.wikidata
		}
	}
	if e.parent != "" {
		parent = an.entity(schema.Organization, e.parent)
	}
	// an.ents may have grown: take the pointer only now
	en := &an.ents[ei]
	if en.wikidata == "" {
		en.wikidata = e.wikidata
	}
	if en.kind == "" {
		en.kind = e.kind
	}
	if state >= 0 && en.state < 0 {
		en.state = state
	}
	if parent >= 0 && en.parent < 0 {
		en.parent = parent
	}
	if e.typ == schema.Official && en.officialOf < 0 && en.state >= 0 {
		en.officialOf = en.state
	}
	return ei
}

// fill writes the analysis into the document.
func (an *analysis) fill(doc *schema.Document) {
	used := make([]bool, len(an.ents))
	ms := make([][]schema.Mention, len(an.ents))
	for _, m := range an.ments {
		if m.ent < 0 {
			continue
		}
		used[m.ent] = true
		ms[m.ent] = append(ms[m.ent], an.mentionWithPoss(m))
		if m.form == "title" {
			// the bare name inside a title mention
			continue
		}
	}
	for i := range an.ents {
		ms[i] = append(ms[i], an.ents[i].extra...)
	}
	for _, c := range an.claims {
		for _, r := range []schema.Ref{c.Subject, c.Object} {
			if k, ok := an.byKey[string(r.Type)+"\x00"+r.Name]; ok {
				used[k] = true
			}
		}
	}
	for i, e := range an.ents {
		if len(an.ents[i].extra) > 0 {
			used[i] = true
		}
		if !used[i] || len(ms[i]) == 0 {
			continue
		}
		sort.Slice(ms[i], func(a, b int) bool {
			if ms[i][a].Span.Start != ms[i][b].Span.Start {
				return ms[i][a].Span.Start < ms[i][b].Span.Start
			}
			return ms[i][a].Span.End < ms[i][b].Span.End
		})
		// drop exact duplicates
		out := ms[i][:0]
		for j, m := range ms[i] {
			if j > 0 && m == ms[i][j-1] {
				continue
			}
			out = append(out, m)
		}
		doc.Entities = append(doc.Entities, schema.Entity{Type: e.typ, Name: e.name, Mentions: out, Wikidata: e.wikidata})
	}
	doc.Claims = an.claims
	qualifyDescribed(doc, " "+an.lex.first("ofprep")+" ")
}

// qualifyDescribed names an organisation known only by a description
// ("the foreign ministry", no capital letter in its name) after the one
// state it is part of: "foreign ministry of China". Entity IRIs come from
// names, so without it the foreign ministries of every state in every
// article would be one node. Its mentions stay as the text has them. of
// joins the two names (" of ").
func qualifyDescribed(doc *schema.Document, of string) {
	states := make(map[string]string) // described organisation → its state
	for i := range doc.Claims {
		c := &doc.Claims[i]
		if c.Predicate != schema.PartOf || c.Subject.Type != schema.Organization || c.Object.Type != schema.State || !described(c.Subject.Name) {
			continue
		}
		if s, ok := states[c.Subject.Name]; ok && s != c.Object.Name {
			states[c.Subject.Name] = "" // part of two states: leave it
			continue
		}
		states[c.Subject.Name] = c.Object.Name
	}
	rename := func(r *schema.Ref) {
		if r != nil && r.Type == schema.Organization && states[r.Name] != "" {
			r.Name = r.Name + of + states[r.Name]
		}
	}
	for i := range doc.Claims {
		rename(&doc.Claims[i].Subject)
		rename(&doc.Claims[i].Object)
		if doc.Claims[i].Claimant != nil {
			cl := *doc.Claims[i].Claimant
			rename(&cl)
			doc.Claims[i].Claimant = &cl
		}
	}
	for i := range doc.Entities {
		if doc.Entities[i].Type == schema.Organization && states[doc.Entities[i].Name] != "" {
			doc.Entities[i].Name += of + states[doc.Entities[i].Name]
		}
	}
}

// described reports whether a name is a description rather than a proper
// name: it has no capital letter.
func described(name string) bool {
	for i := 0; i < len(name); i++ {
		if 'A' <= name[i] && name[i] <= 'Z' {
			return false
		}
	}
	return name != ""
}

func (an *analysis) ref(e int) schema.Ref {
	return schema.Ref{Type: an.ents[e].typ, Name: an.ents[e].name}
}

// refIndex maps the reference of each entity to the entity; of
// entities with one reference, the last.
func (an *analysis) refIndex() map[schema.Ref]int {
	idx := make(map[schema.Ref]int, len(an.ents))
	for i := range an.ents {
		idx[an.ref(i)] = i
	}
	return idx
}

func (an *analysis) sentSpan(si int) schema.Span {
	if si < 0 || si >= len(an.sents) {
		return schema.Span{}
	}
	return an.sents[si].Span
}

// claim records a claim once; a plain reading wins over a hedged or negated
// one of the same relation in the same sentence only if read there.
func (an *analysis) claim(subj int, p schema.Predicate, obj int, lit string, si int, pol schema.Polarity, mod schema.Modality, claimant int) {
	if subj < 0 || (obj < 0 && lit == "") || subj == obj {
		return
	}
	c := schema.Claim{Subject: an.ref(subj), Predicate: p, Polarity: pol, Modality: mod, Sentence: an.sentSpan(si)}
	if obj >= 0 {
		c.Object = an.ref(obj)
	} else {
		c.Literal = lit
	}
	if claimant >= 0 && claimant != subj {
		r := an.ref(claimant)
		c.Claimant = &r
	}
	k := claimKey(c, si)
	an.reads++
	if _, ok := an.seen[k]; ok {
		return
	}
	an.seen[k] = len(an.claims)
	an.claims = append(an.claims, c)
}

// claimKey is what tells claims apart: their relation, how it is held and
// the sentence si it was read from.
func claimKey(c schema.Claim, si int) string {
	return string(c.Subject.Type) + "\x00" + c.Subject.Name + "\x00" + string(c.Predicate) + "\x00" + string(c.Object.Type) + "\x00" + c.Object.Name + "\x00" + c.Literal + "\x00" + string(c.Polarity) + string(c.Modality) + "\x00" + itoa(si)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
