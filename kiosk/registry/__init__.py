"""The records of a shelter and its evacuees: the frozen records, households and
persons, their vocabularies and field labels, search (names, kanji variants, query kind),
unfinished drafts, removal, the roster cache and the pre-printed paper cards' records.
"""
