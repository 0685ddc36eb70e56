"""The annual archive: a year's documents catalogued per DA/T 22-2015 in a BagIt package anyone can verify.

``package.build_package`` makes it, ``verify.problems`` checks it, ``restore.restore`` brings it back
into a store; ``catalogue`` (归档文件目录), ``annual_index`` (年度总目录), ``pages`` (each document's PDF)
and ``metadata`` (DA/T 46 XML) are its parts.
"""
