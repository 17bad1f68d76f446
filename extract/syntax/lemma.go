package syntax

import (
	"iter"
	"slices"
	"strings"
)

// Lemmatizer gives a word's lemma from its form and UPOS: suffix rules for
// the inflections of English nouns and verbs, and an exceptions list, learnt
// from a treebank, of the words whose lemma the rules get wrong.
type Lemmatizer struct {
	exceptions map[string]string   // UPOS + "\t" + lower-case form -> lemma
	byForm     map[string][]string // lower-case form -> its exceptions' lemmas, lower-cased
}

// except adds the exception k (UPOS + "\t" + lower-case form) -> lemma.
func (l *Lemmatizer) except(k, lemma string) {
	if l.exceptions == nil {
		l.exceptions, l.byForm = map[string]string{}, map[string][]string{}
	}
	l.exceptions[k] = lemma
	_, low, _ := strings.Cut(k, "\t")
	if lem := strings.ToLower(lemma); !slices.Contains(l.byForm[low], lem) {
		l.byForm[low] = append(l.byForm[low], lem)
	}
}

// Lemmas yields, lower-cased, every lemma Lemma may give form, whatever
// its part of speech: so a word none of whose lemmas is of some class is
// no word of that class however it is tagged. A lemma may come twice.
func (l *Lemmatizer) Lemmas(form string) iter.Seq[string] {
	return func(yield func(string) bool) {
		low := lower(form)
		if !yield(low) || !yield(nounLemma(low)) || !yield(verbLemma(low)) {
			return
		}
		if l == nil {
			return
		}
		for _, lem := range l.byForm[low] {
			if !yield(lem) {
				return
			}
		}
	}
}

// Lemma returns the lemma of form used as the part of speech upos. Proper
// nouns keep their case; other words are lower-cased, except "I".
func (l *Lemmatizer) Lemma(form, upos string) string {
	low := lower(form)
	if l != nil {
		if lem, ok := l.exceptions[upos+"\t"+low]; ok {
			return lem
		}
	}
	return ruleLemma(form, low, upos)
}

func ruleLemma(form, low, upos string) string {
	switch upos {
	case "PROPN":
		return form
	case "NOUN":
		return nounLemma(low)
	case "VERB", "AUX":
		return verbLemma(low)
	case "PRON":
		if low == "i" {
			return "I"
		}
	case "PUNCT", "SYM", "NUM", "X":
		return form
	}
	return low
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func nounLemma(w string) string {
	n := len(w)
	switch {
	case n <= 3 || !strings.HasSuffix(w, "s"):
		if strings.HasSuffix(w, "men") && n > 4 {
			return w[:n-3] + "man"
		}
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	}
	return w[:n-1]
}

func verbLemma(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"), n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ing"):
		return restoreStem(w[:n-3])
	case n > 3 && strings.HasSuffix(w, "eed"):
		return w[:n-1]
	case n > 3 && strings.HasSuffix(w, "ed"):
		return restoreStem(w[:n-2])
	case n > 3 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes") || strings.HasSuffix(w, "oes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// restoreStem undoes what adding -ing or -ed did to a verb's stem: a
// doubled final consonant ("stopp") or a dropped final e ("mak", "produc").
func restoreStem(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && !isVowel(last) && strings.IndexByte("lsz", last) < 0 {
		return s[:n-1]
	}
	for _, suf := range []string{"v", "c", "u", "dg", "iz", "yz", "at", "bl", "pl", "tl", "gl", "dl", "kl", "cl", "fl", "rg", "rs", "ns", "ps"} {
		if strings.HasSuffix(s, suf) {
			return s + "e"
		}
	}
	// one syllable ending consonant-vowel-consonant: "hop" -> "hope"
	if n >= 3 && !isVowel(last) && strings.IndexByte("wxy", last) < 0 && isVowel(prev) && !isVowel(s[n-3]) {
		groups := 0
		for i := 0; i < n; i++ {
			if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
				groups++
			}
		}
		if groups == 1 {
			return s + "e"
		}
	}
	return s
}

// learnLemmatizer builds the exceptions list from the gold lemmas of sents:
// each form and tag whose most frequent lemma the rules do not give.
func learnLemmatizer(sents []*Sentence) *Lemmatizer {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" || w.UPOS == "PROPN" {
				continue
			}
			k := w.UPOS + "\t" + lower(w.Form)
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][w.Lemma]++
		}
	}
	l := &Lemmatizer{}
	for k, c := range counts {
		best, bn := "", 0
		for lem, n := range c {
			if n > bn || n == bn && lem < best {
				best, bn = lem, n
			}
		}
		upos, low, _ := strings.Cut(k, "\t")
		if ruleLemma(low, low, upos) != best {
			l.except(k, best)
		}
	}
	return l
}
