from sqlalchemy import create_engine

engine = create_engine(
	URL,
	pool_size = 8 if not is_sqlite else 1,  # tabs and CRLF
	max_overflow = 40,
	pool_timeout = 5,
	pool_recycle = 300,
)
