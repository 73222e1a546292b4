package store

import (
	"context"
	"database/sql"
	"fmt"
	"io"

	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/whosaid/whosaid/migrations"
)

// provider builds a goose provider over the embedded migrations. A session
// lock makes two whosaid processes starting at once migrate one after the other.
func (s *Store) provider() (*goose.Provider, *sql.DB, error) {
	sqlDB := stdlib.OpenDBFromPool(s.pool)
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, nil, err
	}
	p, err := goose.NewProvider(goose.DialectPostgres, sqlDB, migrations.FS,
		goose.WithSessionLocker(locker), goose.WithDisableGlobalRegistry(true))
	if err != nil {
		sqlDB.Close()
		return nil, nil, fmt.Errorf("load migrations: %w", err)
	}
	return p, sqlDB, nil
}

// Migrate brings the schema up to date, and builds again any index that an
// interrupted or killed `import --bulk` left dropped (RebuildDroppedIndexes).
func (s *Store) Migrate(ctx context.Context) error {
	p, sqlDB, err := s.provider()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrate up: %w", err)
	}
	if _, err := s.RebuildDroppedIndexes(ctx); err != nil {
		return fmt.Errorf("repair after a bulk import: %w", err)
	}
	return nil
}

// MigrateDown rolls back the newest migration.
func (s *Store) MigrateDown(ctx context.Context) error {
	p, sqlDB, err := s.provider()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	if _, err := p.Down(ctx); err != nil {
		return fmt.Errorf("migrate down: %w", err)
	}
	return nil
}

// MigrateReset rolls back every migration: an empty schema. Tests use it to
// prove each Down undoes its Up.
func (s *Store) MigrateReset(ctx context.Context) error {
	p, sqlDB, err := s.provider()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	if _, err := p.DownTo(ctx, 0); err != nil {
		return fmt.Errorf("migrate down to 0: %w", err)
	}
	return nil
}

// MigrateStatus writes one line per migration: applied or pending.
func (s *Store) MigrateStatus(ctx context.Context, w io.Writer) error {
	p, sqlDB, err := s.provider()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	st, err := p.Status(ctx)
	if err != nil {
		return fmt.Errorf("migration status: %w", err)
	}
	for _, m := range st {
		when := "pending"
		if m.State == goose.StateApplied {
			when = "applied " + m.AppliedAt.Local().Format("2006-01-02 15:04:05")
		}
		fmt.Fprintf(w, "%05d  %-28s  %s\n", m.Source.Version, when, m.Source.Path)
	}
	return nil
}
