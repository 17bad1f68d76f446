package syntax

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzReader reads arbitrary input as CoNLL-U: it must not panic, and what
// it reads must survive writing and reading again.
func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("1\tA\ta\tX\tX\t_\t0\troot\t_\tTokenRange=3:4|SpaceAfter=No\n")
	f.Add("# text = x\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t2\tdep\t_\t_\n2\tb\tb\tX\t_\t_\t0\troot\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := NewReader(strings.NewReader(in)).ReadAll()
		if err != nil {
			return
		}
		var b bytes.Buffer
		w := NewWriter(&b)
		for _, s := range ss {
			if err := w.Write(s); err != nil {
				t.Fatal(err)
			}
		}
		w.Flush()
		back, err := NewReader(&b).ReadAll()
		if err != nil {
			t.Fatalf("written output does not read back: %v\n%s", err, b.String())
		}
		if len(back) != len(ss) {
			t.Fatalf("%d sentences read back, wrote %d", len(back), len(ss))
		}
		for i := range ss {
			for j, w := range ss[i].Words {
				g := back[i].Words[j]
				if g.Head != w.Head || g.UPOS != w.UPOS || g.Deprel != w.Deprel {
					t.Fatalf("word %d of sentence %d: wrote %+v, read %+v", j, i, w, g)
				}
			}
		}
	})
}

// FuzzSplit splits arbitrary text: words must be in order, not overlap and
// be the text at their offsets.
func FuzzSplit(f *testing.F) {
	f.Add("Mr. Lee didn't pay $3,500.25 to the U.S. group's leaders.\n\n\"No,\" he said!")
	f.Add("www.example.org a@b.c ... -- ’s n’t")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, s := range Split(text) {
			for _, w := range s.Words {
				if w.Start < last || w.End <= w.Start || w.End > len(text) || text[w.Start:w.End] != w.Form {
					t.Fatalf("word %q at %d:%d after %d", w.Form, w.Start, w.End, last)
				}
				last = w.End
			}
		}
	})
}
