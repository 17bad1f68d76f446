package extract

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

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
	ErrFieldCount = schema.ErrFieldCount
	ErrEmpty      = schema.ErrEmpty
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
// roles may also follow the name on its line, and "#" starts a comment
// anywhere on a line. The Phoenix dictionaries (countries with their office
// holders, international organisations, non-state groups) read as they
// are. A role that is a known state's code alone makes a State. Otherwise
// the actor's current role (the one that lasts, or else the one that ended
// last) decides: its code's state (USA in USAGOV) and its role
// (lexicon/phoenix-roles.tsv: GOV, MIL... make an Official of that state;
// IGO, REB... an Organization). An actor with dated roles is a person. A
// role of a state the extractor does not know gives no state, and an
// official without one is a Person. A PETRARCH agents dictionary
// ("FARMER [~AGR]", "!PERSON! = ...") is another format and is refused.
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

// looksPetrarch reports whether the first meaningful line looks like a
// PETRARCH dictionary line: no tabs, and a "+" alias line, a "[" role
// line or an upper-case name (words joined by underscores, a role code in
// brackets and a "#" comment may follow).
func looksPetrarch(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "\t") && strings.TrimSpace(line) != "" && !strings.HasPrefix(strings.TrimSpace(line), "#") {
			return false
		}
		line = strings.TrimSpace(stripComment(line))
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "+") || strings.HasPrefix(line, "[") || strings.HasPrefix(line, "!") {
			return true
		}
		head := line
		if i := strings.IndexByte(line, '['); i >= 0 {
			head = strings.TrimSpace(line[:i])
		}
		return head != "" && head == strings.ToUpper(head) && (strings.Contains(head, "_") || strings.Contains(line, "["))
	}
	return false
}

// stripComment returns line up to its "#" comment.
func stripComment(line string) string {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		return line[:i]
	}
	return line
}

func petrarchName(s string, particles map[string]bool) string {
	s = strings.Trim(strings.TrimSpace(stripComment(s)), "_")
	words := strings.Fields(strings.ReplaceAll(s, "_", " "))
	for i, w := range words {
		switch {
		case i > 0 && particles[strings.ToLower(w)]:
			words[i] = strings.ToLower(w)
		case len(w) > 3 || strings.ContainsAny(w, "aeiouAEIOU") && len(w) > 2:
			words[i] = w[:1] + strings.ToLower(w[1:])
		}
	}
	return strings.Join(words, " ")
}

// petrarchRole is one role code of an actor, with the end of its dates.
type petrarchRole struct {
	code  string
	dated bool
	end   string // yyyymmdd the role ended; "" while it lasts
}

// parseRole reads the inside of "[CODE DATES]": DATES is empty, ">START",
// "<END" or "START-END", each date yymmdd or yyyymmdd.
func parseRole(s string) (petrarchRole, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return petrarchRole{}, false
	}
	r := petrarchRole{code: strings.ToUpper(f[0])}
	if len(f) > 1 {
		r.dated = true
		d := f[1]
		switch {
		case strings.HasPrefix(d, "<"):
			r.end = fullDate(d[1:])
		case strings.HasPrefix(d, ">"):
		case strings.Contains(d, "-"):
			r.end = fullDate(d[strings.LastIndexByte(d, '-')+1:])
		}
	}
	return r, true
}

// fullDate turns a yymmdd date into yyyymmdd (years after 50 are 19yy).
func fullDate(d string) string {
	if len(d) == 6 {
		if d[:2] > "50" {
			return "19" + d
		}
		return "20" + d
	}
	return d
}

// current returns the role that lasts, or else the one that ended last.
func current(roles []petrarchRole) petrarchRole {
	best := roles[0]
	for _, r := range roles[1:] {
		if best.end != "" && (r.end == "" || r.end > best.end) {
			best = r
		}
	}
	return best
}

// phoenixRoles maps role codes to types (lexicon/phoenix-roles.tsv).
var phoenixRoles = sync.OnceValues(func() (map[string]schema.Type, error) {
	m := map[string]schema.Type{}
	err := readTSV("phoenix-roles.tsv", func(_ int, f []string) error {
		t, err := schema.ParseType(field(f, 1))
		if err != nil {
			return err
		}
		m[field(f, 0)] = t
		return nil
	})
	return m, err
})

// nameParticles is the set of words written in lower case inside a name
// (the particle class of lexicon/words.tsv).
var nameParticles = sync.OnceValues(func() (map[string]bool, error) {
	m := map[string]bool{}
	err := readTSV("words.tsv", func(_ int, f []string) error {
		if field(f, 0) == "particle" {
			for _, w := range strings.Split(field(f, 1), "|") {
				m[w] = true
			}
		}
		return nil
	})
	return m, err
})

// knownStates is the set of alpha-3 codes of the states the extractor
// knows (lexicon/states.tsv).
var knownStates = sync.OnceValues(func() (map[string]bool, error) {
	m := map[string]bool{}
	err := readTSV("states.tsv", func(_ int, f []string) error {
		m[field(f, 0)] = true
		return nil
	})
	return m, err
})

// typeActor sets a's type and state from its roles: a role that is only
// a known state's code makes a State; otherwise the current role's code,
// after its state's code, is looked up in lexicon/phoenix-roles.tsv. Only
// an Official keeps the state: a group coded with a country (rebels,
// opposition, firms) is based there, not part of it.
func typeActor(a *Actor, roles []petrarchRole) error {
	if len(roles) == 0 {
		return nil
	}
	types, err := phoenixRoles()
	if err != nil {
		return err
	}
	states, err := knownStates()
	if err != nil {
		return err
	}
	dated := false
	for _, r := range roles {
		dated = dated || r.dated
		if len(r.code) == 3 && states[r.code] && !r.dated {
			a.Type = schema.State
			return nil
		}
	}
	code, state := current(roles).code, ""
	if len(code) >= 3 && states[code[:3]] {
		code, state = code[3:], code[:3]
	}
	// the first listed role among the code's three-letter parts: regions
	// ("MEAREB": Middle East, rebels) and sectors ("IGOUNO") come first
	t := schema.Person
	for i := 0; i+3 <= len(code); i += 3 {
		if rt, ok := types[code[i:i+3]]; ok {
			t = rt
			break
		}
	}
	switch {
	case t == schema.Official && state == "", t == schema.Organization && dated:
		t = schema.Person
	}
	a.Type = t
	if t == schema.Official {
		a.State = state
	}
	return nil
}

func readPetrarch(text, name string) ([]Actor, error) {
	particles, err := nameParticles()
	if err != nil {
		return nil, err
	}
	var out []Actor
	var roles []petrarchRole
	flush := func(line int) error {
		if len(out) == 0 {
			return nil
		}
		if err := typeActor(&out[len(out)-1], roles); err != nil {
			return &ParseError{File: name, Line: line, Err: err}
		}
		roles = roles[:0]
		return nil
	}
	addRoles := func(s string, n int) error {
		for s != "" {
			i := strings.IndexByte(s, '[')
			if i < 0 {
				return nil
			}
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				return &ParseError{File: name, Line: n, Err: fmt.Errorf("%w: role without ]", ErrSyntax)}
			}
			if r, ok := parseRole(s[i+1 : i+end]); ok {
				roles = append(roles, r)
			}
			s = s[i+end+1:]
		}
		return nil
	}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(stripComment(strings.TrimRight(line, "\r")))
		if line == "" {
			continue
		}
		switch line[0] {
		case '+':
			if len(out) == 0 {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: alias line before any actor", ErrSyntax)}
			}
			head := line[1:]
			if i := strings.IndexByte(head, '['); i >= 0 {
				head = head[:i]
			}
			if a := petrarchName(head, particles); a != "" {
				out[len(out)-1].Aliases = append(out[len(out)-1].Aliases, a)
			}
		case '[':
			if len(out) == 0 {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: role line before any actor", ErrSyntax)}
			}
			if err := addRoles(line, n+1); err != nil {
				return nil, err
			}
		default:
			if err := flush(n + 1); err != nil {
				return nil, err
			}
			// an actor line may carry its roles on the same line
			head, rest := line, ""
			if i := strings.IndexByte(line, '['); i >= 0 {
				head, rest = strings.TrimSpace(line[:i]), line[i:]
			}
			nm := petrarchName(head, particles)
			if nm == "" {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w actor name", ErrEmpty)}
			}
			if strings.HasPrefix(line, "!") || strings.HasPrefix(rest, "[~") || strings.HasSuffix(strings.TrimSuffix(rest, "]"), "~") {
				return nil, &ParseError{File: name, Line: n + 1, Err: fmt.Errorf("%w: a substitution set or agent code: this is a PETRARCH agents dictionary, not an actor dictionary", ErrSyntax)}
			}
			out = append(out, Actor{Name: nm, Type: schema.Person})
			if err := addRoles(rest, n+1); err != nil {
				return nil, err
			}
		}
	}
	if err := flush(strings.Count(text, "\n") + 1); err != nil {
		return nil, err
	}
	return out, nil
}
