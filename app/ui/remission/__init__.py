"""The Remisi tab: ceremonies, the proposal list and its decisions, approval, SK, papers."""
