package extract

import (
	"errors"
	"testing"

	"github.com/statekg/statekg/extract/syntax"
)

func TestTree(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Officials met on Monday. The ministry didn't comment on Norway's claims."
	an := newAnalysis(x, text)
	if len(an.sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(an.sents))
	}
	p := an.tree(1)
	if p == nil {
		t.Fatal("no tree")
	}
	if an.trees[0] != nil {
		t.Error("sentence 0 parsed without being asked for")
	}
	if an.tree(1) != p {
		t.Error("second call parsed again")
	}
	root := p.s.Root()
	if got := p.s.Words[root].Lemma; got != "comment" {
		t.Errorf("root %q, want comment", got)
	}
	for w, k := range p.tok {
		word, tok := p.s.Words[w], an.toks[k].Span
		if word.Start < tok.Start || word.Start >= tok.End {
			t.Errorf("word %q at %d maps to token %q at %d:%d", word.Form, word.Start, an.toks[k].Text, tok.Start, tok.End)
		}
	}
	subj := p.s.Dependent(root, "nsubj")
	if subj < 0 || an.toks[p.tok[subj]].Text != "ministry" {
		t.Errorf("subject %d, want ministry", subj)
	}
	if w := p.wordAt(p.tok[subj]); w != subj {
		t.Errorf("wordAt(token of subject) = %d, want %d", w, subj)
	}
	if an.tree(5) != nil || an.tree(-1) != nil {
		t.Error("tree of a sentence that does not exist")
	}
}

// TestTagged checks that a sentence tagged first is parsed when its tree
// is asked for, as one parsed at once.
func TestTagged(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "The ministry didn't comment on Norway's claims."
	an, once := newAnalysis(x, text), newAnalysis(x, text)
	p := an.tagged(0)
	if p == nil || p.state != tagsToo {
		t.Fatalf("tagged(0) = %+v, want words not yet parsed", p)
	}
	if w := p.s.Words[1]; w.Form != "ministry" || w.UPOS == "" || w.Lemma == "" || w.Deprel != "" {
		t.Errorf("word 1 %+v, want ministry tagged and lemmatised, with no relation yet", w)
	}
	if q := an.tree(0); q != p || q.state != treeToo {
		t.Fatalf("tree(0) after tagged(0): %p, want %p parsed", q, p)
	}
	want := once.tree(0)
	for i := range want.s.Words {
		if p.s.Words[i] != want.s.Words[i] {
			t.Errorf("word %d: %+v, tagged first; %+v, parsed at once", i, p.s.Words[i], want.s.Words[i])
		}
	}
	if an.tagged(0) != p {
		t.Error("tagged after tree tagged again")
	}
}

func TestTreeModelError(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	x.parser = func() (*syntax.Parser, error) { return nil, errors.New("no model") }
	an := newAnalysis(x, "The ministry did not comment.")
	if an.tree(0) != nil || an.err == nil || an.err.Error() != "parse: no model" {
		t.Errorf("tree with a broken model: err %v", an.err)
	}
}

func TestFinished(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := "Norway says Iran behind parliament hack\n\nOslo blamed Tehran on Monday. \"It was Iran,\" she said! Was it?\n\nPhoto: the parliament in Oslo"
	an := newAnalysis(x, text)
	want := []bool{false, true, true, true, false}
	if len(an.sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(an.sents), len(want))
	}
	for si, w := range want {
		if got := an.finished(si); got != w {
			t.Errorf("sentence %q: finished %v, want %v", text[an.sents[si].Span.Start:an.sents[si].Span.End], got, w)
		}
	}
}
