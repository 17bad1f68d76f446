package syntax

import "testing"

func TestRuleLemma(t *testing.T) {
	for _, c := range []struct{ form, upos, want string }{
		{"attacks", "NOUN", "attack"},
		{"agencies", "NOUN", "agency"},
		{"churches", "NOUN", "church"},
		{"businesses", "NOUN", "business"},
		{"congressmen", "NOUN", "congressman"},
		{"analysis", "NOUN", "analysis"},
		{"status", "NOUN", "status"},
		{"Hackers", "NOUN", "hacker"},
		{"Paris", "PROPN", "Paris"},
		{"blamed", "VERB", "blame"},
		{"stopped", "VERB", "stop"},
		{"hoping", "VERB", "hope"},
		{"opening", "VERB", "open"},
		{"denies", "VERB", "deny"},
		{"carried", "VERB", "carry"},
		{"condemns", "VERB", "condemn"},
		{"pushes", "VERB", "push"},
		{"agreed", "VERB", "agree"},
		{"producing", "VERB", "produce"},
		{"calling", "VERB", "call"},
		{"missed", "VERB", "miss"},
		{"organized", "VERB", "organize"},
		{"Quickly", "ADV", "quickly"},
		{"I", "PRON", "I"},
		{"3,500", "NUM", "3,500"},
	} {
		if got := (*Lemmatizer)(nil).Lemma(c.form, c.upos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.upos, got, c.want)
		}
	}
}

func TestLearnedExceptions(t *testing.T) {
	var sents []*Sentence
	add := func(form, lemma, upos string) {
		s := SentenceOf(form)
		s.Words[0].Lemma, s.Words[0].UPOS = lemma, upos
		sents = append(sents, s)
	}
	add("went", "go", "VERB")
	add("went", "go", "VERB")
	add("children", "child", "NOUN")
	add("attacks", "attack", "NOUN") // the rules get it right: no exception
	add("was", "be", "AUX")
	add("Was", "be", "AUX")
	l := learnLemmatizer(sents)
	for _, c := range []struct{ form, upos, want string }{
		{"went", "VERB", "go"}, {"Went", "VERB", "go"}, {"children", "NOUN", "child"},
		{"WAS", "AUX", "be"}, {"attacks", "NOUN", "attack"}, {"took", "VERB", "took"},
	} {
		if got := l.Lemma(c.form, c.upos); got != c.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", c.form, c.upos, got, c.want)
		}
	}
	if _, ok := l.exceptions["NOUN\tattacks"]; ok {
		t.Error("a lemma the rules give is in the exceptions list")
	}
}
