package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/statekg/statekg/graph"
)

// writeResults prints query results: json as the cayley query command does
// (one document a line), table as aligned columns with a header, tsv as
// tab-separated columns with a header. Emitted values print as JSON in the
// table and tsv formats.
func writeResults(w io.Writer, format string, res []graph.Result) error {
	if format == "json" {
		// One document a line, exactly as the cayley query command
		// prints the same results.
		enc := json.NewEncoder(w)
		for _, r := range res {
			if err := enc.Encode(r.JSON()); err != nil {
				return err
			}
		}
		return nil
	}
	cols := columns(res)
	rows := make([][]string, 0, len(res))
	for _, r := range res {
		row := make([]string, len(cols))
		for i, k := range cols {
			if k == "value" && r.Tags == nil {
				b, err := json.Marshal(r.Value)
				if err != nil {
					return err
				}
				row[i] = string(b)
				continue
			}
			row[i] = graph.Text(r.Tags[k])
		}
		rows = append(rows, row)
	}
	if format == "tsv" {
		if len(cols) == 0 {
			return nil
		}
		var b strings.Builder
		b.WriteString(strings.Join(cols, "\t") + "\n")
		for _, row := range rows {
			for i, cell := range row {
				row[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(cell)
			}
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, row := range rows {
		for i, cell := range row {
			row[i] = strings.ReplaceAll(cell, "\n", " ")
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "(no results)")
	}
	return tw.Flush()
}

// columns returns the tag names used by any result, "id" first, or
// "value" for emitted values.
func columns(res []graph.Result) []string {
	seen := map[string]bool{}
	for _, r := range res {
		if r.Tags == nil {
			seen["value"] = true
		}
		for k := range r.Tags {
			seen[k] = true
		}
	}
	cols := make([]string, 0, len(seen))
	for k := range seen {
		if k != "id" {
			cols = append(cols, k)
		}
	}
	sort.Strings(cols)
	if seen["id"] {
		cols = append([]string{"id"}, cols...)
	}
	return cols
}
