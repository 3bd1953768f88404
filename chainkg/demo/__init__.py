"""The built-in demo: articles written by the project and the job that runs on them."""

from pathlib import Path

ARTICLES = Path(__file__).with_name("articles")
