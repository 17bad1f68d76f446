package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/statekg/statekg/internal/newsgen"
)

type line struct {
	ID    string `json:"id"`
	URL   string `json:"url,omitempty"`
	Title string `json:"title,omitempty"`
	Date  string `json:"date,omitempty"`
	Text  string `json:"text"`
}

func main() {
	n := flag.Int("n", 10000, "articles to write")
	seed := flag.Int64("seed", 1, "newsgen seed")
	flag.Parse()
	if err := run(*n, *seed, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(n int, seed int64, dirs []string) error {
	g := newsgen.New(seed)
	var texts []string
	var names []string
	for _, d := range dirs {
		files, err := filepath.Glob(filepath.Join(d, "*.txt"))
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			texts = append(texts, string(b))
			names = append(names, filepath.Base(d)+"-"+strings.TrimSuffix(filepath.Base(f), ".txt"))
		}
	}
	if len(dirs) > 0 && len(texts) == 0 {
		return fmt.Errorf("no .txt articles in %s", strings.Join(dirs, ", "))
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		var l line
		if texts == nil {
			a := g.Article(i)
			l = line{ID: a.ID, URL: a.URL, Title: a.Title, Date: a.Date, Text: a.Text}
		} else {
			k := i % len(texts)
			text := g.Vary(texts[k], i)
			title, _, _ := strings.Cut(text, "\n")
			l = line{ID: "eval-" + names[k] + "-" + strconv.Itoa(i), Title: strings.TrimSpace(title), Text: text}
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return w.Flush()
}
