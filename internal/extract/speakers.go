package extract

// entity is a named speaker candidate found in the article.
type entity struct {
	name string
}

func (d *doc) scanEntities() []entity { return nil }
