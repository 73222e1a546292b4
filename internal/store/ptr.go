package store

import "time"

// ptr maps the empty string to NULL.
func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptr32(n int) *int32 {
	v := int32(n)
	return &v
}

// ptrTime maps the zero time (unknown) to NULL.
func ptrTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
