"""Entity mentions: people, organisations and places, with their roles and acronyms."""
