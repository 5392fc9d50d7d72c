"""Plain domain types and rules: enums, value objects, validation. No I/O."""
