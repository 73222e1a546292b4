// Package migrations embeds the goose SQL migrations so the whosaid binary
// can migrate its database by itself.
package migrations

import "embed"

// FS holds every *.sql migration, in goose's numbered order.
//
//go:embed *.sql
var FS embed.FS
