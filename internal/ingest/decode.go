package ingest

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode turns file bytes into UTF-8 text and names the charset it came
// from. UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are
// taken as they say; anything else that is not valid UTF-8 is read as
// Windows-1252, the superset of Latin-1 that old news archives use. Bytes
// that no text file holds (NUL, most C0 controls) mean a binary file.
func decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", "", err
		}
		return string(out), "utf-16", nil
	}
	if looksBinary(data) {
		return "", "", ErrBinary
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", err
	}
	return string(out), "windows-1252", nil
}

// looksBinary reports whether the first few kilobytes hold a NUL byte or
// more than a few control characters other than tab, newline and CR.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			controls++
		}
	}
	return controls > len(head)/100+2
}
