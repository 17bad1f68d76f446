package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A VerbDictionary is a CAMEO verb dictionary in the format of PETRARCH2
// (CAMEO.2.0.txt): synonym sets, then blocks of synonymous verbs, each verb
// with its inflected forms and event code, and the phrase patterns of the
// block with theirs.
type VerbDictionary struct {
	Synsets map[string][]string // "&NAME" (a label's final "_" dropped) -> its phrases, words separated by spaces
	Blocks  []VerbBlock
}

// A VerbBlock is one "--- NAME [CODE] ---" block: verbs close enough in
// meaning to share patterns. Code is the block's primary CAMEO code, "---"
// for none.
type VerbBlock struct {
	Name     string
	Code     string
	Line     int
	Verbs    []Verb
	Patterns []VerbPattern
}

// A Verb is one verb or multi-word verb of a block. Forms are its forms as
// they stand in text, words separated by spaces, the base form first:
// those given in braces, else the regular ones. Head is the index of the
// inflected word within each form ("ASK" in "ASK FOR"). Code is the verb's
// own code, else the block's.
type Verb struct {
	Forms []string
	Head  int
	Code  string
	Line  int
}

// A VerbPattern is a "- ... [CODE]" line: Words are the pattern's tokens
// before the code ("*" stands for the verb, "(...)" groups a prepositional
// phrase, "{...}" a noun phrase, "&NAME" a synonym set), Comment what
// follows the code's "#".
type VerbPattern struct {
	Words   []string
	Code    string
	Comment string
	Line    int
}

// ReadVerbDictionary reads a CAMEO verb dictionary from r; file is the name
// errors report. A malformed line is a *ParseError wrapping ErrSyntax or
// ErrEmpty. As in PETRARCH, a pattern using a synonym set not defined
// before it is left out, and transformation lines ("~ ...") are skipped.
func ReadVerbDictionary(r io.Reader, file string) (*VerbDictionary, error) {
	d := &VerbDictionary{Synsets: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var synset string // the synonym set being read, "" outside one
	n := 0
	fail := func(err error, format string, args ...any) error {
		return &ParseError{File: file, Line: n, Err: fmt.Errorf("%w: "+format, append([]any{err}, args...)...)}
	}
	for sc.Scan() {
		n++
		raw := sc.Text()
		if strings.HasPrefix(raw, "---") {
			synset = ""
			b, err := parseBlockHeader(raw)
			if err != nil {
				return nil, fail(ErrSyntax, "%v", err)
			}
			b.Line = n
			d.Blocks = append(d.Blocks, b)
			continue
		}
		line, comment := cutComment(raw)
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		switch {
		case line[0] == '&':
			name := strings.TrimSuffix(strings.Fields(line)[0], "_")
			if len(name) == 1 {
				return nil, fail(ErrEmpty, "synonym set name")
			}
			synset = name
			d.Synsets[synset] = nil
			continue
		case line[0] == '+' && synset != "":
			w := strings.TrimSpace(line[1:])
			if w == "" {
				return nil, fail(ErrEmpty, "synonym in %s", synset)
			}
			d.Synsets[synset] = append(d.Synsets[synset], phraseWords(w))
			continue
		}
		synset = ""
		switch line[0] {
		case '~':
			continue
		case '-':
			if len(d.Blocks) == 0 {
				return nil, fail(ErrSyntax, "pattern before any verb block")
			}
			p, ok, err := parsePattern(line[1:], d.Synsets)
			if err != nil {
				return nil, &ParseError{File: file, Line: n, Err: err}
			}
			if !ok {
				continue
			}
			p.Line, p.Comment = n, strings.TrimSpace(comment)
			b := &d.Blocks[len(d.Blocks)-1]
			b.Patterns = append(b.Patterns, p)
		default:
			if len(d.Blocks) == 0 {
				return nil, fail(ErrSyntax, "verb %q before any verb block", line)
			}
			b := &d.Blocks[len(d.Blocks)-1]
			v, err := parseVerb(line, b.Code)
			if err != nil {
				return nil, &ParseError{File: file, Line: n, Err: err}
			}
			v.Line = n
			b.Verbs = append(b.Verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{File: file, Line: n, Err: err}
	}
	return d, nil
}

// cutComment splits a line at its comment: "#", or ";" as TABARI wrote it.
func cutComment(s string) (line, comment string) {
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// parseBlockHeader reads "--- NAME [CODE] ---".
func parseBlockHeader(s string) (VerbBlock, error) {
	rest := strings.TrimSpace(strings.TrimPrefix(s, "---"))
	open := strings.IndexByte(rest, '[')
	if open < 0 {
		return VerbBlock{}, fmt.Errorf("block header without [code]")
	}
	end := strings.IndexByte(rest[open:], ']')
	if end < 0 {
		return VerbBlock{}, fmt.Errorf("block header without ]")
	}
	name := strings.TrimSpace(rest[:open])
	if name == "" {
		return VerbBlock{}, fmt.Errorf("block header without a name")
	}
	code := strings.TrimSpace(rest[open+1 : open+end])
	if code == "" {
		code = "---"
	}
	return VerbBlock{Name: name, Code: code}, nil
}

// codeOf cuts a trailing "[CODE]" from s.
func codeOf(s string) (rest, code string, ok bool, err error) {
	open := strings.LastIndexByte(s, '[')
	if open < 0 {
		return s, "", false, nil
	}
	end := strings.IndexByte(s[open:], ']')
	if end < 0 {
		return "", "", false, fmt.Errorf("%w: [ without ]", ErrSyntax)
	}
	code = strings.TrimSpace(s[open+1 : open+end])
	if code == "" {
		return "", "", false, fmt.Errorf("%w code", ErrEmpty)
	}
	return s[:open], code, true, nil
}

// parseVerb reads "VERB {FORM FORM} [CODE]", with "_" joining the words of
// a multi-word verb and "+" before its inflected word.
func parseVerb(s, blockCode string) (Verb, error) {
	rest, code, ok, err := codeOf(s)
	if err != nil {
		return Verb{}, err
	}
	if !ok {
		code = blockCode
	}
	var forms []string
	braced := false
	if i := strings.IndexByte(rest, '{'); i >= 0 {
		braced = true
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			return Verb{}, fmt.Errorf("%w: { without }", ErrSyntax)
		}
		forms = strings.Fields(rest[i+1 : i+j])
		if tail := strings.TrimSpace(rest[i+j+1:]); tail != "" {
			return Verb{}, fmt.Errorf("%w: %q after the forms", ErrSyntax, tail)
		}
		rest = rest[:i]
	}
	fs := strings.Fields(rest)
	if len(fs) != 1 {
		if len(fs) == 0 {
			return Verb{}, fmt.Errorf("%w verb", ErrEmpty)
		}
		return Verb{}, fmt.Errorf("%w: verb %q has spaces; multi-word verbs join their words with _", ErrSyntax, strings.TrimSpace(rest))
	}
	base := fs[0]
	for _, w := range append([]string{base}, forms...) {
		if strings.ContainsAny(w, "{}[]()&") {
			return Verb{}, fmt.Errorf("%w: %q is not a verb form", ErrSyntax, w)
		}
	}
	words := strings.Split(strings.Trim(base, "_"), "_")
	head := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			head = i
			break
		}
	}
	v := Verb{Head: head, Code: code}
	v.Forms = append(v.Forms, phraseWords(base))
	if braced {
		for _, f := range forms {
			v.Forms = append(v.Forms, phraseWords(f))
		}
	} else if w := strings.TrimPrefix(words[head], "+"); isWord(w) {
		for _, infl := range regularForms(w) {
			ws := make([]string, len(words))
			for i, x := range words {
				ws[i] = strings.TrimPrefix(x, "+")
			}
			ws[head] = infl
			v.Forms = append(v.Forms, strings.Join(ws, " "))
		}
	}
	for _, f := range v.Forms {
		if f == "" {
			return Verb{}, fmt.Errorf("%w verb form", ErrEmpty)
		}
	}
	return v, nil
}

// phraseWords turns "+ASK_FOR" into "ASK FOR".
func phraseWords(s string) string {
	s = strings.ReplaceAll(s, "+", "")
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '_' }), " ")
}

func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if (r < 'A' || r > 'Z') && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func vowel(b byte) bool { return strings.IndexByte("AEIOU", b) >= 0 }

// regularForms gives the third person, past and present participle of a
// regular English verb in upper case, as the dictionary leaves them to be
// generated.
func regularForms(w string) []string {
	n := len(w)
	last := w[n-1]
	var s, ed, ing string
	consY := last == 'Y' && n > 1 && !vowel(w[n-2])
	switch {
	case consY:
		s = w[:n-1] + "IES"
	case last == 'S' || last == 'X' || last == 'Z' || last == 'O' ||
		strings.HasSuffix(w, "CH") || strings.HasSuffix(w, "SH"):
		s = w + "ES"
	default:
		s = w + "S"
	}
	switch {
	case consY:
		ed = w[:n-1] + "IED"
	case last == 'E':
		ed = w + "D"
	default:
		ed = w + "ED"
	}
	switch {
	case last == 'E' && n > 2 && (w[n-2] == 'E' || w[n-2] == 'Y' || w[n-2] == 'O'):
		ing = w + "ING"
	case last == 'E' && n > 1:
		ing = w[:n-1] + "ING"
	default:
		ing = w + "ING"
	}
	return []string{s, ed, ing}
}

// parsePattern reads the tokens and code of a pattern line (after its "-");
// ok is false for a pattern using an undefined synonym set.
func parsePattern(s string, synsets map[string][]string) (p VerbPattern, ok bool, err error) {
	rest, code, found, err := codeOf(s)
	if err != nil {
		return VerbPattern{}, false, err
	}
	if !found {
		return VerbPattern{}, false, fmt.Errorf("%w: pattern without [code]", ErrSyntax)
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 {
		return VerbPattern{}, false, fmt.Errorf("%w pattern", ErrEmpty)
	}
	for _, w := range ws {
		w = strings.Trim(w, "(){}")
		if strings.HasPrefix(w, "&") && len(w) > 1 {
			if _, def := synsets[w]; !def {
				return VerbPattern{}, false, nil
			}
		}
	}
	return VerbPattern{Words: ws, Code: code}, true, nil
}
