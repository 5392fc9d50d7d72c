"""The municipality list (search, filters) and the detail view of one municipality."""
