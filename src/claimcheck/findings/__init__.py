"""What happens to findings after the rules: suppressions, baselines, the tool's own rules."""
