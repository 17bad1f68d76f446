package extract

import (
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

func TestTokenizerOffsets(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"North Korea’s envoy", []string{"North", "Korea", "’s", "envoy"}},
		{"the U.S. and $81 million", []string{"the", "U.S.", "and", "$81", "million"}},
		{"Chung Yang-ho, deputy", []string{"Chung", "Yang-ho", ",", "deputy"}},
		{"Blender.io, a mixer.", []string{"Blender.io", ",", "a", "mixer", "."}},
		{"SolarWinds' Orion", []string{"SolarWinds", "'", "Orion"}},
		{"“Japan is”", []string{"“", "Japan", "is", "”"}},
		{"AT&T and 300,000 PCs", []string{"AT&T", "and", "300,000", "PCs"}},
		{"", nil},
	}
	for _, tt := range tests {
		toks := wordTokenizer{}.Tokenize(tt.text)
		var got []string
		for _, tk := range toks {
			if tt.text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Errorf("%q: token %q has span %v covering %q", tt.text, tk.Text, tk.Span, tt.text[tk.Span.Start:tk.Span.End])
			}
			got = append(got, tk.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSentenceSplit(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Headline here\nFirst sentence. Second one.", []string{"Headline here", "First sentence.", "Second one."}},
		{"WASHINGTON, Sept. 13 - The U.S. acted. Mr. Kim left.", []string{"WASHINGTON, Sept. 13 - The U.S. acted.", "Mr. Kim left."}},
		{"He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{"told a regular news\nconference. He did not answer.", []string{"told a regular news\nconference.", "He did not answer."}},
		{"One long line. With No. 5 in it. End", []string{"One long line.", "With No. 5 in it.", "End"}},
	}
	for _, tt := range tests {
		toks := x.tok.Tokenize(tt.text)
		var got []string
		for _, s := range x.split.Split(tt.text, toks) {
			got = append(got, tt.text[s.Span.Start:s.Span.End])
		}
		if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
			t.Errorf("Split(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestGazetteerLookup(t *testing.T) {
	x, err := New(Config{Actors: []Actor{{Name: "Cozy Bear Unit", Type: schema.Organization, Aliases: []string{"CBU"}, State: "RUS"}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, name string
		typ        schema.Type
		n          int
	}{
		{"North Korean hackers", "North Korea", schema.State, 2},
		{"the DPRK said", "", "", 0}, // "the" starts nothing
		{"DPRK said", "North Korea", schema.State, 1},
		{"Pyongyang said", "North Korea", schema.State, 1},
		{"Britain’s NCSC", "United Kingdom", schema.State, 1},
		{"U.S. officials", "United States", schema.State, 1},
		{"us officials", "", "", 0},
		{"Democratic People’s Republic of Korea", "North Korea", schema.State, 6},
		{"UN Security Council met", "UN Security Council", schema.Organization, 3},
		{"Kaspersky Lab found", "Kaspersky Lab", schema.Organization, 2},
		{"CBU struck", "Cozy Bear Unit", schema.Organization, 1},
		{"New York Fed", "Federal Reserve Bank of New York", schema.Organization, 3},
		{"Danish firm", "Denmark", schema.State, 1},
	}
	for _, tt := range tests {
		toks := x.tok.Tokenize(tt.text)
		es, n := x.gaz.lookup(toks, 0)
		if n != tt.n {
			t.Errorf("lookup(%q) covers %d tokens, want %d", tt.text, n, tt.n)
			continue
		}
		if n > 0 && (es[0].name != tt.name || es[0].typ != tt.typ) {
			t.Errorf("lookup(%q) = %s %s, want %s %s", tt.text, es[0].typ, es[0].name, tt.typ, tt.name)
		}
	}
}

func TestStatesAreUNMembersAndObservers(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(x.lex.states); n != 195 {
		t.Errorf("%d states, want 193 members and 2 observers", n)
	}
	for _, code := range []string{"USA", "PRK", "KOR", "GBR", "VAT", "PSE", "SSD"} {
		if _, ok := x.stateByKey[code]; !ok {
			t.Errorf("state %s missing", code)
		}
	}
	for _, notState := range []string{"Hong Kong", "Puerto Rico", "Greenland"} {
		if _, ok := x.stateByKey[notState]; ok {
			t.Errorf("%s taken for a state", notState)
		}
	}
}

func hasClaim(d *schema.Document, subj string, p schema.Predicate, obj string, plain bool) bool {
	for _, c := range d.Claims {
		o := c.Object.Name
		if p.Literal() {
			o = c.Literal
		}
		if c.Subject.Name == subj && c.Predicate == p && strings.EqualFold(o, obj) && c.Plain() == plain {
			return true
		}
	}
	return false
}

func TestTitlePatterns(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, name, state, position string
	}{
		{"Chinese Foreign Minister Wang Yi spoke.", "Wang Yi", "China", "Foreign Minister"},
		{"US Secretary of State John Kerry spoke.", "John Kerry", "United States", "Secretary of State"},
		{"Kim Gunn, South Korea's envoy, held talks.", "Kim Gunn", "South Korea", "envoy"},
		{"Kremlin spokesman Dmitry Peskov told reporters.", "Dmitry Peskov", "Russia", "Kremlin spokesman"},
		{"Rick Ledgett, deputy director of the US National Security Agency, told a forum.", "Rick Ledgett", "United States", "deputy director of the National Security Agency"},
		{"North Korea's deputy ambassador to the United Nations, Kim In Ryong, said it was ridiculous.", "Kim In Ryong", "North Korea", "deputy ambassador to the United Nations"},
		{"South Korean President Yoon Suk-yeol has called for it.", "Yoon Suk-yeol", "South Korea", "President"},
		{"Foreign Office minister Lord Ahmad said so.", "Lord Ahmad", "United Kingdom", "Foreign Office minister"},
	}
	for _, tt := range tests {
		d := extractDoc(t, x, schema.Article{Text: tt.text})
		if !hasClaim(d, tt.name, schema.OfficialOf, tt.state, true) {
			t.Errorf("%q: no %s officialOf %s in %+v", tt.text, tt.name, tt.state, d.Claims)
		}
		if !hasClaim(d, tt.name, schema.Position, tt.position, true) {
			t.Errorf("%q: no %s position %q in %+v", tt.text, tt.name, tt.position, d.Claims)
		}
	}
}

func TestNegationAndHedgeCues(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		subj string
		p    schema.Predicate
		obj  string
		pol  schema.Polarity
		mod  schema.Modality
	}{
		{"Japan condemned North Korea.", "Japan", schema.Condemns, "North Korea", schema.Asserted, schema.Stated},
		{"Japan stopped short of blaming North Korea.", "Japan", schema.Blames, "North Korea", schema.Negated, schema.Stated},
		{"Japan did not condemn North Korea.", "Japan", schema.Condemns, "North Korea", schema.Negated, schema.Stated},
		{"Prosecutors said Japan could accuse North Korea.", "Japan", schema.Blames, "North Korea", schema.Asserted, schema.Hedged},
		{"China is weighing how to punish Japan. China may sanction Japan.", "China", schema.Sanctions, "Japan", schema.Asserted, schema.Hedged},
		{"Joe Biden hoped to meet Vladimir Putin.", "Joe Biden", schema.MeetsWith, "Vladimir Putin", schema.Asserted, schema.Hedged},
	}
	for _, tt := range tests {
		d := extractDoc(t, x, schema.Article{Text: tt.text})
		found := false
		for _, c := range d.Claims {
			if c.Subject.Name == tt.subj && c.Predicate == tt.p && c.Object.Name == tt.obj {
				found = true
				if c.Polarity != tt.pol || c.Modality != tt.mod {
					t.Errorf("%q: %s %s %s is %s/%s, want %s/%s", tt.text, tt.subj, tt.p, tt.obj, c.Polarity, c.Modality, tt.pol, tt.mod)
				}
				if c.Sentence.End <= c.Sentence.Start {
					t.Errorf("%q: claim without sentence span", tt.text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim %s %s %s in %+v", tt.text, tt.subj, tt.p, tt.obj, d.Claims)
		}
	}
}

func TestNoStateFromPersonNamesAndLocations(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Michael Jordan said the us team won.",
		"Georgia Smith met reporters in New York.",
		"[Jeon Heon-Kyun/AFP]",
		"WASHINGTON, March 22 - It rained.",
	} {
		d := extractDoc(t, x, schema.Article{Text: text})
		for _, e := range d.Entities {
			if e.Type == schema.State {
				t.Errorf("%q: state %s read from %v", text, e.Name, e.Mentions)
			}
		}
	}
}

func TestMentionsPointIntoText(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "China condemns Sony cyberattack, but doesn’t mention N Korea\nChina has said it opposes all forms of cyberattacks."
	d := extractDoc(t, x, schema.Article{Text: text})
	if len(d.Entities) == 0 {
		t.Fatal("no entities")
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if text[m.Span.Start:m.Span.End] != m.Text {
				t.Errorf("%s mention %q has span %v", e.Name, m.Text, m.Span)
			}
		}
	}
}
