class NotAnArticle(ValueError):
    """The page is not a news article; ``str(exc)`` is a one-line reason."""
