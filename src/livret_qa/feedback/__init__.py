"""What users say about answers: kept in SQLite (`store`), exported as candidate evaluation
questions in the dev set's format (`candidates`)."""
