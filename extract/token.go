package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/statekg/statekg/schema"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word       TokenKind = iota // letters and digits, with inner hyphens, dots and apostrophes
	Number                      // starts with a digit or a currency sign
	Punct                       // one punctuation or symbol character
	Possessive                  // the possessive ending "'s", "’s" or a bare "'" after s
)

// Token is one token of a text with its byte offsets.
type Token struct {
	Text string
	Span schema.Span
	Kind TokenKind
}

// tokenizer splits a text into tokens. Tokens are in text order, do not
// overlap, and Text is always text[Span.Start:Span.End].
type tokenizer interface {
	Tokenize(text string) []Token
}

// wordTokenizer is the default tokenizer. It keeps "U.S.", "Blender.io",
// "Yang-ho" and "$81" as one token and splits possessive endings off.
type wordTokenizer struct{}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == '‘' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Classes of ASCII bytes.
const (
	classWord  = 1 << iota // letter or digit
	classSpace             // unicode.IsSpace
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c) {
			t[c] |= classWord
		}
		if unicode.IsSpace(c) {
			t[c] |= classSpace
		}
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString with the ASCII case first.
func decodeRune(s string) (rune, int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// Tokenize implements tokenizer.
func (wordTokenizer) Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/5+1), text)
}

// appendTokens appends the tokens of text to toks.
func appendTokens(toks []Token, text string) []Token {
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && asciiClass[c]&classSpace != 0 {
			i++
			continue
		}
		r, n := decodeRune(text[i:])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n == 1:
			i += n
		case isWordRune(r) || r == '$' || r == '£' || r == '€':
			end := scanWord(text, i)
			kind := Word
			if !unicode.IsLetter(r) {
				kind = Number
			}
			// split a possessive ending off the word
			if end-i > 2 && (text[end-1] == 's' || text[end-1] == 'S') {
				last, ln := utf8.DecodeLastRuneInString(text[i:end])
				if last == 's' || last == 'S' {
					prev, pn := utf8.DecodeLastRuneInString(text[i : end-ln])
					if isApos(prev) && end-ln-pn > i {
						toks = append(toks, Token{text[i : end-ln-pn], schema.Span{Start: i, End: end - ln - pn}, kind})
						toks = append(toks, Token{text[end-ln-pn : end], schema.Span{Start: end - ln - pn, End: end}, Possessive})
						i = end
						continue
					}
				}
			}
			toks = append(toks, Token{text[i:end], schema.Span{Start: i, End: end}, kind})
			if end >= len(text) || text[end] != '\'' && text[end] != 0xE2 {
				i = end // no apostrophe follows
				continue
			}
			// a possessive ending after the word: "Korea’s"
			if end < len(text) {
				a, an := utf8.DecodeRuneInString(text[end:])
				if isApos(a) && end+an < len(text) && (text[end+an] == 's' || text[end+an] == 'S') {
					after := end + an + 1
					nx, _ := utf8.DecodeRuneInString(text[after:])
					if after >= len(text) || !isWordRune(nx) {
						toks = append(toks, Token{text[end:after], schema.Span{Start: end, End: after}, Possessive})
						i = after
						continue
					}
				}
			}
			// a bare apostrophe after a plural s: "SolarWinds'"
			if end < len(text) {
				a, an := utf8.DecodeRuneInString(text[end:])
				if isApos(a) && (text[end-1] == 's' || text[end-1] == 'S') {
					nx, _ := utf8.DecodeRuneInString(text[end+an:])
					if end+an >= len(text) || !isWordRune(nx) {
						toks = append(toks, Token{text[end : end+an], schema.Span{Start: end, End: end + an}, Possessive})
						end += an
					}
				}
			}
			i = end
		default:
			toks = append(toks, Token{text[i : i+n], schema.Span{Start: i, End: i + n}, Punct})
			i += n
		}
	}
	return toks
}

// scanWord returns the end of the word starting at i. Inner hyphens,
// apostrophes, dots, commas between digits and ampersands between capitals
// stay inside the word; a dot after a single letter ("U.S.") too.
func scanWord(text string, i int) int {
	j := i
	letters := 0 // letters since the last dot
	for j < len(text) {
		if c := text[j]; c < utf8.RuneSelf && asciiClass[c]&classWord != 0 {
			j++
			letters++
			continue
		}
		if c := text[j]; c < utf8.RuneSelf && c != '$' && c != '-' && c != '.' && c != '\'' && c != '&' && c != ',' {
			return j // nothing but these joins a word
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) || (j == i && (r == '$' || r == '£' || r == '€')) {
			j += n
			letters++
			continue
		}
		if j+n < len(text) {
			nx, _ := utf8.DecodeRuneInString(text[j+n:])
			switch {
			case (r == '-' || r == '.' || isApos(r) || r == '&') && isWordRune(nx) && j > i:
				if isApos(r) && (nx == 's' || nx == 'S') {
					// "’s" followed by a non-letter is a possessive
					if j+n+1 >= len(text) || !isWordRune(rune(text[j+n+1])) {
						return j
					}
				}
				if r == '.' && !(unicode.IsLetter(nx) || unicode.IsDigit(nx)) {
					return j
				}
				if r == '&' && !(unicode.IsUpper(nx)) {
					return j
				}
				j += n
				letters = 0
				continue
			case r == ',' && unicode.IsDigit(nx) && j > i && unicode.IsDigit(rune(text[j-1])):
				j += n
				continue
			}
		}
		// "U.S." keeps its last dot: single letters between dots
		if r == '.' && letters == 1 && j-i >= 3 && text[j-2] == '.' {
			return j + 1
		}
		return j
	}
	return j
}

// lowerTexts returns the lower-case text of every token with curly quotes
// made straight (strings.ToLower(normTok(t.Text))). Texts already in lower
// case are the tokens' own; the others are cut from one string.
func lowerTexts(toks []Token) []string {
	low := make([]string, len(toks))
	var buf []byte
	var at []int // the tokens whose texts buf holds, then where each ends
	for i := range toks {
		s := toks[i].Text
		plain := true // ASCII without capitals
		for j := 0; j < len(s); j++ {
			if c := s[j]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
				plain = false
				break
			}
		}
		if plain {
			low[i] = s
			continue
		}
		if buf == nil {
			n := 0
			for k := i; k < len(toks); k++ {
				n += len(toks[k].Text)
			}
			buf = make([]byte, 0, n+n/4)
		}
		start := len(buf)
		ascii := true
		for j := 0; j < len(s); j++ {
			c := s[j]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
		}
		if !ascii {
			buf = append(buf[:start], strings.ToLower(normTok(s))...)
		}
		at = append(at, i, len(buf))
	}
	all, start := string(buf), 0
	for j := 0; j < len(at); j += 2 {
		low[at[j]] = all[start:at[j+1]]
		start = at[j+1]
	}
	return low
}
