package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

const verbSnippet = `# a dictionary of two blocks
&TOOL_
+HAMMER
+SPANNER

&PLACE
+GARDEN_SHED

---  MEND   [---]  ---
MEND
FIX {FIXES FIXED FIXING}  [071]
+PATCH_UP
TIDY ;an old comment
- * &TOOL                                             [072]         # MEND
- * (IN {GARDEN_SHED})                                [073]         # FIX
- * &NOWHERE                                          [074]         # FIX

~ a (a b MEND) SAY = a b 015

---  SCOLD   [111]  ---
CHIDE  # a comment
SCOLD [112]
WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}
- * LOUDLY [110]
`

func TestReadVerbDictionary(t *testing.T) {
	d, err := ReadVerbDictionary(strings.NewReader(verbSnippet), "snippet.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Synsets["&TOOL"]; !slices.Equal(got, []string{"HAMMER", "SPANNER"}) {
		t.Errorf("&TOOL = %q", got)
	}
	if got := d.Synsets["&PLACE"]; !slices.Equal(got, []string{"GARDEN SHED"}) {
		t.Errorf("&PLACE = %q", got)
	}
	if len(d.Blocks) != 2 {
		t.Fatalf("%d blocks, want 2", len(d.Blocks))
	}
	mend, scold := d.Blocks[0], d.Blocks[1]
	if mend.Name != "MEND" || mend.Code != "---" || mend.Line != 9 {
		t.Errorf("first block %q [%s] at line %d", mend.Name, mend.Code, mend.Line)
	}
	want := []Verb{
		{Forms: []string{"MEND", "MENDS", "MENDED", "MENDING"}, Code: "---", Line: 10},
		{Forms: []string{"FIX", "FIXES", "FIXED", "FIXING"}, Code: "071", Line: 11},
		{Forms: []string{"PATCH UP", "PATCHES UP", "PATCHED UP", "PATCHING UP"}, Code: "---", Line: 12},
		{Forms: []string{"TIDY", "TIDIES", "TIDIED", "TIDYING"}, Code: "---", Line: 13},
	}
	if len(mend.Verbs) != len(want) {
		t.Fatalf("%d verbs, want %d", len(mend.Verbs), len(want))
	}
	for i, v := range mend.Verbs {
		if !slices.Equal(v.Forms, want[i].Forms) || v.Code != want[i].Code || v.Line != want[i].Line || v.Head != 0 {
			t.Errorf("verb %d = %+v, want %+v", i, v, want[i])
		}
	}
	// the pattern using an undefined set is left out, as PETRARCH does
	if len(mend.Patterns) != 2 {
		t.Fatalf("%d patterns, want 2: %+v", len(mend.Patterns), mend.Patterns)
	}
	if p := mend.Patterns[1]; !slices.Equal(p.Words, []string{"*", "(IN", "{GARDEN_SHED})"}) || p.Code != "073" || p.Comment != "FIX" || p.Line != 15 {
		t.Errorf("pattern = %+v", p)
	}
	if got := scold.Verbs[0]; got.Code != "111" {
		t.Errorf("CHIDE takes the block's code, got %q", got.Code)
	}
	if got := scold.Verbs[1]; got.Code != "112" {
		t.Errorf("SCOLD keeps its own code, got %q", got.Code)
	}
	if got := scold.Verbs[2]; got.Head != 1 || !slices.Equal(got.Forms, []string{"WIRE TAP", "WIRE TAPS", "WIRE TAPPED"}) {
		t.Errorf("WIRE_+TAP = %+v", got)
	}
	if p := scold.Patterns[0]; p.Code != "110" || !slices.Equal(p.Words, []string{"*", "LOUDLY"}) {
		t.Errorf("pattern = %+v", p)
	}
}

func TestRegularForms(t *testing.T) {
	for base, want := range map[string][]string{
		"WALK":  {"WALKS", "WALKED", "WALKING"},
		"CARRY": {"CARRIES", "CARRIED", "CARRYING"},
		"OBEY":  {"OBEYS", "OBEYED", "OBEYING"},
		"PASS":  {"PASSES", "PASSED", "PASSING"},
		"CATCH": {"CATCHES", "CATCHED", "CATCHING"},
		"RAISE": {"RAISES", "RAISED", "RAISING"},
		"AGREE": {"AGREES", "AGREED", "AGREEING"},
	} {
		if got := regularForms(base); !slices.Equal(got, want) {
			t.Errorf("regularForms(%s) = %q, want %q", base, got, want)
		}
	}
}

func TestReadVerbDictionaryErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		line int
		err  error
	}{
		{"MEND\n", 1, ErrSyntax},
		{"- * HAMMER [072]\n", 1, ErrSyntax},
		{"--- MEND ---\n", 1, ErrSyntax},
		{"---  [010]  ---\n", 1, ErrSyntax},
		{"--- MEND [010] ---\nFIX {FIXES\n", 2, ErrSyntax},
		{"--- MEND [010] ---\nFIX {FIXES} LATER\n", 2, ErrSyntax},
		{"--- MEND [010] ---\nFIX [071\n", 2, ErrSyntax},
		{"--- MEND [010] ---\nFIX []\n", 2, ErrEmpty},
		{"--- MEND [010] ---\nMEND\n\n- * HAMMER\n", 4, ErrSyntax},
		{"--- MEND [010] ---\n- [072]\n", 2, ErrEmpty},
		{"--- MEND [010] ---\nPATCH UP\n", 2, ErrSyntax},
		{"--- MEND [010] ---\nFIX}\n", 2, ErrSyntax},
		{"--- MEND [010] ---\nFIX {FIXES {FIXED}\n", 2, ErrSyntax},
		{"&\n", 1, ErrEmpty},
		{"&TOOL\n+\n", 2, ErrEmpty},
	} {
		_, err := ReadVerbDictionary(strings.NewReader(tc.in), "bad.txt")
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%q: error %v, want a *ParseError", tc.in, err)
			continue
		}
		if pe.File != "bad.txt" || pe.Line != tc.line || !errors.Is(err, tc.err) {
			t.Errorf("%q: %v, want bad.txt:%d wrapping %v", tc.in, err, tc.line, tc.err)
		}
		if !strings.HasPrefix(err.Error(), "bad.txt:") {
			t.Errorf("%q: %q does not start with FILE:LINE", tc.in, err)
		}
	}
}

func FuzzReadVerbDictionary(f *testing.F) {
	f.Add(verbSnippet)
	f.Add("--- A [1] ---\nB {C D} [2]\n- * E [3] # B\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadVerbDictionary(strings.NewReader(s), "fuzz.txt")
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line < 1 {
				t.Fatalf("error %v is not a positioned *ParseError", err)
			}
			return
		}
		for _, b := range d.Blocks {
			if b.Name == "" || b.Code == "" {
				t.Fatalf("block %+v without name or code", b)
			}
			for _, v := range b.Verbs {
				if len(v.Forms) == 0 || v.Code == "" {
					t.Fatalf("verb %+v without forms or code", v)
				}
				for _, fm := range v.Forms {
					if fm == "" || strings.ContainsAny(fm, "_+{}") {
						t.Fatalf("verb form %q", fm)
					}
				}
			}
			for _, p := range b.Patterns {
				if len(p.Words) == 0 || p.Code == "" {
					t.Fatalf("pattern %+v without words or code", p)
				}
			}
		}
	})
}

// TestCameoTriggers reads relations whose triggers only cameo-verbs.tsv
// gives, and checks that verbs.tsv keeps the words it lists.
func TestCameoTriggers(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text          string
		subj, p, obj  string
		plain, absent bool
	}{
		{text: "Sweden rebuked Hungary on Tuesday for blocking the summit.", subj: "Sweden", p: "condemns", obj: "Hungary", plain: true},
		{text: "Poland castigated Belarus over the border crisis.", subj: "Poland", p: "condemns", obj: "Belarus", plain: true},
		{text: "Canada faulted Iran for the downing of the airliner.", subj: "Canada", p: "blames", obj: "Iran", plain: true},
		{text: "Japan slapped fresh sanctions on North Korea after the launch.", subj: "Japan", p: "sanctions", obj: "North Korea", plain: true},
		{text: "Norway did not rebuke Denmark over the fishing dispute.", subj: "Norway", p: "condemns", obj: "Denmark", plain: true, absent: true},
	} {
		d, err := x.Extract(context.Background(), schema.Article{ID: "t", Text: tc.text})
		if err != nil {
			t.Fatal(err)
		}
		p, err := schema.ParsePredicate(tc.p)
		if err != nil {
			t.Fatal(err)
		}
		if got := hasRel(d, tc.subj, p, tc.obj, tc.plain); got == tc.absent {
			t.Errorf("%q: plain %s %s %s found %v, want %v", tc.text, tc.subj, tc.p, tc.obj, got, !tc.absent)
		}
	}
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range l.trigIndex["accused"] {
		if l.triggers[i].pred != "blames" {
			t.Errorf("accused triggers %s", l.triggers[i].pred)
		}
	}
	if len(l.trigIndex["rebuked"]) == 0 {
		t.Error("no trigger starts with rebuked")
	}
}
