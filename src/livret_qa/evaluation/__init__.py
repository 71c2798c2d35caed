"""Evaluation: gold sets, retrieval and answer metrics, the runner and its report."""
