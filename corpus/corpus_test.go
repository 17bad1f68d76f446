package corpus_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statekg/statekg/corpus"
	"github.com/statekg/statekg/schema"
)

// write creates the files of a map (relative path → content) under dir.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadFileErrors(t *testing.T) {
	long := `{"text":"` + strings.Repeat("a", corpus.MaxArticleBytes) + `"}`
	tests := []struct {
		name    string
		file    string
		content string
		want    error // sentinel
		line    int   // 0: the file as a whole
		good    int   // articles still read from the file
	}{
		{"empty txt", "empty.txt", "", corpus.ErrEmpty, 0, 0},
		{"whitespace txt", "blank.txt", " \n\t\r\n  ", corpus.ErrEmpty, 0, 0},
		{"only a BOM", "bom.txt", "\ufeff\n", corpus.ErrEmpty, 0, 0},
		{"NUL byte", "bin.txt", "PNG\x00\x01\x02", corpus.ErrNotUTF8, 0, 0},
		{"Latin-1", "latin1.txt", "Caf\xe9 attack\n\nbody", corpus.ErrNotUTF8, 0, 0},
		{"empty jsonl", "empty.jsonl", "", corpus.ErrEmpty, 0, 0},
		{"blank lines only", "blank.jsonl", "\n  \n\r\n", corpus.ErrEmpty, 0, 0},
		{"binary jsonl", "bin.jsonl", "\x00\x01{}\n", corpus.ErrNotUTF8, 0, 0},
		{"broken JSON", "broken.jsonl", `{"text":"a"}` + "\n" + `{"text": "b"` + "\n" + `{"text":"c"}`, corpus.ErrSyntax, 2, 2},
		{"not an object", "array.jsonl", "[1,2]\n", corpus.ErrSyntax, 1, 0},
		{"two objects on a line", "two.jsonl", `{"text":"a"} {"text":"b"}`, corpus.ErrSyntax, 1, 0},
		{"text of the wrong type", "type.jsonl", `{"text": 5}`, corpus.ErrSyntax, 1, 0},
		{"id of the wrong type", "idtype.jsonl", `{"id": [1], "text": "x"}`, corpus.ErrSyntax, 1, 0},
		{"no text", "notext.jsonl", "\n" + `{"id":"a","title":"Only a title"}`, corpus.ErrNoText, 2, 0},
		{"blank text", "blanktext.jsonl", `{"text":" \n "}`, corpus.ErrNoText, 1, 0},
		{"invalid UTF-8 on a line", "utf8.jsonl", `{"text":"a"}` + "\n\n" + "{\"text\":\"caf\xe9\"}\n", corpus.ErrNotUTF8, 3, 1},
		{"NUL escaped in text", "nul.jsonl", `{"text":"a\u0000b"}`, corpus.ErrNotUTF8, 1, 0},
		{"line too long", "long.jsonl", `{"text":"a"}` + "\n" + long + "\n" + `{"text":"c"}` + "\n", corpus.ErrTooLarge, 2, 2},
		{"not an article file", "notes.md", "# Notes", corpus.ErrFileType, 0, 0},
		{"gold file", "a.gold.tsv", "E\tState\tX\tX", corpus.ErrFileType, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, map[string]string{tt.file: tt.content})
			path := filepath.Join(dir, tt.file)
			arts, err := corpus.ReadFile(path)
			checkParseError(t, err, path, tt.line, tt.want)
			if len(arts) != tt.good {
				t.Errorf("%d articles read, want %d", len(arts), tt.good)
			}
		})
	}
}

func checkParseError(t *testing.T, err error, path string, line int, want error) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("error %v, want %v", err, want)
	}
	var pe *corpus.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("error %T is not a *ParseError", err)
	}
	if pe.File != path || pe.Line != line {
		t.Errorf("error at %s:%d, want %s:%d", pe.File, pe.Line, path, line)
	}
	prefix := path + ": "
	if line > 0 {
		prefix = fmt.Sprintf("%s:%d: ", path, line)
	}
	msg := pe.Error()
	if !strings.HasPrefix(msg, prefix) {
		t.Errorf("message %q does not start with %q", msg, prefix)
	}
	if want != fs.ErrNotExist && !strings.Contains(msg, want.Error()) {
		t.Errorf("message %q does not say %q", msg, want)
	}
}

func TestReadFileProblems(t *testing.T) {
	dir := t.TempDir()
	t.Run("too large txt", func(t *testing.T) {
		path := filepath.Join(dir, "big.txt")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		// a sparse file: its size is checked before anything is read
		if err := f.Truncate(corpus.MaxArticleBytes + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, err = corpus.ReadFile(path)
		checkParseError(t, err, path, 0, corpus.ErrTooLarge)
	})
	t.Run("missing file", func(t *testing.T) {
		path := filepath.Join(dir, "missing.txt")
		_, err := corpus.ReadFile(path)
		checkParseError(t, err, path, 0, fs.ErrNotExist)
		if strings.Count(err.Error(), path) != 1 {
			t.Errorf("path repeated in %q", err)
		}
	})
	t.Run("folder", func(t *testing.T) {
		path := filepath.Join(dir, "sub.txt")
		os.Mkdir(path, 0o755)
		_, err := corpus.ReadFile(path)
		checkParseError(t, err, path, 0, corpus.ErrDirectory)
	})
	t.Run("exactly the limit", func(t *testing.T) {
		path := filepath.Join(dir, "limit.txt")
		text := "Headline\n\n" + strings.Repeat("x", corpus.MaxArticleBytes-len("Headline\n\n"))
		write(t, dir, map[string]string{"limit.txt": text})
		arts, err := corpus.ReadFile(path)
		if err != nil || len(arts) != 1 || len(arts[0].Text) != corpus.MaxArticleBytes {
			t.Errorf("a file of MaxArticleBytes: %d articles, %v", len(arts), err)
		}
	})
	t.Run("several bad lines", func(t *testing.T) {
		path := filepath.Join(dir, "bad.jsonl")
		write(t, dir, map[string]string{"bad.jsonl": "x\n" + `{"text":"ok"}` + "\n{}\n"})
		arts, err := corpus.ReadFile(path)
		if len(arts) != 1 || arts[0].Source != path+":2" {
			t.Errorf("good line not read: %+v", arts)
		}
		checkParseError(t, err, path, 1, corpus.ErrSyntax)
		if !errors.Is(err, corpus.ErrNoText) || !strings.Contains(err.Error(), path+":3: ") {
			t.Errorf("second bad line not reported: %v", err)
		}
	})
}

func TestTxt(t *testing.T) {
	tests := []struct {
		name, content, title string
	}{
		{"headline and body", "Sony hack blamed on North Korea\n\nThe FBI said on Friday...\n", "Sony hack blamed on North Korea"},
		{"blank lines and spaces first", "\n\n   US blames Russia  \r\nBody.\r\n", "US blames Russia"},
		{"byte order mark", "\ufeffWannaCry\n\nBody", "WannaCry"},
		{"one long line", "The FBI said on Friday that North Korea was behind the attack. " + strings.Repeat("More text. ", 300), ""},
		{"one line and blank lines", "\n  Just one paragraph.  \n\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, map[string]string{"a.txt": tt.content})
			path := filepath.Join(dir, "a.txt")
			arts, err := corpus.ReadFile(path)
			if err != nil || len(arts) != 1 {
				t.Fatalf("%d articles, %v", len(arts), err)
			}
			a := arts[0]
			wantText := strings.TrimPrefix(tt.content, "\ufeff")
			if a.Text != wantText {
				t.Errorf("text %q, want the whole file %q", a.Text, wantText)
			}
			if a.Title != tt.title {
				t.Errorf("title %q, want %q", a.Title, tt.title)
			}
			if a.ID != schema.ContentID(wantText) || a.Source != path || a.URL != "" || a.Date != "" {
				t.Errorf("article %+v", a)
			}
		})
	}
}

func TestTxtIDFollowsContent(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.txt": "Same\n\ntext", "b/c.txt": "Same\n\ntext", "d.txt": "Same\n\ntext!"})
	var ids []string
	if _, err := corpus.Walk(context.Background(), []string{dir}, func(a schema.Article) error {
		ids = append(ids, a.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 3 || ids[0] != ids[1] || ids[0] == ids[2] {
		t.Errorf("ids %v: the same text must give the same id, other text another", ids)
	}
}

func TestJSONL(t *testing.T) {
	lines := []string{
		`{"id":"reuters-1","url":" https://example.com/1 ","title":" FBI blames North Korea ","date":"2014-12-19","text":"The FBI said..."}`,
		``,
		`{"title":"UK blames Russia","text":"Britain said...","extra":{"ignored":true}}`,
		`{"id":42,"text":"No headline here."}`,
		`{"id":"  ","title":"Already there","text":"Already there\n\nThe body."}`,
		`{"text":"\ud83d\ude00 escaped\u00e9"}` + "\r",
	}
	dir := t.TempDir()
	write(t, dir, map[string]string{"n.jsonl": "\ufeff" + strings.Join(lines, "\n")})
	path := filepath.Join(dir, "n.jsonl")
	arts, err := corpus.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []schema.Article{
		{ID: "reuters-1", URL: "https://example.com/1", Title: "FBI blames North Korea", Date: "2014-12-19",
			Text: "FBI blames North Korea\n\nThe FBI said...", Source: path + ":1"},
		{ID: schema.ContentID("UK blames Russia\n\nBritain said..."), Title: "UK blames Russia",
			Text: "UK blames Russia\n\nBritain said...", Source: path + ":3"},
		{ID: "42", Text: "No headline here.", Source: path + ":4"},
		{ID: schema.ContentID("Already there\n\nThe body."), Title: "Already there", Text: "Already there\n\nThe body.", Source: path + ":5"},
		{ID: schema.ContentID("😀 escapedé"), Text: "😀 escapedé", Source: path + ":6"},
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles, want %d: %+v", len(arts), len(want), arts)
	}
	for i := range want {
		if arts[i] != want[i] {
			t.Errorf("article %d:\n got %+v\nwant %+v", i, arts[i], want[i])
		}
	}
}

// tree is a folder of articles and of files that are not read.
var tree = map[string]string{
	"b.txt":               "B\n\nbody",
	"a.txt":               "A\n\nbody",
	"a.gold.tsv":          "E\tState\tX\tX",
	"README.md":           "not an article",
	".hidden.txt":         "Hidden\n\nbody",
	".git/x.txt":          "Hidden folder\n\nbody",
	"sub/c.jsonl":         `{"id":"c1","text":"c1"}` + "\nnot json\n" + `{"id":"c3","text":"c3"}` + "\n",
	"sub/deeper/d.TXT":    "D\n\nbody",
	"sub/empty.txt":       "",
	"a/z.txt":             "Z\n\nbody", // folder a sorts before file a.txt
	"zz/nothing-here.csv": "1,2",
}

func walkAll(t *testing.T, ctx context.Context, paths ...string) (got []string, problems []error, err error) {
	t.Helper()
	problems, err = corpus.Walk(ctx, paths, func(a schema.Article) error {
		got = append(got, a.Source)
		return nil
	})
	return got, problems, err
}

func TestWalkFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, tree)
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	got, problems, err := walkAll(t, context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{rel("a/z.txt"), rel("a.txt"), rel("b.txt"), rel("sub/c.jsonl") + ":1", rel("sub/c.jsonl") + ":3", rel("sub/deeper/d.TXT")}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(problems) != 2 {
		t.Fatalf("problems %v, want the bad line and the empty file", problems)
	}
	checkParseError(t, problems[0], rel("sub/c.jsonl"), 2, corpus.ErrSyntax)
	checkParseError(t, problems[1], rel("sub/empty.txt"), 0, corpus.ErrEmpty)
}

func TestWalkPaths(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, tree)
	rel := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }
	// given order is kept; a file met twice is read once; a hidden file
	// named directly is read; a missing path does not stop the walk
	got, problems, err := walkAll(t, context.Background(),
		rel("b.txt"), rel("missing"), rel("sub/deeper"), rel(".hidden.txt"), rel("b.txt"), rel("README.md"), rel("a/"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{rel("b.txt"), rel("sub/deeper/d.TXT"), rel(".hidden.txt"), rel("a/z.txt")}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(problems) != 2 {
		t.Fatalf("problems %v", problems)
	}
	checkParseError(t, problems[0], rel("missing"), 0, fs.ErrNotExist)
	checkParseError(t, problems[1], rel("README.md"), 0, corpus.ErrFileType)
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, tree)
	stop := errors.New("stop")
	n := 0
	_, err := corpus.Walk(context.Background(), []string{dir}, func(schema.Article) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("after an error from fn: %d calls, %v", n, err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, _, err := walkAll(t, ctx, dir)
	if !errors.Is(err, context.Canceled) || len(got) != 0 {
		t.Errorf("cancelled context: read %v, error %v", got, err)
	}
}

func TestReaderRead(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{"x.jsonl": `{"text":"one"}` + "\n{\n" + `{"text":"two"}`})
	r := corpus.NewReader(dir)
	defer r.Close()
	ctx := context.Background()
	var texts []string
	var bad []error
	for {
		a, err := r.Read(ctx)
		if err == io.EOF {
			break
		}
		var pe *corpus.ParseError
		if errors.As(err, &pe) {
			bad = append(bad, err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, a.Text)
	}
	if strings.Join(texts, ",") != "one,two" || len(bad) != 1 {
		t.Errorf("texts %v, problems %v", texts, bad)
	}
	if _, err := r.Read(ctx); err != io.EOF {
		t.Errorf("Read after the end: %v, want io.EOF", err)
	}
}
