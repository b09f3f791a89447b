* Hand-written, GLPK-like free MPS (no OBJSENSE, so solved as max).
* Tier 1 of a two-tier lexicographic toy: max x + y + z  s.t.  x + y <= 1, y + z <= 1.  Optimum 2.
NAME lex-tier1
ROWS
 N tier1
 L a
 L b
COLUMNS
 M1 'MARKER' 'INTORG'
 x tier1 1 a 1
 y tier1 1 a 1
 y b 1
 z tier1 1 b 1
 M2 'MARKER' 'INTEND'
RHS
 RHS a 1 b 1
BOUNDS
 UP BND x 1
 UP BND y 1
 UP BND z 1
ENDATA
