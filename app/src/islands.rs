//! Interactive islands: the only code that ships to the browser as wasm. Each takes its
//! translated labels as props; none is required for a page to work.
