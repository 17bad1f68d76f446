package syntax_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statekg/statekg/extract/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func defaultParser(t testing.TB) *syntax.Parser {
	t.Helper()
	p, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// checkTree fails unless every word has a head in the sentence or is the
// one root, and no word is its own ancestor.
func checkTree(t *testing.T, s *syntax.Sentence) {
	t.Helper()
	roots := 0
	for i, w := range s.Words {
		if w.Head < 0 {
			roots++
			continue
		}
		if w.Head >= s.Len() || w.Head == i {
			t.Fatalf("%q: word %d has head %d", s.Text, i, w.Head)
		}
		if s.Ancestor(i, i) {
			t.Fatalf("%q: word %d is its own ancestor", s.Text, i)
		}
		if w.UPOS == "" || w.Deprel == "" || w.Lemma == "" {
			t.Fatalf("%q: word %d lacks a tag, relation or lemma: %+v", s.Text, i, w)
		}
	}
	if roots != 1 {
		t.Fatalf("%q: %d roots", s.Text, roots)
	}
}

// TestEmbeddedModel parses with the embedded model alone, without the
// treebanks.
func TestEmbeddedModel(t *testing.T) {
	p := defaultParser(t)
	for _, s := range syntax.Split("The minister said on Tuesday that the agency had blamed hackers for the attack. Officials in Seoul didn't comment.") {
		p.Parse(s)
		checkTree(t, s)
	}
	s := syntax.SentenceOf("The", "ministry", "condemned", "the", "attacks", ".")
	p.Parse(s)
	checkTree(t, s)
	if r := s.Root(); s.Words[r].Form != "condemned" || s.Words[r].Lemma != "condemn" {
		t.Errorf("root %+v, want condemned (condemn)", s.Words[r])
	}
	if subj := s.Dependent(s.Root(), "nsubj"); subj != 1 {
		t.Errorf("nsubj of condemned = %d, want 1 (ministry)", subj)
	}
	if obj := s.Dependent(s.Root(), "obj"); obj != 4 || s.Words[obj].Lemma != "attack" {
		t.Errorf("obj of condemned = %d, want 4 (attacks, lemma attack)", obj)
	}
	if f, e := s.Subtree(4); f != 3 || e != 5 {
		t.Errorf("subtree of attacks = [%d, %d), want [3, 5)", f, e)
	}
}

// TestModelRoundTrip writes the embedded model and reads it back: the
// copy writes the same bytes and parses the same.
func TestModelRoundTrip(t *testing.T) {
	p := defaultParser(t)
	var a, b bytes.Buffer
	if _, err := p.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	q, err := syntax.ReadParser(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("model written again differs: %d bytes, then %d", a.Len(), b.Len())
	}
	if _, err := syntax.ReadParser(bytes.NewReader(a.Bytes()[:a.Len()/2])); err == nil {
		t.Fatal("a truncated model was read without error")
	}
	if _, err := syntax.ReadParser(strings.NewReader("not a model")); err == nil {
		t.Fatal("a text file was read as a model")
	}
}

// TestGolden parses the sentences of testdata/golden.txt and compares the
// CoNLL-U with testdata/golden.conllu (go test -update rewrites it).
func TestGolden(t *testing.T) {
	p := defaultParser(t)
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := syntax.NewWriter(&out)
	for i, s := range syntax.Split(string(text)) {
		s.ID = "golden-" + string(rune('a'+i))
		p.Parse(s)
		checkTree(t, s)
		if err := w.Write(s); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden.conllu")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("parse differs from %s (go test -update rewrites it):\n%s", golden, out.Bytes())
	}
	// the golden file reads back as the same sentences
	ss, err := syntax.NewReader(bytes.NewReader(want)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	w = syntax.NewWriter(&again)
	for _, s := range ss {
		if err := w.Write(s); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if !bytes.Equal(again.Bytes(), want) {
		t.Errorf("%s read and written again differs:\n%s", golden, again.Bytes())
	}
}

func Example() {
	p, err := syntax.Default()
	if err != nil {
		panic(err)
	}
	text := "The ministry condemned the attacks on its networks."
	for _, s := range syntax.Split(text) {
		p.Parse(s)
		root := s.Root()
		fmt.Println("root:", s.Words[root].Form, s.Words[root].Lemma, s.Words[root].UPOS)
		for _, c := range s.Children(root) {
			st, en := s.Span(c)
			fmt.Printf("%s: %s\n", s.Words[c].Deprel, text[st:en])
		}
	}
	// Output:
	// root: condemned condemn VERB
	// nsubj: The ministry
	// obj: the attacks on its networks
	// punct: .
}

func TestWords(t *testing.T) {
	text := "Intro. The ministry didn't comment. Tail"
	start := strings.Index(text, "The")
	end := strings.Index(text, " Tail")
	s := syntax.Words(text, start, end)
	var forms []string
	for _, w := range s.Words {
		if text[w.Start:w.End] != w.Form {
			t.Errorf("word %q at %d:%d, text there %q", w.Form, w.Start, w.End, text[w.Start:w.End])
		}
		forms = append(forms, w.Form)
	}
	if got, want := strings.Join(forms, "|"), "The|ministry|did|n't|comment|."; got != want {
		t.Errorf("words %s, want %s", got, want)
	}
	if s.Offset != start || s.Text != text[start:end] {
		t.Errorf("offset %d text %q", s.Offset, s.Text)
	}
	if len(syntax.Words(text, 5, 5).Words) != 0 {
		t.Error("empty span gave words")
	}
}

// TestParseTagged checks that tagging, then parsing with the tags the
// words hold, gives what Parse gives, and that parsing reads those tags:
// a sentence whose tags are changed parses otherwise.
func TestParseTagged(t *testing.T) {
	p := defaultParser(t)
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range syntax.Split(string(text)) {
		want := *s
		want.Words = append([]syntax.Word(nil), s.Words...)
		p.Parse(&want)
		p.Tag(s)
		p.ParseTagged(s)
		checkTree(t, s)
		for i := range s.Words {
			if s.Words[i] != want.Words[i] {
				t.Fatalf("%q: word %d is %+v after Tag and ParseTagged, %+v after Parse", s.Text, i, s.Words[i], want.Words[i])
			}
		}
	}
	s := syntax.SentenceOf("Hackers", "attacked", "the", "ministry", "on", "Friday", ".")
	p.Parse(s)
	want := slices.Clone(s.Words)
	for i := range s.Words {
		s.Words[i].UPOS, s.Words[i].XPOS = "PUNCT", "."
	}
	p.ParseTagged(s)
	checkTree(t, s)
	same := true
	for i, w := range s.Words {
		same = same && w.Head == want[i].Head && w.Deprel == want[i].Deprel
	}
	if same {
		t.Errorf("%q parses the same with every word tagged PUNCT", s.Text)
	}
}

// TestLemmas checks that the lemma a word gets under every part of
// speech is among those Lemmas yields for it.
func TestLemmas(t *testing.T) {
	p := defaultParser(t)
	l := p.Lemmatizer()
	for _, form := range []string{"went", "Hackers", "attacked", "was", "children", "stopping", "carried", "ran", "better", "I"} {
		var got []string
		for lem := range l.Lemmas(form) {
			got = append(got, lem)
		}
		for _, u := range syntax.UPOS {
			if lem := strings.ToLower(l.Lemma(form, u)); !slices.Contains(got, lem) {
				t.Errorf("Lemmas(%q) = %q lacks %q, its lemma as %s", form, got, lem, u)
			}
		}
	}
}

// TestWorker checks that one Worker, reused over sentences long and
// short, parses each as Parser.Parse does.
func TestWorker(t *testing.T) {
	p := defaultParser(t)
	text, err := os.ReadFile(filepath.Join("testdata", "golden.txt"))
	if err != nil {
		t.Fatal(err)
	}
	w := p.Worker()
	ss := syntax.Split(string(text))
	ss = append(ss, syntax.Split("Seoul protested. The ministry, which had said on Monday that it would not comment on reports that hackers working for a foreign state had broken into its networks, declined again.")...)
	for _, s := range ss {
		want := *s
		want.Words = slices.Clone(s.Words)
		p.Parse(&want)
		w.Parse(s)
		checkTree(t, s)
		if !slices.Equal(s.Words, want.Words) {
			t.Fatalf("%q: the Worker's parse differs from the Parser's", s.Text)
		}
	}
}
