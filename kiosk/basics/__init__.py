"""What every part of the core stands on: the context a service runs in, the error
hierarchy, translatable text, logging, the shelter's calendar (time zone, today, age, eras),
text rules, evacuee languages and catalogues, and the rules for files a person names.
"""
