"""The generators of the golden page themes under tests/themes/<theme>/<case>/.

Three examiners wrote their themes independently, from the public
description of the portal only (never from the parser or the replica), so
each keeps its own article model and markup habits:

- first_examiner:  liferay6_journal, tin_chi_tiet, bootstrap_utility,
  table_legacy, news_portal (a Story of items);
- second_examiner: x_* themes (an article written once as a list of blocks
  with {a:...|...}/{b:...}/{i:...} inline markup);
- third_examiner:  z_* themes (Article objects with block tuples).

What they share is here: encoders (entities, NFD, non-breaking and
zero-width spaces, white-space collapse) and portal (the host, the
directory the themes are written to, and the real article's text).

Regenerate everything from the repository root with
``python -m tests.themes.generate``; the committed files must not change.
"""
