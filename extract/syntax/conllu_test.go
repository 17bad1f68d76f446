package syntax

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

const sample = `# sent_id = s1
# text = They didn't pay.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	pay	pay	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	paid	pay	VERB	VBD	_	_	_	_	_
5	.	.	PUNCT	.	_	4	punct	_	_

`

func TestReadSkipsRangesAndEmptyNodes(t *testing.T) {
	ss, err := NewReader(strings.NewReader(sample)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 {
		t.Fatalf("%d sentences, want 1", len(ss))
	}
	s := ss[0]
	if s.ID != "s1" || s.Text != "They didn't pay." || s.Len() != 5 {
		t.Fatalf("got %q %q with %d words", s.ID, s.Text, s.Len())
	}
	if s.Root() != 3 || s.Words[0].Head != 3 || s.Words[3].SpaceAfter {
		t.Fatalf("tree or spacing wrong: %+v", s.Words)
	}
	if got := s.Dependents(3, "advmod"); len(got) != 1 || got[0] != 2 {
		t.Fatalf("advmod dependents of pay = %v", got)
	}
}

func TestReadErrorsSayWhere(t *testing.T) {
	for _, c := range []struct {
		in   string
		line int
	}{
		{"1\tA\ta\tX\tX\t_\t0\troot\t_\n", 1},
		{"# c\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 3},
		{"1\tA\ta\tX\tX\t_\tz\troot\t_\t_\n", 1},
		{"1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n\n", 2},
	} {
		_, err := NewReader(strings.NewReader(c.in)).ReadAll()
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != c.line {
			t.Errorf("%q: error %v, want one at line %d", c.in, err, c.line)
		}
	}
}

func TestWriteOffsets(t *testing.T) {
	text := "Seoul denied it."
	s, err := NewSentence(text, [][2]int{{0, 5}, {6, 12}, {13, 15}, {15, 16}})
	if err != nil {
		t.Fatal(err)
	}
	s.ID = "x"
	if _, err := NewSentence(text, [][2]int{{6, 12}, {0, 5}}); err == nil {
		t.Error("spans out of order were accepted")
	}
	if _, err := NewSentence(text, [][2]int{{13, 17}}); err == nil {
		t.Error("a span beyond the text was accepted")
	}
	var b bytes.Buffer
	w := NewWriter(&b)
	if err := w.Write(s); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	for _, want := range []string{"# sent_id = x\n", "# text = Seoul denied it.\n", "1\tSeoul\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:5\n", "3\tit\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=13:15\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, b.String())
		}
	}
	back, err := NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if w := back[0].Words[2]; w.Start != 13 || w.End != 15 || w.SpaceAfter {
		t.Errorf("read back %+v", w)
	}
}

func TestSentenceHelpers(t *testing.T) {
	// "officials of the ministry in Seoul said" as a tree
	s := SentenceOf("officials", "of", "the", "ministry", "in", "Seoul", "said")
	for i, h := range []int{6, 3, 3, 0, 5, 3, -1} {
		s.Words[i].Head = h
	}
	for i, l := range []string{"nsubj", "case", "det", "nmod", "case", "nmod:in", "root"} {
		s.Words[i].Deprel = l
	}
	if got := s.Children(3); len(got) != 3 || got[0] != 1 || got[2] != 5 {
		t.Errorf("Children(ministry) = %v", got)
	}
	if got := s.Dependents(3, "nmod"); len(got) != 1 || got[0] != 5 {
		t.Errorf("Dependents(ministry, nmod) = %v, want [5]", got)
	}
	if got := s.Dependents(0, "nmod:poss"); len(got) != 0 {
		t.Errorf("Dependents(officials, nmod:poss) = %v, want none", got)
	}
	if f, e := s.Subtree(0); f != 0 || e != 6 {
		t.Errorf("Subtree(officials) = [%d, %d)", f, e)
	}
	if f, e := s.Subtree(6); f != 0 || e != 7 {
		t.Errorf("Subtree(said) = [%d, %d)", f, e)
	}
	if !s.Ancestor(6, 5) || s.Ancestor(5, 6) || s.Ancestor(1, 3) {
		t.Error("Ancestor wrong")
	}
	if !HasLabel("obl:tmod", "obl") || HasLabel("obl", "obl:tmod") || HasLabel("oblique", "obl") {
		t.Error("HasLabel wrong")
	}
}

func TestSplit(t *testing.T) {
	text := "Mr. Lee said the U.S. didn't pay $3,500.25 to the group's leaders. \"We won't,\" he said!\n\nA well-known site, www.example.org, went down"
	var got [][]string
	for _, s := range Split(text) {
		var ws []string
		for _, w := range s.Words {
			if text[w.Start:w.End] != w.Form {
				t.Fatalf("word %q has offsets %d:%d", w.Form, w.Start, w.End)
			}
			ws = append(ws, w.Form)
		}
		if text[s.Offset:s.Offset+len(s.Text)] != s.Text {
			t.Fatalf("sentence %q at %d", s.Text, s.Offset)
		}
		got = append(got, ws)
	}
	want := [][]string{
		{"Mr.", "Lee", "said", "the", "U.S.", "did", "n't", "pay", "$", "3,500.25", "to", "the", "group", "'s", "leaders", "."},
		{"\"", "We", "wo", "n't", ",", "\"", "he", "said", "!"},
		{"A", "well", "-", "known", "site", ",", "www.example.org", ",", "went", "down"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d sentences %q, want %d", len(got), got, len(want))
	}
	for i := range want {
		if strings.Join(got[i], " ") != strings.Join(want[i], " ") {
			t.Errorf("sentence %d:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}
