package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statekg/statekg/schema"
)

// Sentence is one sentence: its span in the text and the range of its
// tokens, [First, End).
type Sentence struct {
	Span       schema.Span
	First, End int
}

// sentenceSplitter splits tokenized text into sentences covering every
// token, in order.
type sentenceSplitter interface {
	Split(text string, toks []Token) []Sentence
}

// ruleSplitter is the default sentenceSplitter. A sentence ends at ".", "!"
// or "?" (with any closing quotes or brackets) before a capital, a digit or
// an opening quote, unless the word before the dot is a known abbreviation
// ("Sept.", "Mr.", "No.") or an initial; and at a line break after which a
// new sentence starts (the headline line, paragraphs). A line break inside a
// sentence, before a lower-case word, does not end it.
type ruleSplitter struct {
	Abbrev map[string]bool // lower-case abbreviations without their dot
}

var closers = "\"”’')]»"

// Split implements sentenceSplitter.
func (s ruleSplitter) Split(text string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	emit := func(end int) {
		if end > first {
			out = append(out, Sentence{Span: schema.Span{Start: toks[first].Span.Start, End: toks[end-1].Span.End}, First: first, End: end})
		}
		first = end
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && lineBreakBetween(text, toks[i].Span.End, toks[i+1].Span.Start) {
			nx := toks[i+1].Text
			r, _ := utf8.DecodeRuneInString(nx)
			if !unicode.IsLower(r) || blankLineBetween(text, toks[i].Span.End, toks[i+1].Span.Start) {
				emit(i + 1)
				continue
			}
		}
		t := toks[i]
		if t.Kind != Punct || !(t.Text == "." || t.Text == "!" || t.Text == "?") {
			// an abbreviation token that ends in a dot ("U.S.") ends a
			// sentence only at a line break, handled above
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == Punct && strings.Contains(closers, toks[j].Text) && toks[j].Span.Start == toks[j-1].Span.End {
			j++
		}
		if j >= len(toks) {
			continue
		}
		if toks[j].Span.Start == toks[j-1].Span.End {
			continue // "Blender.io"-like joins and "..." runs
		}
		if t.Text == "." && i > 0 && toks[i-1].Span.End == t.Span.Start {
			prev := toks[i-1].Text
			if s.Abbrev[strings.ToLower(prev)] && !(strings.EqualFold(prev, "no") && toks[j].Kind != Number) {
				continue
			}
			if utf8.RuneCountInString(prev) == 1 && unicode.IsUpper([]rune(prev)[0]) {
				continue // an initial
			}
		}
		r, _ := utf8.DecodeRuneInString(toks[j].Text)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r) {
			emit(j)
			i = j - 1
		}
	}
	emit(len(toks))
	return out
}

func lineBreakBetween(text string, a, b int) bool {
	return a <= b && b <= len(text) && strings.ContainsRune(text[a:b], '\n')
}

func blankLineBetween(text string, a, b int) bool {
	return a <= b && b <= len(text) && strings.Count(text[a:b], "\n") >= 2
}
