// Package report renders what whosaid's reports return as an aligned
// terminal table, CSV, JSON or Markdown.
package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Formats lists the output formats every report accepts.
var Formats = []string{"table", "csv", "json", "markdown"}

// Table is a report's rows as text, with the typed rows kept for JSON.
type Table struct {
	Headers []string
	Rows    [][]string
	// Wrap is the column (or -1) that gives way first when the table is wider
	// than the terminal: its cells are cut with an ellipsis.
	Wrap int
	// Data is what the JSON format prints (typed rows, not strings).
	Data any
}

// Write renders t in format. width is the terminal's width for the table
// format; 0 means no limit.
func Write(w io.Writer, format string, t Table, width int) error {
	switch format {
	case "", "table":
		return writeAligned(w, t, width)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.Headers); err != nil {
			return err
		}
		if err := cw.WriteAll(t.Rows); err != nil {
			return err
		}
		return cw.Error()
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		data := t.Data
		if data == nil {
			data = []any{}
		}
		return enc.Encode(data)
	case "markdown":
		return writeMarkdown(w, t)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

func writeAligned(w io.Writer, t Table, width int) error {
	widths := make([]int, len(t.Headers))
	for i, h := range t.Headers {
		widths[i] = utf8.RuneCountInString(h)
	}
	for _, r := range t.Rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	if width > 0 && t.Wrap >= 0 && t.Wrap < len(widths) {
		total := 2 * (len(widths) - 1)
		for _, n := range widths {
			total += n
		}
		if over := total - width; over > 0 {
			widths[t.Wrap] = max(widths[t.Wrap]-over, 12)
		}
	}
	line := func(cells []string) error {
		var b strings.Builder
		for i, c := range cells {
			c = Cut(c, widths[i])
			b.WriteString(c)
			if i < len(cells)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c)+2))
			}
		}
		_, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		return err
	}
	if err := line(t.Headers); err != nil {
		return err
	}
	for _, r := range t.Rows {
		if err := line(r); err != nil {
			return err
		}
	}
	return nil
}

func writeMarkdown(w io.Writer, t Table) error {
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.ReplaceAll(s, "\n", " ")
	}
	row := func(cells []string) string {
		out := make([]string, len(cells))
		for i, c := range cells {
			out[i] = esc(c)
		}
		return "| " + strings.Join(out, " | ") + " |"
	}
	sep := make([]string, len(t.Headers))
	for i := range sep {
		sep[i] = "---"
	}
	lines := []string{row(t.Headers), "|" + strings.Join(sep, "|") + "|"}
	for _, r := range t.Rows {
		lines = append(lines, row(r))
	}
	_, err := fmt.Fprintln(w, strings.Join(lines, "\n"))
	return err
}

// Cut shortens s to at most n runes, ending with an ellipsis when cut, and
// folds line breaks so one cell stays on one line.
func Cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
