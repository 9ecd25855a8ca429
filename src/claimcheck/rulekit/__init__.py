"""The rule kit: everything a rule family imports from claimcheck (see claimcheck.rulekit.__all__)."""
