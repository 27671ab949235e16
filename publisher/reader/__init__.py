"""The reader: raw page text -> an :class:`~publisher.model.Edition`.

``lines`` types each line by its shape, ``heads`` reads head blocks, ``articles``
builds stories and rejoins column breaks, ``boxes`` reads photos, notices,
weather and ads, ``page`` runs the pass over a page; ``masthead`` and ``bylines``
read those parts of a line.
"""

from publisher.reader.page import Masthead, PageParse, parse_page, structure_pages

__all__ = ["Masthead", "PageParse", "parse_page", "structure_pages"]
