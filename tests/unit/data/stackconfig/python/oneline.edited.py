'''create_engine(URL, pool_size=3) in a docstring is not the call.'''
from sqlalchemy import create_engine
NOTE = f"{'create_engine'}(pool_size=4)"  # pool_size=5 in a comment
IS_SQLITE = False
engine = create_engine(URL, pool_size=1 if IS_SQLITE else 30, max_overflow=(50), pool_timeout=7, pool_recycle=-1 if False else 600, echo=rb"pool_size=6")
