package schema

import (
	"errors"
	"testing"
)

func TestParseError(t *testing.T) {
	bad := errors.New("bad")
	for _, c := range []struct {
		e    ParseError
		want string
	}{
		{ParseError{File: "a.txt", Line: 3, Err: bad}, "a.txt:3: bad"},
		{ParseError{File: "a.txt", Err: bad}, "a.txt: bad"},
		{ParseError{Line: 3, Err: bad}, "line 3: bad"},
		{ParseError{Err: bad}, "bad"},
	} {
		if got := c.e.Error(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.e, got, c.want)
		}
		if !errors.Is(&c.e, bad) {
			t.Errorf("%+v does not wrap its error", c.e)
		}
	}
}
