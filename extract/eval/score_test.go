package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// builder makes a document: entities, and claims each read from a
// sentence appended to the article text.
type builder struct {
	doc schema.Document
}

func (b *builder) entity(t schema.Type, name string, mentions ...string) schema.Ref {
	e := schema.Entity{Type: t, Name: name}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, schema.Mention{Text: m})
	}
	b.doc.Entities = append(b.doc.Entities, e)
	return e.Ref()
}

func (b *builder) add(c schema.Claim, sentence string) {
	if sentence == "" {
		sentence = string(c.Subject.Name) + " " + string(c.Predicate) + " " + c.Object.Name + c.Literal + "."
	}
	if b.doc.Article.Text != "" {
		b.doc.Article.Text += " "
	}
	c.Sentence = schema.Span{Start: len(b.doc.Article.Text), End: len(b.doc.Article.Text) + len(sentence)}
	b.doc.Article.Text += sentence
	if c.Polarity == "" {
		c.Polarity = schema.Asserted
	}
	if c.Modality == "" {
		c.Modality = schema.Stated
	}
	b.doc.Claims = append(b.doc.Claims, c)
}

func (b *builder) rel(s schema.Ref, p schema.Predicate, o schema.Ref) {
	b.add(schema.Claim{Subject: s, Predicate: p, Object: o}, "")
}

func (b *builder) lit(s schema.Ref, p schema.Predicate, lit string) {
	b.add(schema.Claim{Subject: s, Predicate: p, Literal: lit}, "")
}

func mustGold(t *testing.T, lines ...string) *Gold {
	t.Helper()
	g, err := ReadGold(strings.NewReader(strings.Join(lines, "\n")+"\n"), t.Name())
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func checkCounts(t *testing.T, what string, got, want Counts) {
	t.Helper()
	if got != want {
		t.Errorf("%s: %+v, want %+v", what, got, want)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

const (
	state = schema.State
	off   = schema.Official
	pers  = schema.Person
	org   = schema.Organization
	inc   = schema.Incident
)

func TestMentionAlignment(t *testing.T) {
	g := mustGold(t,
		"E\tState\tNorth Korea\tNorth Korea|DPRK|Pyongyang",
		"E\tState\tUnited States\tUS|U.S.|Washington",
		"E\tState\tSouth Korea\tSouth Korea|Seoul",
		"E\tOrganization\tFBI\tFBI|Federal Bureau of Investigation",
		"R\tUnited States\tblames\tNorth Korea",
		"R\tFBI\tblames\tNorth Korea",
		"R\tSouth Korea\tblames\tNorth Korea",
		"R\tFBI\tpartOf\tUnited States",
	)
	var b builder
	nk := b.entity(state, "Pyongyang", "pyongyang")            // the canonical name differs, a mention is shared
	us := b.entity(state, "America", "America", "washington ") // case and white space folded
	fbi := b.entity(org, "FBI", "the FBI")                     // only the canonical name is shared
	seoul := b.entity(org, "Seoul", "Seoul")                   // wrong type: aligns with nothing
	b.rel(us, schema.Blames, nk)
	b.rel(fbi, schema.Blames, nk)
	b.rel(seoul, schema.Blames, nk)
	as := NewScorer().Add("a", g, &b.doc)

	checkCounts(t, "relations", as.Relations, Counts{TP: 2, FP: 1, FN: 2})
	if p, r := as.Relations.Precision(), as.Relations.Recall(); !near(p, 2.0/3) || !near(r, 0.5) {
		t.Errorf("P=%.3f R=%.3f, want 0.667 0.5", p, r)
	}
	if f := as.Relations.F1(); !near(f, 4.0/7) {
		t.Errorf("F1=%.4f, want %.4f", f, 4.0/7)
	}
	checkCounts(t, "blames", as.Predicates[schema.Blames], Counts{TP: 2, FP: 1, FN: 1})
	checkCounts(t, "partOf", as.Predicates[schema.PartOf], Counts{FN: 1})
	checkCounts(t, "State", as.Entities[state], Counts{TP: 2, FN: 1})
	checkCounts(t, "Organization", as.Entities[org], Counts{TP: 1, FP: 1})
	if len(as.FalsePositives) != 1 || as.FalsePositives[0].Subject != "Seoul" ||
		as.FalsePositives[0].GoldSubject != "" || as.FalsePositives[0].GoldObject != "North Korea" {
		t.Errorf("false positives = %+v", as.FalsePositives)
	}
	if len(as.Misses) != 2 || as.Misses[0].Row.Line != 7 || as.Misses[1].Row.Line != 8 {
		t.Errorf("misses = %+v", as.Misses)
	}
}

func TestCurlyApostrophes(t *testing.T) {
	g := mustGold(t,
		"E\tOrganization\tKCNA\tKCNA|North Korea's state news agency",
		"E\tState\tUnited States\tUS",
		"R\tKCNA\tcondemns\tUnited States",
	)
	var b builder
	kcna := b.entity(org, "North Korea’s  State news agency")
	b.rel(kcna, schema.Condemns, b.entity(state, "US"))
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 1})
}

func TestOfficialPersonMerge(t *testing.T) {
	g := mustGold(t,
		"E\tOfficial\tRick Ledgett\tRick Ledgett|Ledgett",
		"E\tPerson\tPark Jin Hyok\tPark Jin Hyok|Park",
		"E\tState\tUnited States\tUnited States|US",
		"E\tState\tNorth Korea\tNorth Korea",
		"R\tRick Ledgett\tofficialOf\tUnited States",
		"R\tUnited States\tsanctions\tPark Jin Hyok",
	)
	var b builder
	ledgett := b.entity(pers, "Ledgett", "Ledgett")
	park := b.entity(off, "Park Jin Hyok")
	us := b.entity(state, "United States")
	b.rel(ledgett, schema.OfficialOf, us)
	b.rel(us, schema.Sanctions, park)
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 2})
	checkCounts(t, "Official", as.Entities[off], Counts{TP: 2})
	checkCounts(t, "State", as.Entities[state], Counts{TP: 1, FN: 1})
	if _, ok := as.Entities[pers]; ok {
		t.Errorf("Person scored apart from Official: %+v", as.Entities)
	}
}

func TestIncidentContentWords(t *testing.T) {
	g := mustGold(t,
		"E\tIncident\tSony Pictures hack\tSony hack|attack on Sony Pictures",
		"E\tIncident\tWannaCry\tWannaCry|WannaCry ransomware attack",
		"E\tOrganization\tSony Pictures\tSony Pictures",
		"E\tState\tNorth Korea\tNorth Korea",
		"R\tSony Pictures hack\ttargets\tSony Pictures",
		"R\tSony Pictures hack\tattributedTo\tNorth Korea",
		"R\tWannaCry\tattributedTo\tNorth Korea",
	)
	var b builder
	// Shares "sony" and "pictu" with the Sony hack, nothing with WannaCry.
	sony := b.entity(inc, "the devastating breach of Sony Pictures' network")
	// Shares "wanna" and "attac" with WannaCry, only "attac" with the Sony hack.
	wc := b.entity(inc, "WannaCry attacks")
	// Stop words and short words only: aligns with nothing.
	other := b.entity(inc, "what they said last week")
	sp := b.entity(org, "Sony Pictures")
	nk := b.entity(state, "North Korea")
	b.rel(sony, schema.Targets, sp)
	b.rel(sony, schema.AttributedTo, nk)
	b.rel(wc, schema.AttributedTo, nk)
	b.rel(other, schema.AttributedTo, nk)
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 3, FP: 1})
	checkCounts(t, "Incident", as.Entities[inc], Counts{TP: 2, FP: 1})
	if len(as.FalsePositives) != 1 || as.FalsePositives[0].Subject != "what they said last week" {
		t.Errorf("false positives = %+v", as.FalsePositives)
	}
}

func TestIncidentMentionBeforeWords(t *testing.T) {
	// "Sony hack" is a mention of the first incident; the content words
	// would tie, but a shared mention decides first.
	g := mustGold(t,
		"E\tIncident\tA\tSony hack",
		"E\tIncident\tB\thack of Sony servers",
	)
	var b builder
	b.entity(inc, "sony hack")
	a := newAligner(g)
	if i := a.align(&b.doc.Entities[0]); i != 0 {
		t.Errorf("aligned with %d, want 0", i)
	}
}

func TestSymmetricPredicates(t *testing.T) {
	g := mustGold(t,
		"E\tState\tUnited States\tUS",
		"E\tState\tChina\tChina",
		"E\tState\tRussia\tRussia",
		"R\tUnited States\tmeetsWith\tChina",
		"R\tUnited States\tblames\tRussia",
		"R\tChina\tallyOf\tRussia",
	)
	var b builder
	us, cn, ru := b.entity(state, "US"), b.entity(state, "China"), b.entity(state, "Russia")
	b.rel(cn, schema.MeetsWith, us) // either direction
	b.rel(us, schema.MeetsWith, cn) // the same relation again
	b.rel(ru, schema.Blames, us)    // blames is not symmetric
	b.rel(ru, schema.AllyOf, cn)
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 2, FP: 1, FN: 1})
	checkCounts(t, "meetsWith", as.Predicates[schema.MeetsWith], Counts{TP: 1})
}

func TestPositionCaseFolding(t *testing.T) {
	g := mustGold(t,
		"E\tOfficial\tWang Yi\tWang Yi",
		"E\tState\tChina\tChina",
		"R\tWang Yi\tposition\tForeign Minister",
		"R\tWang Yi\tposition\tPresident Xi's special envoy",
		"R\tWang Yi\tofficialOf\tChina",
	)
	var b builder
	wang := b.entity(off, "Wang Yi")
	b.lit(wang, schema.Position, "foreign   MINISTER")
	b.lit(wang, schema.Position, "Foreign Minister") // the same title again
	b.lit(wang, schema.Position, "president Xi’s special envoy")
	b.lit(wang, schema.Position, "Minister")
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 2, FP: 1, FN: 1})
	checkCounts(t, "position", as.Predicates[schema.Position], Counts{TP: 2, FP: 1})
}

func TestOptionalRowsLeftOut(t *testing.T) {
	g := mustGold(t,
		"E\tState\tUnited States\tUS",
		"E\tState\tNorth Korea\tNorth Korea",
		"E\tOrganization\tFBI\tFBI",
		"R\tUnited States\tblames\tNorth Korea",
		"O\tFBI\tpartOf\tUnited States",
		"O\tNorth Korea\tcondemns\tUnited States",
	)
	var b builder
	us, nk, fbi := b.entity(state, "US"), b.entity(state, "North Korea"), b.entity(org, "FBI")
	b.rel(us, schema.Blames, nk)
	b.rel(fbi, schema.PartOf, us)
	b.rel(nk, schema.Condemns, us)
	b.rel(nk, schema.Threatens, us)
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 1, FP: 1})
	if as.Optional != 2 {
		t.Errorf("optional = %d, want 2", as.Optional)
	}
	if p := as.Relations.Precision(); !near(p, 0.5) {
		t.Errorf("P = %.3f, want 0.5", p)
	}
}

func TestForbiddenRowsAreViolations(t *testing.T) {
	g := mustGold(t,
		"E\tOfficial\tRick Ledgett\tLedgett",
		"E\tState\tNorth Korea\tNorth Korea",
		"E\tState\tUnited States\tUS",
		"E\tIncident\theist\theist",
		"R\tUnited States\tblames\tNorth Korea",
		"N\tRick Ledgett\tblames\tNorth Korea",
		"N\theist\tattributedTo\tNorth Korea",
	)
	var b builder
	led, nk, us, heist := b.entity(off, "Ledgett"), b.entity(state, "North Korea"), b.entity(state, "US"), b.entity(inc, "heist")
	b.add(schema.Claim{Subject: led, Predicate: schema.Blames, Object: nk}, "Ledgett blamed North Korea.")
	b.add(schema.Claim{Subject: heist, Predicate: schema.AttributedTo, Object: nk, Modality: schema.Hedged}, "The heist may have been North Korea's work.")
	b.add(schema.Claim{Subject: us, Predicate: schema.Blames, Object: nk, Polarity: schema.Negated}, "Washington did not blame North Korea.")
	b.add(schema.Claim{Subject: us, Predicate: "praises", Object: nk}, "Washington praised North Korea.")
	as := NewScorer().Add("art", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{FP: 1, FN: 1})
	if len(as.Violations) != 1 {
		t.Fatalf("violations = %+v, want 1", as.Violations)
	}
	v := as.Violations[0]
	if v.Article != "art" || v.Row.Line != 6 || v.Row.Kind != Forbidden || v.Sentence != "Ledgett blamed North Korea." {
		t.Errorf("violation = %+v", v)
	}
	if len(as.FalsePositives) != 0 {
		t.Errorf("false positives = %+v, want none besides the violation", as.FalsePositives)
	}
}

func TestDeduplicationAfterAlignment(t *testing.T) {
	g := mustGold(t,
		"E\tState\tNorth Korea\tNorth Korea|DPRK",
		"E\tState\tUnited States\tUS|U.S.",
		"R\tUnited States\tblames\tNorth Korea",
	)
	var b builder
	nk, dprk, us := b.entity(state, "North Korea"), b.entity(state, "DPRK", "DPRK"), b.entity(state, "US")
	b.rel(us, schema.Blames, nk)
	b.rel(us, schema.Blames, dprk)
	// A reference to an entity the document does not list aligns by name.
	b.rel(schema.Ref{Type: state, Name: "U.S."}, schema.Blames, nk)
	as := NewScorer().Add("a", g, &b.doc)
	checkCounts(t, "relations", as.Relations, Counts{TP: 1})
	// Two entities for North Korea: the second is a false positive.
	checkCounts(t, "State", as.Entities[state], Counts{TP: 2, FP: 1})
}

func TestLoose(t *testing.T) {
	g := mustGold(t,
		"E\tOrganization\tSony\tSony",
		"E\tOrganization\tAustal\tAustal",
		"E\tOrganization\tCathay Pacific\tCathay Pacific",
		"E\tOrganization\tLazarus\tLazarus",
		"E\tIncident\tbreach (Databreach)\tbreach|data breach",
		"E\tIncident\thacked (Attack)\thacked",
		"E\tIncident\tposted (Databreach)\tposted",
		"R\tbreach (Databreach)\ttargets\tSony",
		"R\thacked (Attack)\tattributedTo\tLazarus",
		"N\tposted (Databreach)\ttargets\tAustal",
		"O\thacked (Attack)\ttargets\tCathay Pacific",
	)
	var b builder
	sony, austal, cathay, laz := b.entity(org, "Sony"), b.entity(org, "Austal"), b.entity(org, "Cathay Pacific"), b.entity(org, "Lazarus")
	breach, hacked, posted := b.entity(inc, "data breach"), b.entity(inc, "hacked"), b.entity(inc, "posted")
	b.rel(hacked, schema.Targets, sony)     // strict FP, loose TP
	b.rel(breach, schema.AttributedTo, laz) // strict FP, loose TP
	b.rel(breach, schema.Targets, sony)     // strict TP, loose: same pair as the first
	b.rel(posted, schema.Targets, austal)   // strict violation, loose FP
	b.rel(posted, schema.Targets, cathay)   // strict FP, loose left out (O)
	as := NewScorer().Add("a", g, &b.doc)

	checkCounts(t, "strict targets", as.Predicates[schema.Targets], Counts{TP: 1, FP: 3})
	checkCounts(t, "strict attributedTo", as.Predicates[schema.AttributedTo], Counts{FP: 1, FN: 1})
	checkCounts(t, "loose targets", as.Loose[schema.Targets], Counts{TP: 1, FP: 1})
	checkCounts(t, "loose attributedTo", as.Loose[schema.AttributedTo], Counts{TP: 1})
	if len(as.Violations) != 1 || as.Violations[0].Row.Object != "Austal" {
		t.Errorf("violations = %+v", as.Violations)
	}
	if p := as.Loose[schema.Targets].Precision(); !near(p, 0.5) {
		t.Errorf("loose targets P = %.3f, want 0.5", p)
	}
}

func TestScorerSums(t *testing.T) {
	g1 := mustGold(t,
		"E\tState\tA\tA",
		"E\tState\tB\tB",
		"R\tA\tblames\tB",
		"R\tB\tblames\tA",
	)
	g2 := mustGold(t,
		"E\tState\tA\tA",
		"E\tState\tC\tC",
		"R\tA\tsanctions\tC",
		"N\tC\tthreatens\tA",
	)
	var b1, b2 builder
	a1, bb := b1.entity(state, "A"), b1.entity(state, "B")
	b1.rel(a1, schema.Blames, bb)
	b1.rel(a1, schema.Condemns, bb)
	a2, c := b2.entity(state, "A"), b2.entity(state, "C")
	b2.rel(a2, schema.Sanctions, c)
	b2.rel(c, schema.Threatens, a2)

	s := NewScorer()
	s.Add("one", g1, &b1.doc)
	s.Add("two", g2, &b2.doc)
	s.Add("empty", g2, nil)
	r := s.Report()
	// one: TP1 FP1 FN1; two: TP1 FP1 (violation); empty: FN1.
	checkCounts(t, "relations", r.Relations, Counts{TP: 2, FP: 2, FN: 2})
	checkCounts(t, "sanctions", r.Predicates[schema.Sanctions], Counts{TP: 1, FN: 1})
	checkCounts(t, "State", r.Entities[state], Counts{TP: 4, FN: 2})
	if len(r.Articles) != 3 || r.Articles[1].Name != "two" || r.Articles[1].Violations != 1 {
		t.Errorf("articles = %+v", r.Articles)
	}
	if len(r.Violations) != 1 || len(r.Misses) != 2 || len(r.FalsePositives) != 1 {
		t.Errorf("violations %d misses %d false positives %d, want 1 2 1", len(r.Violations), len(r.Misses), len(r.FalsePositives))
	}
	// The report is a copy: later articles do not change it.
	s.Add("again", g1, &b1.doc)
	if r.Relations.TP != 2 || len(r.Articles) != 3 {
		t.Errorf("report changed after Add: %+v", r.Relations)
	}
}

func TestReportText(t *testing.T) {
	g := mustGold(t,
		"E\tState\tA\tA",
		"E\tState\tB\tB",
		"E\tIncident\tbreach\tbreach",
		"R\tA\tblames\tB",
		"N\tB\tblames\tA",
		"R\tbreach\ttargets\tA",
	)
	var b builder
	a, bb := b.entity(state, "A"), b.entity(state, "B")
	b.add(schema.Claim{Subject: bb, Predicate: schema.Blames, Object: a}, "B blamed  A.")
	b.rel(a, schema.Condemns, bb)
	s := NewScorer()
	s.Add("art", g, &b.doc)
	var out strings.Builder
	if err := s.Report().Write(&out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"relations: P=0.000 R=0.000 F1=0.000 (correct 0, found 2, gold 2; 0 matching O rows not counted; 1 violations)",
		"blames               1      1        0  0.000  0.000  0.000",
		"condemns             0      1        0  0.000      -  0.000",
		"targets          strict P=- R=0.000 F1=0.000   loose P=- R=0.000 F1=0.000",
		"  art:5  N B blames A\n      \"B blamed A.\"",
		"misses: 2\n  art:4  A blames B\n  art:6  breach targets A",
		"false positives: 1 (besides violations)\n  art  A condemns B  [gold: A / B]",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	js, err := s.Report().JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"blames": {`, `"fp": 1`, `"precision": 0`, `"sentence": "B blamed  A."`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("JSON lacks %q:\n%s", want, js)
		}
	}
}
