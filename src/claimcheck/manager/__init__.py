"""The plugin manager: loading the core's and third parties' plugins and calling their hooks."""
