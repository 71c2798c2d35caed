"""livret-qa: ask the ESS booklet of Hauts-de-France, get every structure with its exact passage."""

__version__ = "0.1.0"
