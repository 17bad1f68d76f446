package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/statekg/statekg/corpus"
)

// utf16LE encodes s as UTF-16 little-endian, with a byte order mark when
// bom is set.
func utf16LE(s string, bom bool) string {
	var b []byte
	if bom {
		b = append(b, 0xff, 0xfe)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// TestUTF16: UTF-16 text, with or without a byte order mark, is named as
// such, not taken for a binary file.
func TestUTF16(t *testing.T) {
	dir := t.TempDir()
	text := "Britain blamed Russia for the attack.\n\nThe ministry said so."
	files := map[string]string{
		"bom.txt":     utf16LE(text, true),
		"nobom.txt":   utf16LE(text, false),
		"bom.jsonl":   utf16LE(`{"text":"Britain blamed Russia."}`+"\n", true),
		"nobom.jsonl": utf16LE(`{"text":"Britain blamed Russia."}`+"\n", false),
	}
	write(t, dir, files)
	for name := range files {
		_, err := corpus.ReadFile(filepath.Join(dir, name))
		checkParseError(t, err, filepath.Join(dir, name), 0, corpus.ErrNotUTF8)
		if !strings.Contains(err.Error(), "UTF-16 text; convert it to UTF-8") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// a binary file is still one
	write(t, dir, map[string]string{"bin.txt": "PNG\x00\x01\x02\x03\x04\x05"})
	_, err := corpus.ReadFile(filepath.Join(dir, "bin.txt"))
	if err == nil || strings.Contains(err.Error(), "UTF-16") || !strings.Contains(err.Error(), "binary") {
		t.Errorf("binary file: %v", err)
	}
}

// TestDuplicateIDs: a second line with an id already read in the same
// file is reported with both line numbers and passed over; the same id in
// another file is not this file's concern.
func TestDuplicateIDs(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.jsonl": `{"id":"x1","text":"Britain blamed Russia."}` + "\n" +
			`{"id":"x2","text":"France blamed Iran."}` + "\n\n" +
			`{"id":"x1","text":"Another text under the same id."}` + "\n" +
			`{"text":"Spain blamed China."}` + "\n" +
			`{"text":"Spain blamed China."}` + "\n",
		"b.jsonl": `{"id":"x1","text":"Britain blamed Russia."}` + "\n",
	})
	a := filepath.Join(dir, "a.jsonl")
	got, problems, err := walkAll(t, context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{a + ":1", a + ":2", a + ":5", filepath.Join(dir, "b.jsonl") + ":1"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("read %v, want %v", got, want)
	}
	if len(problems) != 2 {
		t.Fatalf("problems %v, want 2", problems)
	}
	checkParseError(t, problems[0], a, 4, corpus.ErrDuplicateID)
	checkParseError(t, problems[1], a, 6, corpus.ErrDuplicateID)
	if want := `a.jsonl:4: duplicate id "x1": line 1 has it too`; !strings.HasSuffix(problems[0].Error(), want) {
		t.Errorf("message %q, want it to end in %q", problems[0], want)
	}
	if !strings.Contains(problems[1].Error(), "line 5 has it too") {
		t.Errorf("message %q", problems[1])
	}
}

// TestManyBadLines: a file of bad lines gives MaxLineErrors errors and one
// that counts the rest, whatever its length; good lines among them are
// all read.
func TestManyBadLines(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	const bad = 5000
	for i := 1; i <= bad; i++ {
		b.WriteString("{not json\n")
		if i%1000 == 0 {
			fmt.Fprintf(&b, `{"text":"Article %d blamed Russia."}`+"\n", i)
		}
	}
	write(t, dir, map[string]string{"bad.jsonl": b.String(), "next.jsonl": "[]\n"})
	got, problems, err := walkAll(t, context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != bad/1000 {
		t.Errorf("read %d articles, want %d", len(got), bad/1000)
	}
	if len(problems) != corpus.MaxLineErrors+2 {
		t.Fatalf("%d problems, want %d", len(problems), corpus.MaxLineErrors+2)
	}
	path := filepath.Join(dir, "bad.jsonl")
	for i := 0; i < corpus.MaxLineErrors; i++ {
		checkParseError(t, problems[i], path, i+1, corpus.ErrSyntax)
	}
	more := problems[corpus.MaxLineErrors]
	checkParseError(t, more, path, 0, corpus.ErrMoreErrors)
	if want := fmt.Sprintf("more bad lines: %d not reported after the first %d", bad-corpus.MaxLineErrors, corpus.MaxLineErrors); !strings.Contains(more.Error(), want) {
		t.Errorf("%v does not say %q", more, want)
	}
	// the count is per file
	checkParseError(t, problems[corpus.MaxLineErrors+1], filepath.Join(dir, "next.jsonl"), 1, corpus.ErrSyntax)

	// ReadFile: the same errors, joined
	arts, err := corpus.ReadFile(path)
	if len(arts) != bad/1000 || !errors.Is(err, corpus.ErrMoreErrors) {
		t.Errorf("ReadFile: %d articles, %v", len(arts), err)
	}
}
