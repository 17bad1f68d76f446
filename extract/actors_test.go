package extract_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/statekg/statekg/extract"
	"github.com/statekg/statekg/schema"
)

func TestReadActorsTSV(t *testing.T) {
	in := "# my actors\nCozy Unit\tOrganization\tCU|Cozy\tRUS\tQ1\nJane Roe\tOfficial\t\tNew Zealand\n"
	as, err := extract.ReadActors(strings.NewReader(in), "mine.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 || as[0].Name != "Cozy Unit" || as[0].Type != schema.Organization || len(as[0].Aliases) != 2 || as[0].State != "RUS" || as[0].Wikidata != "Q1" || as[1].State != "New Zealand" {
		t.Fatalf("got %+v", as)
	}
	x, err := extract.New(extract.Config{Actors: as})
	if err != nil {
		t.Fatal(err)
	}
	d := extract.ExtractDoc(t, x, schema.Article{Text: "Cozy struck again, and Britain blamed CU."})
	if e := d.Entity(schema.Ref{Type: schema.Organization, Name: "Cozy Unit"}); e == nil || len(e.Mentions) != 2 {
		t.Fatalf("user actor not found: %+v", d.Entities)
	}
}

func TestReadActorsErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		is   error
		want string
	}{
		{"Name only\n", extract.ErrFieldCount, "bad.tsv:2: wrong number of fields: want at least name and type, separated by a tab"},
		{"X\tCountry\n", schema.ErrUnknown, `bad.tsv:2: unknown entity type "Country"`},
		{"\tState\n", extract.ErrEmpty, "bad.tsv:2: empty name"},
		{"X\tState\t\t\tL12\n", extract.ErrWikidata, `bad.tsv:2: not a Wikidata id: "L12" is not Q followed by digits`},
	} {
		_, err := extract.ReadActors(strings.NewReader("# head\n"+tc.in), "bad.tsv")
		var pe *extract.ParseError
		if !errors.As(err, &pe) || pe.File != "bad.tsv" || pe.Line != 2 {
			t.Errorf("%q: got %v, want a ParseError at bad.tsv:2", tc.in, err)
			continue
		}
		if !errors.Is(err, tc.is) || err.Error() != tc.want {
			t.Errorf("%q: got %q, want %q wrapping %v", tc.in, err, tc.want, tc.is)
		}
	}
	if _, err := extract.New(extract.Config{Actors: []extract.Actor{{Name: "X", Type: schema.Official, State: "Atlantis"}}}); err == nil {
		t.Error("unknown state accepted")
	}
}

func TestReadActorsPetrarch(t *testing.T) {
	in := `BARACK_OBAMA_
+OBAMA
+PRESIDENT_OBAMA
[USAGOV 090120-170120]
KIM_JONG_UN_ # leader
+KIM_JONG-UN
[PRKGOV]
`
	as, err := extract.ReadActors(strings.NewReader(in), "actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 2 {
		t.Fatalf("got %d actors: %+v", len(as), as)
	}
	if as[0].Name != "Barack Obama" || as[0].Type != schema.Official || as[0].State != "USA" || len(as[0].Aliases) != 2 || as[0].Aliases[0] != "Obama" {
		t.Errorf("got %+v", as[0])
	}
	if as[1].State != "PRK" || as[1].Type != schema.Official {
		t.Errorf("got %+v", as[1])
	}
	if _, err := extract.New(extract.Config{Actors: as}); err != nil {
		t.Errorf("PETRARCH actors rejected: %v", err)
	}
	_, err = extract.ReadActors(strings.NewReader("+ALIAS_FIRST\n"), "bad.txt")
	var pe *extract.ParseError
	if !errors.As(err, &pe) || pe.Line != 1 || !errors.Is(err, extract.ErrSyntax) ||
		err.Error() != "bad.txt:1: malformed line: alias line before any actor" {
		t.Errorf("alias before actor: got %v", err)
	}
}

func TestReadActorsPhoenixRoles(t *testing.T) {
	in := `# a dictionary of one's own, in the Phoenix layout
GRAND_DUCHY_OF_NOWHERE_ [IGONWH] # an organisation, lower-case comment
+NOWHERE_COUNCIL

JANE_Q_EXAMPLE_
+SECRETARY_GENERAL_JANE_EXAMPLE
	[IGONWH >20150101]
	[FRAGOVFRN 100101-141231]
JOHN_DOE_OF_THE_HILLS_
	[FRAGOV 100101-141231]
	[DEUMIL <20180101]
ISLAND_COUNCILLOR_ [AIAGOV]
EASTERN_FRONT_BRIGADE_ [MEAREB] # a region, then the role
LUXEMBOURG_ [LUX]
`
	as, err := extract.ReadActors(strings.NewReader(in), "mine.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []extract.Actor{
		{Name: "Grand Duchy of Nowhere", Type: schema.Organization, Aliases: []string{"Nowhere Council"}},
		// dated roles make a person; the role that lasts is the current one
		{Name: "Jane Q Example", Type: schema.Person, Aliases: []string{"Secretary General Jane Example"}},
		// of two ended roles, the later one
		{Name: "John Doe of the Hills", Type: schema.Official, State: "DEU"},
		// a government role of a state the extractor does not know
		{Name: "Island Councillor", Type: schema.Person},
		{Name: "Eastern Front Brigade", Type: schema.Organization},
		{Name: "Luxembourg", Type: schema.State},
	}
	if len(as) != len(want) {
		t.Fatalf("got %d actors, want %d: %+v", len(as), len(want), as)
	}
	for i, w := range want {
		a := as[i]
		if a.Name != w.Name || a.Type != w.Type || a.State != w.State || strings.Join(a.Aliases, "|") != strings.Join(w.Aliases, "|") {
			t.Errorf("actor %d: got %+v, want %+v", i, a, w)
		}
	}
	if _, err := extract.New(extract.Config{Actors: as}); err != nil {
		t.Errorf("actors rejected: %v", err)
	}
}

func TestReadActorsAgentsDictionary(t *testing.T) {
	in := "# agents\n!WORKER! = WORKER, WORKERS\nDOCK!WORKER! [~LAB]\n"
	_, err := extract.ReadActors(strings.NewReader(in), "agents.txt")
	var pe *extract.ParseError
	if !errors.As(err, &pe) || pe.Line != 2 || !errors.Is(err, extract.ErrSyntax) || !strings.Contains(err.Error(), "agents dictionary") {
		t.Errorf("agents dictionary: got %v", err)
	}
	_, err = extract.ReadActors(strings.NewReader("DOCK_WORKER [~LAB]\n"), "agents.txt")
	if !errors.Is(err, extract.ErrSyntax) || !strings.Contains(err.Error(), "agents.txt:1:") {
		t.Errorf("agent code: got %v", err)
	}
}
