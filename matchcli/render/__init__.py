"""Terminal views of records (rich). Imported only by the CLI, lazily."""
