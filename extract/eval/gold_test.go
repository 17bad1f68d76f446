package eval

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/statekg/statekg/internal/sharedtest"
	"github.com/statekg/statekg/schema"
)

func TestReadGold(t *testing.T) {
	in := "# headline\r\n" +
		"\n" +
		"E\tState\tNorth Korea\tNorth Korea|DPRK| Pyongyang \r\n" +
		"E\tOfficial\tWang Yi\tWang Yi\n" +
		"  # indented comment\n" +
		"R\tWang Yi\tofficialOf\tNorth Korea\n" +
		"R\tWang Yi\tposition\tForeign Minister\n" +
		"N\tWang Yi\tblames\tNorth Korea\n" +
		"O\tNorth Korea\tmeetsWith\tWang Yi\n"
	g, err := ReadGold(strings.NewReader(in), "x.gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	wantE := []GoldEntity{
		{Type: schema.State, Name: "North Korea", Mentions: []string{"North Korea", "DPRK", "Pyongyang"}},
		{Type: schema.Official, Name: "Wang Yi", Mentions: []string{"Wang Yi"}},
	}
	if !reflect.DeepEqual(g.Entities, wantE) {
		t.Errorf("entities = %+v, want %+v", g.Entities, wantE)
	}
	wantR := []Row{
		{Kind: Required, Subject: "Wang Yi", Predicate: schema.OfficialOf, Object: "North Korea", Line: 6},
		{Kind: Required, Subject: "Wang Yi", Predicate: schema.Position, Object: "Foreign Minister", Line: 7},
		{Kind: Forbidden, Subject: "Wang Yi", Predicate: schema.Blames, Object: "North Korea", Line: 8},
		{Kind: Optional, Subject: "North Korea", Predicate: schema.MeetsWith, Object: "Wang Yi", Line: 9},
	}
	if !reflect.DeepEqual(g.Rows, wantR) {
		t.Errorf("rows = %+v, want %+v", g.Rows, wantR)
	}
	if e := g.Entity("Wang Yi"); e == nil || e.Type != schema.Official {
		t.Errorf("Entity(Wang Yi) = %+v", e)
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		line int
		is   error
		want string
	}{
		{"E\tState\tX\tX\nR\tX\tblamez\tX\n", 2, schema.ErrUnknown, `a.gold.tsv:2: unknown predicate "blamez"`},
		{"# c\n\nE\tNation\tX\tX\n", 3, schema.ErrUnknown, `a.gold.tsv:3: unknown entity type "Nation"`},
		{"E\tState\tX\n", 1, ErrFieldCount, `a.gold.tsv:1: wrong number of fields: E row has 3, want 4 (E, type, name, mentions)`},
		{"E\tState\tX\tX\nR\tX\tblames\n", 2, ErrFieldCount, `a.gold.tsv:2: wrong number of fields: R row has 3, want 4 (R, subject, predicate, object)`},
		{"E\tState\tX\tX\n\nQ\tX\tblames\tX\n", 3, ErrRowKind, `a.gold.tsv:3: unknown row kind "Q" (want E, R, N or O)`},
		{"R\tA\tblames\tB\nE\tState\tA\tA\n", 1, ErrNoEntity, `a.gold.tsv:1: unknown object "B" (no E row)`},
		{"E\tState\tA\tA\nN\tC\tblames\tA\n", 2, ErrNoEntity, `a.gold.tsv:2: unknown subject "C" (no E row)`},
		{"E\tState\tA\tA\nE\tOfficial\tA\tA\n", 2, ErrDuplicate, `a.gold.tsv:2: entity "A" already defined on line 1`},
		{"E\tState\t\tA\n", 1, ErrEmpty, `a.gold.tsv:1: E row has an empty name`},
		{"E\tState\tA\tA\nR\tA\tblames\t\n", 2, ErrEmpty, `a.gold.tsv:2: R row has an empty subject or object`},
	} {
		_, err := ReadGold(strings.NewReader(tc.in), "a.gold.tsv")
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%q: error %v is not a *ParseError", tc.in, err)
			continue
		}
		if pe.Line != tc.line || pe.File != "a.gold.tsv" {
			t.Errorf("%q: at %s:%d, want line %d", tc.in, pe.File, pe.Line, tc.line)
		}
		if err.Error() != tc.want {
			t.Errorf("%q: error %q, want %q", tc.in, err, tc.want)
		}
		if !errors.Is(err, tc.is) {
			t.Errorf("%q: error %q is not %v", tc.in, err, tc.is)
		}
	}
}

func TestReadGoldPositionNeedsNoEntity(t *testing.T) {
	g, err := ReadGold(strings.NewReader("E\tOfficial\tA\tA\nR\tA\tposition\tenvoy\n"), "p")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Rows) != 1 || g.Rows[0].Object != "envoy" {
		t.Errorf("rows = %+v", g.Rows)
	}
}

func write(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "b.txt", "B.")
	write(t, dir, "b.gold.tsv", "E\tState\tB\tB\n")
	write(t, dir, "a.txt", "A.")
	write(t, dir, "a.gold.tsv", "E\tState\tA\tA\n")
	write(t, dir, "README.md", "not an article")
	cases, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Name != "a" || cases[1].Name != "b" {
		t.Fatalf("cases = %+v", cases)
	}
	if cases[0].TextPath != filepath.Join(dir, "a.txt") || cases[0].Gold.Entities[0].Name != "A" {
		t.Errorf("case a = %+v", cases[0])
	}

	write(t, dir, "c.txt", "C.")
	if _, err := ReadDir(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "c.txt")) {
		t.Errorf("text without gold: error %v, want one naming c.txt", err)
	}
	os.Remove(filepath.Join(dir, "c.txt"))
	write(t, dir, "d.gold.tsv", "")
	if _, err := ReadDir(dir); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "d.gold.tsv")) {
		t.Errorf("gold without text: error %v, want one naming d.gold.tsv", err)
	}
	write(t, dir, "d.txt", "D.")
	write(t, dir, "d.gold.tsv", "E\tState\tD\tD\nR\tD\tblamez\tD\n")
	_, err = ReadDir(dir)
	var pe *ParseError
	if !errors.As(err, &pe) || pe.File != filepath.Join(dir, "d.gold.tsv") || pe.Line != 2 {
		t.Errorf("bad gold: error %v, want a *ParseError at d.gold.tsv:2", err)
	}
}

// TestSharedGold parses every gold file of the shared evaluation folders
// and checks that each line that is not blank or a comment became one
// entity or one row.
func TestSharedGold(t *testing.T) {
	for _, sub := range []string{"dev", "casie-dev"} {
		dir := sharedtest.Dir(t, "eval", sub)
		texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if len(texts) == 0 {
			t.Fatalf("%s: no articles", dir)
		}
		cases, err := ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(cases) != len(texts) {
			t.Errorf("%s: %d cases, want %d", dir, len(cases), len(texts))
		}
		required := 0
		for _, c := range cases {
			b, err := os.ReadFile(c.GoldPath)
			if err != nil {
				t.Fatal(err)
			}
			lines := 0
			for _, l := range strings.Split(string(b), "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
					lines++
				}
			}
			if got := len(c.Gold.Entities) + len(c.Gold.Rows); got != lines {
				t.Errorf("%s: %d entities and rows, want %d", c.GoldPath, got, lines)
			}
			for _, r := range c.Gold.Rows {
				if r.Kind == Required {
					required++
				}
			}
		}
		if required == 0 {
			t.Errorf("%s: no R rows", dir)
		}
	}
}

// goldDocument returns a document that says exactly what g says: its
// entities, and a plain claim per R row.
func goldDocument(g *Gold) *schema.Document {
	doc := &schema.Document{}
	types := make(map[string]schema.Type)
	for _, e := range g.Entities {
		ent := schema.Entity{Type: e.Type, Name: e.Name}
		for _, m := range e.Mentions {
			ent.Mentions = append(ent.Mentions, schema.Mention{Text: m})
		}
		doc.Entities = append(doc.Entities, ent)
		types[e.Name] = e.Type
	}
	for _, r := range g.Rows {
		if r.Kind != Required {
			continue
		}
		c := schema.Claim{Subject: schema.Ref{Type: types[r.Subject], Name: r.Subject}, Predicate: r.Predicate,
			Polarity: schema.Asserted, Modality: schema.Stated}
		if r.Predicate.Literal() {
			c.Literal = r.Object
		} else {
			c.Object = schema.Ref{Type: types[r.Object], Name: r.Object}
		}
		doc.Claims = append(doc.Claims, c)
	}
	return doc
}

// TestSharedGoldScoresItself scores each shared gold file against a
// document that says what it says: every entity must align with itself and
// every figure be perfect.
func TestSharedGoldScoresItself(t *testing.T) {
	for _, sub := range []string{"dev", "casie-dev"} {
		cases, err := ReadDir(sharedtest.Dir(t, "eval", sub))
		if err != nil {
			t.Fatal(err)
		}
		s := NewScorer()
		for _, c := range cases {
			as := s.Add(c.Name, c.Gold, goldDocument(c.Gold))
			if as.Relations.FP != 0 || as.Relations.FN != 0 || len(as.Violations) != 0 {
				t.Errorf("%s: relations %+v, violations %+v, misses %+v", c.GoldPath, as.Relations, as.Violations, as.Misses)
			}
			for typ, cnt := range as.Entities {
				if cnt.FP != 0 || cnt.FN != 0 {
					t.Errorf("%s: %s entities %+v", c.GoldPath, typ, cnt)
				}
			}
		}
		r := s.Report()
		if r.Relations.TP == 0 || r.Relations.Precision() != 1 || r.Relations.Recall() != 1 {
			t.Errorf("%s: relations %+v", sub, r.Relations)
		}
		for _, p := range LoosePredicates() {
			if c := r.Loose[p]; c.FP != 0 || c.FN != 0 {
				t.Errorf("%s: loose %s %+v", sub, p, c)
			}
		}
	}
}
