package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end in a dot that is part of the word and, before a
// capital, does not end the sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("mr mrs ms dr prof gen col lt sgt capt adm gov sen rep rev st jr sr inc corp ltd co bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est univ ave") {
		m[w] = true
	}
	return m
}()

// clitics are the endings split off a word as words of their own, as the
// English treebanks do ("do" "n't", "it" "'s").
var clitics = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "n’t", "’s", "’re", "’ve", "’ll", "’d", "’m"}

// Split splits text into sentences of words the way the English Universal
// Dependencies treebanks do: punctuation, hyphens and clitics ("n't", "'s")
// are words of their own; numbers ("3,500.25"), abbreviations ("U.S.",
// "Mr.") and web addresses stay whole. Each sentence's Offset and its words'
// Start and End are byte offsets in text.
func Split(text string) []*Sentence {
	spans := tokenSpans(text)
	var out []*Sentence
	first := 0
	emit := func(end int) {
		if end <= first {
			return
		}
		st, en := spans[first][0], spans[end-1][1]
		s := &Sentence{Text: text[st:en], Offset: st, Words: make([]Word, end-first)}
		for i, sp := range spans[first:end] {
			k := first + i
			s.Words[i] = Word{Form: text[sp[0]:sp[1]], Start: sp[0], End: sp[1], Head: -1,
				SpaceAfter: k+1 < len(spans) && sp[1] < spans[k+1][0] || k+1 == len(spans) && sp[1] < len(text)}
		}
		out = append(out, s)
		first = end
	}
	for i, sp := range spans {
		if i+1 >= len(spans) {
			break
		}
		next := spans[i+1]
		gap := text[sp[1]:next[0]]
		nr, _ := utf8.DecodeRuneInString(text[next[0]:])
		if strings.Count(gap, "\n") >= 2 || strings.Contains(gap, "\n") && !unicode.IsLower(nr) {
			emit(i + 1)
			continue
		}
		tok := text[sp[0]:sp[1]]
		if tok != "." && tok != "!" && tok != "?" && tok != "..." {
			continue
		}
		// closing quotes and brackets belong to the sentence
		j := i + 1
		for j < len(spans) && spans[j-1][1] == spans[j][0] && strings.Contains("\"”’')]»", text[spans[j][0]:spans[j][1]]) && spans[j][1]-spans[j][0] <= 3 {
			j++
		}
		if j >= len(spans) {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[spans[j][0]:])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(", r) {
			emit(j)
		}
	}
	emit(len(spans))
	return out
}

// Words returns text[start:end] as one sentence of words, tokenised as
// Split tokenises, without looking for sentence ends. The sentence's
// Offset and its words' Start and End are byte offsets in text.
func Words(text string, start, end int) *Sentence {
	if start < 0 || end > len(text) || start >= end {
		return &Sentence{Offset: max(start, 0)}
	}
	spans := tokenSpans(text[start:end])
	s := &Sentence{Text: text[start:end], Offset: start, Words: make([]Word, len(spans))}
	for i, sp := range spans {
		s.Words[i] = Word{Form: text[start+sp[0] : start+sp[1]], Start: start + sp[0], End: start + sp[1], Head: -1,
			SpaceAfter: i+1 < len(spans) && sp[1] < spans[i+1][0] || i+1 == len(spans) && start+sp[1] < len(text)}
	}
	return s
}

// tokenSpans returns the byte spans of the words of text.
func tokenSpans(text string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1:
			i += n
		case isWordChar(r):
			end := scanWord(text, i)
			out = appendWord(out, text, i, end)
			i = end
		default:
			// a run of the same punctuation ("...", "--", "!!") is one word
			end := i + n
			for end < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[end:])
				if r2 != r || r == '(' || r == ')' || r == '"' {
					break
				}
				end += n2
			}
			out = append(out, [2]int{i, end})
			i = end
		}
	}
	return out
}

func isWordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// with inner apostrophes, and inner dots, commas and colons between digits
// or in abbreviations and addresses.
func scanWord(text string, i int) int {
	if j := scanAddress(text, i); j > i {
		return j
	}
	end := i
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if isWordChar(r) {
			end += n
			continue
		}
		if end+n < len(text) && strings.ContainsRune(".,:'’&", r) {
			nx, _ := utf8.DecodeRuneInString(text[end+n:])
			pv, _ := utf8.DecodeLastRuneInString(text[:end])
			if isWordChar(nx) && (r == '\'' || r == '’' || r == '&' || unicode.IsDigit(pv) && unicode.IsDigit(nx) || r == '.' && !unicode.IsDigit(nx)) {
				end += n
				continue
			}
		}
		break
	}
	// a final dot belongs to "U.S." and to known abbreviations
	if end < len(text) && text[end] == '.' {
		w := text[i:end]
		if strings.Contains(w, ".") || abbreviations[strings.ToLower(w)] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0]) {
			end++
		}
	}
	return end
}

// scanAddress returns the end of a web or mail address at i, or i.
func scanAddress(text string, i int) int {
	end := i
	for end < len(text) && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '\r' {
		end++
	}
	w := strings.TrimRight(text[i:end], ".,;:!?)\"'")
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") || strings.Count(w, "@") == 1 && strings.Contains(w[strings.Index(w, "@"):], ".") && !strings.HasSuffix(w, "@") {
		return i + len(w)
	}
	return i
}

// appendWord appends the word text[i:end], with any clitic split off.
func appendWord(out [][2]int, text string, i, end int) [][2]int {
	for _, c := range clitics {
		if end-i > len(c) && strings.EqualFold(text[end-len(c):end], c) {
			cut := end - len(c)
			return append(out, [2]int{i, cut}, [2]int{cut, end})
		}
	}
	return append(out, [2]int{i, end})
}
