package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/statekg/statekg/schema"
)

// Actor is an entity of one's own for the gazetteers: a name, its type, the
// other names it goes by, the canonical name of the state it belongs to (for
// officials their state, for organisations the state they are part of), and
// its Wikidata id.
type Actor struct {
	Name     string
	Type     schema.Type
	Aliases  []string
	State    string
	Wikidata string
}

// Errors a ParseError of ReadActors wraps, besides schema.ErrUnknown for a
// type not in the vocabulary; test for them with errors.Is.
var (
	ErrFieldCount = errors.New("wrong number of fields")
	ErrEmpty      = errors.New("empty")
	ErrWikidata   = errors.New("not a Wikidata id")
	ErrSyntax     = errors.New("malformed line")
)

// ParseError is the error of a malformed input, with its file and line.
type ParseError = schema.ParseError

// ReadActors reads actors from r; name is the file name errors report. Two
// formats are understood, told apart by content:
//
// The TSV format: one actor a line, "#" starts a comment line; fields are
//
//	name <TAB> type <TAB> aliases separated by | <TAB> state <TAB> wikidata
//
// where type is a schema type word (State, Official, Person, Organization,
// Incident, Topic) and the last three fields may be empty or left out.
//
// The PETRARCH/Phoenix actor dictionary format: an actor line such as
// "BARACK_OBAMA_" (underscores for spaces, an optional trailing underscore),
// followed by alias lines "+OBAMA" and role lines "[USAGOV 090120-170120]";
// "#" starts a comment anywhere on a line. An actor with a government role
// code (three letters of a state followed by GOV, MIL, ...) is an Official of
// the state whose alpha-3 code starts the code, one with only a three-letter
// code is a State; others are Persons.
func ReadActors(r io.Reader, name string) ([]Actor, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read actors %s: %w", name, err)
	}
	text := string(b)
	if looksPetrarch(text) {
		return readPetrarch(text, name)
	}
	var out []Actor
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("%w: want at least name and type, separated by a tab", ErrFieldCount)}
		}
		a := Actor{Name: strings.TrimSpace(f[0])}
		if a.Name == "" {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("%w name", ErrEmpty)}
		}
		t, err := schema.ParseType(strings.TrimSpace(f[1]))
		if err != nil {
			return nil, &ParseError{File: name, Line: n, Err: err}
		}
		a.Type = t
		a.Aliases = splitBar(field(f, 2))
		a.State = field(f, 3)
		a.Wikidata = field(f, 4)
		if a.Wikidata != "" && !validQID(a.Wikidata) {
			return nil, &ParseError{File: name, Line: n, Err: fmt.Errorf("%w: %q is not Q followed by digits", ErrWikidata, a.Wikidata)}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read actors %s: %w", name, err)
	}
	return out, nil
}

func validQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// looksPetrarch reports whether the first meaningful lines look like a
// PETRARCH dictionary: no tabs, upper-case words joined by underscores, "+"
// alias lines or "[" role lines.
func looksPetrarch(text string) bool {
	seen := 0
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.Contains(line, "\t") {
			return false
		}
		if strings.HasPrefix(line, "+") || strings.HasPrefix(line, "[") {
			return true
		}
		if strings.Contains(line, "_") && line == strings.ToUpper(line) {
			seen++
			if seen >= 1 {
				return true
			}
		}
		return false
	}
	return false
}

func petrarchName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "#"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = strings.Trim(s, "_")
	words := strings.Fields(strings.ReplaceAll(s, "_", " "))
	for i, w := range words {
		if len(w) > 3 || strings.ContainsAny(w, "aeiouAEIOU") && len(w) > 2 {
			words[i] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return strings.Join(words, " ")
}

func readPetrarch(text, name string) ([]Actor, error) {
	var out []Actor
	cur := -1
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(strings.TrimRight(line, "\r"))
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		switch line[0] {
		case '+':
			if cur < 0 {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: alias line before any actor", ErrSyntax)}
			}
			if a := petrarchName(line[1:]); a != "" {
				out[cur].Aliases = append(out[cur].Aliases, a)
			}
		case '[':
			if cur < 0 {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: role line before any actor", ErrSyntax)}
			}
			end := strings.IndexByte(line, ']')
			if end < 0 {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: role line without ]", ErrSyntax)}
			}
			code := strings.Fields(line[1:end])
			if len(code) == 0 {
				continue
			}
			c := strings.ToUpper(code[0])
			switch {
			case len(c) == 3:
				out[cur].Type = schema.State
			case len(c) >= 6:
				out[cur].State = c[:3]
				if out[cur].Type != schema.State {
					out[cur].Type = schema.Official
				}
			}
		default:
			// an actor line may carry its role on the same line
			head := line
			role := ""
			if i := strings.IndexByte(line, '['); i >= 0 {
				head, role = strings.TrimSpace(line[:i]), line[i:]
			}
			nm := petrarchName(head)
			if nm == "" {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w actor name", ErrEmpty)}
			}
			out = append(out, Actor{Name: nm, Type: schema.Person})
			cur = len(out) - 1
			if role != "" {
				if end := strings.IndexByte(role, ']'); end > 0 {
					if code := strings.Fields(role[1:end]); len(code) > 0 {
						c := strings.ToUpper(code[0])
						if len(c) == 3 {
							out[cur].Type = schema.State
						} else if len(c) >= 6 {
							out[cur].Type, out[cur].State = schema.Official, c[:3]
						}
					}
				}
			}
		}
	}
	return out, nil
}
