"""The reader: raw page text -> an :class:`~publisher.model.Edition`.

``lines`` types each line by its shape, ``heads`` reads head blocks, ``articles``
builds stories and rejoins column breaks, ``stories`` carries a story's body on
through the pass, ``photos`` reads photos, ``ads`` ads and QR prompts, ``notices``
notices, ``weather`` weather boxes, ``columns`` brief columns, ``tables`` tables
(alone or set in a story), ``teasers`` 导读 boxes; ``page`` runs the pass over a
page and ``edition`` joins the pages; ``masthead`` and ``bylines`` read those parts
of a line; ``tagger`` is the learned line tagger the pass consults where its rules
are unsure.
"""

from publisher.reader.edition import structure_pages
from publisher.reader.masthead import Masthead
from publisher.reader.page import PageParse, parse_page

__all__ = ["Masthead", "PageParse", "parse_page", "structure_pages"]
