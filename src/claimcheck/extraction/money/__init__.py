"""Money: which currency a written symbol, code or name denotes next to an amount."""
