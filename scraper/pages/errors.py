class NotAnArticle(ValueError):  # noqa: N818 - public name, caught by callers as it is
    """The page is not a news article; ``str(exc)`` is a one-line reason."""
