package graph

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/statekg/statekg/schema"
)

// XML Schema datatypes Cayley's native values are written with.
const (
	xsdDouble   quad.IRI = schema.XSDNS + "double"
	xsdBoolean  quad.IRI = schema.XSDNS + "boolean"
	xsdDateTime quad.IRI = schema.XSDNS + "dateTime"
)

// checkQuad reports why q cannot be written as RDF 1.1 N-Quads, or nil.
func checkQuad(q quad.Quad) error {
	switch v := q.Subject.(type) {
	case quad.IRI, quad.BNode:
		if err := checkValue(v); err != nil {
			return fmt.Errorf("subject: %w", err)
		}
	case nil:
		return errors.New("no subject")
	default:
		return fmt.Errorf("subject %s is a literal", v)
	}
	switch v := q.Predicate.(type) {
	case quad.IRI:
		if err := checkValue(v); err != nil {
			return fmt.Errorf("predicate: %w", err)
		}
	case nil:
		return errors.New("no predicate")
	default:
		return fmt.Errorf("predicate %s is not an IRI", v)
	}
	if q.Object == nil {
		return errors.New("no object")
	}
	if err := checkValue(q.Object); err != nil {
		return fmt.Errorf("object: %w", err)
	}
	switch v := q.Label.(type) {
	case nil:
	case quad.IRI, quad.BNode:
		if err := checkValue(v); err != nil {
			return fmt.Errorf("label: %w", err)
		}
	default:
		return fmt.Errorf("label %s is a literal", v)
	}
	return nil
}

func checkValue(v quad.Value) error {
	switch v := v.(type) {
	case quad.IRI:
		return checkIRI(string(v))
	case quad.BNode:
		if v == "" {
			return errors.New("empty blank node label")
		}
		for _, r := range string(v) {
			if !(r == '_' || r == '-' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80) {
				return fmt.Errorf("blank node label %q has %q", string(v), r)
			}
		}
		if strings.HasSuffix(string(v), ".") {
			return fmt.Errorf("blank node label %q ends in '.'", string(v))
		}
	case quad.String:
		if !utf8.ValidString(string(v)) {
			return fmt.Errorf("literal %q is not UTF-8", string(v))
		}
	case quad.LangString:
		if !utf8.ValidString(string(v.Value)) {
			return fmt.Errorf("literal %q is not UTF-8", string(v.Value))
		}
		if !validLang(v.Lang) {
			return fmt.Errorf("bad language tag %q", v.Lang)
		}
	case quad.TypedString:
		if !utf8.ValidString(string(v.Value)) {
			return fmt.Errorf("literal %q is not UTF-8", string(v.Value))
		}
		if err := checkIRI(string(v.Type)); err != nil {
			return fmt.Errorf("datatype: %w", err)
		}
	case quad.Int, quad.Float, quad.Bool, quad.Time:
	default:
		return fmt.Errorf("unsupported value %T", v)
	}
	return nil
}

// iriBad marks the ASCII characters N-Quads forbids in an IRI.
var iriBad = func() (t [128]bool) {
	for c := 0; c <= 0x20; c++ {
		t[c] = true
	}
	for _, c := range "<>\"{}|^`\\" {
		t[c] = true
	}
	return t
}()

// checkIRI accepts an absolute IRI with none of the characters N-Quads
// forbids between < and >.
func checkIRI(s string) error {
	// The fast path: ASCII IRIs with a valid scheme, most of them.
	colon := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || iriBad[c] {
			return checkIRISlow(s)
		}
		if c == ':' && colon < 0 {
			colon = i
		}
	}
	if colon <= 0 {
		return checkIRISlow(s)
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return checkIRISlow(s)
		}
	}
	return nil
}

// checkIRISlow is checkIRI for any string, with the reason of a rejection.
func checkIRISlow(s string) error {
	if s == "" {
		return errors.New("empty IRI")
	}
	if !utf8.ValidString(s) {
		return fmt.Errorf("IRI %q is not UTF-8", s)
	}
	if i := strings.IndexFunc(s, func(r rune) bool {
		return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
	}); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("IRI %q has %q", s, r)
	}
	colon := strings.IndexByte(s, ':')
	if colon <= 0 {
		return fmt.Errorf("IRI %q is not absolute", s)
	}
	for i, r := range s[:colon] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return fmt.Errorf("IRI %q has no valid scheme", s)
		}
	}
	return nil
}

// validLang reports whether s is a BCP 47 language tag as N-Quads writes
// them: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLang(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
				return false
			}
		}
	}
	return true
}

// normalize returns q with Cayley's native values (quad.Int, Float, Bool,
// Time) turned into literals typed with full XML Schema IRIs, the form Load
// writes numbers in.
func normalize(q quad.Quad) quad.Quad {
	q.Subject = normalValue(q.Subject)
	q.Object = normalValue(q.Object)
	return q
}

func normalValue(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Int:
		return schema.Integer(int(v))
	case quad.Float:
		return quad.TypedString{Value: quad.String(v.TypedString().Value), Type: xsdDouble}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(v.TypedString().Value), Type: xsdBoolean}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(v).UTC().Format(time.RFC3339Nano)), Type: xsdDateTime}
	}
	return v
}
