package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/graph"
)

// The --format of the commands that print a report (stats, articles, the
// build summary, ...): text for people, json for scripts.
const (
	formatText = "text"
	formatJSON = "json"
)

// formatFlag is the --format flag of a command printing a report.
func formatFlag() *cli.StringFlag {
	return &cli.StringFlag{Name: "format", Value: formatText, Usage: "output `FORMAT`: text or json"}
}

// reportFormat returns the command's --format, text or json, or a usage
// error.
func reportFormat(c *cli.Context) (string, error) {
	switch f := c.String("format"); f {
	case formatText, formatJSON:
		return f, nil
	default:
		return "", usageError(c, "%s: unknown format %q (text or json)", c.Command.Name, f)
	}
}

// checkReportFormat is the Before of a command with formatFlag: a bad
// --format is a usage error before anything is opened.
func checkReportFormat(c *cli.Context) error {
	_, err := reportFormat(c)
	return err
}

// writeReport writes v as one indented JSON document when the command's
// --format is json, and calls text otherwise.
func writeReport(c *cli.Context, v any, text func(io.Writer) error) error {
	f, err := reportFormat(c)
	if err != nil {
		return err
	}
	if f == formatJSON {
		return writeJSON(c.App.Writer, v)
	}
	return text(c.App.Writer)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// The formats of query results.
var queryFormats = []string{"json", "table", "tsv", "csv"}

// writeResults prints query results: json as the cayley query command does
// (one document a line); table, tsv and csv as columns with a header, one
// row a result. The columns are the tags of the paths ("id" first), or the
// keys of emitted objects in the order the query set them; other emitted
// values are one column, "value". Arrays are joined with "; ", objects
// inside a result print as JSON.
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
			switch obj := r.Value.(type) {
			case nil:
				row[i] = graph.Text(r.Tags[k])
			case map[string]any:
				if v, ok := obj[k]; ok {
					row[i] = cell(v)
				}
			default:
				if k == "value" {
					row[i] = cell(obj)
				}
			}
		}
		rows = append(rows, row)
	}
	switch format {
	case "csv":
		if len(cols) == 0 {
			return nil
		}
		cw := csv.NewWriter(w)
		cw.Write(cols)
		cw.WriteAll(rows)
		return cw.Error()
	case "tsv":
		if len(cols) == 0 {
			return nil
		}
		clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
		var b strings.Builder
		b.WriteString(strings.Join(cols, "\t") + "\n")
		for _, row := range rows {
			for i, c := range row {
				row[i] = clean.Replace(c)
			}
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(cols) > 0 {
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	}
	for _, row := range rows {
		for i, c := range row {
			row[i] = clean.Replace(c)
		}
		fmt.Fprintln(tw, strings.Join(row, "\t"))
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "(no results)")
	}
	return tw.Flush()
}

// cell renders an emitted value as the text of one cell: strings as they
// are, numbers in their shortest form, arrays joined with "; ", objects as
// JSON.
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case bool:
		return strconv.FormatBool(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = cell(e)
		}
		return strings.Join(parts, "; ")
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// columns returns the columns of results: the keys of emitted objects in
// the order the query set them, new keys of later objects after those
// seen; then, for emitted values that are not objects, "value"; then the
// tags of paths, "id" first and the others sorted (a path's tags have no
// order of their own).
func columns(res []graph.Result) []string {
	var cols []string
	seen := map[string]bool{}
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			cols = append(cols, k)
		}
	}
	var tags []string
	hasID, hasValue := false, false
	for _, r := range res {
		switch obj := r.Value.(type) {
		case nil:
			for k := range r.Tags {
				if k == "id" {
					hasID = true
				} else if !slices.Contains(tags, k) {
					tags = append(tags, k)
				}
			}
		case map[string]any:
			order := r.Order
			if len(order) != len(obj) {
				order = make([]string, 0, len(obj))
				for k := range obj {
					order = append(order, k)
				}
				sort.Strings(order)
			}
			for _, k := range order {
				add(k)
			}
		default:
			hasValue = true
		}
	}
	if hasValue {
		add("value")
	}
	if hasID {
		add("id")
	}
	sort.Strings(tags)
	for _, k := range tags {
		add(k)
	}
	return cols
}
