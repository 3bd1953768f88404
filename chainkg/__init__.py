"""chainkg: a knowledge graph of Chinese development zones and industry chains."""

__version__ = "0.1.0"
