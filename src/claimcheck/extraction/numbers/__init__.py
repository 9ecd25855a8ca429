"""Numbers, money, quantities, percents and ordinals in news text: grammar, scanning, context."""
